// The places service: the dashboard map's view (src/web/static/geo/world.topo.json) of the one
// gazetteer (data/reference/places.json: Alabuga → Tatarstan, Vladivostok → Primorsky, Rajin → a DPRK
// port) and the per-place report over the store's claim groups (aggregated in the database, reviews
// applied), cached per data version and query.
import { readFileSync } from "node:fs";
import type { Store } from "../../store/index.ts";
import type { EventType, Modality, Subject } from "../../types.ts";
import { defaultReference, placeToken, type PlaceEntry, type Reference } from "../../reference/index.ts";
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

interface TopoFeature {
  id: string;
  properties: { name: string; kind: PlaceKind; centroid: LonLat };
}

export interface Gazetteer extends PlaceLookup {
  lookup(raw: string): PlaceTarget | null;
  /** Every feature id the map can draw. */
  features: ReadonlyMap<string, TopoFeature>;
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

/** The filtered claims, grouped in the store (reviews applied), summarised per place. */
export async function placesReport(
  store: Store,
  query: PlacesQuery = {},
  gaz: Gazetteer = gazetteer(),
): Promise<PlacesReport> {
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
    gaz,
    query,
  );
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
  const stamp = await store.assessments.stamp();
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
