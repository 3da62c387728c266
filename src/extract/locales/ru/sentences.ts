// Russian sentence splitting: every line is a paragraph; a sentence ends at . ! ? … (with any
// closing quote) before a capital, a digit or an opening quote, unless the full stop belongs to an
// abbreviation that is followed by a name ("г. Владивосток", "т.е.", "им.") or to an initial
// ("В. В. Путин"). Figures' abbreviations ("тыс.", "млн.", "руб.") end a sentence only when a
// capital follows, which is when they do.
import type { Sentence } from "../../../types.ts";
import { splitLinesIntoSentences } from "../common/line-sentences.ts";

const NEVER_ENDS = new Set([
  "г",
  "гг",
  "т",
  "е",
  "д",
  "п",
  "им",
  "ул",
  "ст",
  "см",
  "напр",
  "ген",
  "обл",
  "пос",
  "с",
  "ж",
  "др",
  "т.е",
  "т.д",
  "т.п",
  "т.к",
  "т.н",
  "и.о",
  "г-н",
  "г-жа",
  "проф",
  "акад",
  "тел",
  "рис",
  "пр",
  "кв",
  "д-р",
]);

const BOUNDARY = /[.!?…]+["»”')]*\s+(?=[\p{Lu}\d«"„—–-])/gu;

export function splitSentencesRu(text: string): Sentence[] {
  return splitLinesIntoSentences(text, BOUNDARY, (line, m) => {
    const before = /([\p{L}.-]+)$/u.exec(line.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? "";
    const word = before.toLowerCase().replace(/^\.+/, "");
    if (m[0].startsWith(".") && !/[»”"')]/.test(m[0])) {
      if (NEVER_ENDS.has(word)) return false;
      // "еще 1 тыс. – инженерные": a figure's abbreviation before anything but a capital goes on
      if (/^(?:тыс|млн|млрд|руб|долл|чел)$/.test(word) && !/^\p{Lu}/u.test(line.slice(m.index + m[0].length)))
        return false;
      if (/^\p{Lu}$/u.test(before) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(before)) return false; // initials
    }
    return true;
  });
}
