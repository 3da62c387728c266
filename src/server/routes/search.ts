// GET /api/search?q=: full-text search over document titles and text.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import { errorResponses } from "../schemas.ts";
import { Ref } from "../typebox.ts";
import { expandSearchQuery } from "../../resolve/names/expand-query.ts";

const searchSchema = {
  summary: "Search documents; snippets are plain text",
  tags: ["search"],
  querystring: Type.Object(
    {
      q: Type.String({ minLength: 1, maxLength: 200, pattern: "\\S", description: "Words to find." }),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    },
    { additionalProperties: false },
  ),
  response: {
    200: Type.Object({ q: Type.String(), items: Type.Array(Ref("SearchHit")) }),
    ...errorResponses,
  },
};

export const searchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get("", { schema: searchSchema, config: { permission: "read" } }, async (req) => {
    const q = req.query.q.trim();
    return { q, items: await app.store.search(expandSearchQuery(q), { limit: req.query.limit }) };
  });
};
