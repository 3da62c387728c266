// Authorisation of every API route, enumerated from app.apiRoutes: a route added without a
// declared permission (or with a different one than listed here) fails this file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Fastify, { type FastifyInstance } from "fastify";
import cookie from "@fastify/cookie";
import { buildServer } from "../../src/server/app.ts";
import { installAuth, type RoutePermission } from "../../src/server/auth/plugin.ts";
import type { Role } from "../../src/auth/roles.ts";
import type { Store } from "../../src/store/store.ts";
import { fixtureStore } from "./fixtures.ts";
import { addAccounts, inject, sessionFor, type TestAccount } from "./accounts.ts";

/** What each route must require. Routes other stages add must declare theirs and be listed here. */
const EXPECTED: Record<string, RoutePermission> = {
  "GET /api/health": "public",
  "POST /api/auth/login": "public",
  "POST /api/auth/logout": "public",
  "GET /api/auth/me": "public",
  "GET /api/documents": "read",
  "GET /api/documents/:id": "read",
  "GET /api/claims": "read",
  "GET /api/claims/facets": "read",
  "GET /api/claims/:id": "read",
  "GET /api/claims/:id/reviews": "read",
  "POST /api/claims/:id/reviews": "review",
  "GET /api/search": "read",
  "GET /api/screen": "read",
  "POST /api/match": "read",
  "GET /api/entities": "read",
  "GET /api/entities/:id": "read",
  "GET /api/places": "read",
  "GET /api/vocabulary": "read",
  "GET /api/series": "read",
  "GET /api/findings": "read",
  "GET /api/network": "read",
  "GET /api/monitor/sources": "read",
  "POST /api/monitor/sources": "admin",
  "POST /api/monitor/sources/:id/status": "admin",
  "DELETE /api/monitor/sources/:id": "admin",
  "GET /api/monitor/jobs": "admin",
  "GET /api/audit": "admin",
  "GET /api/users": "admin",
  "POST /api/users": "admin",
  "GET /api/watchlists": "watch",
  "POST /api/watchlists": "watch",
  "DELETE /api/watchlists/:id": "watch",
  "POST /api/watchlists/:id/feed-token": "watch",
  "POST /api/watchlists/:id/webhook/enable": "watch",
  "GET /api/watchlists/:id/deliveries": "watch",
  "GET /api/alerts": "watch",
  "GET /api/alerts/unread": "watch",
  "POST /api/alerts/read": "watch",
  "GET /api/feeds/:token": "public",
};
/** Writes a read-only server still accepts (they change no evidence). */
const READ_ONLY_EXEMPT = new Set(["POST /api/auth/login", "POST /api/auth/logout", "POST /api/match"]);

type Caller =
  | "anonymous"
  | "bad token"
  | "viewer token"
  | "analyst session"
  | "analyst session without CSRF"
  | "admin token"
  | "admin session";

const GRANTS: Record<Role, RoutePermission[]> = {
  viewer: ["public", "read", "watch"],
  analyst: ["public", "read", "watch", "review", "ingest"],
  admin: ["public", "read", "watch", "review", "ingest", "admin"],
};

/** The status class a caller must get: allowed (anything but 401/403/405), or the refusal code. */
function expected(
  caller: Caller,
  route: string,
  permission: RoutePermission,
  publicRead: boolean,
): number | "allowed" {
  const write = !route.startsWith("GET ");
  switch (caller) {
    case "anonymous":
      return permission === "public" || (publicRead && permission === "read") ? "allowed" : 401;
    case "bad token":
      return 401;
    case "viewer token":
      return GRANTS.viewer.includes(permission) ? "allowed" : 403;
    case "analyst session":
      return GRANTS.analyst.includes(permission) ? "allowed" : 403;
    case "analyst session without CSRF":
      if (write && route !== "POST /api/auth/login") return 403;
      return GRANTS.analyst.includes(permission) ? "allowed" : 403;
    case "admin token":
    case "admin session":
      return "allowed";
  }
}

/** A concrete URL for a route pattern: params become a real claim id (or a missing document). */
function urlOf(pattern: string): string {
  return pattern.replace(/:(\w+)/g, "1");
}

let store: Store;
let accounts: Record<Role, TestAccount>;
const apps: FastifyInstance[] = [];

beforeAll(async () => {
  store = await fixtureStore();
  accounts = await addAccounts(store);
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await store.close();
});

async function server(opts: { publicRead?: boolean; readOnly?: boolean } = {}) {
  const app = await buildServer({ store, ...opts });
  apps.push(app);
  return app;
}

async function headersFor(caller: Caller): Promise<Record<string, string>> {
  switch (caller) {
    case "anonymous":
      return {};
    case "bad token":
      return { authorization: "Bearer fw_not-a-real-token" };
    case "viewer token":
      return { authorization: `Bearer ${accounts.viewer.token}` };
    case "admin token":
      return { authorization: `Bearer ${accounts.admin.token}` };
    case "analyst session":
    case "analyst session without CSRF":
    case "admin session": {
      // A fresh session each time: sign-out (a public write) ends the one it is called with.
      const { cookie, csrf } = await sessionFor(
        store,
        caller === "admin session" ? accounts.admin.user : accounts.analyst.user,
      );
      return caller === "analyst session without CSRF" ? { cookie } : { cookie, "x-csrf-token": csrf };
    }
  }
}

