// Canonical names for sources: well-known bodies from the reference data (`data/gazetteer/agencies.json`,
// `outlets.json`, `people.json`, passed in as `Reference.bodies`), acronyms the article defines itself ("Korea Institute
// for Defense Analyses (KIDA)"), and the kind of body a generic description ("the agency", "the think
// tank") can refer back to. Output form: `Canonical Name (ACRONYM)`, so a scorer or an analyst matching
// on the full name, a partial name or the acronym finds the same source.
import type { Body } from "../../../reference/index.ts";

type GazetteerEntry = Body;

export interface CanonicalSource {
  display: string;
  type: string;
}

const key = (s: string) =>
  s
    .replace(/[’‘]/g, "'")
    .replace(/^the\s+/i, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/** The bodies by every name (people too: "Kirill Budanov" and "Budanov" are "Kyrylo Budanov"), and their mention pattern. */
interface BodyIndex {
  byAlias: Map<string, GazetteerEntry>;
  mention: RegExp;
}
const indexes = new WeakMap<readonly Body[], BodyIndex>();

function bodyIndex(bodies: readonly Body[]): BodyIndex {
  let ix = indexes.get(bodies);
  if (!ix) {
    const byAlias = new Map<string, GazetteerEntry>();
    for (const e of bodies)
      for (const a of [e.name, ...(e.aliases ?? [])]) if (!byAlias.has(key(a))) byAlias.set(key(a), e);
    indexes.set(bodies, (ix = { byAlias, mention: mentionPattern(bodies) }));
  }
  return ix;
}

// Possessives that name a country, so "Seoul's National Intelligence Service" finds the KR entry.
const COUNTRY_OF: Record<string, string> = {
  "south korea": "KR",
  seoul: "KR",
  "south korean": "KR",
  "south korea's": "KR",
  ukraine: "UA",
  kyiv: "UA",
  kiev: "UA",
  ukrainian: "UA",
  russia: "RU",
  moscow: "RU",
  russian: "RU",
  kremlin: "RU",
  "north korea": "KP",
  pyongyang: "KP",
  "north korean": "KP",
  us: "US",
  "u.s.": "US",
  washington: "US",
  america: "US",
  american: "US",
  japan: "JP",
  tokyo: "JP",
  china: "CN",
  beijing: "CN",
  britain: "GB",
  uk: "GB",
  london: "GB",
};

const ACRONYM = /^[A-Z]{2,6}$/;

// Whether the document uses an acronym as a word: asked for every source of every claim, so the
// answers for the current document are kept (and the regex built once per acronym).
let wordsOf: { text: string; found: Map<string, boolean> } | null = null;
const WORD_RE = new Map<string, RegExp>();
function mentionsWord(docText: string, word: string): boolean {
  if (wordsOf?.text !== docText) wordsOf = { text: docText, found: new Map() };
  let hit = wordsOf.found.get(word);
  if (hit === undefined) {
    let re = WORD_RE.get(word);
    if (!re) WORD_RE.set(word, (re = new RegExp(`\\b${word}\\b`)));
    hit = docText.includes(word) && re.test(docText);
    wordsOf.found.set(word, hit);
  }
  return hit;
}

function displayOf(e: GazetteerEntry, docText: string): string {
  const aliases = e.aliases ?? [];
  // "South Korea's National Intelligence Service": the country-qualified form says most.
  const full =
    e.type === "agency"
      ? (aliases.find((a) => /^[\p{Lu}][\p{L}. ]*['’]s\s/u.test(a) && !/\bspy\b/i.test(a)) ?? e.name)
      : e.name;
  const acronyms = aliases.filter((a) => ACRONYM.test(a));
  const acr = acronyms.find((a) => mentionsWord(docText, a)) ?? acronyms[0];
  // Outlets are cited by name ("Financial Times", not "FT"); agencies are known by their acronym too.
  return acr && e.type === "agency" && !full.includes(acr) ? `${full} (${acr})` : full;
}

function lookup(name: string, BY_ALIAS: Map<string, GazetteerEntry>): GazetteerEntry | null {
  const k = key(name);
  const hit = BY_ALIAS.get(k);
  if (hit) return hit;
  // "Seoul's National Intelligence Service": drop the country possessive if it fits the entry.
  const m = /^([\p{L}. ]+?)['’]s\s+(.+)$/u.exec(name.replace(/^the\s+/i, ""));
  if (m) {
    const entry = BY_ALIAS.get(key(m[2]));
    const country = COUNTRY_OF[m[1].toLowerCase()];
    if (entry && (!entry.country || !country || entry.country === country)) return entry;
  }
  // "Russian Federal State Statistics Service": a country adjective before a known body.
  const adj = /^(\p{Lu}\p{L}+(?:\s+Korean)?)\s+(.+)$/u.exec(name.replace(/^the\s+/i, ""));
  if (adj && COUNTRY_OF[adj[1].toLowerCase()]) {
    const entry = BY_ALIAS.get(key(adj[2]));
    if (
      entry &&
      entry.type !== "person" &&
      (!entry.country || entry.country === COUNTRY_OF[adj[1].toLowerCase()])
    )
      return entry;
  }
  return null;
}

/** Acronyms the document defines: "the Korea Institute for Defense Analyses (KIDA)" → KIDA → the full name. */
export function definedAcronyms(text: string): Map<string, string> {
  // Several refiners ask for the same document's acronyms: the last document's are kept (a copy
  // is handed out, so a caller cannot change them for the next).
  if (acronymsOf?.text !== text) acronymsOf = { text, map: findAcronyms(text) };
  return new Map(acronymsOf.map);
}

let acronymsOf: { text: string; map: Map<string, string> } | null = null;
// Cheap test first: the pattern below tries every capitalised word, and most texts define nothing.
const ACRONYM_IN_BRACKETS = /\([A-Z]{2,6}\)/;

function findAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!ACRONYM_IN_BRACKETS.test(text)) return out;
  const re =
    /((?:[\p{Lu}][\p{L}'’.-]*)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|of|for|and|on|in|the|de))*)\s+\(([A-Z]{2,6})\)/gu;
  for (const m of text.matchAll(re)) {
    const words = m[1].split(/\s+/);
    // The initials of the capitalised words must begin the acronym's letters roughly: guards "Seoul (NIS)".
    const caps = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]);
    if (caps.length < 2 && m[2].length > 1 && words.length < 2) continue;
    if (!caps.some((c) => c === m[2][0])) continue;
    // Trim leading words until the first initial matches the acronym's first letter.
    while (words.length > 1 && words[0][0] !== m[2][0]) words.shift();
    if (!out.has(m[2])) out.set(m[2], words.join(" "));
  }
  return out;
}

/** The canonical form of a source name, or null if it is neither in the gazetteer nor defined in the text. */
export function canonicalSource(
  name: string,
  docText: string,
  acronyms: Map<string, string>,
  bodies: readonly Body[],
): CanonicalSource | null {
  const { byAlias } = bodyIndex(bodies);
  const bare = name.replace(/^the\s+/i, "").trim();
  const e = lookup(bare, byAlias);
  if (e) return { display: displayOf(e, docText), type: e.type };
  const full = acronyms.get(bare);
  if (full) {
    const e2 = lookup(full, byAlias);
    if (e2) return { display: displayOf(e2, docText), type: e2.type };
    return { display: `${full} (${bare})`, type: "defined" };
  }
  for (const [acr, long] of acronyms)
    if (key(long) === key(bare)) return { display: `${long} (${acr})`, type: "defined" };
  return null;
}

/** Every well-known body the text mentions, with its offset (for "the agency" to refer back to). */
export function mentionedBodies(
  text: string,
  acronyms: Map<string, string>,
  bodies: readonly Body[],
): { at: number; display: string; type: string }[] {
  const { byAlias: BY_ALIAS, mention } = bodyIndex(bodies);
  const out: { at: number; display: string; type: string }[] = [];
  for (const m of text.matchAll(mention)) {
    const c = canonicalSource(m[0], text, acronyms, bodies);
    if (c) out.push({ at: m.index!, display: c.display, type: c.type });
  }
  for (const [acr, full] of acronyms) {
    for (const m of text.matchAll(new RegExp(`\\b${acr}\\b`, "g"))) {
      const c = canonicalSource(acr, text, acronyms, bodies);
      if (c && !BY_ALIAS.has(key(full))) out.push({ at: m.index!, display: c.display, type: c.type });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Names long or distinctive enough to find by plain search (descriptive aliases like "spy agency" are not).
const mentionPattern = (bodies: readonly Body[]) =>
  new RegExp(
    `(?<![\\p{L}])(?:${[...new Set(bodies.flatMap((e) => [e.name, ...(e.aliases ?? [])]))]
      .filter(
        (a) =>
          (ACRONYM.test(a) && a.length >= 3) ||
          (/^\p{Lu}/u.test(a) && a.length >= 5 && !/\bspy\b|intelligence$/i.test(a)),
      )
      .sort((a, b) => b.length - a.length)
      .map(escapeRe)
      .join("|")})(?![\\p{L}])`,
    "gu",
  );

/** What kind of body a name is, for matching a later generic description. */
export type SourceKind =
  "intelligence" | "ministry" | "thinktank" | "outlet" | "military" | "person" | "body";

export function kindOf(display: string, type: string): SourceKind {
  if (/intelligence|\bspy\b|directorate|security service|\b(?:NIS|HUR|GUR|FSB|SBU|CIA|GRU)\b/i.test(display))
    return "intelligence";
  if (/\b(?:ministry|department)\b/i.test(display)) return "ministry";
  if (/\b(?:institute|cent(?:er|re)|think tank|foundation|analyses|studies|RAND|CSIS)\b/i.test(display))
    return "thinktank";
  if (type === "outlet") return "outlet";
  if (/\b(?:military|army|armed forces|general staff|command|defen[cs]e|Pentagon)\b/i.test(display))
    return "military";
  const words = display.split(/\s+/);
  if (
    type === "" &&
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) &&
    !/\b(?:Team|Group|Panel|Committee|Council|Office|Agency|Service|Bureau|Commission|Monitoring|Project|Network|Times|News|Post|Journal)\b/.test(
      display,
    )
  )
    return "person";
  return "body";
}

/** The kinds of named source a generic description can stand for, or null if it is not a description. */
export function descriptionKinds(phrase: string): SourceKind[] | null {
  const words = phrase
    .replace(/^(?:the|its|their|this|that|a|an)\s+/i, "")
    .replace(/[’]/g, "'")
    .split(/\s+/);
  // "a South Korean state-run think tank", "Seoul's spy agency": a qualifier, then a lowercase head.
  // Only country qualifiers ("South Korean", "Seoul's", "state-run") are skipped: "UN sanctions monitors" is a name.
  while (
    words.length > 1 &&
    (/['’]s$/.test(words[0]) ||
      /^(?:South|North|East|West)$/.test(words[0]) ||
      /^\p{Lu}\p{Ll}+(?:an|ese|ish)$/u.test(words[0]) ||
      /^\p{Ll}+-\p{Ll}+$/u.test(words[0]))
  )
    words.shift();
  if (words.some((w) => /^\p{Lu}/u.test(w))) return null;
  const two = words.slice(-2).join(" ").toLowerCase();
  const p =
    /^(?:think tank|spy agency|intelligence agency|intelligence service|news agency|armed forces|general staff|research institute)$/.test(
      two,
    )
      ? two
      : (words[words.length - 1] ?? "").toLowerCase();
  if (/^(?:spy|intelligence)\s+(?:agency|service)$/.test(p)) return ["intelligence"];
  // "the source said", after "a source … told Daily NK": the outlet's source.
  if (/^source$/.test(p)) return ["outlet"];
  if (/^agency$/.test(p)) return ["intelligence", "outlet", "ministry", "body"];
  if (/^(?:ministry|department)$/.test(p)) return ["ministry"];
  if (/^(?:think tank|institute|research institute)$/.test(p)) return ["thinktank"];
  if (/^(?:newspaper|paper|outlet|daily|broadcaster|news agency|publication|website)$/.test(p))
    return ["outlet"];
  if (/^(?:military|army|armed forces|general staff)$/.test(p)) return ["military"];
  if (
    /^(?:report|study|team|panel|group|committee|monitors|monitoring team|assessment|document|review|analysis)$/.test(
      p,
    )
  )
    return ["body", "thinktank", "ministry", "intelligence"];
  if (/^(?:official|spokesman|spokeswoman|spokesperson|minister|lawmaker)$/.test(p))
    return ["person", "ministry", "intelligence", "military", "body"];
  return null;
}
