// Destinations for locales: gazetteer mentions (found by the locale's own matcher) named as the
// English extractor names them ("Курская область" → Kursk Oblast → "Kursk"), most specific first.
// Home countries and the war's other side are never a destination of a DPRK flow.
import type { Candidate, ExtractContext, Refiner } from "../../context.ts";
import { findPlaces, type PlaceKind } from "../en/places.ts";
import { gazetteerEntries, type GazetteerEntry } from "./gazetteer.ts";

export interface PlaceMention {
  name: string;
  kind: PlaceKind;
  start: number;
  /** ISO country the place lies in, when the gazetteer says. */
  country?: string;
}

// The claim contract's name where it differs from the English parser's short form.
const CONTRACT_NAME: Record<string, string> = { Primorsky: "Primorye" };

const NEVER = new Set([
  "North Korea",
  "South Korea",
  "Ukraine",
  "United States",
  "Japan",
  "Pyongyang",
  "Seoul",
  "Kyiv",
]);
const RANK: Record<PlaceKind, number> = { site: 4, region: 3, area: 2, country: 1, adjective: 0 };

export function placeOf(entry: GazetteerEntry, start: number): PlaceMention | null {
  // DPRK places (Rajin, Pyongyang) are where flows start, not where they go
  if (NEVER.has(entry.name) || entry.country === "KP") return null;
  const country = entry.country;
  const english = findPlaces(entry.name)[0];
  if (english && !NEVER.has(english.name))
    return { name: CONTRACT_NAME[english.name] ?? english.name, kind: english.kind, start, country };
  const kind: PlaceKind = entry.type === "site" ? "site" : entry.country ? "region" : "country";
  return { name: entry.name, kind, start, country };
}

// A country's own entry comes first among the places of its code in the gazetteer.
let countryNames: Map<string, string> | null = null;
function countryName(code: string): string | null {
  if (!countryNames) {
    countryNames = new Map();
    for (const e of gazetteerEntries())
      if (e.type === "place" && e.country && !countryNames.has(e.country))
        countryNames.set(e.country, e.name);
  }
  return countryNames.get(code) ?? null;
}

/** The most specific place; a list of several ("Guangzhou, Shenyang, Dandong") is their country. */
function mostSpecific(ps: PlaceMention[]): PlaceMention | null {
  const top = ps.reduce<PlaceMention | null>((b, p) => (!b || RANK[p.kind] > RANK[b.kind] ? p : b), null);
  if (!top || top.kind === "country") return top;
  const peers = ps.filter((p) => RANK[p.kind] === RANK[top.kind]);
  if (new Set(peers.map((p) => p.name)).size < 3) return top;
  const codes = new Set(peers.map((p) => p.country));
  const name = codes.size === 1 && top.country ? countryName(top.country) : null;
  return name ? { name, kind: "country", start: top.start, country: top.country } : top;
}

/** A refiner that fills destinations from a locale's place finder. */
export function attachDestinationWith(
  name: string,
  places: (text: string) => PlaceMention[],
  abroad: RegExp,
  home: RegExp,
): Refiner {
  return {
    name,
    refine(ctx: ExtractContext, candidates: Candidate[]) {
      const inSentence = new Map<number, PlaceMention[]>();
      const at = (i: number) => {
        let p = inSentence.get(i);
        if (!p) inSentence.set(i, (p = places(ctx.sentences[i].text)));
        return p;
      };
      // the place the headline or first paragraph names, if it is a Russian region or a site
      const lead = ctx.sentences.filter((s) => s.paragraph <= 1).flatMap((s) => at(s.index));
      // ... and that the article comes back to (a dateline or page chrome is named once)
      const mentions = (name: string) =>
        ctx.sentences.filter((s) => at(s.index).some((p) => p.name === name)).length;
      const leadRegion = mostSpecific(
        lead.filter(
          (p) => (p.kind === "region" || p.kind === "site") && p.country === "RU" && mentions(p.name) >= 2,
        ),
      );
      const russiaInDoc = ctx.sentences.some((s) => at(s.index).some((p) => p.name === "Russia"));
      for (const c of candidates) {
        if (
          ctx.reference.subjects.people.has(c.subject) &&
          c.event === "other" &&
          home.test(c.sentence.text)
        ) {
          c.destination = null; // going home
          continue;
        }
        if (abroad.test(c.sentence.text)) {
          c.destination = null; // "abroad, mainly in Russia and China": no single place
          continue;
        }
        const own = at(c.sentence.index);
        const countries = new Set(own.filter((x) => x.kind === "country").map((x) => x.name));
        if (countries.size >= 2 && own.every((x) => x.kind === "country")) {
          c.destination = null; // "in Russia and China": no single place
          continue;
        }
        let p = mostSpecific(own);
        for (let i = c.sentence.index - 1; !p && i >= 0 && c.sentence.index - i <= 3; i--)
          p = mostSpecific(at(i));
        for (let i = c.sentence.index - 4; !p && i >= 0; i--) p = mostSpecific(at(i));
        if (p?.kind === "country" && p.name === "Russia" && leadRegion) p = leadRegion;
        c.destination =
          p?.name ?? (ctx.reference.subjects.arms.has(c.subject) && russiaInDoc ? "Russia" : null);
        ctx.debug(name, "set", c, c.destination ?? "none");
      }
      return candidates;
    },
  };
}
