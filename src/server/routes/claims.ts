// GET /api/claims (filtered, paginated) and GET /api/claims/:id, with analyst reviews applied.
import type { FastifyPluginAsync } from "fastify";
import type { ClaimFilter } from "../../store/index.ts";
import { errorResponses, isoDatePrefix, pageOf, paginationQuery } from "../schemas.ts";
import { badRequest, notFound } from "../errors.ts";
import { BadCursorError, CLAIM_SORTS } from "../../store/index.ts";

const text = { type: "string", minLength: 1, maxLength: 200 } as const;

const listSchema = {
  summary: "List claims, filtered and paginated",
  tags: ["claims"],
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: {
      subject: { ...text, description: "Exact subject, e.g. `workers`, `troops`." },
      destination: { ...text, description: "Case-insensitive substring of the destination." },
      source: {
        ...text,
        description: "Case-insensitive substring of the named source, its attribution chain or the outlet.",
      },
      docId: { ...text, description: "Only claims read from this document." },
      from: {
        ...isoDatePrefix,
        description: "Inclusive lower bound on the claim time (or publication date).",
      },
      to: { ...isoDatePrefix, description: "Inclusive upper bound on the claim time (or publication date)." },
      reviewed: {
        type: "boolean",
        description: "`true`: only reviewed claims; `false`: only unreviewed ones.",
      },
      decision: {
        type: "string",
        enum: ["accept", "reject", "correct"],
        description: "Only claims whose latest review has this decision.",
      },
      sort: {
        type: "string",
        enum: [...CLAIM_SORTS],
        description:
          "Order: publication date (default newest first), figure, claim time, or the extractor's confidence; `-` is descending. " +
          "With `reviewed=false` (the review queue) the default is `confidence`: least sure first.",
      },
      cursor: {
        type: "string",
        minLength: 1,
        maxLength: 400,
        description:
          "The `nextCursor` of the previous page: keyset pagination, stable while claims are added.",
      },
      ...paginationQuery,
    },
  },
  response: { 200: pageOf("Claim"), ...errorResponses },
} as const;

const facetValues = {
  type: "array",
  items: {
    type: "object",
    required: ["value", "count"],
    properties: { value: { type: "string" }, count: { type: "integer" } },
  },
} as const;

const facetsSchema = {
  summary: "How many of the filtered claims carry each subject, event, destination, source, outlet and year",
  tags: ["claims"],
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: {
      subject: listSchema.querystring.properties.subject,
      destination: listSchema.querystring.properties.destination,
      source: listSchema.querystring.properties.source,
      docId: listSchema.querystring.properties.docId,
      from: listSchema.querystring.properties.from,
      to: listSchema.querystring.properties.to,
    },
  },
  response: {
    200: {
      type: "object",
      properties: Object.fromEntries(
        ["subject", "event", "destination", "source", "outlet", "year"].map((k) => [k, facetValues]),
      ),
    },
    ...errorResponses,
  },
} as const;

const getSchema = {
  summary: "One claim with its evidence sentence and offsets",
  tags: ["claims"],
  params: { type: "object", required: ["id"], properties: { id: { type: "integer", minimum: 1 } } },
  response: { 200: { $ref: "Claim#" }, ...errorResponses },
} as const;

type ClaimQuery = Omit<ClaimFilter, "limit" | "offset"> & { limit: number; offset: number };

export const claimRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: ClaimQuery }>(
    "",
    { schema: listSchema, config: { permission: "read" } },
    async (req) => {
      const q = req.query;
      if (q.from && q.to && q.from > q.to) throw badRequest(`"from" (${q.from}) is after "to" (${q.to})`);
      if (q.reviewed === false && q.decision)
        throw badRequest(`"decision" needs reviewed claims, not "reviewed=false"`);
      try {
        return await app.store.claims.list(q);
      } catch (err) {
        if (err instanceof BadCursorError) throw badRequest(err.message);
        throw err;
      }
    },
  );

  app.get<{ Querystring: ClaimFilter }>(
    "/facets",
    { schema: facetsSchema, config: { permission: "read" } },
    async (req) => {
      const q = req.query;
      if (q.from && q.to && q.from > q.to) throw badRequest(`"from" (${q.from}) is after "to" (${q.to})`);
      return app.store.claims.facets(q);
    },
  );

  app.get<{ Params: { id: number } }>(
    "/:id",
    { schema: getSchema, config: { permission: "read" } },
    async (req) => {
      const claim = await app.store.claims.get(req.params.id);
      if (!claim) throw notFound(`no claim with id ${req.params.id}`);
      return claim;
    },
  );
};
