// Highlighting by offsets: the text is cut at every mark boundary into plain pieces and pieces
// covered by marks; covered pieces become <mark> elements whose only child is a text node.
import type { Span } from "./api-types.ts";

export interface MarkRange {
  start: number;
  end: number;
  className: string;
}
export interface Piece {
  text: string;
  start: number;
  classes: string[];
}

/**
 * Splits `text` into consecutive pieces; each piece lists the classes of the ranges covering it.
 * Ranges are clamped to the text; empty or inverted ranges are ignored. Pure (no DOM).
 */
export function splitByRanges(text: string, ranges: readonly MarkRange[]): Piece[] {
  const valid = ranges
    .map((r) => ({
      start: Math.max(0, Math.min(text.length, Math.trunc(r.start))),
      end: Math.max(0, Math.min(text.length, Math.trunc(r.end))),
      className: r.className,
    }))
    .filter((r) => Number.isFinite(r.start) && Number.isFinite(r.end) && r.end > r.start);
  const cuts = new Set([0, text.length]);
  for (const r of valid) cuts.add(r.start).add(r.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const classes = valid.filter((r) => r.start <= start && r.end >= end).map((r) => r.className);
    pieces.push({ text: text.slice(start, end), start, classes: [...new Set(classes)] });
  }
  return pieces;
}

/**
 * A fragment of text nodes and <mark> elements for `text` with `ranges` highlighted.
 * Each <mark> gets `data-start` (its offset in `text`) so callers can scroll to it.
 */
export function highlighted(text: string, ranges: readonly MarkRange[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const piece of splitByRanges(text, ranges)) {
    if (piece.classes.length === 0) {
      fragment.append(document.createTextNode(piece.text));
      continue;
    }
    const mark = document.createElement("mark");
    mark.className = piece.classes.join(" ");
    mark.dataset.start = String(piece.start);
    mark.append(document.createTextNode(piece.text));
    fragment.append(mark);
  }
  return fragment;
}

/**
 * Ranges for one claim: its evidence sentence and the figure inside it, shifted by `base`
 * (pass the sentence start to highlight inside the evidence string alone).
 */
export function claimRanges(claim: { sentence: Span; span: Span }, base = 0): MarkRange[] {
  return [
    { start: claim.sentence.start - base, end: claim.sentence.end - base, className: "evidence" },
    { start: claim.span.start - base, end: claim.span.end - base, className: "figure" },
  ];
}
