// Place hierarchy used to normalise destinations: site ⊂ region ⊂ country, from the one gazetteer
// (data/reference/places.json). A destination is mapped to its node; series keep the stated
// precision and carry the path, so "Alabuga" (site) and "Russia" (country) stay separate
// quantities but can be rolled up when asked.
import { defaultReference, placeToken, type Gazetteer, type PlaceEntry } from "../reference/index.ts";
import type { PlacePrecision } from "./types.ts";

/** The assessment's precision of a gazetteer place: a city inside a region counts as a site. */
function precisionOf(p: PlaceEntry, depth: number): Exclude<PlacePrecision, "unknown"> {
  if (p.kind === "country") return "country";
  if (p.kind === "site" || (p.kind === "city" && depth >= 2)) return "site";
  return "region";
}

function lookup(raw: string, places: Gazetteer): PlaceEntry | undefined {
  // "the Kursk region", "Tatarstan republic": retry without generic administrative words.
  return (
    places.find(raw) ??
    places.find(
      placeToken(raw)
        .replace(/\b(region|oblast|krai|province|republic( of)?|city|area|territory)\b/g, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
  );
}

export interface NormalisedPlace {
  /** Canonical name, or the trimmed input when the place is not in the hierarchy. */
  name: string;
  precision: PlacePrecision;
  /** Country first: ["Russia", "Tatarstan", "Alabuga"]. */
  path: string[];
  known: boolean;
}

export function normalisePlace(
  raw: string | null | undefined,
  places: Gazetteer = defaultReference().places,
): NormalisedPlace {
  if (!raw || !raw.trim()) return { name: "unspecified", precision: "unknown", path: [], known: false };
  const node = lookup(raw, places);
  if (!node) return { name: raw.trim(), precision: "unknown", path: [raw.trim()], known: false };
  const chain = places.ancestry(node);
  const path = chain.map((p) => places.labelOf(p)).reverse();
  return { name: places.labelOf(node), precision: precisionOf(node, chain.length - 1), path, known: true };
}

/** The place at a coarser level: `rollUp("Alabuga", "country")` → "Russia". */
export function rollUp(
  raw: string | null,
  level: "site" | "region" | "country",
  places: Gazetteer = defaultReference().places,
): NormalisedPlace {
  const place = normalisePlace(raw, places);
  if (!place.known) return place;
  const index = level === "country" ? 0 : level === "region" ? 1 : 2;
  if (place.path.length <= index + 1) return place;
  return normalisePlace(place.path[index], places);
}

/** True when `inner` is `outer` or lies within it. */
export function placeWithin(
  inner: string | null,
  outer: string | null,
  places: Gazetteer = defaultReference().places,
): boolean {
  const a = normalisePlace(inner, places);
  const b = normalisePlace(outer, places);
  return a.path.includes(b.name);
}
