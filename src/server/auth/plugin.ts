// Authentication and authorisation for every request, in one onRequest hook:
//   1. read-only mode refuses writes (405) before anything else;
//   2. the caller is identified by `Authorization: Bearer fw_…` (API token) or the `fw_session` cookie;
//   3. a state-changing request made with a session must carry the session's CSRF token in
//      `X-CSRF-Token` (double submit) and must not come from another origin;
//   4. the route's declared permission (`config: { permission }`, next to the route) is checked.
// A route under /api that declares no permission is refused (fail closed); test/server checks all do.
import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { can, type Permission } from "../../auth/roles.ts";
import { API_TOKEN_PREFIX } from "../../auth/tokens.ts";
import { type Session, type User } from "../../store/index.ts";
import { errorBody } from "../errors.ts";
import { FailureLimiter, type RateLimitOptions } from "./rate-limit.ts";

/** What a route needs: a role permission, or "public" (health, sign-in). */
export type RoutePermission = Permission | "public";

export const SESSION_COOKIE = "fw_session";
export const CSRF_HEADER = "x-csrf-token";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Required on every /api route. */
    permission?: RoutePermission;
    /** Accept this write even on a read-only server (sign-in and sign-out only). */
    allowWhenReadOnly?: boolean;
    /** Skip the CSRF header check (sign-in only: it replaces whatever session the browser had). */
    csrfExempt?: boolean;
  }
  interface FastifyInstance {
    auth: AuthSettings;
    /** `METHOD /path` → the permission the route declared (undefined when it declared none). */
    routePermissions: Map<string, RoutePermission | undefined>;
  }
  interface FastifyRequest {
    /** The signed-in user, or null for an anonymous request. */
    user: User | null;
    /** How the user was identified. */
    authVia: "session" | "token" | null;
    /** The browser session, when the request came with a valid session cookie. */
    session: Session | null;
  }
}

export interface AuthOptions {
  /** Let anonymous callers use routes that need only `read`. Implied by readOnly. */
  publicRead?: boolean;
  readOnly?: boolean;
  /** Always mark the session cookie Secure (behind a TLS-terminating proxy). */
  secureCookies?: boolean;
  loginLimit?: LoginLimitOptions;
}

export interface LoginLimitOptions extends RateLimitOptions {
  /** Failures allowed per client address across all usernames in the window (default 10 × max). */
  perAddress?: number;
}

