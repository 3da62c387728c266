// Where the claims point, summarised per map place: each claim group's destination is looked up in a
// gazetteer (the server's service passes the dashboard map's), then counted and its figures ranged
// and summed per subject group, event family and unit. Pure: no files, no database.
import { SUBJECT_GROUP_IDS } from "../reference/index.ts";
import type { Subject, SubjectGroup } from "../types.ts";
import { eventFamily, FAMILY_LABEL } from "./figures.ts";
import type { EventFamily } from "./types.ts";

const FAMILIES = Object.keys(FAMILY_LABEL) as EventFamily[];
const GROUPS: readonly SubjectGroup[] = SUBJECT_GROUP_IDS;
/** Subject groups whose persons figures size the map's circles (people sent or present, not casualties). */
const PEOPLE_GROUPS = new Set<SubjectGroup>(["labor", "military"]);
export { FAMILIES as PLACE_FAMILIES, GROUPS as PLACE_GROUPS };

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

export interface Range {
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

/** Looks a destination up on the map (null when the map has no place for it). */
export interface PlaceLookup {
  lookup(raw: string): PlaceTarget | null;
  /** The scoring group of a subject (from the subject registry). */
  groupOf(subject: string): SubjectGroup | null;
}

export interface PlacesQuery {
  group?: SubjectGroup;
  family?: EventFamily;
  from?: string;
  to?: string;
}

/**
 * A claim as the aggregation needs it (reviews already applied), or a group of claims sharing these
 * fields: `claims` of them, `quantity` the group's [lowest, highest] and `sum` its summed figures.
 */
export interface PlaceClaim {
  quantity: number | [number, number];
  unit: string;
  subject: Subject;
  event: Parameters<typeof eventFamily>[0]["event"];
  modality: Parameters<typeof eventFamily>[0]["modality"];
  destination: string | null;
  rejected?: boolean;
  /** How many claims this stands for (1 when absent). */
  claims?: number;
  /** Their summed lows and highs (the quantity when absent). */
  sum?: Range;
}

const widen = (r: Range | null, low: number, high: number): Range =>
  r ? { low: Math.min(r.low, low), high: Math.max(r.high, high) } : { low, high };

/** Pure: claims → per-place counts and figures. */
export function summarisePlaces(
  claims: Iterable<PlaceClaim>,
  gaz: PlaceLookup,
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
    const n = claim.claims ?? 1;
    if (claim.rejected) {
      report.rejected += n;
      continue;
    }
    report.total += n;
    const destination = claim.destination?.trim();
    if (!destination) {
      report.withoutDestination += n;
      continue;
    }
    const target = gaz.lookup(destination);
    if (!target) {
      unmapped.set(destination, (unmapped.get(destination) ?? 0) + n);
      continue;
    }
    let place = places.get(target.key);
    if (!place) {
      place = { ...target, claims: 0, destinations: [], people: null, breakdown: [] };
      places.set(target.key, place);
      raw.set(target.key, new Map());
    }
    place.claims += n;
    const names = raw.get(target.key)!;
    names.set(destination, (names.get(destination) ?? 0) + n);

    const [low, high] = Array.isArray(claim.quantity) ? claim.quantity : [claim.quantity, claim.quantity];
    const sum = claim.sum ?? { low, high };
    let row = place.breakdown.find((b) => b.group === group && b.family === family && b.unit === claim.unit);
    if (!row) {
      row = { group, family, unit: claim.unit, claims: 0, range: { low, high }, sum: { low: 0, high: 0 } };
      place.breakdown.push(row);
    }
    row.claims += n;
    row.range = widen(row.range, low, high);
    row.sum = { low: row.sum.low + sum.low, high: row.sum.high + sum.high };
    if (claim.unit === "persons" && PEOPLE_GROUPS.has(group)) {
      const range = widen(place.people, low, high);
      place.people = { ...range, claims: (place.people?.claims ?? 0) + n };
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
