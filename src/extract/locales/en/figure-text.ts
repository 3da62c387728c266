// What the English runner does to a sentence before the figure parser reads it: skip sentences
// with no digit and no number word, and unquote figures so they meet their nouns.
import { NUMBER_TENS, NUMBER_UNITS } from "../../../lang/number-words.ts";

const NUMBER_WORD = new RegExp(
  `\\b(?:${Object.keys({ ...NUMBER_UNITS, ...NUMBER_TENS }).join("|")})\\b`,
  "i",
);

/** True when the sentence can hold a figure: a digit, a scale word or a number word. */
export function mayHoldFigure(sentence: string): boolean {
  return /\d|\b(?:hundred|thousand|million|billion)\b/i.test(sentence) || NUMBER_WORD.test(sentence);
}

/** `"as many as 3,000" replacements`: quote marks around a figure hide it from its noun; blank them (same length, offsets kept). */
export function unquoteFigures(text: string): string {
  return text.replace(
    /(["“])([^"“”]{0,25}?\d[^"“”]{0,20}?)(["”])/g,
    (_m, _a: string, inner: string) => ` ${inner} `,
  );
}
