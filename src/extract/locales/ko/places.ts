// Korean place parser: gazetteer places and sites by their Hangul aliases, particles attached
// ("쿠르스크지역", "연해주에", "알라부가 공장").
import { placeOf, type PlaceMention } from "../common/destinations.ts";
import { findEntitiesKo } from "./entities.ts";

export function findPlacesKo(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of findEntitiesKo(text, ["place", "site"])) {
    const p = placeOf(m.entry, m.start);
    if (p) out.push(p);
  }
  return out;
}