export interface AuthSettings {
  publicRead: boolean;
  readOnly: boolean;
  secureCookies: boolean;
  /** Failed sign-ins per username + address. */
  loginLimiter: FailureLimiter;
  /** Failed sign-ins per address, whatever the username (each attempt costs a password hash). */
  addressLimiter: FailureLimiter;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const WHO: Record<Permission, string> = {
  read: "viewer, analyst or admin; anyone when the server runs with --public-read",
  watch: "any signed-in account (personal watchlists and alerts)",
  review: "analyst or admin",
  ingest: "analyst or admin",
  admin: "admin",
};

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** True when the request's Origin (if the browser sent one) is this server. */
function sameOrigin(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** Whether the session cookie should be Secure for this request. */
export function secureCookieFor(app: FastifyInstance, req: FastifyRequest): boolean {
  return app.auth.secureCookies || req.protocol === "https";
}

/** The session cookie's attributes: HttpOnly, SameSite=Strict, Path=/, Secure over TLS. */
export function sessionCookieOptions(app: FastifyInstance, req: FastifyRequest, maxAge: number) {
  return {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    secure: secureCookieFor(app, req),
    maxAge,
  } as const;
}

export function clearSessionCookie(app: FastifyInstance, req: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(app, req, 0));
}

export function installAuth(app: FastifyInstance, opts: AuthOptions): void {
  // The session cookie is read and written through @fastify/cookie (req.cookies, reply.setCookie).
  if (!app.hasRequestDecorator("cookies"))
    throw new Error("installAuth: register @fastify/cookie on the app first");
  const readOnly = opts.readOnly ?? false;
  app.decorate("auth", {
    readOnly,
    publicRead: readOnly || (opts.publicRead ?? false),
    secureCookies: opts.secureCookies ?? false,
    loginLimiter: new FailureLimiter(opts.loginLimit),
    addressLimiter: new FailureLimiter({
      ...opts.loginLimit,
      max: opts.loginLimit?.perAddress ?? 10 * (opts.loginLimit?.max ?? 5),
    }),
  } satisfies AuthSettings);
  app.decorate("routePermissions", new Map<string, RoutePermission | undefined>());
  app.decorateRequest("user", null);
  app.decorateRequest("authVia", null);
  app.decorateRequest("session", null);

  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/")) return;
    const permission = (route.config as { permission?: RoutePermission } | undefined)?.permission;
    for (const method of [route.method].flat())
      app.routePermissions.set(`${method} ${route.url}`, permission);
    // The OpenAPI document says what each route needs.
    if (route.schema && permission) {
      const needs =
        permission === "public"
          ? "Open to everyone."
          : `Needs the \`${permission}\` permission (${WHO[permission]}).`;
      const schema = route.schema as { description?: string; security?: unknown };
      // (The same schema object comes through twice for routes that also match with a trailing slash.)
      if (!schema.description?.includes(needs))
        schema.description = schema.description ? `${schema.description}\n\n${needs}` : needs;
      schema.security = permission === "public" ? [] : [{ session: [] }, { token: [] }];
    }
  });

  app.addHook("onRequest", async (req, reply) => {
    const config = req.routeOptions.config ?? {};
    const write = !SAFE_METHODS.has(req.method);
    if (app.auth.readOnly && write && !config.allowWhenReadOnly) {
      return reply.status(405).send(errorBody(405, "this server is read-only"));
    }
    const routeUrl = req.routeOptions.url;
    // Static files, /docs and unknown paths (404) need no identity.
    if (!routeUrl || !routeUrl.startsWith("/api/")) return;

    const authorization = req.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const user =
        match && match[1].startsWith(API_TOKEN_PREFIX)
          ? await app.store.accounts.userForApiToken(match[1])
          : null;
      if (!user) {
        reply.header("www-authenticate", 'Bearer realm="flowwatch"');
        return reply.status(401).send(errorBody(401, "invalid or revoked API token"));
      }
      req.user = user;
      req.authVia = "token";
    } else {
      const sessionId = req.cookies[SESSION_COOKIE];
      const session = sessionId ? await app.store.accounts.getSession(sessionId) : null;
      if (session) {
        req.user = session.user;
        req.session = session;
        req.authVia = "session";
      } else if (sessionId) {
        clearSessionCookie(app, req, reply);
      }
    }

    if (write && !sameOrigin(req)) {
      return reply.status(403).send(errorBody(403, "cross-origin request refused"));
    }
    if (write && req.authVia === "session" && !config.csrfExempt) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !sameSecret(sent, req.session!.csrfToken)) {
        return reply
          .status(403)
          .send(errorBody(403, `missing or wrong ${CSRF_HEADER} header (get it from GET /api/auth/me)`));
      }
    }

    const permission = config.permission;
    if (!permission) {
      req.log.error({ route: `${req.method} ${routeUrl}` }, "route declares no permission");
      return reply.status(500).send(errorBody(500, "this route declares no permission; refusing"));
    }
    if (permission === "public") return;
    if (!req.user) {
      if (permission === "read" && app.auth.publicRead) return;
      return reply
        .status(401)
        .send(errorBody(401, "sign in first (POST /api/auth/login) or send an API token"));
    }
    if (!can(req.user.role, permission)) {
      return reply
        .status(403)
        .send(
          errorBody(403, `the ${req.user.role} role may not do this (needs the "${permission}" permission)`),
        );
    }
  });
}
