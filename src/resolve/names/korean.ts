// Korean romanisation variants meet on a canonical syllable key. Each romanised syllable is parsed
// into onset + vowel + coda and each part mapped to a coarse phonetic class, so McCune–Reischauer
// (Chŏng, Ŭn), Revised Romanisation (Jeong, Eun) and common spellings (Chung, Woon) give one key.

export interface KoreanSyllable {
  text: string;
  onset: string;
  /** Hangul vowels this spelling can stand for (o may be ㅗ or ㅓ; u may be ㅜ, ㅡ or ㅓ) */
  vowels: readonly string[];
  coda: string;
  /** strict class key, e.g. "C|O|NG" */
  key: string;
  /** key with coda ng ≡ n (Kontsevich Cyrillic writes both as н) */
  loose: string;
}

// longest spellings first; value = class
const ONSETS: Array<[string, string]> = [
  ["tch", "C"],
  ["chh", "C"],
  ["th", "T"],
  ["kh", "K"],
  ["ph", "P"],
  ["kk", "K"],
  ["gg", "K"],
  ["tt", "T"],
  ["dd", "T"],
  ["pp", "P"],
  ["bb", "P"],
  ["ss", "S"],
  ["jj", "C"],
  ["ch", "C"],
  ["ts", "C"],
  ["sh", "S"],
  ["rh", "L"],
  ["k", "K"],
  ["g", "K"],
  ["n", "L"],
  ["r", "L"],
  ["l", "L"],
  ["d", "T"],
  ["t", "T"],
  ["m", "M"],
  ["b", "P"],
  ["p", "P"],
  ["s", "S"],
  ["j", "C"],
  ["h", "H"],
  ["", ""],
];

// eo/o/u/eu (and the common oo/woo) share one class: MR without breves and press spellings write
// ㅓ, ㅗ, ㅜ and ㅡ interchangeably (Jong/Jeong/Chung, Un/Eun/Woon, Song/Seong/Sung).
const VOWELS: Array<[string, string]> = [
  ["yeo", "YO"],
  ["yae", "YE"],
  ["wae", "WE"],
  ["weo", "WO"],
  ["woo", "O"],
  ["you", "YO"],
  ["yoo", "YO"],
  ["eui", "I"],
  ["wa", "WA"],
  ["wo", "WO"],
  ["we", "WE"],
  ["wi", "I"],
  ["wu", "O"],
  ["ye", "YE"],
  ["ya", "YA"],
  ["yo", "YO"],
  ["yu", "YO"],
  ["yi", "I"],
  ["eo", "O"],
  ["eu", "O"],
  ["ae", "E"],
  ["ai", "E"],
  ["oe", "WE"],
  ["oi", "WE"],
  ["oy", "WE"],
  ["ui", "I"],
  ["ee", "I"],
  ["oo", "O"],
  ["ou", "O"],
  ["a", "A"],
  ["e", "E"],
  ["i", "I"],
  ["o", "O"],
  ["u", "O"],
];

const CODAS: Array<[string, string]> = [
  ["ng", "NG"],
  ["ll", "L"],
  ["rk", "K"],
  ["n", "N"],
  ["m", "M"],
  ["l", "L"],
  ["k", "K"],
  ["p", "P"],
  ["t", "T"],
  ["b", "P"],
  ["g", "K"],
  ["", ""],
];

const VOWEL_START = /^[aeiouwy]/;

// spelling → the Hangul vowels it may stand for, per MR, RR and common press usage
const VOWEL_READINGS: Record<string, readonly string[]> = {
  a: ["a"],
  ae: ["ae", "e"],
  ai: ["ae"],
  e: ["e", "ae", "eo"],
  ya: ["ya"],
  yae: ["yae", "ye"],
  ye: ["ye", "yae"],
  eo: ["eo"],
  o: ["o", "eo"],
  u: ["u", "eu", "eo"],
  eu: ["eu"],
  oo: ["u"],
  woo: ["u", "eu"],
  wu: ["u"],
  ou: ["u", "o"],
  yeo: ["yeo"],
  yo: ["yo", "yeo"],
  yu: ["yu", "yeo"],
  you: ["yeo", "yo", "yu"],
  yoo: ["yu"],
  i: ["i", "ui"],
  ee: ["i", "ui"],
  yi: ["i", "ui"],
  ui: ["ui"],
  eui: ["ui"],
  wi: ["wi", "ui"],
  wa: ["wa"],
  oe: ["oe", "we", "wae"],
  oi: ["oe", "we", "wae"],
  oy: ["oe"],
  we: ["we", "oe", "wae"],
  wae: ["wae", "oe", "we"],
  wo: ["wo"],
  weo: ["wo"],
};

function syllableKey(
  onset: string,
  vowel: string,
  coda: string,
): { key: string; loose: string; onset: string } {
  // initial r/l/n drop before i and y-vowels: Ri/Yi/Lee/I, Ryu/Yu, Rim/Im/Lim, Ryong/Yong/Lyong
  const o = onset === "L" && (vowel === "I" || vowel.startsWith("Y")) ? "" : onset;
  const key = `${o}|${vowel}|${coda}`;
  return { key, loose: coda === "NG" ? `${o}|${vowel}|N` : key, onset: o };
}

