// Total, increment or part: "about 11,000 troops, beginning with roughly 1,500" states a total and
// its first batch; "3,000 more soldiers" and "a third batch of 6,000" are increments; "of whom
// 2,000", "education, at 7,887" are parts. Assessment uses this so a batch never stands for a total.
import type { FigureRole } from "../../../../types.ts";
import type { Candidate, Refiner } from "../../../context.ts";

const HEDGE =
  "(?:(?:about|around|roughly|some|nearly|almost|approximately|over|more than|up to|at least|an estimated)\\s+)*";
const INCREMENT_BEFORE = new RegExp(
  `\\b(?:another|an additional|additional|a further|further|extra|fresh|(?:a|the)\\s+(?:first|initial|second|third|fourth|fifth|new|fresh|later|next|latest)\\s+(?:batch|group|contingent|rotation|wave|round|deployment|dispatch|tranche)\\s+of|beginning with|starting with|followed by|(?:a|the)\\s+(?:first|second|third|new)\\s+(?:batch|group|wave))\\s+${HEDGE}$`,
  "i",
);
const INCREMENT_AFTER = /^\s+(?:more|additional|extra|new|fresh|replacements|reinforcements)\b/i;
const PART_BEFORE = new RegExp(
  `(?:\\b(?:of (?:whom|which|them|these|those)|including|among them|among whom|with just|with only)|,\\s*at|\\()\\s*${HEDGE}$`,
  "i",
);
const TOTAL_BEFORE = new RegExp(
  `\\b(?:a total of|in total|total of|altogether|overall|combined|in all)\\s+${HEDGE}$`,
  "i",
);
const TOTAL_AFTER = /^\s+(?:in total|in all|altogether|overall)\b/i;

export function roleOf(c: Candidate): FigureRole {
  const s = c.sentence.text;
  const before = s.slice(Math.max(0, c.figure.start - 80), c.figure.start);
  const after = s.slice(c.figure.end, c.figure.end + 40);
  const afterNoun = s.slice(Math.max(c.figure.end, c.match.end), Math.max(c.figure.end, c.match.end) + 40);
  if (TOTAL_BEFORE.test(before) || TOTAL_AFTER.test(afterNoun)) return "total";
  if (INCREMENT_BEFORE.test(before) || INCREMENT_AFTER.test(after) || /\bmore\b/i.test(c.match.modifiers))
    return "increment";
  if (PART_BEFORE.test(before)) return "part";
  // An elliptical count in the same sentence as a larger figure it shares a noun with: a share of it.
  const a = c.antecedent;
  if (a && a.sentence.index === c.sentence.index) {
    const hi = (v: number | [number, number]) => (Array.isArray(v) ? v[1] : v);
    if (hi(c.figure.value) < hi(a.figure.value) && a.part !== "part") return "part";
  }
  return "total";
}

export const figureRole: Refiner = {
  name: "figureRole",
  refine(ctx, candidates) {
    for (const c of candidates) {
      c.part = roleOf(c);
      // "600 died and another 4,100 were injured": "another" opens a second measure, not a batch.
      if (c.part === "increment" && c.subject === "casualties") {
        const prev = candidates.find(
          (o) =>
            o !== c &&
            o.subject === "casualties" &&
            o.sentence.index === c.sentence.index &&
            o.figure.end <= c.figure.start,
        );
        if (prev && prev.measure !== c.measure) c.part = "total";
      }
      if (c.part !== "total") ctx.debug("figureRole", "set", c, c.part);
    }
    return candidates;
  },
};
