// Builds the HTTP app: the store and the data services (./services) as decorations, one plugin per route group under /api, the
// OpenAPI document (from the routes' own schemas) at /docs/json, and the dashboard's static files at /.
import Fastify, { type FastifyInstance } from "fastify";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import cookie from "@fastify/cookie";
import { fileURLToPath } from "node:url";
import { defaultReference, type Reference } from "../reference/index.ts";
import type { Store } from "../store/index.ts";
import { sharedSchemas } from "./schemas.ts";
import { installErrorHandlers } from "./errors.ts";
import { randomUUID } from "node:crypto";
import { installHostCheck, installSecurityHeaders } from "./security.ts";
import { installStrictParams } from "./params.ts";
import { installAuth } from "./auth/plugin.ts";
import { installServices } from "./services/index.ts";
import type { LoginLimitOptions } from "./auth/plugin.ts";
import { authRoutes } from "./routes/auth.ts";
import { reviewRoutes } from "./routes/reviews.ts";
import { auditRoutes } from "./routes/audit.ts";
import { userRoutes } from "./routes/users.ts";
import { documentRoutes } from "./routes/documents.ts";
import { claimRoutes } from "./routes/claims.ts";
import { searchRoutes } from "./routes/search.ts";
import { healthRoutes } from "./routes/health.ts";

declare module "fastify" {
  interface FastifyInstance {
    store: Store;
    /** When true, only GET/HEAD/OPTIONS are accepted (sign-in and sign-out excepted). */
    readOnly: boolean;
    /** Where the store lives (file or PostgreSQL URL), so workers can open it; unset in tests. */
    dbLocation: string | undefined;
    /** Every route under /api as `METHOD /path` (for tests and introspection). */
    apiRoutes: string[];
    /** The reference data (subject registry, gazetteer, sources, provisions) the server answers with. */
    reference: Reference;
  }
}

export interface BuildServerOptions {
  store: Store;
  /** Refuse every write (405), whoever asks; implies publicRead. */
  readOnly?: boolean;
  /** Let anonymous callers read (documents, claims, search). Default: sign-in required. */
  publicRead?: boolean;
  /** Always mark the session cookie Secure (set this behind a TLS-terminating proxy). */
  secureCookies?: boolean;
  /** Failed sign-ins allowed per username and address (default 5 a minute; 50 per address). */
  loginLimit?: LoginLimitOptions;
  /** Request logging (pino JSON lines): true for stderr, or a file; off by default. */
  logger?: boolean | { file?: string; level?: string };
  /** Largest JSON answer in characters (default 16 million); larger ones become a 400 asking for less. */
  maxResponseChars?: number;
  /** The store's database (file or URL): heavy reads are then built in a worker thread. */
  dbLocation?: string;
  /** Host header names to answer (DNS-rebinding guard); every name when absent. */
  allowedHosts?: string[];
  /** Reference data to serve and assess with (default: the repository's data/, see src/reference/). */
  reference?: Reference;
}

export const STATIC_ROOT = fileURLToPath(new URL("../web/static/", import.meta.url));

