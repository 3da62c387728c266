// Place parser: destinations named in a sentence, normalised ("the Kursk region" → Kursk,
// "Primorye" → Primorsky) by the gazetteer's English patterns (data/reference/places.json). Each
// place has a specificity; the refiner keeps the most specific destination of the flow and ignores
// places that are sources ("Seoul's spy agency").
import { defaultReference, type Gazetteer } from "../../../reference/index.ts";

export type PlaceKind = "site" | "region" | "area" | "country" | "adjective";

export interface Place {
  name: string;
  kind: PlaceKind;
  start: number;
  end: number;
  /** True when the place is a city standing for its state ("sent troops to Moscow"). */
  capital?: boolean;
}

interface PlacePattern {
  re: RegExp;
  name: string;
  kind: PlaceKind;
  capital: boolean;
}
const compiled = new WeakMap<Gazetteer, PlacePattern[]>();

/** The gazetteer's English patterns in file order (the first to claim a stretch of text keeps it). */
function patternsOf(places: Gazetteer): PlacePattern[] {
  let out = compiled.get(places);
  if (!out) {
    out = places.entries.flatMap((p) =>
      (p.en ?? []).map((pat) => {
        const { pattern, kind, capital } = typeof pat === "string" ? { pattern: pat } : pat;
        return {
          re: new RegExp(`\\b(?:${pattern})\\b`, "g"),
          name: p.name,
          // the extractor ranks a city like a region ("region/city" in SPECIFICITY)
          kind: kind ?? (p.kind === "city" ? "region" : p.kind),
          capital: !!capital,
        };
      }),
    );
    compiled.set(places, out);
  }
  return out;
}

/** Every place named in `sentence` (offsets relative to the sentence), in text order. */
export function findPlaces(sentence: string, places: Gazetteer = defaultReference().places): Place[] {
  // Several refiners ask about the same sentence: each pattern scans it, so recent answers are
  // kept per gazetteer (a copy of the list is handed out; the places themselves are never changed).
  let recent = RECENT.get(places);
  if (!recent) RECENT.set(places, (recent = new Map()));
  let found = recent.get(sentence);
  if (!found) {
    found = scanPlaces(sentence, places);
    if (recent.size >= 64) recent.delete(recent.keys().next().value!);
    recent.set(sentence, found);
  }
  return found.slice();
}

const RECENT = new WeakMap<Gazetteer, Map<string, Place[]>>();

function scanPlaces(sentence: string, places: Gazetteer): Place[] {
  const out: Place[] = [];
  for (const p of patternsOf(places)) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(sentence))) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      // "Russian Far East" is an area, not the adjective; "Korean" never a place here.
      out.push({
        name: p.name,
        kind: p.kind,
        start,
        end,
        capital: p.capital,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export const SPECIFICITY: Record<PlaceKind, number> = {
  site: 4,
  region: 3,
  area: 2,
  country: 1,
  adjective: 0,
};
