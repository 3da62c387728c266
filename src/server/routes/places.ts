// GET /api/places: where the claims point, per place on the dashboard's map (see
// services/places.ts for the gazetteer and assess/place-summary.ts for the aggregation). Analyst
// reviews apply: corrections overlay the claim, rejected claims are left out (and counted).
import type { FastifyPluginAsync } from "fastify";
import {
  PLACE_FAMILIES as FAMILIES,
  PLACE_GROUPS as GROUPS,
  type PlacesQuery,
} from "../../assess/place-summary.ts";
import { errorResponses, isoDatePrefix } from "../schemas.ts";
import { badRequest } from "../errors.ts";

const range = {
  type: "object",
  required: ["low", "high"],
  properties: { low: { type: "number" }, high: { type: "number" } },
} as const;
const lonLat = { type: "array", items: { type: "number" }, minItems: 2, maxItems: 2 } as const;
const count = (key: string) =>
  ({
    type: "object",
    required: [key, "claims"],
    properties: { [key]: { type: "string" }, claims: { type: "integer" } },
  }) as const;

const schema = {
  summary: "Claim counts and figures per destination, normalised to the dashboard map's places",
  description:
    "Each claim's destination is mapped to a country, a Russian federal subject, a site (a port) or an area. " +
    "`range` is the lowest and highest figure stated; `sum` adds the stated figures and double-counts overlapping reports.",
  tags: ["claims"],
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: {
      group: {
        type: "string",
        enum: GROUPS,
        description: "Only this subject group (`labor`, `military`, …).",
      },
      family: {
        type: "string",
        enum: FAMILIES,
        description: "Only this event family (`realised`, `stock`, …).",
      },
      from: {
        ...isoDatePrefix,
        description: "Inclusive lower bound on the claim time (or publication date).",
      },
      to: { ...isoDatePrefix, description: "Inclusive upper bound on the claim time (or publication date)." },
    },
  },
  response: {
    200: {
      type: "object",
      required: ["places", "unmapped", "withoutDestination", "rejected", "total"],
      properties: {
        places: {
          type: "array",
          items: {
            type: "object",
            required: [
              "key",
              "name",
              "kind",
              "feature",
              "point",
              "claims",
              "destinations",
              "people",
              "breakdown",
            ],
            properties: {
              key: { type: "string" },
              name: { type: "string" },
              kind: { type: "string", enum: ["region", "country", "site", "area", "land"] },
              feature: {
                type: ["string", "null"],
                description: "Feature id in world.topo.json; null for areas.",
              },
              point: { ...lonLat, description: "[longitude, latitude] for the place's circle." },
              claims: { type: "integer" },
              destinations: { type: "array", items: count("name") },
              people: {
                anyOf: [
                  { type: "null" },
                  { ...range, properties: { ...range.properties, claims: { type: "integer" } } },
                ],
              },
              breakdown: {
                type: "array",
                items: {
                  type: "object",
                  required: ["group", "family", "unit", "claims", "range", "sum"],
                  properties: {
                    group: { type: "string" },
                    family: { type: "string" },
                    unit: { type: "string" },
                    claims: { type: "integer" },
                    range,
                    sum: range,
                  },
                },
              },
            },
          },
        },
        unmapped: { type: "array", items: count("destination") },
        withoutDestination: { type: "integer" },
        rejected: { type: "integer" },
        total: { type: "integer" },
      },
    },
    ...errorResponses,
  },
} as const;

export const placeRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: PlacesQuery }>("", { schema, config: { permission: "read" } }, async (req) => {
    const q = req.query;
    if (q.from && q.to && q.from > q.to) throw badRequest(`"from" (${q.from}) is after "to" (${q.to})`);
    return app.services.places(q);
  });
};