const CALLERS: Caller[] = [
  "anonymous",
  "bad token",
  "viewer token",
  "analyst session",
  "analyst session without CSRF",
  "admin token",
  "admin session",
];

describe("route permissions", () => {
  it("declares a permission on every API route, the one listed in this test", async () => {
    const app = await server();
    expect(app.apiRoutes.length).toBeGreaterThanOrEqual(Object.keys(EXPECTED).length);
    for (const route of app.apiRoutes) {
      expect(app.routePermissions.get(route), `${route} declares no config.permission`).toBeDefined();
      expect(app.routePermissions.get(route), `${route}: add it to EXPECTED in this test`).toBe(
        EXPECTED[route],
      );
    }
  });

  for (const mode of [{ publicRead: false }, { publicRead: true }]) {
    it(`gives each caller exactly what its role allows on every route (publicRead=${mode.publicRead})`, async () => {
      const app = await server(mode);
      const failures: string[] = [];
      for (const route of app.apiRoutes) {
        const [method, pattern] = route.split(" ");
        const permission = app.routePermissions.get(route)!;
        for (const caller of CALLERS) {
          const res = await inject(app, {
            method: method as "GET" | "POST",
            url: urlOf(pattern),
            headers: await headersFor(caller),
            // An empty body: allowed writes stop at validation (400) and change nothing.
            ...(method === "GET" ? {} : { payload: {} }),
          });
          const want = expected(caller, route, permission, mode.publicRead);
          const ok = want === "allowed" ? ![401, 403, 405, 500].includes(res.status) : res.status === want;
          if (!ok)
            failures.push(`${caller} ${route}: got ${res.status}, want ${want} (${res.raw.slice(0, 120)})`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it("refuses every write on a read-only server, whoever asks, and still lets anyone read", async () => {
    const app = await server({ readOnly: true });
    for (const route of app.apiRoutes) {
      const [method, pattern] = route.split(" ");
      if (method === "GET") {
        const res = await inject(app, { method: "GET", url: urlOf(pattern) });
        if (app.routePermissions.get(route) === "read" || app.routePermissions.get(route) === "public")
          expect([401, 403, 405], route).not.toContain(res.status);
        continue;
      }
      for (const caller of ["anonymous", "admin token", "admin session"] as const) {
        const res = await inject(app, {
          method: "POST",
          url: urlOf(pattern),
          headers: await headersFor(caller),
          payload: {},
        });
        if (READ_ONLY_EXEMPT.has(route)) expect(res.status, `${caller} ${route}`).not.toBe(405);
        else expect(res.status, `${caller} ${route}`).toBe(405);
      }
    }
    const review = await inject(app, {
      method: "POST",
      url: "/api/claims/1/reviews",
      headers: { authorization: `Bearer ${accounts.admin.token}` },
      payload: { decision: "accept" },
    });
    expect(review.status).toBe(405);
    expect((await inject(app, { method: "GET", url: "/api/auth/me" })).body).toMatchObject({
      readOnly: true,
      publicRead: true,
      permissions: ["read"],
    });
  });

  it("states each route's permission in the OpenAPI document", async () => {
    const app = await server();
    const doc = (await inject(app, { method: "GET", url: "/docs/json" })).body;
    for (const route of app.apiRoutes) {
      const [method, url] = route.split(" ");
      const op = doc.paths[url.replace(/:(\w+)/g, "{$1}")][method.toLowerCase()];
      const permission = app.routePermissions.get(route);
      if (permission === "public") {
        expect(op.security, route).toEqual([]);
      } else {
        expect(op.description, route).toContain(`Needs the \`${permission}\` permission`);
        expect(op.security, route).toEqual([{ session: [] }, { token: [] }]);
      }
    }
  });

  it("refuses a request to a route that declares no permission", async () => {
    const app = Fastify();
    app.decorate("store", store);
    await app.register(cookie);
    installAuth(app, {});
    app.get("/api/undeclared", async () => ({ secret: true }));
    app.get("/api/declared", { config: { permission: "public" } }, async () => ({ open: true }));
    await app.ready();
    try {
      const undeclared = await inject(app, {
        method: "GET",
        url: "/api/undeclared",
        headers: { authorization: `Bearer ${accounts.admin.token}` },
      });
      expect(undeclared.status).toBe(500);
      expect(undeclared.raw).not.toContain("secret");
      expect(app.routePermissions.get("GET /api/undeclared")).toBeUndefined();
      expect((await inject(app, { method: "GET", url: "/api/declared" })).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it("refuses a revoked token and a malformed Authorization header", async () => {
    const app = await server({ publicRead: true });
    for (const authorization of [
      "Bearer ",
      "Basic dXNlcjpwYXNz",
      `Bearer ${accounts.viewer.token}x`,
      "Bearer fw_",
    ]) {
      const res = await inject(app, { method: "GET", url: "/api/claims", headers: { authorization } });
      expect(res.status, authorization).toBe(401);
      expect(res.headers["www-authenticate"]).toContain("Bearer");
    }
  });

  it("refuses a write made with a session from another origin even with the CSRF token", async () => {
    const app = await server();
    const headers = await headersFor("analyst session");
    const res = await inject(app, {
      method: "POST",
      url: "/api/claims/1/reviews",
      headers: { ...headers, origin: "https://evil.example", host: "localhost:80" },
      payload: { decision: "accept" },
    });
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/cross-origin/);
  });
});
