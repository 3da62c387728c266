// GET /api/claims (filtered, paginated), GET /api/claims/facets and GET /api/claims/:id, with
// analyst reviews applied. Each route is its schema (TypeBox: the schema is the request type) and a
// call to the store's claims repository.
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import { errorResponses, pageOf } from "../schemas.ts";
import { badRequest, notFound } from "../errors.ts";
import { BadCursorError, CLAIM_SORTS } from "../../store/index.ts";
import { IdParams, IsoDatePrefix, Pagination, Ref, Text } from "../typebox.ts";

const filters = {
  subject: Type.Optional(Text("Exact subject, e.g. `workers`, `troops`.")),
  destination: Type.Optional(Text("Case-insensitive substring of the destination.")),
  source: Type.Optional(
    Text("Case-insensitive substring of the named source, its attribution chain or the outlet."),
  ),
  docId: Type.Optional(Text("Only claims read from this document.")),
  from: Type.Optional(IsoDatePrefix("Inclusive lower bound on the claim time (or publication date).")),
  to: Type.Optional(IsoDatePrefix("Inclusive upper bound on the claim time (or publication date).")),
  reviewed: Type.Optional(
    Type.Boolean({ description: "`true`: only reviewed claims; `false`: only unreviewed ones." }),
  ),
  decision: Type.Optional(
    Type.Union([Type.Literal("accept"), Type.Literal("reject"), Type.Literal("correct")], {
      description: "Only claims whose latest review has this decision.",
    }),
  ),
};

const ListQuery = Type.Object(
  {
    ...filters,
    sort: Type.Optional(
      Type.String({
        enum: [...CLAIM_SORTS],
        description:
          "Order: publication date (default newest first), figure, claim time, or the extractor's confidence; `-` is descending. " +
          "With `reviewed=false` (the review queue) the default is `confidence`: least sure first.",
      }),
    ),
    cursor: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 400,
        description:
          "The `nextCursor` of the previous page: keyset pagination, stable while claims are added.",
      }),
    ),
    ...Pagination,
  },
  { additionalProperties: false },
);

const FacetValues = Type.Array(Type.Object({ value: Type.String(), count: Type.Integer() }));

const listSchema = {
  summary: "List claims, filtered and paginated",
  tags: ["claims"],
  querystring: ListQuery,
  response: { 200: pageOf("Claim"), ...errorResponses },
};

const facetsSchema = {
  summary: "How many of the filtered claims carry each subject, event, destination, source, outlet and year",
  tags: ["claims"],
  querystring: Type.Object(filters, { additionalProperties: false }),
  response: {
    200: Type.Object(
      Object.fromEntries(
        ["subject", "event", "destination", "source", "outlet", "year"].map((k) => [k, FacetValues]),
      ),
    ),
    ...errorResponses,
  },
};

const getSchema = {
  summary: "One claim with its evidence sentence and offsets",
  tags: ["claims"],
  params: IdParams,
  response: { 200: Ref("Claim"), ...errorResponses },
};

function checkFilters(q: { from?: string; to?: string; reviewed?: boolean; decision?: string }): void {
  if (q.from && q.to && q.from > q.to) throw badRequest(`"from" (${q.from}) is after "to" (${q.to})`);
  if (q.reviewed === false && q.decision)
    throw badRequest(`"decision" needs reviewed claims, not "reviewed=false"`);
}

export const claimRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get("", { schema: listSchema, config: { permission: "read" } }, async (req) => {
    checkFilters(req.query);
    try {
      return await app.store.claims.list(req.query);
    } catch (err) {
      if (err instanceof BadCursorError) throw badRequest(err.message);
      throw err;
    }
  });

  app.get("/facets", { schema: facetsSchema, config: { permission: "read" } }, async (req) => {
    checkFilters(req.query);
    return app.store.claims.facets(req.query);
  });

  app.get("/:id", { schema: getSchema, config: { permission: "read" } }, async (req) => {
    const claim = await app.store.claims.get(req.params.id);
    if (!claim) throw notFound(`no claim with id ${req.params.id}`);
    return claim;
  });
};
