// GET /api/places: where the claims point. Each claim's destination is normalised to a feature of the
// dashboard's map (src/web/static/geo/world.topo.json: countries and Russia's federal subjects) through
// the hand-written gazetteer beside it (Alabuga → Tatarstan, Vladivostok → Primorsky, Rajin → a DPRK
// port), then counted and its figures ranged and summed per subject group, event family and unit.
// Analyst reviews apply: corrections overlay the claim, rejected claims are left out (and counted).
import { readFileSync } from "node:fs";
import type { FastifyPluginAsync } from "fastify";
import type { ClaimFilter, Store } from "../../store/index.ts";
import { SUBJECT_GROUPS, type Subject, type SubjectGroup } from "../../types.ts";
import { eventFamily, FAMILY_LABEL } from "../../assess/figures.ts";
import { normalisePlace } from "../../assess/places.ts";
import type { EventFamily } from "../../assess/types.ts";
import { errorResponses, isoDatePrefix } from "../schemas.ts";
import { badRequest } from "../errors.ts";

const GEO_DIR = new URL("../../web/static/geo/", import.meta.url);
const FAMILIES = Object.keys(FAMILY_LABEL) as EventFamily[];
const GROUPS = Object.keys(SUBJECT_GROUPS) as SubjectGroup[];
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

interface GazetteerFile {
  places: { feature: string; key?: string; label?: string; names: string[]; point?: LonLat }[];
  areas: { name: string; names: string[]; point: LonLat }[];
}
interface TopoFeature {
  id: string;
  properties: { name: string; kind: PlaceKind; centroid: LonLat };
}

export interface Gazetteer {
  lookup(raw: string): PlaceTarget | null;
  /** Every feature id the map can draw. */
  features: ReadonlyMap<string, TopoFeature>;
}

/** Lower-cased, "the" and punctuation stripped: "the Kursk region." → "kursk region". */
export function placeToken(raw: string): string {
  return raw
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/^the\s+/, "")
    .replace(/[.,;:()"]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// Generic words around a name ("Kursk oblast", "the port of Rajin", "Republic of Tatarstan").
const GENERIC =
  /\b(region|oblast|krai|kray|province|republic( of)?|city|area|territory|district|federal subject|special economic zone|sez|port( of)?|cosmodrome|industrial zone)\b/g;

function readJson<T>(name: string): T {
  const url = new URL(name, GEO_DIR);
  try {
    return JSON.parse(readFileSync(url, "utf8")) as T;
  } catch (err) {
    throw new Error(`${url.pathname}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

export function loadGazetteer(): Gazetteer {
  const topo = readJson<{ objects: Record<string, { geometries: TopoFeature[] }> }>("world.topo.json");
  const file = readJson<GazetteerFile>("places.json");
  const features = new Map<string, TopoFeature>();
  for (const object of Object.values(topo.objects))
    for (const g of object.geometries) if (g.id && g.properties) features.set(g.id, g);

  const byToken = new Map<string, PlaceTarget>();
  const add = (name: string, target: PlaceTarget) => {
    const token = placeToken(name);
    if (!byToken.has(token)) byToken.set(token, target);
  };
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
  if (!Array.isArray(file.places) || !Array.isArray(file.areas))
    throw new Error(`places.json: needs "places" and "areas" arrays`);
  file.places.forEach((entry, i) => {
    const where = `places.json: places[${i}]`;
    if (!Array.isArray(entry.names) || entry.names.some((n) => typeof n !== "string" || !n.trim()))
      throw new Error(`${where}: "names" must be a list of non-empty strings`);
    const base = featureTarget(entry.feature, where);
    const target: PlaceTarget =
      entry.key && entry.point
        ? {
            key: `${entry.feature}:${entry.key}`,
            name: entry.label ?? entry.names[0],
            kind: "site",
            feature: entry.feature,
            point: entry.point,
          }
        : base;
    for (const name of entry.names) add(name, target);
  });
  for (const area of file.areas) {
    const target: PlaceTarget = {
      key: `area:${placeToken(area.name)}`,
      name: area.name,
      kind: "area",
      feature: null,
      point: area.point,
    };
    for (const name of area.names) add(name, target);
  }
  // Every feature's own name ("Kuwait", "Tatarstan") finds it without a gazetteer line.
  for (const [id, f] of features)
    if (f.properties.kind !== "land") add(f.properties.name, featureTarget(id, "world.topo.json"));

  const lookup = (raw: string): PlaceTarget | null => {
    const token = placeToken(raw);
    if (!token) return null;
    const direct = byToken.get(token) ?? byToken.get(token.replace(GENERIC, " ").replace(/\s+/g, " ").trim());
    if (direct) return direct;
    // A place the assessment hierarchy knows under another name: try it, then its parents.
    const known = normalisePlace(raw);
    for (const name of [...known.path].reverse()) {
      const hit = byToken.get(placeToken(name));
      if (hit) return hit;
    }
    return null;
  };
  return { lookup, features };
}

let cached: Gazetteer | null = null;
export function gazetteer(): Gazetteer {
  cached ??= loadGazetteer();
  return cached;
}

// ---- aggregation -----------------------------------------------------------------------------

const GROUP_OF = new Map<Subject, SubjectGroup>(
  GROUPS.flatMap((g) => SUBJECT_GROUPS[g].map((s) => [s as Subject, g] as const)),
);

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
    const group = GROUP_OF.get(claim.subject);
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
export async function placesReport(store: Store, query: PlacesQuery = {}): Promise<PlacesReport> {
  const filter: ClaimFilter = { from: query.from, to: query.to };
  const claims: PlaceClaim[] = [];
  for (let offset = 0; ;) {
    const page = await store.listClaims({ ...filter, limit: 1000, offset });
    for (const c of await store.claims.withReviews(page.items))
      claims.push({ ...c, rejected: c.review?.decision === "reject" });
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) break;
    // Let other requests in between pages (SQLite reads block the thread while they run).
    await new Promise((resolve) => setImmediate(resolve));
  }
  return summarisePlaces(claims, gazetteer(), query);
}

/** Reports per store and query, kept while the data version (change stamp) stays the same. */
const reportCache = new WeakMap<Store, Map<string, { stamp: string; report: Promise<PlacesReport> }>>();
const CACHED_QUERIES = 64;

/** `placesReport`, computed once per data version and query; concurrent callers share one build. */
export async function cachedPlacesReport(store: Store, query: PlacesQuery = {}): Promise<PlacesReport> {
  const stamp = await store.assessments.stamp();
  const key = JSON.stringify([query.group, query.family, query.from, query.to]);
  let cache = reportCache.get(store);
  if (!cache) reportCache.set(store, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.report;
  const report = placesReport(store, query);
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
  app.get<{ Querystring: PlacesQuery }>("", { schema, config: { permission: "read" } }, async (req) => {
    const q = req.query;
    if (q.from && q.to && q.from > q.to) throw badRequest(`"from" (${q.from}) is after "to" (${q.to})`);
    return cachedPlacesReport(app.store, q);
  });
};
