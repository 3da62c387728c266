// POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me: browser sessions.
import type { FastifyPluginAsync } from "fastify";
import { can, ROLES, type Permission } from "../../auth/roles.ts";
import { SESSION_HOURS } from "../../store/index.ts";
import { errorResponses } from "../schemas.ts";
import { HttpError } from "../errors.ts";
import { clearSessionCookie, sessionCookieOptions, SESSION_COOKIE } from "../auth/plugin.ts";

const PERMISSIONS: Permission[] = ["read", "watch", "review", "ingest", "admin"];

const userSchema = {
  type: ["object", "null"],
  required: ["username", "role"],
  properties: { username: { type: "string" }, role: { type: "string", enum: [...ROLES] } },
} as const;

const authErrors = { ...errorResponses, 401: { $ref: "Error#" }, 429: { $ref: "Error#" } } as const;

const loginSchema = {
  summary: "Sign in: sets the HttpOnly fw_session cookie and returns the CSRF token for writes",
  tags: ["auth"],
  body: {
    type: "object",
    required: ["username", "password"],
    additionalProperties: false,
    properties: {
      username: { type: "string", minLength: 1, maxLength: 100 },
      password: { type: "string", minLength: 1, maxLength: 1000 },
    },
  },
  response: {
    200: {
      type: "object",
      required: ["user", "csrfToken", "expiresAt"],
      properties: { user: userSchema, csrfToken: { type: "string" }, expiresAt: { type: "string" } },
    },
    ...authErrors,
  },
} as const;

const logoutSchema = {
  summary: "Sign out: ends the session and clears the cookie",
  tags: ["auth"],
  response: { 204: { type: "null" }, ...authErrors },
} as const;

const meSchema = {
  summary: "Who is calling, with what role and permissions; the CSRF token of a browser session",
  tags: ["auth"],
  response: {
    200: {
      type: "object",
      required: ["user", "via", "csrfToken", "permissions", "publicRead", "readOnly", "hasAccounts"],
      properties: {
        user: userSchema,
        via: { type: ["string", "null"], enum: ["session", "token", null] },
        csrfToken: {
          type: ["string", "null"],
          description: "Send as X-CSRF-Token on writes made with the cookie.",
        },
        permissions: { type: "array", items: { type: "string" } },
        publicRead: { type: "boolean", description: "Anonymous callers may read." },
        readOnly: { type: "boolean", description: "Every write is refused." },
        hasAccounts: { type: "boolean", description: "False until the first account is created." },
      },
    },
    ...authErrors,
  },
} as const;

export const authRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Body: { username: string; password: string } }>(
    "/login",
    { schema: loginSchema, config: { permission: "public", allowWhenReadOnly: true, csrfExempt: true } },
    async (req, reply) => {
      const username = req.body.username.trim().toLowerCase();
      const key = `${username}\n${req.ip}`;
      const { loginLimiter, addressLimiter } = app.auth;
      // Check and count in one synchronous step, before the slow password check: 100 parallel
      // guesses are counted as 100 attempts, not as 100 attempts each seeing none before it.
      const now = Date.now();
      const wait = Math.max(loginLimiter.retryAfter(key, now), addressLimiter.retryAfter(req.ip, now));
      if (wait > 0) {
        reply.header("retry-after", String(wait));
        throw new HttpError(429, `too many failed sign-ins; try again in ${wait} s`);
      }
      loginLimiter.fail(key, now);
      addressLimiter.fail(req.ip, now);
      const user = await app.store.accounts.authenticate(username, req.body.password);
      if (!user) {
        // An unknown name is not recorded: people type their password into the username field.
        const known = (await app.store.accounts.getUser(username)) !== null;
        await app.store.audit.append({
          actor: "anonymous",
          action: "auth.login_failed",
          targetType: "user",
          targetId: known ? username : "(unknown user)",
          detail: { ip: req.ip },
        });
        throw new HttpError(401, "wrong username or password");
      }
      addressLimiter.release(req.ip, now);
      loginLimiter.reset(key);
      // A new session id on every sign-in (no fixation); the browser's previous session ends.
      if (req.session) await app.store.accounts.deleteSession(req.session.id);
      const session = await app.store.accounts.createSession(user);
      await app.store.audit.append({
        actor: user.username,
        action: "auth.login",
        targetType: "user",
        targetId: user.username,
        detail: { ip: req.ip },
      });
      reply.setCookie(SESSION_COOKIE, session.id, sessionCookieOptions(app, req, SESSION_HOURS * 3600));
      return { user, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
    },
  );

  app.post(
    "/logout",
    { schema: logoutSchema, config: { permission: "public", allowWhenReadOnly: true } },
    async (req, reply) => {
      if (req.session) {
        await app.store.accounts.deleteSession(req.session.id);
        await app.store.audit.append({
          actor: req.session.user.username,
          action: "auth.logout",
          targetType: "user",
          targetId: req.session.user.username,
          detail: { ip: req.ip },
        });
      }
      clearSessionCookie(app, req, reply);
      return reply.status(204).send();
    },
  );

  app.get("/me", { schema: meSchema, config: { permission: "public" } }, async (req) => {
    const user = req.user;
    const permissions = user
      ? PERMISSIONS.filter((p) => can(user.role, p))
      : app.auth.publicRead
        ? ["read"]
        : [];
    return {
      user,
      via: req.authVia,
      csrfToken: req.session?.csrfToken ?? null,
      // A read-only server grants no write, whoever asks.
      permissions: app.auth.readOnly ? permissions.filter((p) => p === "read") : permissions,
      publicRead: app.auth.publicRead,
      readOnly: app.auth.readOnly,
      hasAccounts: (await app.store.accounts.countUsers()) > 0,
    };
  });
};
