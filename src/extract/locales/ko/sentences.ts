// Korean sentence splitting: every line is a paragraph; a sentence ends at . ! ? (with closing
// quotes) before a space, and at "다." run straight into the next sentence ("말했다.올해 …").
import type { Sentence } from "../../../types.ts";

const BOUNDARY = /[.!?]+["”’')]*\s+|(?<=다)\.(?=[\uac00-\ud7a3])/gu;

export function splitSentencesKo(text: string): Sentence[] {
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
      const body = raw.trim();
      if (!body) return;
      const start = base + from + (raw.length - raw.trimStart().length);
      out.push({ index: out.length, paragraph, start, end: start + body.length, text: body });
    };
    for (const m of line.matchAll(BOUNDARY)) {
      if (/\d$/.test(line.slice(0, m.index)) && /^\.\d/.test(line.slice(m.index))) continue;
      push(m.index + m[0].trimEnd().length);
      from = m.index + m[0].length;
    }
    push(line.length);
  }
  return out;
}
