// Builds the HTTP app: the store as a decoration, one plugin per route group under /api, the
// OpenAPI document (from the routes' own schemas) at /docs/json, and the dashboard's static files at /.
import Fastify, { type FastifyInstance } from "fastify";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import fastifyStatic from "@fastify/static";
import { fileURLToPath } from "node:url";
import type { Store } from "../store/store.ts";
import { sharedSchemas } from "./schemas.ts";
import { errorBody, installErrorHandlers } from "./errors.ts";
import { installSecurityHeaders } from "./security.ts";
import { documentRoutes } from "./routes/documents.ts";
import { claimRoutes } from "./routes/claims.ts";
import { searchRoutes } from "./routes/search.ts";
import { healthRoutes } from "./routes/health.ts";

declare module "fastify" {
  interface FastifyInstance {
    store: Store;
    /** When true, only GET/HEAD/OPTIONS are accepted. */
    readOnly: boolean;
    /** Every route under /api as `METHOD /path` (for tests and introspection). */
    apiRoutes: string[];
  }
}

export interface BuildServerOptions {
  store: Store;
  readOnly?: boolean;
  logger?: boolean;
}

export const STATIC_ROOT = fileURLToPath(new URL("../web/static/", import.meta.url));

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export async function buildServer(opts: BuildServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    // An unknown query parameter is a typo worth a 400, not something to drop silently.
    ajv: { customOptions: { removeAdditional: false } },
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.decorate("store", opts.store);
  app.decorate("readOnly", opts.readOnly ?? false);
  app.decorate("apiRoutes", [] as string[]);
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/")) return;
    for (const method of [route.method].flat())
      if (method !== "HEAD") app.apiRoutes.push(`${method} ${route.url}`);
  });
  for (const schema of sharedSchemas) app.addSchema(schema);
  installErrorHandlers(app);
  installSecurityHeaders(app);
  app.addHook("onRequest", async (req, reply) => {
    if (app.readOnly && !SAFE_METHODS.has(req.method)) {
      return reply.status(405).send(errorBody(405, "this server is read-only"));
    }
  });

  await app.register(swagger, {
    openapi: {
      info: {
        title: "flowwatch API",
        version: "0.1.0",
        description:
          "Read access to flowwatch's documents and the claims (figures with their evidence sentence) read from them.",
      },
      tags: [
        { name: "documents", description: "Source documents as ingested" },
        { name: "claims", description: "Figures read from documents, each with its sentence and offsets" },
        { name: "search", description: "Full-text search" },
        { name: "health", description: "Liveness" },
      ],
    },
    // Name components after their $id (`Claim`) instead of `def-0`.
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });

  // Route groups: one plugin each, one line here. Add new groups below.
  await app.register(healthRoutes, { prefix: "/api/health" });
  await app.register(documentRoutes, { prefix: "/api/documents" });
  await app.register(claimRoutes, { prefix: "/api/claims" });
  await app.register(searchRoutes, { prefix: "/api/search" });
  await app.register((await import("./routes/screen.ts")).screenRoutes, { prefix: "/api/screen" });

  await app.register(swaggerUi, { routePrefix: "/docs" });
  await app.register(fastifyStatic, { root: STATIC_ROOT, prefix: "/", index: "index.html" });
  await app.ready();
  return app;
}
