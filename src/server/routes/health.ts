// GET /api/health: liveness; signed-in callers also get a count of what the store holds and the mode.
import type { FastifyPluginAsync } from "fastify";
import { errorResponses } from "../schemas.ts";

const healthSchema = {
  summary: "Liveness; store counts and server mode for signed-in callers only",
  tags: ["health"],
  response: {
    200: {
      type: "object",
      required: ["status"],
      properties: {
        status: { type: "string", enum: ["ok"] },
        documents: { type: "integer" },
        claims: { type: "integer" },
        readOnly: { type: "boolean" },
        publicRead: { type: "boolean", description: "Anonymous callers may read." },
      },
    },
    ...errorResponses,
  },
} as const;

export const healthRoutes: FastifyPluginAsync = async (app) => {
  app.get("", { schema: healthSchema, config: { permission: "public" } }, async (req) => {
    // Anonymous callers (load balancers, probes, the curious) learn only that the server is up.
    if (!req.user) return { status: "ok" };
    const [documents, claims] = await Promise.all([
      app.store.listDocuments({ limit: 1 }),
      app.store.listClaims({ limit: 1 }),
    ]);
    return {
      status: "ok",
      documents: documents.total,
      claims: claims.total,
      readOnly: app.auth.readOnly,
      publicRead: app.auth.publicRead,
    };
  });
};
