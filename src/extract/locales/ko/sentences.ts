// Korean sentence splitting: every line is a paragraph; a sentence ends at . ! ? (with closing
// quotes) before a space, and at "다." run straight into the next sentence ("말했다.올해 …").
import type { Sentence } from "../../../types.ts";
import { splitLinesIntoSentences } from "../common/line-sentences.ts";

const BOUNDARY = /[.!?]+["”’')]*\s+|(?<=다)\.(?=[\uac00-\ud7a3])/gu;

export function splitSentencesKo(text: string): Sentence[] {
  // "3.5" is a decimal, not a boundary
  return splitLinesIntoSentences(
    text,
    BOUNDARY,
    (line, m) => !(/\d$/.test(line.slice(0, m.index)) && /^\.\d/.test(line.slice(m.index))),
  );
}
