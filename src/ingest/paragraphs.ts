import { parseDateLine } from "./dates.ts";
import { isFurniture, isTailMarker } from "./furniture.ts";
import { normalizeText, paragraphKey } from "./normalize.ts";

/** Lines grouped by blank lines, as they came from a file or a markup walker. */
export type Block = string[];

/** Splits text on blank lines into blocks of non-empty lines. */
export function toBlocks(text: string): Block[] {
  return normalizeText(text)
    .split(/\n{2,}/)
    .map((b) => b.split("\n").filter((l) => l.trim() !== ""))
    .filter((b) => b.length > 0);
}

// Closing quotes and brackets do not hide the punctuation before them: `…Russia."` ends a sentence.
const TRAILING_CLOSERS = /["'”’»)\]]+$/u;

function endsSentence(line: string): boolean {
  return /[.!?:;…]$/u.test(line.replace(TRAILING_CLOSERS, ""));
}

// Words a sentence cannot end on: a line ending in one was wrapped mid-sentence.
const FUNCTION_WORDS = new Set(
  (
    "a an the of to in on at by for from with into onto than and or but nor as that which who whom " +
    "whose its their his her our your some about around nearly almost roughly over under between " +
    "would will could should can may might must has have had is are was were be been being said " +
    "says told per up across after before during via including while"
  ).split(" "),
);

/**
 * Whether `next` carries on the sentence of `prev` (a hard-wrapped line) rather than starting a new
 * paragraph. Never after closing punctuation. Otherwise yes when `next` starts in lower case, when
 * `prev` ends in a comma, hyphen, dash or a word no sentence ends on ("the", "of", "said"), or when a
 * long lower-case-ending line is followed by a figure ("would send\n1,000 deminers"). A short
 * headline followed by a line starting with a figure stays separate.
 */
export function continuesSentence(prev: string, next: string): boolean {
  if (endsSentence(prev)) return false;
  if (/[,\-–—]$/u.test(prev)) return true;
  if (/^\p{Ll}/u.test(next)) return true;
  const lastWord = /(\p{L}+)$/u.exec(prev)?.[1] ?? "";
  if (FUNCTION_WORDS.has(lastWord)) return true;
  return prev.length >= 50 && /^\p{Ll}/u.test(lastWord) && /^[$€£]?\d/u.test(next);
}

function joinLines(prev: string, next: string): string {
  // "deploy-\nment" and "well-\nknown": keep the hyphen, drop the break.
  if (/\p{L}-$/u.test(prev) && /^\p{Ll}/u.test(next)) return prev + next;
  return `${prev} ${next}`;
}

/**
 * Whether a block is line-oriented (a table, a list of figures, a log) rather than hard-wrapped
 * prose: many lines, most of them short. Wrapped prose fills most lines to the wrap width, so
 * most of its lines are long; a figure list is not. Each line of such a block stays its own
 * paragraph, so its lines remain sentence boundaries.
 */
export function isLineOriented(block: Block): boolean {
  if (block.length < 10) return false;
  let long = 0;
  for (const line of block) if (line.length >= 50) long++;
  return long < block.length / 2;
}

export interface AssembleOptions {
  /** Drop furniture lines and cut trailing "Related / More like this" lists (default true). */
  dropFurniture?: boolean;
}

/**
 * Turns blocks of raw lines into article paragraphs: furniture lines dropped, everything after a
 * "Related"-style marker in the second half of the page dropped, hard-wrapped lines joined, each
 * other line its own paragraph, repeated paragraphs kept once.
 */
export function assembleParagraphs(blocks: Block[], opts: AssembleOptions = {}): string[] {
  const dropFurniture = opts.dropFurniture ?? true;
  const lines: { text: string; block: number }[] = [];
  const listBlocks = new Set<number>();
  blocks.forEach((block, b) => {
    if (isLineOriented(block)) listBlocks.add(b);
    for (const raw of block) {
      const text = normalizeText(raw).replace(/\n+/g, " ");
      if (text) lines.push({ text, block: b });
    }
  });

  let kept = lines;
  if (dropFurniture) {
    const totalChars = lines.reduce((n, l) => n + l.text.length, 0);
    let seen = 0;
    let cut = lines.length;
    for (let i = 0; i < lines.length; i++) {
      // Only a marker after at least half the text counts: earlier it is more likely a real heading.
      if (seen >= totalChars / 2 && isTailMarker(lines[i].text)) {
        cut = i;
        break;
      }
      seen += lines[i].text.length;
    }
    // A line that is only a date is a dateline or an "Updated:" stamp, not article text.
    kept = lines.slice(0, cut).filter((l) => !isFurniture(l.text) && parseDateLine(l.text) === null);
    // Above the headline, one- and two-word lines without figures are section labels and menu
    // entries ("World", "North Korea", "Exclusive").
    const start = kept.findIndex((l) => l.text.split(" ").length >= 3 || /\d/.test(l.text));
    kept = start < 0 ? kept : kept.slice(start);
  }

  const paragraphs: string[] = [];
  let lastBlock = -1;
  for (const line of kept) {
    const prev = paragraphs.length > 0 ? paragraphs[paragraphs.length - 1] : null;
    const joins =
      prev !== null &&
      line.block === lastBlock &&
      !listBlocks.has(line.block) &&
      continuesSentence(prev, line.text);
    if (joins) {
      paragraphs[paragraphs.length - 1] = joinLines(prev!, line.text);
    } else {
      paragraphs.push(line.text);
    }
    lastBlock = line.block;
  }
  return dedupeParagraphs(paragraphs);
}

/** Keeps the first occurrence of each paragraph (compared case-, space- and punctuation-blind). */
export function dedupeParagraphs(paragraphs: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of paragraphs) {
    const key = paragraphKey(p);
    if (!key) continue;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

/** Puts `title` first unless the text already begins with it. */
export function withTitle(paragraphs: string[], title: string | null): string[] {
  if (!title) return paragraphs;
  const key = paragraphKey(title);
  if (!key || paragraphs.some((p) => paragraphKey(p) === key)) return paragraphs;
  return [normalizeText(title).replace(/\n+/g, " "), ...paragraphs];
}
