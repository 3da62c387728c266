// The sentence walk both non-English locales share: every line of the stored text is a paragraph
// (header lines skipped), and a sentence ends at each match of the locale's boundary pattern that
// its `ends` test accepts. Offsets are into the whole text; sentences are trimmed.
import type { Sentence } from "../../../types.ts";

export function splitLinesIntoSentences(
  text: string,
  boundary: RegExp,
  ends: (line: string, match: RegExpMatchArray & { index: number }) => boolean,
): Sentence[] {
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
    for (const m of line.matchAll(boundary)) {
      if (!ends(line, m)) continue;
      push(m.index + m[0].trimEnd().length);
      from = m.index + m[0].length;
    }
    push(line.length);
  }
  return out;
}
