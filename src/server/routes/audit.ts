// GET /api/audit (admins): the append-only audit log, newest first, as JSON or as a CSV export.
import type { FastifyPluginAsync } from "fastify";
import { errorResponses } from "../schemas.ts";
import { toCsv } from "../csv.ts";

const text = { type: "string", minLength: 1, maxLength: 200 } as const;

const auditSchema = {
  summary: "The audit log, newest first (admin); `format=csv` downloads it",
  tags: ["audit"],
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: {
      actor: { ...text, description: "Exact username (or `cli`, `anonymous`)." },
      targetType: { ...text, description: "`claim`, `user`, …" },
      targetId: { ...text, description: "e.g. a claim id." },
      action: {
        ...text,
        description: "Exact action, e.g. `review.correct`, or a prefix ending in `.` (`review.`).",
      },
      since: {
        type: "string",
        pattern: "^\\d{4}(-\\d{2}(-\\d{2}([T ][0-9:.]+Z?)?)?)?$",
        description: "ISO date or time.",
      },
      limit: { type: "integer", minimum: 1, maximum: 10000, default: 100 },
      offset: { type: "integer", minimum: 0, default: 0 },
      format: { type: "string", enum: ["json", "csv"], default: "json" },
    },
  },
  response: {
    200: {
      type: "object",
      required: ["items", "limit", "offset"],
      properties: {
        items: { type: "array", items: { $ref: "AuditEntry#" } },
        limit: { type: "integer" },
        offset: { type: "integer" },
      },
    },
    ...errorResponses,
  },
} as const;

interface AuditQuery {
  actor?: string;
  targetType?: string;
  targetId?: string;
  action?: string;
  since?: string;
  limit: number;
  offset: number;
  format: "json" | "csv";
}

export const auditRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: AuditQuery }>(
    "",
    { schema: auditSchema, config: { permission: "admin" } },
    async (req, reply) => {
      const { format, ...filter } = req.query;
      const items = await app.store.audit.list(filter);
      if (format === "csv") {
        const csv = toCsv(
          ["id", "at", "actor", "action", "targetType", "targetId", "detail"],
          items.map((e) => [e.id, e.at, e.actor, e.action, e.targetType, e.targetId, e.detail]),
        );
        return reply
          .type("text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="flowwatch-audit.csv"`)
          .send(csv);
      }
      return { items, limit: filter.limit, offset: filter.offset };
    },
  );
};
