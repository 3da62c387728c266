// The places service: the dashboard map's gazetteer (src/web/static/geo: world.topo.json and the
// hand-written places.json beside it: Alabuga → Tatarstan, Vladivostok → Primorsky, Rajin → a DPRK
// port) and the per-place report over the store's claim groups (aggregated in the database, reviews
// applied), cached per data version and query.
import { readFileSync } from "node:fs";
import type { Store } from "../../store/index.ts";
import type { EventType, Modality, Subject } from "../../types.ts";
import { normalisePlace } from "../../assess/places.ts";
import {
  summarisePlaces,
  type PlaceKind,
  type PlaceLookup,
  type PlacesQuery,
  type PlacesReport,
  type PlaceTarget,
} from "../../assess/place-summary.ts";

const GEO_DIR = new URL("../../web/static/geo/", import.meta.url);
type LonLat = [number, number];

interface GazetteerFile {
  places: { feature: string; key?: string; label?: string; names: string[]; point?: LonLat }[];
  areas: { name: string; names: string[]; point: LonLat }[];
}
interface TopoFeature {
  id: string;
  properties: { name: string; kind: PlaceKind; centroid: LonLat };
}

export interface Gazetteer extends PlaceLookup {
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

/** The filtered claims, grouped in the store (reviews applied), summarised per place. */
export async function placesReport(store: Store, query: PlacesQuery = {}): Promise<PlacesReport> {
  const groups = await store.claims.groups({ from: query.from, to: query.to });
  return summarisePlaces(
    groups.map((g) => ({
      quantity: [g.range.low, g.range.high] as [number, number],
      unit: g.unit,
      subject: g.subject as Subject,
      event: g.event as EventType,
      modality: g.modality as Modality,
      destination: g.destination,
      rejected: g.rejected,
      claims: g.claims,
      sum: g.sum,
    })),
    gazetteer(),
    query,
  );
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
