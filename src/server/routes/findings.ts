// GET /api/findings: what the assessment finds against Security Council paragraphs, each with its
// statement, the paragraphs (with flowwatch's own summary), status, supporting claim ids, origins
// and the designated parties named in its documents. Reviews are applied (see services/estimates.ts).
import type { FastifyPluginAsync } from "fastify";
import { errorResponses } from "../schemas.ts";

const open = { type: "object", additionalProperties: true } as const;

const findingSchema = {
  type: "object",
  additionalProperties: true,
  required: [
    "id",
    "statement",
    "period",
    "topic",
    "status",
    "paragraphs",
    "supportingClaims",
    "origins",
    "parties",
  ],
  properties: {
    id: { type: "string" },
    statement: { type: "string" },
    seriesKey: { type: "string" },
    period: { type: "string" },
    topic: { type: "string" },
    status: { type: "string", enum: ["corroborated", "single-source"] },
    paragraphs: {
      type: "array",
      items: {
        type: "object",
        required: ["id", "label", "relation", "summary"],
        properties: {
          id: { type: "string" },
          label: { type: "string" },
          relation: { type: "string" },
          summary: { type: ["string", "null"] },
          binding: { type: ["boolean", "null"] },
        },
      },
    },
    supportingClaims: { type: "array", items: { type: ["integer", "null"] } },
    origins: { type: "array", items: open },
    parties: { type: "array", items: open },
    headline: { anyOf: [open, { type: "null" }] },
  },
} as const;

const schema = {
  summary: "Findings against UN Security Council paragraphs, with their supporting claims",
  tags: ["estimates"],
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: {
      topic: { type: "string", enum: ["labor", "military", "money", "arms", "other"] },
      status: { type: "string", enum: ["corroborated", "single-source"] },
      paragraph: { type: "string", minLength: 1, maxLength: 40, description: "Provision id, e.g. `2397-8`." },
      limit: { type: "integer", minimum: 1, maximum: 1000, default: 200 },
      offset: { type: "integer", minimum: 0, default: 0 },
    },
  },
  response: {
    200: {
      type: "object",
      required: ["items", "total", "limit", "offset"],
      properties: {
        items: { type: "array", items: findingSchema },
        total: { type: "integer" },
        limit: { type: "integer" },
        offset: { type: "integer" },
      },
    },
    ...errorResponses,
  },
} as const;

interface Query {
  topic?: string;
  status?: string;
  paragraph?: string;
  limit: number;
  offset: number;
}

export const findingRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: Query }>("", { schema, config: { permission: "read" } }, async (req) => {
    const { findingOut, originNames } = await import("../services/estimate-views.ts");
    const { loadProvisions } = await import("../../assess/provisions.ts");
    const data = await app.services.estimates();
    const provisions = new Map(loadProvisions(app.reference).map((p) => [p.id, p]));
    const names = originNames(data.snapshot.series);
    const q = req.query;
    const matching = data.snapshot.findings
      .filter(
        (f) =>
          (!q.topic || f.topic === q.topic) &&
          (!q.status || f.status === q.status) &&
          (!q.paragraph || f.paragraphs.some((p) => p.id === q.paragraph)),
      )
      // Newest period first; corroborated before single-source within a period.
      .sort(
        (a, b) =>
          b.period.localeCompare(a.period) ||
          (a.status === b.status ? 0 : a.status === "corroborated" ? -1 : 1) ||
          a.id.localeCompare(b.id),
      );
    return {
      items: matching.slice(q.offset, q.offset + q.limit).map((f) => findingOut(f, provisions, names)),
      total: matching.length,
      limit: q.limit,
      offset: q.offset,
    };
  });
};
