// Place hierarchy used to normalise destinations: site ⊂ region ⊂ country. A destination is mapped
// to its node; series keep the stated precision and carry the path, so "Alabuga" (site) and
// "Russia" (country) stay separate quantities but can be rolled up when asked.
import type { PlacePrecision } from "./types.ts";

interface PlaceNode {
  name: string;
  precision: Exclude<PlacePrecision, "unknown">;
  parent: string | null;
  aliases: string[];
}

// Kept deliberately small: the places DPRK labour, troop and arms reporting names most often.
const NODES: PlaceNode[] = [
  { name: "Russia", precision: "country", parent: null, aliases: ["russian federation", "moscow regime"] },
  { name: "China", precision: "country", parent: null, aliases: ["prc", "people's republic of china"] },
  { name: "Ukraine", precision: "country", parent: null, aliases: [] },
  {
    name: "North Korea",
    precision: "country",
    parent: null,
    aliases: ["dprk", "democratic people's republic of korea"],
  },
  { name: "Iran", precision: "country", parent: null, aliases: [] },
  { name: "Laos", precision: "country", parent: null, aliases: ["lao pdr"] },
  { name: "Vietnam", precision: "country", parent: null, aliases: ["viet nam"] },
  { name: "Mongolia", precision: "country", parent: null, aliases: [] },
  { name: "United Arab Emirates", precision: "country", parent: null, aliases: ["uae", "emirates"] },
  { name: "Kuwait", precision: "country", parent: null, aliases: [] },
  { name: "Qatar", precision: "country", parent: null, aliases: [] },
  { name: "Syria", precision: "country", parent: null, aliases: [] },
  { name: "Tatarstan", precision: "region", parent: "Russia", aliases: ["republic of tatarstan"] },
  { name: "Kursk", precision: "region", parent: "Russia", aliases: ["kursk oblast", "kursk region"] },
  { name: "Belgorod", precision: "region", parent: "Russia", aliases: ["belgorod oblast"] },
  {
    name: "Primorsky Krai",
    precision: "region",
    parent: "Russia",
    aliases: ["primorye", "primorsky", "primorsky territory"],
  },
  { name: "Khabarovsk Krai", precision: "region", parent: "Russia", aliases: ["khabarovsk"] },
  { name: "Amur", precision: "region", parent: "Russia", aliases: ["amur oblast"] },
  { name: "Sakhalin", precision: "region", parent: "Russia", aliases: ["sakhalin oblast"] },
  { name: "Moscow", precision: "region", parent: "Russia", aliases: ["moscow oblast", "moscow region"] },
  {
    name: "Saint Petersburg",
    precision: "region",
    parent: "Russia",
    aliases: ["st petersburg", "st. petersburg", "petersburg"],
  },
  { name: "Russian Far East", precision: "region", parent: "Russia", aliases: ["far east", "siberia"] },
  { name: "Rostov", precision: "region", parent: "Russia", aliases: ["rostov oblast", "rostov-on-don"] },
  {
    name: "Alabuga",
    precision: "site",
    parent: "Tatarstan",
    aliases: ["alabuga special economic zone", "alabuga sez", "yelabuga", "elabuga"],
  },
  { name: "Kazan", precision: "site", parent: "Tatarstan", aliases: [] },
  { name: "Vladivostok", precision: "site", parent: "Primorsky Krai", aliases: [] },
  { name: "Nakhodka", precision: "site", parent: "Primorsky Krai", aliases: [] },
  { name: "Donetsk", precision: "region", parent: "Ukraine", aliases: ["donetsk oblast", "donbas"] },
  { name: "Luhansk", precision: "region", parent: "Ukraine", aliases: ["luhansk oblast", "lugansk"] },
  {
    name: "Zaporizhzhia",
    precision: "region",
    parent: "Ukraine",
    aliases: ["zaporizhzhia oblast", "zaporozhye"],
  },
  { name: "Crimea", precision: "region", parent: "Ukraine", aliases: [] },
  { name: "Liaoning", precision: "region", parent: "China", aliases: ["liaoning province"] },
  { name: "Jilin", precision: "region", parent: "China", aliases: ["jilin province"] },
  { name: "Dandong", precision: "site", parent: "Liaoning", aliases: [] },
  { name: "Shenyang", precision: "site", parent: "Liaoning", aliases: [] },
  { name: "Hunchun", precision: "site", parent: "Jilin", aliases: [] },
  { name: "Yanji", precision: "site", parent: "Jilin", aliases: [] },
];

const byName = new Map<string, PlaceNode>();
const byAlias = new Map<string, PlaceNode>();
for (const node of NODES) {
  byName.set(node.name, node);
  byAlias.set(placeToken(node.name), node);
  for (const alias of node.aliases) byAlias.set(placeToken(alias), node);
}

/** Lower-cased, "the"/punctuation stripped, for alias lookup. */
function placeToken(raw: string): string {
  return raw
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^the\s+/, "")
    .replace(/[.,;:()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export interface NormalisedPlace {
  /** Canonical name, or the trimmed input when the place is not in the hierarchy. */
  name: string;
  precision: PlacePrecision;
  /** Country first: ["Russia", "Tatarstan", "Alabuga"]. */
  path: string[];
  known: boolean;
}

export function normalisePlace(raw: string | null | undefined): NormalisedPlace {
  if (!raw || !raw.trim()) return { name: "unspecified", precision: "unknown", path: [], known: false };
  const token = placeToken(raw);
  let node = byAlias.get(token);
  // "the Kursk region", "Tatarstan republic": retry without generic administrative words.
  if (!node) {
    const stripped = token
      .replace(/\b(region|oblast|krai|province|republic( of)?|city|area|territory)\b/g, "")
      .trim();
    node = byAlias.get(stripped.replace(/\s+/g, " "));
  }
  if (!node) return { name: raw.trim(), precision: "unknown", path: [raw.trim()], known: false };
  const path: string[] = [];
  for (let cur: PlaceNode | undefined = node; cur; cur = cur.parent ? byName.get(cur.parent) : undefined) {
    path.unshift(cur.name);
  }
  return { name: node.name, precision: node.precision, path, known: true };
}

/** The place at a coarser level: `rollUp("Alabuga", "country")` → "Russia". */
export function rollUp(raw: string | null, level: "site" | "region" | "country"): NormalisedPlace {
  const place = normalisePlace(raw);
  if (!place.known) return place;
  const index = level === "country" ? 0 : level === "region" ? 1 : 2;
  if (place.path.length <= index + 1) return place;
  return normalisePlace(place.path[index]);
}

/** True when `inner` is `outer` or lies within it. */
export function placeWithin(inner: string | null, outer: string | null): boolean {
  const a = normalisePlace(inner);
  const b = normalisePlace(outer);
  return a.path.includes(b.name);
}
