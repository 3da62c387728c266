// Russian sentence splitting: every line is a paragraph; a sentence ends at . ! ? … (with any
// closing quote) before a capital, a digit or an opening quote, unless the full stop belongs to an
// abbreviation that is followed by a name ("г. Владивосток", "т.е.", "им.") or to an initial
// ("В. В. Путин"). Figures' abbreviations ("тыс.", "млн.", "руб.") end a sentence only when a
// capital follows, which is when they do.
import type { Sentence } from "../../../types.ts";

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
  const out: Sentence[] = [];
  let paragraph = -1;
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const base = lineStart;
    lineStart += line.length + 1;
    if (!line.trim() || /^(?:URL|DATE):/i.test(line)) continue;
    paragraph++;
    let from = 0;
    const push = (end: number) => {
      const raw = line.slice(from, end);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body) {
        const start = base + from + lead;
        out.push({ index: out.length, paragraph, start, end: start + body.length, text: body });
      }
    };
    for (const m of line.matchAll(BOUNDARY)) {
      const before = /([\p{L}.-]+)$/u.exec(line.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? "";
      const word = before.toLowerCase().replace(/^\.+/, "");
      if (m[0].startsWith(".") && !/[»”"')]/.test(m[0])) {
        if (NEVER_ENDS.has(word)) continue;
        // "еще 1 тыс. – инженерные": a figure's abbreviation before anything but a capital goes on
        if (
          /^(?:тыс|млн|млрд|руб|долл|чел)$/.test(word) &&
          !/^\p{Lu}/u.test(line.slice(m.index + m[0].length))
        )
          continue;
        if (/^\p{Lu}$/u.test(before) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(before)) continue; // initials
      }
      push(m.index + m[0].trimEnd().length);
      from = m.index + m[0].length;
    }
    push(line.length);
  }
  return out;
}
