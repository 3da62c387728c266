// GET /api/screen?name=&type=: screens a name against the imported sanctions lists.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import { errorResponses } from "../schemas.ts";

const entityLink = {
  type: "object",
  required: ["id", "name", "type"],
  properties: { id: { type: "string" }, name: { type: "string" }, type: { type: "string" } },
} as const;

const screenSchema = {
  summary: "Screen a name against the imported sanctions lists (OFAC SDN, UN, UK, OpenSanctions)",
  description:
    "Each hit is one list record: its best-matching alias, score (0..1), the matcher's explanation and any gazetteer entities linked to it.",
  tags: ["screening"],
  querystring: Type.Object(
    {
      name: Type.String({ minLength: 1, maxLength: 300, pattern: "\\S", description: "The name to screen." }),
      type: Type.Optional(Type.Union([Type.Literal("person"), Type.Literal("organization")])),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
      threshold: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    },
    { additionalProperties: false },
  ),
  response: {
    200: {
      type: "object",
      required: ["query", "type", "threshold", "hits", "entities"],
      properties: {
        query: { type: "string" },
        type: { type: ["string", "null"] },
        threshold: { type: "number" },
        hits: {
          type: "array",
          items: {
            type: "object",
            required: [
              "listId",
              "sourceId",
              "name",
              "type",
              "programmes",
              "matchedAlias",
              "score",
              "explanation",
              "entities",
            ],
            properties: {
              listId: { type: "string" },
              sourceId: { type: "string" },
              name: { type: "string" },
              type: { type: "string" },
              programmes: { type: "array", items: { type: "string" } },
              matchedAlias: { type: "string" },
              score: { type: "number" },
              explanation: { type: "array", items: { type: "string" } },
              dob: { type: "string" },
              nationality: { type: "string" },
              entities: { type: "array", items: entityLink },
            },
          },
        },
        entities: {
          type: "array",
          items: {
            ...entityLink,
            properties: {
              ...entityLink.properties,
              score: { type: "number" },
              matchedAlias: { type: "string" },
            },
          },
        },
      },
    },
    ...errorResponses,
  },
} as const;

export const screenRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get("", { schema: screenSchema, config: { permission: "read" } }, async (req) => {
    const { screenName } = await import("../../resolve/screen.ts");
    const { name, type, limit, threshold } = req.query;
    const { indexFileFor } = await import("../../resolve/names/index.ts");
    const indexFile = app.dbLocation ? indexFileFor(app.dbLocation) : undefined;
    return screenName(app.store, name, { type, limit, threshold, indexFile });
  });
};