export async function buildServer(opts: BuildServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      typeof opts.logger === "object"
        ? { level: opts.logger.level ?? "info", ...(opts.logger.file ? { file: opts.logger.file } : {}) }
        : (opts.logger ?? false),
    // Our own request ids (a client-sent one could forge log lines); returned as X-Request-Id.
    genReqId: () => randomUUID(),
    // An unknown query parameter is a typo worth a 400, not something to drop silently.
    ajv: { customOptions: { removeAdditional: false } },
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.decorate("store", opts.store);
  app.decorate("readOnly", opts.readOnly ?? false);
  app.decorate("dbLocation", opts.dbLocation);
  app.decorate("apiRoutes", [] as string[]);
  app.decorate("reference", opts.reference ?? defaultReference());
  installServices(app);
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/")) return;
    for (const method of [route.method].flat())
      if (method !== "HEAD") app.apiRoutes.push(`${method} ${route.url}`);
  });
  for (const schema of sharedSchemas) app.addSchema(schema);
  installErrorHandlers(app);
  await installSecurityHeaders(app, { maxResponse: opts.maxResponseChars, tls: opts.secureCookies });
  if (opts.allowedHosts) installHostCheck(app, opts.allowedHosts);
  installStrictParams(app);
  await app.register(cookie);
  // Authentication, CSRF, read-only mode and each route's declared `config.permission`.
  installAuth(app, {
    readOnly: opts.readOnly,
    publicRead: opts.publicRead,
    secureCookies: opts.secureCookies,
    loginLimit: opts.loginLimit,
  });

  await app.register(swagger, {
    openapi: {
      info: {
        title: "flowwatch API",
        version: "0.1.0",
        description:
          "flowwatch's documents, the claims (figures with their evidence sentence) read from them, analyst reviews and the audit log. " +
          "Sign in with POST /api/auth/login (cookie + X-CSRF-Token header on writes) or send `Authorization: Bearer fw_…`.",
      },
      tags: [
        { name: "documents", description: "Source documents as ingested" },
        { name: "claims", description: "Figures read from documents, each with its sentence and offsets" },
        { name: "search", description: "Full-text search" },
        { name: "health", description: "Liveness" },
        { name: "auth", description: "Sign-in, sign-out and who is calling" },
        { name: "reviews", description: "Analyst decisions on claims (accept, reject, correct)" },
        { name: "audit", description: "The append-only audit log (admin)" },
        { name: "users", description: "Accounts (admin)" },
        { name: "estimates", description: "Estimate series, findings and the reporting network (assessed)" },
        { name: "reference", description: "The subject registry and the gazetteer the server reads with" },
        { name: "alerts", description: "Your watchlists, your alert inbox, and each watchlist's Atom feed" },
      ],
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "fw_session" },
          token: {
            type: "http",
            scheme: "bearer",
            description: "An API token from `flowwatch tokens create`",
          },
        },
      },
    },
    // Name components after their $id (`Claim`) instead of `def-0`.
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });

  // Route groups: one plugin each, one line here. Add new groups below. Every route must declare
  // `config: { permission: "public" | "read" | "review" | "ingest" | "admin" }` (see auth/plugin.ts);
  // one that does not is refused at run time and fails test/server/permissions.test.ts.
  await app.register(healthRoutes, { prefix: "/api/health" });
  await app.register(authRoutes, { prefix: "/api/auth" });
  await app.register(documentRoutes, { prefix: "/api/documents" });
  await app.register(claimRoutes, { prefix: "/api/claims" });
  await app.register(reviewRoutes, { prefix: "/api/claims" });
  await app.register(auditRoutes, { prefix: "/api/audit" });
  await app.register(userRoutes, { prefix: "/api/users" });
  await app.register(searchRoutes, { prefix: "/api/search" });
  await app.register((await import("./routes/screen.ts")).screenRoutes, { prefix: "/api/screen" });
  await app.register((await import("./routes/match.ts")).matchRoutes, { prefix: "/api/match" });
  await app.register((await import("./routes/entities.ts")).entityRoutes, { prefix: "/api/entities" });
  await app.register((await import("./routes/places.ts")).placeRoutes, { prefix: "/api/places" });
  await app.register((await import("./routes/series.ts")).seriesRoutes, { prefix: "/api/series" });
  await app.register((await import("./routes/findings.ts")).findingRoutes, { prefix: "/api/findings" });
  await app.register((await import("./routes/network.ts")).networkRoutes, { prefix: "/api/network" });
  await app.register((await import("./routes/monitor.ts")).monitorRoutes, { prefix: "/api/monitor" });
  await app.register((await import("./routes/vocabulary.ts")).vocabularyRoutes, {
    prefix: "/api/vocabulary",
  });
  await app.register((await import("./routes/alerts.ts")).alertRoutes, { prefix: "/api" });

  await app.register(swaggerUi, { routePrefix: "/docs" });
  // The dashboard: the Vite build in src/web/dist/ when present, else src/web/static/ (see web/serve.ts).
  await (await import("../web/serve.ts")).registerDashboard(app);
  await app.ready();
  return app;
}
