// GET /api/places: where the claims point. Each claim's destination is normalised to a feature of the
// dashboard's map (src/web/static/geo/world.topo.json: countries and Russia's federal subjects) through
// the one gazetteer (data/reference/places.json: Alabuga → Tatarstan, Vladivostok → Primorsky, Rajin → a
// DPRK port), then counted and its figures ranged and summed per subject group, event family and unit.
// Analyst reviews apply: corrections overlay the claim, rejected claims are left out (and counted).
import { readFileSync } from "node:fs";
import type { FastifyPluginAsync } from "fastify";
import type { ClaimFilter, Store } from "../../store/store.ts";
import {
  defaultReference,
  placeToken,
  SUBJECT_GROUP_IDS,
  type PlaceEntry,
  type Reference,
} from "../../reference/index.ts";
import type { Subject, SubjectGroup } from "../../types.ts";
import { eventFamily, FAMILY_LABEL } from "../../assess/figures.ts";
import type { EventFamily } from "../../assess/types.ts";
import { errorResponses, isoDatePrefix } from "../schemas.ts";
import { badRequest } from "../errors.ts";
import { withReviews } from "../review-query.ts";
import { changeStamp } from "../../web/data/estimates.ts";

const GEO_DIR = new URL("../../web/static/geo/", import.meta.url);
const FAMILIES = Object.keys(FAMILY_LABEL) as EventFamily[];
const GROUPS: readonly SubjectGroup[] = SUBJECT_GROUP_IDS;
/** Subject groups whose persons figures size the map's circles (people sent or present, not casualties). */
const PEOPLE_GROUPS = new Set<SubjectGroup>(["labor", "military"]);

export type PlaceKind = "region" | "country" | "site" | "area" | "land";
type LonLat = [number, number];

/** Where a destination lands on the map. `feature` is null for areas ("Russian Far East"). */
export interface PlaceTarget {
  key: string;
  name: string;
  kind: PlaceKind;
  feature: string | null;
  point: LonLat;
}

interface Range {
  low: number;
  high: number;
}

export interface PlaceBreakdown {
  group: SubjectGroup;
  family: EventFamily;
  unit: string;
  claims: number;
  /** Lowest and highest figure stated. */
  range: Range;
  /** Sum of the stated figures (lows, highs): overlapping reports are counted twice, so not a total. */
  sum: Range;
}

export interface PlaceSummary extends PlaceTarget {
  claims: number;
  /** The destinations as the claims state them, most frequent first (for links to the claim list). */
  destinations: { name: string; claims: number }[];
  /** Range of persons figures for workers and troops (what the map's circles show), or null. */
  people: (Range & { claims: number }) | null;
  breakdown: PlaceBreakdown[];
}

export interface PlacesReport {
  places: PlaceSummary[];
  unmapped: { destination: string; claims: number }[];
  withoutDestination: number;
  rejected: number;
  total: number;
}

// ---- gazetteer -------------------------------------------------------------------------------

interface TopoFeature {
  id: string;
  properties: { name: string; kind: PlaceKind; centroid: LonLat };
}

export interface Gazetteer {
  lookup(raw: string): PlaceTarget | null;
  /** Every feature id the map can draw. */
  features: ReadonlyMap<string, TopoFeature>;
  /** The scoring group of a subject (from the subject registry). */
  groupOf(subject: string): SubjectGroup | null;
}

export { placeToken };

// Generic words around a name ("Kursk oblast", "the port of Rajin", "Republic of Tatarstan").
const GENERIC =
  /\b(region|oblast|krai|kray|province|republic( of)?|city|area|territory|district|federal subject|special economic zone|sez|port( of)?|cosmodrome|industrial zone)\b/g;

