// GET /api/search?q=: full-text search over document titles and text.
import type { FastifyPluginAsync } from "fastify";
import { errorResponses } from "../schemas.ts";
import { expandSearchQuery } from "../../resolve/names/expand-query.ts";

const searchSchema = {
  summary: "Search documents; snippets are plain text",
  tags: ["search"],
  querystring: {
    type: "object",
    required: ["q"],
    additionalProperties: false,
    properties: {
      q: { type: "string", minLength: 1, maxLength: 200, pattern: "\\S", description: "Words to find." },
      limit: { type: "integer", minimum: 1, maximum: 100, default: 20 },
    },
  },
  response: {
    200: {
      type: "object",
      required: ["q", "items"],
      properties: { q: { type: "string" }, items: { type: "array", items: { $ref: "SearchHit#" } } },
    },
    ...errorResponses,
  },
} as const;

export const searchRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: { q: string; limit: number } }>(
    "",
    { schema: searchSchema, config: { permission: "read" } },
    async (req) => {
      const q = req.query.q.trim();
      return { q, items: await app.store.search(expandSearchQuery(q), { limit: req.query.limit }) };
    },
  );
};
