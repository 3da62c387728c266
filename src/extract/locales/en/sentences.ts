// Sentence splitting tuned for news copy: every line is its own paragraph (ingested text puts
// headlines on their own lines), and a full stop only ends a sentence when it is not part of an
// abbreviation ("U.S.", "Gen.", "No. 2397", "Dec. 22"), an initial, or a decimal ("1.5 million").
import type { Sentence } from "../../../types.ts";

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "cpt",
  "sgt",
  "adm",
  "cmdr",
  "gov",
  "sen",
  "rep",
  "pres",
  "ret",
  "st",
  "no",
  "nos",
  "vol",
  "p",
  "pp",
  "art",
  "sec",
  "fig",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "inc",
  "corp",
  "ltd",
  "co",
  "jr",
  "sr",
  "vs",
  "approx",
  "est",
  "dept",
  "govt",
  "mt",
  "ft",
  "e.g",
  "i.e",
  "cf",
  "al",
]);
// After these abbreviations a number or name always follows, so they never end a sentence.
const NEVER_FINAL = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "sgt",
  "adm",
  "gov",
  "sen",
  "rep",
  "st",
  "no",
  "nos",
  "p",
  "pp",
  "art",
  "vs",
  "cf",
]);
// Words that commonly open a sentence; after "U.S." / "etc." they signal a real boundary.
const OPENERS =
  /^(The|It|He|She|They|This|That|These|Those|In|On|At|But|And|A|An|According|As|However|Meanwhile|North|South|Russia|Russian|Ukraine|Ukrainian|We|I|There|Some|Many|Last|Earlier|Since|After|Before)\b/;

const CLOSERS = `"'”’)]`;

function isBoundary(text: string, dot: number, lineEnd: number): number | null {
  // Returns the end offset of the sentence (after closing quotes), or null.
  const ch = text[dot];
  let end = dot + 1;
  while (end < lineEnd && (text[end] === "." || text[end] === "!" || text[end] === "?" || text[end] === "…"))
    end++;
  while (end < lineEnd && CLOSERS.includes(text[end])) end++;
  // Footnote markers after the stop belong to the sentence: "over the period.[14] This …".
  const note = /^(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)+/.exec(text.slice(end, Math.min(lineEnd, end + 12)));
  if (note) end += note[0].length;
  if (end >= lineEnd) return lineEnd;
  if (!/\s/.test(text[end])) return gluedBoundary(text, dot, end, ch);
  let next = end;
  while (next < lineEnd && /\s/.test(text[next])) next++;
  if (next >= lineEnd) return end;
  const following = text.slice(next, next + 40);
  // A sentence starts with an upper-case letter, a digit, or an opening quote/bracket.
  if (!/^[\p{Lu}\d"“‘'(\[]/u.test(following)) return null;
  if (ch !== ".") return end;
  // Look at the word before the dot.
  let ws = dot;
  while (ws > 0 && /[\p{L}.]/u.test(text[ws - 1])) ws--;
  const word = text.slice(ws, dot);
  const lower = word.toLowerCase();
  if (/^\p{Lu}$/u.test(word)) return null; // an initial: "J. Smith"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) {
    // "U.S", "U.N": ends a sentence only if a typical opener follows.
    return OPENERS.test(following) ? end : null;
  }
  if (ABBREVIATIONS.has(lower)) {
    if (NEVER_FINAL.has(lower)) return null;
    if (/^\d/.test(following)) return null; // "Dec. 22"
    return OPENERS.test(following) && !/^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/.test(lower)
      ? end
      : null;
  }
  return end;
}

/**
 * Copy pasted from the web loses the space after a full stop ("last year.In the report"): a stop
 * between a word (or year) and a capitalised word is a boundary, unless the token is an address,
 * a file name or an abbreviation ("U.S.", "nknews.org", "Gen.Kim" stays whole).
 */
function gluedBoundary(text: string, dot: number, end: number, ch: string): number | null {
  if (ch !== ".") return null;
  if (!/^\p{Lu}\p{Ll}+\b/u.test(text.slice(end, end + 30))) return null;
  let ws = dot;
  while (ws > 0 && /[\p{L}\d.\/@:_-]/u.test(text[ws - 1])) ws--;
  const token = text.slice(ws, dot);
  if (!/^(?:\p{L}[\p{Ll}'’-]+|\d{1,4})$/u.test(token) || ABBREVIATIONS.has(token.toLowerCase())) return null;
  return end;
}

/** Splits `text` into sentences with offsets and paragraph indices. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      paragraph++;
      splitLine(text, lineStart, lineEnd, paragraph, out);
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c !== "." && c !== "!" && c !== "?") continue;
    const stop = isBoundary(text, i, end);
    if (stop === null) continue;
    push(text, s, stop, paragraph, out);
    s = stop;
    i = stop - 1;
  }
  push(text, s, end, paragraph, out);
}

function push(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return;
  out.push({ start, end, index: out.length, paragraph, text: text.slice(start, end) });
}