function readTopo(): { objects: Record<string, { geometries: TopoFeature[] }> } {
  const url = new URL("world.topo.json", GEO_DIR);
  try {
    return JSON.parse(readFileSync(url, "utf8")) as {
      objects: Record<string, { geometries: TopoFeature[] }>;
    };
  } catch (err) {
    throw new Error(`${url.pathname}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

/**
 * The map's view of the one gazetteer (data/reference/places.json): a destination finds its place
 * by name, label or alias, and lands on the place's own circle (a site, an area) or on the map
 * feature of the place or its nearest parent (Alabuga → Tatarstan, Vladivostok → Primorsky).
 */
export function loadGazetteer(reference: Reference = defaultReference()): Gazetteer {
  const topo = readTopo();
  const features = new Map<string, TopoFeature>();
  for (const object of Object.values(topo.objects))
    for (const g of object.geometries) if (g.id && g.properties) features.set(g.id, g);
  const places = reference.places;
  const featureTarget = (id: string, where: string): PlaceTarget => {
    const f = features.get(id);
    if (!f) throw new Error(`${where}: no map feature "${id}" in world.topo.json`);
    return {
      key: id,
      name: f.properties.name,
      kind: f.properties.kind,
      feature: id,
      point: f.properties.centroid,
    };
  };
  // A place's own mark (its map feature, its site circle, its area circle), else its nearest parent's feature.
  const own = new Map<PlaceEntry, PlaceTarget>();
  const inherited = new Map<PlaceEntry, PlaceTarget>();
  for (const p of places.entries) {
    const where = `data/reference/places.json: place "${p.name}"`;
    const chain = places.ancestry(p);
    const parentFeature = chain.find((q) => q.feature)?.feature ?? null;
    if (p.site)
      own.set(p, {
        key: `${parentFeature}:${p.site.key}`,
        name: p.site.label,
        kind: "site",
        feature: parentFeature,
        point: p.site.point,
      });
    else if (p.feature) own.set(p, featureTarget(p.feature, where));
    else if (p.point)
      own.set(p, {
        key: `area:${placeToken(p.name)}`,
        name: p.name,
        kind: "area",
        feature: null,
        point: p.point,
      });
    else if (parentFeature) inherited.set(p, featureTarget(parentFeature, where));
  }
  // Every feature's own name ("Kuwait", "Tatarstan") finds it without a gazetteer line.
  const byFeatureName = new Map<string, PlaceTarget>();
  for (const [id, f] of features)
    if (f.properties.kind !== "land" && !byFeatureName.has(placeToken(f.properties.name)))
      byFeatureName.set(placeToken(f.properties.name), featureTarget(id, "world.topo.json"));

  const find = (token: string): PlaceTarget | null => {
    if (!token) return null;
    const p = places.find(token);
    return (p && own.get(p)) ?? byFeatureName.get(token) ?? (p && inherited.get(p)) ?? null;
  };
  const lookup = (raw: string): PlaceTarget | null => {
    const token = placeToken(raw);
    if (!token) return null;
    return find(token) ?? find(token.replace(GENERIC, " ").replace(/\s+/g, " ").trim());
  };
  const subjects = reference.subjects;
  return { lookup, features, groupOf: (subject) => subjects.group(subject) };
}

let cached: Gazetteer | null = null;
export function gazetteer(): Gazetteer {
  cached ??= loadGazetteer();
  return cached;
}

// ---- aggregation -----------------------------------------------------------------------------

export interface PlacesQuery {
  group?: SubjectGroup;
  family?: EventFamily;
  from?: string;
  to?: string;
}

/** A claim as the aggregation needs it (reviews already applied). */
export interface PlaceClaim {
  quantity: number | [number, number];
  unit: string;
  subject: Subject;
  event: Parameters<typeof eventFamily>[0]["event"];
  modality: Parameters<typeof eventFamily>[0]["modality"];
  destination: string | null;
  rejected?: boolean;
}

const widen = (r: Range | null, low: number, high: number): Range =>
  r ? { low: Math.min(r.low, low), high: Math.max(r.high, high) } : { low, high };

/** Pure: claims → per-place counts and figures. */
export function summarisePlaces(
  claims: Iterable<PlaceClaim>,
  gaz: Gazetteer,
  query: PlacesQuery = {},
): PlacesReport {
  const places = new Map<string, PlaceSummary>();
  const raw = new Map<string, Map<string, number>>();
  const unmapped = new Map<string, number>();
  const report: PlacesReport = { places: [], unmapped: [], withoutDestination: 0, rejected: 0, total: 0 };
  for (const claim of claims) {
    const group = gaz.groupOf(claim.subject);
    const family = eventFamily(claim);
    if (!group || (query.group && group !== query.group) || (query.family && family !== query.family))
      continue;
    if (claim.rejected) {
      report.rejected++;
      continue;
    }
    report.total++;
    const destination = claim.destination?.trim();
    if (!destination) {
      report.withoutDestination++;
      continue;
    }
    const target = gaz.lookup(destination);
    if (!target) {
      unmapped.set(destination, (unmapped.get(destination) ?? 0) + 1);
      continue;
    }
    let place = places.get(target.key);
    if (!place) {
      place = { ...target, claims: 0, destinations: [], people: null, breakdown: [] };
      places.set(target.key, place);
      raw.set(target.key, new Map());
    }
    place.claims++;
    const names = raw.get(target.key)!;
    names.set(destination, (names.get(destination) ?? 0) + 1);

    const [low, high] = Array.isArray(claim.quantity) ? claim.quantity : [claim.quantity, claim.quantity];
    let row = place.breakdown.find((b) => b.group === group && b.family === family && b.unit === claim.unit);
    if (!row) {
      row = { group, family, unit: claim.unit, claims: 0, range: { low, high }, sum: { low: 0, high: 0 } };
      place.breakdown.push(row);
    }
    row.claims++;
    row.range = widen(row.range, low, high);
    row.sum = { low: row.sum.low + low, high: row.sum.high + high };
    if (claim.unit === "persons" && PEOPLE_GROUPS.has(group)) {
      const range = widen(place.people, low, high);
      place.people = { ...range, claims: (place.people?.claims ?? 0) + 1 };
    }
  }
  for (const [key, place] of places) {
    place.destinations = [...raw.get(key)!].map(([name, n]) => ({ name, claims: n })).sort(byCount);
    place.breakdown.sort((a, b) => b.claims - a.claims || a.group.localeCompare(b.group));
  }
  report.places = [...places.values()].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
  report.unmapped = [...unmapped].map(([destination, n]) => ({ destination, claims: n })).sort(byCount);
  return report;
}

function byCount(a: { claims: number; name?: string; destination?: string }, b: typeof a): number {
  return (
    b.claims - a.claims || String(a.name ?? a.destination).localeCompare(String(b.name ?? b.destination))
  );
}

/** Reads every claim of the store (page by page, reviews applied) and summarises it. */
export async function placesReport(
  store: Store,
  query: PlacesQuery = {},
  gaz: Gazetteer = gazetteer(),
): Promise<PlacesReport> {
  const filter: ClaimFilter = { from: query.from, to: query.to };
  const claims: PlaceClaim[] = [];
  for (let offset = 0; ;) {
    const page = await store.listClaims({ ...filter, limit: 1000, offset });
    for (const c of await withReviews(store, page.items))
      claims.push({ ...c, rejected: c.review?.decision === "reject" });
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) break;
    // Let other requests in between pages (SQLite reads block the thread while they run).
    await new Promise((resolve) => setImmediate(resolve));
  }
  return summarisePlaces(claims, gaz, query);
}

/** Reports per store and query, kept while the data version (change stamp) stays the same. */
const reportCache = new WeakMap<Store, Map<string, { stamp: string; report: Promise<PlacesReport> }>>();
const CACHED_QUERIES = 64;

/** `placesReport`, computed once per data version and query; concurrent callers share one build. */
export async function cachedPlacesReport(
  store: Store,
  query: PlacesQuery = {},
  gaz: Gazetteer = gazetteer(),
): Promise<PlacesReport> {
  const stamp = await changeStamp(store.kysely);
  const key = JSON.stringify([query.group, query.family, query.from, query.to]);
  let cache = reportCache.get(store);
  if (!cache) reportCache.set(store, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.report;
  const report = placesReport(store, query, gaz);
  cache.delete(key);
  cache.set(key, { stamp, report });
  if (cache.size > CACHED_QUERIES) cache.delete(cache.keys().next().value!);
  const c = cache;
  report.catch(() => c.get(key)?.report === report && c.delete(key));
  return report;
}

// ---- route -----------------------------------------------------------------------------------

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
  const gaz = loadGazetteer(app.reference); // the server's reference data, read once at start
  app.get<{ Querystring: PlacesQuery }>("", { schema, config: { permission: "read" } }, async (req) => {
    const q = req.query;
    if (q.from && q.to && q.from > q.to) throw badRequest(`"from" (${q.from}) is after "to" (${q.to})`);
    return cachedPlacesReport(app.store, q, gaz);
  });
};
