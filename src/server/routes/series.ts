// GET /api/series: estimate series (subject × family × unit × place, by year) from the assessment
// of everything stored, reviews applied, with each figure's claim id, grade and origin, the range,
// the conservative headline and why, corroboration and contradiction flags; plus the counts and
// circular-reporting flags the overview shows.
import type { FastifyPluginAsync } from "fastify";
import { SUBJECT_GROUP_IDS } from "../../reference/index.ts";
import { errorResponses, subjectId } from "../schemas.ts";

const open = { type: "object", additionalProperties: true } as const;

const seriesSchema = {
  type: "object",
  additionalProperties: true,
  required: ["key", "subject", "subjectGroup", "family", "unit", "place", "periods", "latest"],
  properties: {
    key: { type: "string" },
    subject: { type: "string" },
    subjectGroup: { type: "string" },
    family: { type: "string" },
    unit: { type: "string" },
    place: { type: "string" },
    placePath: { type: "array", items: { type: "string" } },
    placePrecision: { type: "string", enum: ["site", "region", "country", "unknown"] },
    periods: {
      type: "array",
      description:
        "One per year: `figures` (claimId, value, qualifier, interval, outlet, date, origin, grade, corroboration), " +
        "`range`, `headline` (lowest well-sourced figure) with `headlineReason`, `grade`, `corroboration`, " +
        "`timePrecision`, `contradicted`, `circular`, `contradictions`.",
      items: open,
    },
    latest: { anyOf: [open, { type: "null" }] },
  },
} as const;

const schema = {
  summary: "Estimate series with ranges, headlines, grades and contradictions (reviews applied)",
  tags: ["estimates"],
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: {
      subjectGroup: { type: "string", enum: [...SUBJECT_GROUP_IDS] },
      subject: subjectId,
      family: {
        type: "string",
        enum: ["planned", "reported", "realised", "stock", "entries", "revenue", "casualties", "other"],
        description: "`reported` (= `realised`): reported dispatched; `planned`: announced intention.",
      },
      place: {
        type: "string",
        minLength: 1,
        maxLength: 200,
        description: "A place or any place above it (case-insensitive): `Russia` includes Kursk and Alabuga.",
      },
      figures: {
        type: "boolean",
        default: true,
        description:
          "`false` leaves out each period's `figures` and `contradictions` (flags and counts stay): a lighter answer for overviews.",
      },
      limit: { type: "integer", minimum: 1, maximum: 1000, default: 200 },
      offset: { type: "integer", minimum: 0, default: 0 },
    },
  },
  response: {
    200: {
      type: "object",
      required: ["items", "total", "limit", "offset", "summary"],
      properties: {
        items: { type: "array", items: seriesSchema },
        total: { type: "integer" },
        limit: { type: "integer" },
        offset: { type: "integer" },
        summary: {
          type: "object",
          additionalProperties: true,
          description:
            "`counts` (documents, claims, reviewed/rejected/corrected claims, sources, outlets, series, findings), " +
            "`contradictions` (newest first, at most 100; `contradictionCount` has the total), `circular` (figures " +
            "whose chain runs back to an earlier report, at most 100; `circularCount`), `builtAt`.",
          properties: {
            counts: open,
            contradictionCount: { type: "integer" },
            circularCount: { type: "integer" },
            contradictions: { type: "array", items: open },
            circular: { type: "array", items: open },
            builtAt: { type: "string" },
          },
        },
      },
    },
    ...errorResponses,
  },
} as const;

/** Most contradictions and circular reports listed in the summary (the counts give the totals). */
const SUMMARY_CAP = 100;

interface Query {
  subjectGroup?: string;
  subject?: string;
  family?: string;
  place?: string;
  figures: boolean;
  limit: number;
  offset: number;
}

const summaries = new WeakMap<object, unknown>();

export const seriesRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: Query }>("", { schema, config: { permission: "read" } }, async (req) => {
    const { filterSeries, orderSeries, seriesOut, claimIdOf, apiFamily, originNames } =
      await import("../services/estimate-views.ts");
    const data = await app.services.estimates();
    const { snapshot } = data;
    const matching = orderSeries(filterSeries(snapshot.series, req.query));
    const page = matching.slice(req.query.offset, req.query.offset + req.query.limit);
    // Per data version, not per request: the summary walks every figure of every series.
    let summary = summaries.get(data);
    if (!summary) {
      const names = originNames(snapshot.series);
      const seriesByKey = new Map(snapshot.series.map((s) => [s.key, s]));
      const origins = new Set<string>();
      const outlets = new Set<string>();
      for (const s of snapshot.series)
        for (const p of s.periods)
          for (const f of p.figures) {
            origins.add(f.origin.id);
            if (f.outlet) outlets.add(f.outlet);
          }
      summary = {
        counts: {
          ...data.counts,
          sources: origins.size,
          outlets: outlets.size,
          series: snapshot.series.length,
          findings: snapshot.findings.length,
        },
        contradictionCount: snapshot.contradictions.length,
        circularCount: snapshot.circular.length,
        // The most recent first, capped: a large record can hold thousands of pairs.
        contradictions: [...snapshot.contradictions]
          .sort((a, b) => b.period.localeCompare(a.period))
          .slice(0, SUMMARY_CAP)
          .map((c) => {
            const s = seriesByKey.get(c.seriesKey);
            return {
              id: c.id,
              seriesKey: c.seriesKey,
              subject: s?.subject ?? null,
              family: s ? apiFamily(s.family) : null,
              place: s?.place ?? null,
              period: c.period,
              claimIds: c.claimKeys.map(claimIdOf),
              origins: c.origins,
              originNames: c.origins.map((o) => names.get(o) ?? o),
              figures: c.figures,
              reason: c.reason,
            };
          }),
        circular: snapshot.circular.slice(0, SUMMARY_CAP).map((c) => ({
          claimId: claimIdOf(c.claimKey),
          earlierClaimId: claimIdOf(c.earlierClaimKey),
          citedVia: c.citedVia,
          trueOrigin: names.get(c.trueOrigin) ?? c.trueOrigin,
        })),
        builtAt: data.builtAt,
      };
      summaries.set(data, summary);
    }
    return {
      items: page.map((s) => {
        const out = seriesOut(s, data);
        if (req.query.figures) return out;
        const bare = (p: (typeof out.periods)[number]) => ({ ...p, figures: [], contradictions: [] });
        return { ...out, periods: out.periods.map(bare), latest: out.latest && bare(out.latest) };
      }),
      total: matching.length,
      limit: req.query.limit,
      offset: req.query.offset,
      summary,
    };
  });
};
