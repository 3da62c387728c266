// The country a named place lies in, from the gazetteer (data/reference/places.json), so a figure
// spread over several cities of one country can be given that country as its destination.
import type { Gazetteer } from "../../../reference/index.ts";

interface CountryTables {
  codeOf: Map<string, string>;
  countryName: Map<string, string>;
}
const tables = new WeakMap<Gazetteer, CountryTables>();

function tablesOf(places: Gazetteer): CountryTables {
  let t = tables.get(places);
  if (!t) {
    const codeOf = new Map<string, string>();
    const countryName = new Map<string, string>();
    for (const p of places.entries) {
      if (!p.country) continue;
      codeOf.set(p.name, p.country);
      if (p.kind === "country" && !countryName.has(p.country)) countryName.set(p.country, p.name);
    }
    tables.set(places, (t = { codeOf, countryName }));
  }
  return t;
}

/** The one country all `names` (normalised place names) lie in, or null if unknown or mixed. */
export function commonCountry(names: Iterable<string>, places: Gazetteer): string | null {
  const { codeOf, countryName } = tablesOf(places);
  const codes = new Set<string>();
  for (const p of names) {
    const code = codeOf.get(p);
    if (!code) return null;
    codes.add(code);
  }
  return codes.size === 1 ? (countryName.get([...codes][0]) ?? null) : null;
}
