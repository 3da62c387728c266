// Sign-in, sign-out, the session cookie, CSRF, the failed-login limit and the first-start notice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/app.ts";
import { startServer } from "../../src/server/index.ts";
import { openStore } from "../../src/store/open.ts";
import type { Role } from "../../src/auth/roles.ts";
import type { Store } from "../../src/store/store.ts";
import { fixtureStore } from "./fixtures.ts";
import { addAccounts, cookieFrom, inject, PASSWORD, type TestAccount } from "./accounts.ts";

let store: Store;
let app: FastifyInstance;
let accounts: Record<Role, TestAccount>;

beforeAll(async () => {
  store = await fixtureStore();
  accounts = await addAccounts(store);
  app = await buildServer({ store });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const login = (username: string, password: string, remoteAddress = "127.0.0.1", target = app) =>
  inject(target, { method: "POST", url: "/api/auth/login", payload: { username, password }, remoteAddress });

describe("signing in", () => {
  it("sets an HttpOnly SameSite=Strict session cookie and returns the user and CSRF token", async () => {
    const res = await login("test-analyst", PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({ username: "test-analyst", role: "analyst" });
    expect(res.body.csrfToken.length).toBeGreaterThan(20);
    const setCookie = String(res.headers["set-cookie"]);
    expect(setCookie).toMatch(/^fw_session=[\w-]{40,};/);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Strict");
    expect(setCookie).not.toContain("Secure");
    const me = await inject(app, {
      method: "GET",
      url: "/api/auth/me",
      headers: { cookie: cookieFrom(res) },
    });
    expect(me.body).toMatchObject({
      user: { username: "test-analyst", role: "analyst" },
      via: "session",
      csrfToken: res.body.csrfToken,
      permissions: ["read", "watch", "review", "ingest"],
      publicRead: false,
      hasAccounts: true,
    });
  });

  it("marks the cookie Secure when asked to", async () => {
    const secure = await buildServer({ store, secureCookies: true });
    try {
      const res = await login("test-viewer", PASSWORD, "127.0.0.1", secure);
      expect(String(res.headers["set-cookie"])).toMatch(/; Secure/);
    } finally {
      await secure.close();
    }
  });

  it("refuses a wrong password or an unknown user with the same 401 and sets no cookie", async () => {
    for (const [user, password] of [
      ["test-analyst", "not the password"],
      ["nobody-here", PASSWORD],
    ]) {
      const res = await login(user, password, "10.0.0.9");
      expect(res.status).toBe(401);
      expect(res.body.message).toBe("wrong username or password");
      expect(res.headers["set-cookie"]).toBeUndefined();
    }
  });

  it("answers an anonymous /me with no user and no permissions when sign-in is required", async () => {
    const me = await inject(app, { method: "GET", url: "/api/auth/me" });
    expect(me.body).toMatchObject({ user: null, via: null, csrfToken: null, permissions: [] });
  });

  it("identifies an API token caller without a CSRF token", async () => {
    const me = await inject(app, {
      method: "GET",
      url: "/api/auth/me",
      headers: { authorization: `Bearer ${accounts.admin.token}` },
    });
    expect(me.body).toMatchObject({
      user: { username: "test-admin", role: "admin" },
      via: "token",
      csrfToken: null,
    });
  });
});

describe("the failed sign-in limit", () => {
  it("answers 429 after five failures for a username from one address, even with the right password", async () => {
    const ip = "192.0.2.10";
    for (let i = 0; i < 5; i++) expect((await login("test-viewer", `wrong guess ${i}`, ip)).status).toBe(401);
    const limited = await login("test-viewer", PASSWORD, ip);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(limited.headers["set-cookie"]).toBeUndefined();
    // Another address, or another username from the same address, is not held up.
    expect((await login("test-viewer", PASSWORD, "192.0.2.11")).status).toBe(200);
    expect((await login("test-analyst", PASSWORD, ip)).status).toBe(200);
  });

  it("also limits failures from one address across usernames", async () => {
    const strict = await buildServer({ store, loginLimit: { perAddress: 3 } });
    try {
      const ip = "192.0.2.30";
      for (const name of ["guess-a", "guess-b", "guess-c"])
        expect((await login(name, PASSWORD, ip, strict)).status).toBe(401);
      expect((await login("test-viewer", PASSWORD, ip, strict)).status).toBe(429);
      expect((await login("test-viewer", PASSWORD, "192.0.2.31", strict)).status).toBe(200);
    } finally {
      await strict.close();
    }
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const ip = "192.0.2.20";
    for (let i = 0; i < 4; i++) await login("test-admin", `wrong ${i}`, ip);
    expect((await login("test-admin", PASSWORD, ip)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login("test-admin", `wrong again ${i}`, ip)).status).toBe(401);
    expect((await login("test-admin", PASSWORD, ip)).status).toBe(200);
  });
});

describe("signing out", () => {
  it("ends the session, clears the cookie and records both events in the audit log", async () => {
    const res = await login("test-viewer", PASSWORD, "198.51.100.7");
    const cookie = cookieFrom(res);
    const headers = { cookie, "x-csrf-token": res.body.csrfToken };
    expect((await inject(app, { method: "GET", url: "/api/claims?limit=1", headers })).status).toBe(200);
    // Without the CSRF header sign-out is refused, so another site cannot sign you out.
    expect((await inject(app, { method: "POST", url: "/api/auth/logout", headers: { cookie } })).status).toBe(
      403,
    );
    const out = await inject(app, { method: "POST", url: "/api/auth/logout", headers });
    expect(out.status).toBe(204);
    expect(String(out.headers["set-cookie"])).toMatch(/^fw_session=; .*Max-Age=0/);
    expect((await inject(app, { method: "GET", url: "/api/claims?limit=1", headers })).status).toBe(401);
    const actions = (await store.audit.list({ actor: "test-viewer" })).map((e) => e.action);
    expect(actions.slice(0, 2)).toEqual(["auth.logout", "auth.login"]);
    const failed = await store.audit.list({ action: "auth.login_failed", targetId: "test-analyst" });
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0].detail).toHaveProperty("ip");
    // A name that is no account (perhaps a password typed in the wrong box) is not written down.
    const failures = await store.audit.list({ action: "auth.login_failed", limit: 1000 });
    expect(failures.map((e) => e.targetId)).not.toContain("nobody-here");
    expect(failures.map((e) => e.targetId)).toContain("(unknown user)");
  });
});

describe("the first start", () => {
  it("tells how to create the admin account when there are no accounts, and not otherwise", async () => {
    const empty = await openStore(":memory:");
    const logged: string[] = [];
    const server = await startServer({ store: empty, port: 0, log: (m) => logged.push(m) });
    try {
      expect(server.notices).toHaveLength(1);
      expect(logged).toEqual(server.notices);
      expect(server.notices[0]).toContain("flowwatch users add admin --role admin");
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      expect((await fetch(`${server.url}/api/claims`)).status).toBe(401);
    } finally {
      await server.close();
      await empty.close();
    }
    const withAccounts = await startServer({ store, port: 0, publicRead: true });
    try {
      expect(withAccounts.notices).toEqual([]);
      expect((await fetch(`${withAccounts.url}/api/claims`)).status).toBe(200);
    } finally {
      await withAccounts.close();
    }
  });
});
