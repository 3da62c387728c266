// Russian place parser: gazetteer places and sites in any case ("в Курской области", "в Приморье",
// "на заводе в Алабуге"), plus the abbreviations of Russia the gazetteer cannot stem ("РФ").
import { placeOf, type PlaceMention } from "../common/destinations.ts";
import { findEntitiesRu } from "./entities.ts";

export function findPlacesRu(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of findEntitiesRu(text, ["place", "site"])) {
    const p = placeOf(m.entry, m.start);
    if (p) out.push(p);
  }
  for (const m of text.matchAll(
    /(?<![\p{L}])(?:РФ|России|Россию|Россия|[Мм]оскв[аеуы]|[Мм]осквой)(?![\p{L}])/gu,
  ))
    if (!out.some((p) => p.start === m.index)) out.push({ name: "Russia", kind: "country", start: m.index });
  return out;
}
