// Reading numerals: digits with any thousands style ("12,000", "6 000", "6.000"), scale words
// ("1.5 million", "15K", "$1.2bn") and spelled-out numbers ("two thousand five hundred").
import { NUMBER_TENS, NUMBER_UNITS } from "../../../lang/number-words.ts";

const UNITS: Record<string, number> = { ...NUMBER_UNITS, ...NUMBER_TENS };
const MULTIPLIERS: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

export const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

const WORD = `(?:${Object.keys(UNITS).join("|")}|hundred|thousand|million|billion|trillion)`;
/** A spelled-out number: "twelve thousand", "two thousand five hundred", "a thousand". */
export const WORD_NUMBER_SOURCE = `\\b(?:(?:a|an)\\s+(?=(?:hundred|thousand|million|billion)\\b))?${WORD}(?:(?:\\s+and\\s+|[\\s-]+)${WORD})*\\b`;

/** Value of a spelled-out number, or null when it is not one ("one" alone is a pronoun more often than a count). */
export function parseWordNumber(phrase: string): number | null {
  const words = phrase
    .toLowerCase()
    .replace(/-/g, " ")
    .split(/\s+/)
    .filter((w) => w && w !== "and");
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let sawMultiplier = false;
  for (const w of words) {
    if (w === "a" || w === "an") {
      current = 1;
    } else if (w in UNITS) {
      current += UNITS[w];
    } else if (w === "hundred") {
      current = (current || 1) * 100;
      sawMultiplier = true;
    } else if (w in MULTIPLIERS) {
      total += (current || 1) * MULTIPLIERS[w];
      current = 0;
      sawMultiplier = true;
    } else return null;
  }
  const value = total + current;
  if (!sawMultiplier && value < 2) return null;
  return value;
}

/** Value of a digit string in any of the thousands styles; `null` when malformed. */
export function parseDigits(raw: string): number | null {
  const s = raw.replace(/[\s\u00a0\u202f]/g, "");
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ""));
  if (/^\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ""));
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (/^\d+,\d{1,2}$/.test(s)) return Number(s.replace(",", ".")); // "1,5 million" (European decimal)
  return null;
}

/** Rounds away floating-point noise from scale multiplication (1.2 * 1e9). */
export function clean(n: number): number {
  return Number.isInteger(n) ? n : Number.parseFloat(n.toPrecision(12));
}
