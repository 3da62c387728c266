// Hangul → Latin: decompose each syllable block into initial, medial and final jamo and map them
// with Revised Romanisation (South Korean official) or McCune–Reischauer-like (North Korean and
// sanctions-list usage). Personal names are split into family name + hyphenated given name.

const INITIAL_RR = [
  "g",
  "kk",
  "n",
  "d",
  "tt",
  "r",
  "m",
  "b",
  "pp",
  "s",
  "ss",
  "",
  "j",
  "jj",
  "ch",
  "k",
  "t",
  "p",
  "h",
];
const INITIAL_MR = [
  "k",
  "kk",
  "n",
  "t",
  "tt",
  "r",
  "m",
  "p",
  "pp",
  "s",
  "ss",
  "",
  "ch",
  "tch",
  "ch'",
  "k'",
  "t'",
  "p'",
  "h",
];
const MEDIAL_RR = [
  "a",
  "ae",
  "ya",
  "yae",
  "eo",
  "e",
  "yeo",
  "ye",
  "o",
  "wa",
  "wae",
  "oe",
  "yo",
  "u",
  "wo",
  "we",
  "wi",
  "yu",
  "eu",
  "ui",
  "i",
];
const MEDIAL_MR = [
  "a",
  "ae",
  "ya",
  "yae",
  "ŏ",
  "e",
  "yŏ",
  "ye",
  "o",
  "wa",
  "wae",
  "oe",
  "yo",
  "u",
  "wŏ",
  "we",
  "wi",
  "yu",
  "ŭ",
  "ŭi",
  "i",
];
const FINAL_RR = [
  "",
  "k",
  "k",
  "k",
  "n",
  "n",
  "n",
  "t",
  "l",
  "k",
  "m",
  "l",
  "l",
  "l",
  "p",
  "l",
  "m",
  "p",
  "p",
  "t",
  "t",
  "ng",
  "t",
  "t",
  "k",
  "t",
  "p",
  "t",
];

export const HANGUL_RE = /[\uAC00-\uD7A3]/;

// two-syllable family names; everything else takes the first syllable as the family name
const COMPOUND_SURNAMES = new Set(["남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방", "을지"]);

export type HangulSystem = "rr" | "mr";

function syllable(code: number, system: HangulSystem, wordInitial: boolean): string {
  const index = code - 0xac00;
  const initial = Math.floor(index / 588);
  const medial = Math.floor((index % 588) / 28);
  const final = index % 28;
  let onset = system === "rr" ? INITIAL_RR[initial] : INITIAL_MR[initial];
  // North Korean usage keeps initial r (Ri, Ryu); MR writes word-initial ㄹ as r, RR as r too
  if (
    system === "mr" &&
    !wordInitial &&
    (initial === 0 || initial === 3 || initial === 7 || initial === 12)
  ) {
    onset = INITIAL_RR[initial]; // voiced between vowels in MR: k→g, t→d, p→b, ch→j
  }
  const vowel = system === "rr" ? MEDIAL_RR[medial] : MEDIAL_MR[medial];
  return onset + vowel + FINAL_RR[final];
}

/** Romanise every Hangul syllable in `text`; other characters pass through. */
export function romanizeHangul(text: string, system: HangulSystem = "rr"): string {
  let out = "";
  let prevHangul = false;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xac00 && code <= 0xd7a3) {
      out += syllable(code, system, !prevHangul);
      prevHangul = true;
    } else {
      out += ch;
      prevHangul = false;
    }
  }
  return out;
}

/**
 * Romanise a Korean personal name: "김정은" → "Gim Jeong-eun" (RR) / "Kim Chŏng-ŭn"-like (MR).
 * Words already separated by spaces are romanised one by one; a single 2–4 syllable word is split
 * into family name and given name.
 */
export function romanizeKoreanName(text: string, system: HangulSystem = "rr"): string {
  const words = text.trim().split(/\s+/);
  const out: string[] = [];
  for (const word of words) {
    const chars = [...word];
    const allHangul = chars.every((c) => HANGUL_RE.test(c));
    if (!allHangul) {
      out.push(romanizeHangul(word, system));
      continue;
    }
    const parts: string[][] = [];
    if (words.length === 1 && chars.length >= 2 && chars.length <= 4) {
      const familyLength = chars.length >= 3 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join("")) ? 2 : 1;
      parts.push(chars.slice(0, familyLength), chars.slice(familyLength));
    } else {
      parts.push(chars);
    }
    parts.forEach((part, p) => {
      const syllables = part.map((c, i) => syllable(c.codePointAt(0)!, system, i === 0));
      // a two-syllable family name is one word (Namgung); a given name is hyphenated (Min-su)
      const joined = syllables.join(p === 0 && parts.length > 1 ? "" : "-");
      out.push(joined[0].toUpperCase() + joined.slice(1));
    });
  }
  return out.join(" ");
}
