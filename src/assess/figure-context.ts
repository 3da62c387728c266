// Where a figure sits in its evidence sentence: the words just before it and just after it, inside
// its clause. Measures (a batch or a total, killed or killed-or-wounded, the state's or the worker's
// share) are read from these words. The claim's span is used when it points into the sentence;
// claims fed from a file (no offsets) are located by their number.
import type { Claim } from "../types.ts";

export interface FigureContext {
  /** Text of the clause before the figure (lower case). */
  before: string;
  /** Text of the clause after the figure (lower case). */
  after: string;
  /** The whole evidence sentence (lower case). */
  sentence: string;
}

const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9 };
const NUMBER = /\d[\d,.]*(?:\s*(thousand|million|billion|bn|k|m)\b)?/gi;

function valueOf(match: string, scale?: string): number {
  const n = Number(match.replace(/\s*(thousand|million|billion|bn|k|m)$/i, "").replace(/,/g, ""));
  return scale ? n * SCALE[scale.toLowerCase()] : n;
}

/** Offsets [start, end) of the figure in the evidence, or null when it cannot be found. */
export function locateFigure(
  claim: Pick<Claim, "evidence" | "quantity"> & Partial<Pick<Claim, "span" | "sentence">>,
): [number, number] | null {
  const ev = claim.evidence ?? "";
  if (claim.span && claim.sentence) {
    const start = claim.span.start - claim.sentence.start;
    const end = claim.span.end - claim.sentence.start;
    if (start >= 0 && end <= ev.length && end > start && /\d/.test(ev.slice(start, end))) return [start, end];
  }
  const wanted = Array.isArray(claim.quantity) ? claim.quantity : [claim.quantity];
  for (const m of ev.matchAll(NUMBER)) {
    const v = valueOf(m[0], m[1]);
    if (wanted.some((w) => Math.abs(v - w) < 1e-6 * Math.max(1, w))) return [m.index, m.index + m[0].length];
  }
  return null;
}

// A clause ends at a semicolon, a dash, a colon or a comma followed by a new clause opener.
const CLAUSE_BREAK = /[;:—–]|,\s+(?:and|but|while|which|who|where|when|including|counting|of which)\b|\.\s/gi;

/** The clause around the figure, split at the figure. */
export function figureContext(
  claim: Pick<Claim, "evidence" | "quantity"> & Partial<Pick<Claim, "span" | "sentence">>,
): FigureContext {
  const ev = (claim.evidence ?? "").toLowerCase();
  const at = locateFigure(claim);
  if (!at) return { before: ev, after: ev, sentence: ev };
  let start = 0;
  let end = ev.length;
  for (const m of ev.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= at[0]) start = m.index + (m[0].startsWith(",") ? 1 : m[0].length);
    else if (m.index >= at[1] && m.index < end) end = m.index;
  }
  return { before: ev.slice(start, at[0]), after: ev.slice(at[1], end), sentence: ev };
}

/** The last `n` words of a text. */
export function lastWords(text: string, n: number): string {
  return text.trim().split(/\s+/).slice(-n).join(" ");
}

/** The first `n` words of a text. */
export function firstWords(text: string, n: number): string {
  return text.trim().split(/\s+/).slice(0, n).join(" ");
}

const NUMBER_WORD =
  /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)\b/i;

/**
 * The longer number a figure's span was cut from, or null. "20-thousand" read as "thousand" (1,000)
 * and "four-thousand-100" read as "four-thousand" (4,000) are extraction defects: the number goes
 * on past the span, joined by a hyphen. Such a claim is left out of the assessment.
 */
export function figureCut(claim: Pick<Claim, "evidence" | "span" | "sentence">): string | null {
  const ev = claim.evidence ?? "";
  const start = claim.span.start - claim.sentence.start;
  const end = claim.span.end - claim.sentence.start;
  if (start < 0 || end > ev.length || end <= start) return null;
  const before = ev.slice(0, start);
  const after = ev.slice(end);
  const cutBefore =
    /(\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred))-$/i.test(
      before,
    );
  const rest = after.startsWith("-") ? after.slice(1) : null;
  const cutAfter = rest !== null && (/^\d/.test(rest) || NUMBER_WORD.test(rest));
  if (!cutBefore && !cutAfter) return null;
  const from = cutBefore ? before.search(/[\w,.]+-$/) : start;
  const to = cutAfter ? end + 1 + (rest!.match(/^[\w,.]+/)?.[0].length ?? 0) : end;
  return ev.slice(from, to);
}
