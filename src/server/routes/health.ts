// GET /api/health: liveness plus a count of what the store holds.
import type { FastifyPluginAsync } from "fastify";
import { errorResponses } from "../schemas.ts";

const healthSchema = {
  summary: "Liveness and store counts",
  tags: ["health"],
  response: {
    200: {
      type: "object",
      required: ["status", "documents", "claims", "readOnly", "publicRead"],
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
  app.get("", { schema: healthSchema, config: { permission: "public" } }, async () => {
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
