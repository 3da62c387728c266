// GET /api/network: parties, places/sites, sources and outlets as a graph (outlet→source,
// source→place, party→place, co-mention), capped to the best-connected nodes. Built from the
// assessment (reviews applied) and the stored entity mentions.
import type { FastifyPluginAsync } from "fastify";
import { errorResponses } from "../schemas.ts";

const schema = {
  summary: "The reporting network: parties, places, sources and outlets with their links (capped)",
  tags: ["estimates"],
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: {
      nodes: { type: "integer", minimum: 1, maximum: 500, default: 120, description: "Most nodes returned." },
      edges: {
        type: "integer",
        minimum: 1,
        maximum: 2000,
        default: 400,
        description: "Most edges returned.",
      },
    },
  },
  response: {
    200: {
      type: "object",
      required: ["nodes", "edges", "totalNodes", "totalEdges", "capped"],
      properties: {
        nodes: {
          type: "array",
          items: {
            type: "object",
            required: ["id", "kind", "label", "weight", "entityId", "lists"],
            properties: {
              id: { type: "string" },
              kind: { type: "string", enum: ["party", "place", "source", "outlet"] },
              label: { type: "string" },
              weight: { type: "number" },
              entityId: { type: ["string", "null"] },
              lists: { type: "array", items: { type: "string" } },
            },
          },
        },
        edges: {
          type: "array",
          items: {
            type: "object",
            required: ["source", "target", "kind", "weight", "label"],
            properties: {
              source: { type: "string" },
              target: { type: "string" },
              kind: { type: "string", enum: ["carried", "reports", "party-place", "co-mention"] },
              weight: { type: "number" },
              label: { type: "string" },
            },
          },
        },
        totalNodes: { type: "integer" },
        totalEdges: { type: "integer" },
        capped: { type: "boolean" },
      },
    },
    ...errorResponses,
  },
} as const;

/** Distinct (document, entity) pairs; stops at this many so a huge store cannot stall the page. */
const MENTION_ROWS = 50_000;

export const networkRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: { nodes: number; edges: number } }>(
    "",
    { schema, config: { permission: "read" } },
    async (req) => {
      const { buildNetwork } = await import("../../assess/network.ts");
      const data = await app.services.estimates();
      const mentions = await app.store.entities.mentionPairs(MENTION_ROWS);
      return buildNetwork(
        { series: data.snapshot.series, parties: data.parties, mentions },
        { nodes: req.query.nodes, edges: req.query.edges },
      );
    },
  );
};
