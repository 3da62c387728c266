// Brings any input script to lower-case ASCII-ish Latin before tokenisation: Hangul and Cyrillic
// are romanised first (NFKD would otherwise decompose Hangul blocks and strip the breve of й),
// Greek by a small table, Arabic letter by letter (arabic.ts), then accents are stripped. Scripts
// without a table (CJK, …)
// pass through and are compared letter by letter with their own kind.
import { CYRILLIC_RE, isKoreanCyrillic, romanizeCyrillic, romanizeKoreanCyrillic } from "./cyrillic.ts";
import { HANGUL_RE, romanizeKoreanName } from "./hangul.ts";
import { ARABIC_RE, romanizeArabic } from "./arabic.ts";

export type Script = "latin" | "hangul" | "cyrillic" | "korean-cyrillic" | "greek" | "arabic" | "other";

const GREEK: Record<string, string> = {
  α: "a",
  β: "v",
  γ: "g",
  δ: "d",
  ε: "e",
  ζ: "z",
  η: "i",
  θ: "th",
  ι: "i",
  κ: "k",
  λ: "l",
  μ: "m",
  ν: "n",
  ξ: "x",
  ο: "o",
  π: "p",
  ρ: "r",
  σ: "s",
  ς: "s",
  τ: "t",
  υ: "y",
  φ: "f",
  χ: "ch",
  ψ: "ps",
  ω: "o",
};
const GREEK_RE = /[\u0370-\u03FF]/;

const SPECIAL_LETTERS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  ø: "o",
  œ: "oe",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ŀ: "l",
  ħ: "h",
  ŧ: "t",
};

/** The script a name is written in (the first non-Latin script found wins). */
export function detectScript(text: string): Script {
  if (HANGUL_RE.test(text)) return "hangul";
  if (CYRILLIC_RE.test(text)) return isKoreanCyrillic(text) ? "korean-cyrillic" : "cyrillic";
  if (GREEK_RE.test(text)) return "greek";
  if (ARABIC_RE.test(text)) return "arabic";
  // letters outside Latin and its extensions
  if (/[^\p{Script=Latin}\P{L}]/u.test(text)) return "other";
  return "latin";
}

/** Romanise and fold a raw name to lower case without accents. Punctuation is kept for the tokeniser. */
export function toLatin(text: string, script: Script = detectScript(text)): string {
  let out = text.normalize("NFC");
  if (script === "hangul") out = romanizeKoreanName(out, "rr");
  else if (script === "korean-cyrillic") out = romanizeKoreanCyrillic(out);
  else if (script === "cyrillic") out = romanizeCyrillic(out, "bgn");
  else if (script === "arabic") out = romanizeArabic(out);
  out = out.toLowerCase();
  if (script === "greek") {
    let greek = "";
    for (const ch of out.normalize("NFKD").replace(/\p{M}/gu, "")) greek += GREEK[ch] ?? ch;
    out = greek;
  }
  out = out.normalize("NFKD").replace(/\p{M}/gu, "");
  if (/[ßæøœłđðþıŀħŧ]/.test(out)) {
    let folded = "";
    for (const ch of out) folded += SPECIAL_LETTERS[ch] ?? ch;
    out = folded;
  }
  return out;
}

// Scholarly transliteration (ISO 9, Czech/Croatian/Latvian spelling) writes one letter with a caron
// where English writes two: Šojgu = Shoygu, Žukov = Zhukov, Čajka = Chayka. Stripping the caron
// (Vučić → Vucic) is just as common, so both readings are kept.
const CARON_DIGRAPHS: Record<string, string> = {
  š: "sh",
  ž: "zh",
  č: "ch",
  ŝ: "shch",
  û: "yu",
  â: "ya",
  ë: "yo",
  ć: "ch",
  ǰ: "j",
  ṡ: "sh",
};
const CARON_RE = /[šžčŝûâëćǰ]/i;

/** For each folded word whose spelling changes when carons are read as digraphs: folded → digraph form. */
export function caronReadings(text: string): Map<string, string> | undefined {
  if (!CARON_RE.test(text)) return undefined;
  const readings = new Map<string, string>();
  for (const word of text.normalize("NFC").split(/[^\p{L}]+/u)) {
    if (!CARON_RE.test(word)) continue;
    let digraphs = "";
    for (const ch of word.toLowerCase()) digraphs += CARON_DIGRAPHS[ch] ?? ch;
    const folded = toLatin(word, "latin");
    const alternative = toLatin(digraphs, "latin");
    if (folded !== alternative) readings.set(folded, alternative);
  }
  return readings.size ? readings : undefined;
}
