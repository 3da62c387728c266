// Word tokens with their offsets, folded for matching: lower case, accents removed (Hangul kept
// composed), punctuation and hyphens treated as separators. "Kim Jong-un" and "KIM Jong Un" give
// the same keys.

export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  raw: string;
  /** The folded form used for matching. */
  key: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function foldToken(raw: string): string {
  // Accents are dropped from Latin letters only: in Cyrillic "й" is a letter of its own (and an
  // inflection), and Hangul syllables must stay composed.
  if (/[\u0400-\u04FF]/.test(raw)) return raw.normalize("NFC").toLowerCase().replace(/ё/g, "е");
  if (/[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/.test(raw)) return raw.normalize("NFC").toLowerCase();
  return raw.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD))
    out.push({ start: m.index!, end: m.index! + m[0].length, raw: m[0], key: foldToken(m[0]) });
  return out;
}

const HANGUL = /^[\uAC00-\uD7A3]+$/;
const CYRILLIC = /^[\u0400-\u04FF]+$/;
// Korean particles attach to the noun ("북한은", "국정원에 따르면") and end the name; Russian and
// Ukrainian decline every word of a name ("Курской области", "Путина"). Longest first.
// prettier-ignore
const KOREAN_PARTICLES = ["에서는", "으로는", "에게서", "에서", "으로", "에게", "께서", "부터", "까지", "과의", "와의",
  "은", "는", "이", "가", "을", "를", "의", "에", "과", "와", "도", "로", "측"];
// prettier-ignore
const CYRILLIC_ENDINGS = ["ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями", "ой", "ей", "ом", "ем", "ым", "им",
  "ую", "юю", "ах", "ях", "ам", "ям", "ии", "а", "у", "е", "ы", "и", "ю", "я"];
// Endings a name's dictionary form may lose when declined: "Россия" → "Росси|и", "область" → "област|и",
// "Курская" → "Курск|ой".
const CYRILLIC_BASE_ENDINGS = [
  "ая",
  "яя",
  "ое",
  "ее",
  "ий",
  "ый",
  "ой",
  "а",
  "я",
  "ь",
  "й",
  "о",
  "е",
  "ы",
  "и",
];

export interface StrippedForm {
  key: string;
  /** Characters removed from the end. */
  cut: number;
  /** A Korean particle is not part of the name (the span stops before it); a Russian ending is. */
  kind: "particle" | "inflection";
}

/** Forms a text token may take once an attached particle or case ending is removed. */
export function strippedForms(key: string): StrippedForm[] {
  const out: StrippedForm[] = [];
  if (HANGUL.test(key)) {
    for (const p of KOREAN_PARTICLES) {
      if (key.length > p.length && key.endsWith(p))
        out.push({ key: key.slice(0, -p.length), cut: p.length, kind: "particle" });
    }
  } else if (CYRILLIC.test(key)) {
    for (const e of CYRILLIC_ENDINGS) {
      if (key.length - e.length >= 3 && key.endsWith(e))
        out.push({ key: key.slice(0, -e.length), cut: e.length, kind: "inflection" });
    }
  }
  return out;
}

/** Keys an alias token is filed under: itself and, for Cyrillic, its stem without the dictionary ending. */
export function aliasKeyVariants(key: string): string[] {
  const out = [key];
  if (!CYRILLIC.test(key)) return out;
  for (const e of CYRILLIC_BASE_ENDINGS) {
    if (key.length - e.length >= 3 && key.endsWith(e)) out.push(key.slice(0, -e.length));
  }
  return [...new Set(out)];
}