/** Two romanised syllables can spell the same Hangul syllable ("strict"), or do with ng ≡ n ("loose"). */
export function compareSyllables(a: KoreanSyllable, b: KoreanSyllable): "strict" | "loose" | "different" {
  if (a.onset !== b.onset) return "different";
  const loose = (c: string) => (c === "NG" ? "N" : c);
  if (!a.vowels.some((v) => b.vowels.includes(v))) {
    // the w glide written or dropped after a consonant (Kwon U / Kon U, Sok-hwa / Sok-ha): loose
    if (!a.onset || !glideless(a).some((v) => glideless(b).includes(v))) return "different";
    return loose(a.coda) === loose(b.coda) ? "loose" : "different";
  }
  if (a.coda === b.coda) return "strict";
  return loose(a.coda) === loose(b.coda) ? "loose" : "different";
}

const GLIDE: Record<string, string> = { wa: "a", wo: "eo", we: "e", wae: "ae", wi: "i" };
const glideless = (s: KoreanSyllable) => s.vowels.map((v) => GLIDE[v] ?? v);

const memo = new Map<string, KoreanSyllable[] | null>();

/**
 * Parse a lower-case ASCII token into romanised Korean syllables, or null when it is not one.
 * Greedy longest-match with backtracking, so "jongun" is jong+un and "yongchol" is yong+chol.
 */
export function parseKoreanSyllables(token: string): KoreanSyllable[] | null {
  const cached = memo.get(token);
  if (cached !== undefined) return cached;
  // silent h after a vowel: Ahn, Oh, Koh, Sohn
  const text = token.replace(/([aeiou])h(?=[^aeiouwy]|$)/g, "$1");
  const result = text.length === 0 || text.length > 14 ? null : parseFrom(text, 0, 0);
  if (memo.size > 50_000) memo.clear();
  memo.set(token, result);
  return result;
}

function parseFrom(text: string, pos: number, depth: number): KoreanSyllable[] | null {
  if (pos === text.length) return [];
  if (depth >= 4) return null;
  for (const [onsetText, onset] of ONSETS) {
    if (!text.startsWith(onsetText, pos)) continue;
    const afterOnset = pos + onsetText.length;
    for (const [vowelText, vowel] of VOWELS) {
      if (!text.startsWith(vowelText, afterOnset)) continue;
      const afterVowel = afterOnset + vowelText.length;
      for (const [codaText, coda] of CODAS) {
        if (!text.startsWith(codaText, afterVowel)) continue;
        const end = afterVowel + codaText.length;
        // a coda consonant directly before a vowel belongs to the next syllable's onset instead
        if (codaText && end < text.length && VOWEL_START.test(text.slice(end)) && codaText !== "ng") continue;
        const rest = parseFrom(text, end, depth + 1);
        if (rest) {
          const keys = syllableKey(onset, vowel, coda);
          const syllable: KoreanSyllable = {
            text: text.slice(pos, end),
            onset: keys.onset,
            vowels: VOWEL_READINGS[vowelText] ?? [vowelText],
            coda,
            key: keys.key,
            loose: keys.loose,
          };
          return [syllable, ...rest];
        }
      }
    }
  }
  return null;
}

/** Family names common in North and South Korea, in their usual Latin spellings. */
export const KOREAN_SURNAMES = new Set(
  (
    "kim gim ri rhee lee yi i li rhie pak park bak choe choi chwe choy kang gang ko go koh kwon gwon kweon " +
    "son sohn sin shin jong jeong chong cheong chung jung han yu yoo ryu an ahn o oh hong paek baek paik " +
    "mun moon jang chang yang jo cho yun yoon ho heo hur nam rim im lim so seo suh sim shim no noh ro roh " +
    "ha ju chu joo pyon byun byon kil gil ku koo gu kong hyon hyun hyeon sok seok min tae thae tak ji chi " +
    "chon jeon jun cheon om eom um kye gye ham pyo bang pang ok won song sung seong yeo yo jin chin cha na " +
    "ra do to ma ki gi yom yeom kwak gwak u woo wu in tong sa ryang ryom ryo hwang whang jon chun ri"
  ).split(" "),
);

export function isKoreanSurname(token: string): boolean {
  return KOREAN_SURNAMES.has(token);
}

// the most frequent family names first: decides "Jong Un Kim" (Kim) over "Kim Jong Un" read backwards
const SURNAME_RANK = (
  "kim gim ri lee yi rhee i pak park bak choe choi chwe jong jeong chung chong kang gang cho jo yun yoon jang " +
  "chang im rim lim han o oh so seo sin shin kwon gwon hwang an ahn song son ryu yu yoo hong ko koh go mun moon"
).split(" ");

/** Lower is more common; unknown surnames rank last. */
export function surnameRank(token: string): number {
  const i = SURNAME_RANK.indexOf(token);
  return i < 0 ? SURNAME_RANK.length : i;
}
