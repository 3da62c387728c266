// The one gazetteer (data/reference/places.json): every place with its kind, its parent (the
// hierarchy), country, map feature and the English patterns the extractor reads it by. The
// extractor, the assessment's roll-ups, the map and the API all read this table.
import { ReferenceDataError, arrayOf, object, readReferenceJson, str, type JsonSchema } from "./read.ts";

export const PLACE_KINDS = ["site", "city", "region", "area", "country"] as const;
export type PlaceKindId = (typeof PLACE_KINDS)[number];
type LonLat = [number, number];
const lonLat: JsonSchema = { type: "array", items: { type: "number" }, minItems: 2, maxItems: 2 };

/** An English pattern: a regular expression, or one that sets its own kind or marks a capital. */
export type PlacePattern =
  | string
  | {
      pattern: string;
      /** The kind this wording gives ("Russian" is only an adjective of Russia). */
      kind?: "adjective";
      /** A capital standing for its state ("sent troops to Moscow", "the Kremlin"). */
      capital?: boolean;
    };

export interface PlaceEntry {
  name: string;
  label?: string;
  kind: PlaceKindId;
  parent: string | null;
  country?: string;
  feature?: string;
  site?: { key: string; label: string; point: LonLat };
  point?: LonLat;
  en?: PlacePattern[];
  aliases?: string[];
}

const nonEmpty = str({ minLength: 1 });
const placeSchema = object(
  {
    name: nonEmpty,
    label: nonEmpty,
    kind: str({ enum: [...PLACE_KINDS] }),
    parent: { anyOf: [nonEmpty, { type: "null" }] },
    country: str({ pattern: "^[A-Z]{2}$" }),
    feature: nonEmpty,
    site: object({ key: nonEmpty, label: nonEmpty, point: lonLat }, ["key", "label", "point"]),
    point: lonLat,
    en: arrayOf({
      anyOf: [
        nonEmpty,
        object({ pattern: nonEmpty, kind: { const: "adjective" }, capital: { type: "boolean" } }, [
          "pattern",
        ]),
      ],
    }),
    aliases: arrayOf(nonEmpty),
  },
  ["name", "kind", "parent"],
);
const placesFile = object({ about: str(), places: arrayOf(placeSchema) }, ["places"]);

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

export class Gazetteer {
  private readonly byName: ReadonlyMap<string, PlaceEntry>;
  private readonly byToken = new Map<string, PlaceEntry>();

  constructor(readonly entries: readonly PlaceEntry[]) {
    this.byName = new Map(entries.map((p) => [p.name, p]));
    // names first, then labels, then aliases: a place's own name is never shadowed by another's alias
    for (const names of [
      (p: PlaceEntry) => [p.name],
      (p: PlaceEntry) => (p.label ? [p.label] : []),
      (p: PlaceEntry) => p.aliases ?? [],
    ])
      for (const p of entries)
        for (const n of names(p)) {
          const t = placeToken(n);
          if (!this.byToken.has(t)) this.byToken.set(t, p);
        }
  }

  /** The entry a claim's destination names exactly. */
  get(name: string): PlaceEntry | undefined {
    return this.byName.get(name);
  }
  /** The entry any of its names, its label or an alias finds (case and punctuation ignored). */
  find(raw: string): PlaceEntry | undefined {
    return this.byToken.get(placeToken(raw));
  }
  /** The entry, its parent, … up to the country. */
  ancestry(p: PlaceEntry): PlaceEntry[] {
    const out: PlaceEntry[] = [];
    for (
      let cur: PlaceEntry | undefined = p;
      cur && out.length < 10;
      cur = cur.parent ? this.byName.get(cur.parent) : undefined
    )
      out.push(cur);
    return out;
  }
  /** The display name: the label where the destination's short name differs from it. */
  labelOf(p: PlaceEntry): string {
    return p.label ?? p.name;
  }
}

export function loadPlaces(file: string): Gazetteer {
  const { places } = readReferenceJson<{ places: PlaceEntry[] }>(file, placesFile);
  const names = new Set<string>();
  for (const p of places) {
    if (names.has(p.name)) throw new ReferenceDataError(file, `place "${p.name}" is listed twice`);
    names.add(p.name);
  }
  for (const p of places) {
    if (p.parent && !names.has(p.parent))
      throw new ReferenceDataError(
        file,
        `place "${p.name}" lies in "${p.parent}", which is not in the gazetteer`,
      );
    for (const pat of p.en ?? [])
      try {
        new RegExp(typeof pat === "string" ? pat : pat.pattern);
      } catch (err) {
        throw new ReferenceDataError(file, `place "${p.name}": ${(err as Error).message}`);
      }
  }
  const g = new Gazetteer(places);
  for (const p of places)
    if (g.ancestry(p).length >= 10)
      throw new ReferenceDataError(file, `place "${p.name}": its parents form a loop`);
  return g;
}
