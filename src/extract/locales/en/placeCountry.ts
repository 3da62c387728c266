// The country a named place lies in, from the place gazetteer (data/gazetteer/places.json), so a
// figure spread over several cities of one country can be given that country as its destination.
import { readFileSync } from "node:fs";
import { findPlaces } from "./places.ts";

interface PlaceEntry {
  name: string;
  country?: string;
}

function load(): PlaceEntry[] {
  try {
    const raw: unknown = JSON.parse(
      readFileSync(new URL("../../../../data/gazetteer/places.json", import.meta.url), "utf8"),
    );
    return Array.isArray(raw) ? (raw as PlaceEntry[]).filter((e) => e && typeof e.name === "string") : [];
  } catch {
    return []; // no gazetteer: no country roll-up
  }
}

let table: { codeOf: Map<string, string>; countryName: Map<string, string> } | null = null;

function tables() {
  if (table) return table;
  const codeOf = new Map<string, string>();
  const countryName = new Map<string, string>();
  for (const e of load()) {
    if (!e.country) continue;
    codeOf.set(e.name, e.country);
    const p = findPlaces(e.name)[0];
    if (p && p.kind === "country" && !countryName.has(e.country)) countryName.set(e.country, p.name);
  }
  table = { codeOf, countryName };
  return table;
}

/** The one country all `places` (normalised names) lie in, or null if unknown or mixed. */
export function commonCountry(places: Iterable<string>): string | null {
  const { codeOf, countryName } = tables();
  const codes = new Set<string>();
  for (const p of places) {
    const code = codeOf.get(p);
    if (!code) return null;
    codes.add(code);
  }
  return codes.size === 1 ? (countryName.get([...codes][0]) ?? null) : null;
}
