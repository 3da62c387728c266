// Proposes names the gazetteer does not know: capitalised multi-word sequences that contain an
// organisation keyword ("Korea Sobaeksu Trading Company") and person names after a title
// ("Defence Minister Andrei Belousov", "Gen. Kim Yong Bok") or in Korean three-part form.
import type { EntityType } from "../../types.ts";

export interface Candidate {
  start: number;
  end: number;
  text: string;
  type: Extract<EntityType, "person" | "organization">;
  /** Which rule proposed it, for debugging. */
  rule: string;
}

const ORG_KEYWORDS = new Set([
  "company",
  "corporation",
  "corp",
  "trading",
  "group",
  "enterprise",
  "enterprises",
  "bureau",
  "ltd",
  "llc",
  "limited",
  "construction",
  "industries",
  "industry",
  "bank",
  "association",
  "holding",
  "holdings",
  "firm",
  "factory",
  "plant",
  "agency",
  "committee",
  "department",
  "ministry",
  "co",
  "inc",
  "jsc",
  "ooo",
]);
// Words that may sit inside a name in lower case.
const CONNECTORS = new Set(["of", "for", "and", "&", "the", "de", "on"]);
// Capitalised words that start sentences or are generic, not part of a name.
const LEADING_NOISE = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "its",
  "his",
  "her",
  "their",
  "our",
  "in",
  "at",
  "by",
  "from",
  "with",
  "as",
  "according",
  "said",
  "but",
  "and",
  "while",
  "when",
  "after",
  "before",
  "since",
  "some",
  "many",
  "other",
  "north",
  "south",
]);
const GENERIC_ONLY = new Set([
  "state",
  "korean",
  "russian",
  "chinese",
  "national",
  "general",
  "central",
  "international",
  "foreign",
  "defence",
  "defense",
  "security",
  "labor",
  "labour",
  "interior",
  "finance",
  "financial",
  "trade",
  "economic",
  "economy",
  "justice",
  "health",
  "education",
  "energy",
  "emergency",
  "emergencies",
  "transport",
  "industrial",
  "agriculture",
  "culture",
  "science",
  "technology",
  "affairs",
  "public",
  "people",
  "peoples",
  "military",
  "naval",
  "air",
  "federal",
  "regional",
  "local",
  "joint",
  "main",
  "new",
  "first",
  "second",
  "third",
]);

// Capitalised word (Latin), allowing inner hyphens/apostrophes/dots: Sobaeksu, Co., Jong-un, O'Neil.
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{N}'’.-]*`;
const NAME_RUN = new RegExp(
  String.raw`${CAP_WORD}(?:\s+(?:(?:of|for|and|&|the|de|on)\s+)?${CAP_WORD})+`,
  "gu",
);

function trimRun(text: string, start: number): { start: number; text: string } | null {
  const words = text.split(/\s+/);
  let offset = 0;
  while (
    words.length > 1 &&
    (LEADING_NOISE.has(words[0].toLowerCase().replace(/[.’']/g, "")) ||
      CONNECTORS.has(words[0].toLowerCase()))
  ) {
    offset += text.slice(offset).indexOf(words[0]) + words[0].length;
    offset += /^\s*/.exec(text.slice(offset))![0].length;
    words.shift();
  }
  while (words.length > 1 && CONNECTORS.has(words[words.length - 1].toLowerCase())) words.pop();
  if (words.length < 2) return null;
  const body = text.slice(offset);
  const lastWord = words[words.length - 1];
  const end = body.lastIndexOf(lastWord) + lastWord.length;
  return {
    start: start + offset,
    text: body
      .slice(0, end)
      .replace(/[.,]$/, (m) => (/\b(?:Co|Corp|Ltd|Inc)\.$/.test(body.slice(0, end)) ? m : "")),
  };
}

function organisationCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    const trimmed = trimRun(m[0], m.index!);
    if (!trimmed) continue;
    const words = trimmed.text.split(/\s+/).map((w) => w.toLowerCase().replace(/[.,’']/g, ""));
    if (!words.some((w) => ORG_KEYWORDS.has(w))) continue;
    // At least one distinctive word besides keywords, connectors and generic adjectives.
    if (!words.some((w) => !ORG_KEYWORDS.has(w) && !CONNECTORS.has(w) && !GENERIC_ONLY.has(w))) continue;
    out.push({
      start: trimmed.start,
      end: trimmed.start + trimmed.text.length,
      text: trimmed.text,
      type: "organization",
      rule: "org-keyword",
    });
  }
  return out;
}

const TITLES = String.raw`(?:Mr|Ms|Mrs|Dr|Gen|Lt|Col|Maj|Capt|Adm|Sgt)\.?|President|Vice[- ]President|(?:Deputy |Prime |Foreign |Defen[cs]e |First |Vice )*Minister|Premier|Chairman|Chairwoman|Director|Ambassador|Governor|Mayor|General|Colonel|Lieutenant(?: General| Colonel)?|Major(?: General)?|Marshal|Admiral|Commander|Chief|Spokes(?:man|woman|person)|Senator|Representative|Secretary|Envoy|Leader|Head`;
const TITLED_PERSON = new RegExp(
  String.raw`\b(?:${TITLES})\s+((?:\p{Lu}[\p{Ll}'’-]+)(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})`,
  "gu",
);

const KOREAN_SURNAMES =
  "Kim|Ri|Rhee|Lee|Yi|Pak|Park|Choe|Choi|Jang|Chang|Kang|Han|Jo|Cho|O|Oh|Yun|Yoon|Hyon|Hyun|Ryu|Yu|Ju|Chu|Jong|Jeong|Chon|Jeon|Hwang|Son|Sin|Shin|Song|Ro|Roh|No|Rim|Im|Lim|Kwon|Paek|Baek|Ko|Go|Ho|Heo|Nam|Mun|Moon|Ryom|Kye|Yang|Jin|Ahn|An|Bae|Pae|Cha|Chae|Sung|Seo|So|Won|Hong|Ma|Min|Myong|Tong";
// Surname + given name written as two syllables: "Kim Tong Chol", "Pak Jong-chon", "Ri Il-gyu".
const KOREAN_PERSON = new RegExp(
  String.raw`\b(?:${KOREAN_SURNAMES})\s+[A-Z][a-z]{1,5}(?:-[a-z]{1,5}|\s+[A-Z][a-z]{1,5})\b`,
  "g",
);
// Words that look like given names in the patterns above but are not.
const NOT_NAMES = new Set([
  "said",
  "says",
  "told",
  "added",
  "also",
  "has",
  "was",
  "is",
  "will",
  "and",
  "the",
  "who",
  "from",
  "in",
  "on",
  "at",
]);

function personCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(TITLED_PERSON)) {
    let name = m[1];
    const words = name.split(/\s+/);
    while (words.length && NOT_NAMES.has(words[words.length - 1].toLowerCase())) words.pop();
    if (words.length < 2) continue;
    name = words.join(" ");
    const start = m.index! + m[0].lastIndexOf(m[1]);
    out.push({ start, end: start + name.length, text: name, type: "person", rule: "title" });
  }
  for (const m of text.matchAll(KOREAN_PERSON)) {
    const parts = m[0].split(/[\s-]+/);
    if (parts.some((p) => NOT_NAMES.has(p.toLowerCase()))) continue;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      type: "person",
      rule: "korean-name",
    });
  }
  return out;
}

/** Candidate names in `text`, non-overlapping, earliest and then longest first. */
export function proposeCandidates(text: string): Candidate[] {
  const all = [...organisationCandidates(text), ...personCandidates(text)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const out: Candidate[] = [];
  for (const c of all) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) continue;
    out.push(c);
  }
  return out;
}
