// A headline or a lead often restates a body figure loosely: "6K military workers" for "6,000
// military construction specialists", "nearly 10K visas" for 9,240, "approximately 13,000" for
// 13,221, "up to 50,000" for "20,000 to 50,000". The looser mention is not a second claim.
import type { SubjectRegistry } from "../../../../reference/index.ts";
import type { Candidate, Refiner } from "../../../context.ts";

/** A headline: near the top, no closing full stop. */
export function isHeadline(c: Candidate): boolean {
  return (
    c.sentence.paragraph <= 3 && !/[.!?]["”’)]?\s*$/.test(c.sentence.text) && c.sentence.text.length < 200
  );
}

const family = (subjects: SubjectRegistry, c: Candidate) =>
  subjects.people.has(c.subject) ? "people" : subjects.arms.has(c.subject) ? "arms" : c.subject;
const high = (v: number | [number, number]) => (Array.isArray(v) ? v[1] : v);
const low = (v: number | [number, number]) => (Array.isArray(v) ? v[0] : v);

function restates(subjects: SubjectRegistry, loose: Candidate, full: Candidate, tolerance: number): boolean {
  if (family(subjects, loose) !== family(subjects, full) || loose === full) return false;
  if (loose.sentence.index === full.sentence.index) return false;
  // A headline's time is as loose as its figure: the body's time stands.
  if (!isHeadline(loose) && loose.time && full.time && loose.time.slice(0, 4) !== full.time.slice(0, 4))
    return false;
  const a = loose.figure.value;
  const b = full.figure.value;
  if (Array.isArray(a)) return Array.isArray(b) && a[0] === b[0] && a[1] === b[1];
  // "up to 50,000" for a range ending at 50,000
  if (Array.isArray(b)) return a === high(b) || a === low(b);
  return Math.abs(a - b) <= tolerance * Math.max(a, b);
}

export const mergeRestatements: Refiner = {
  name: "mergeRestatements",
  refine(ctx, candidates) {
    const body = candidates.filter((c) => !isHeadline(c));
    return candidates.filter((c) => {
      const loose = isHeadline(c) || c.figure.qualifier === "approx";
      if (!loose) return true;
      // "nearly 10,000" approaches from below and may round further than "about".
      const tolerance =
        isHeadline(c) || /^(?:nearly|almost|close to|just under)\b/i.test(c.figure.text) ? 0.1 : 0.05;
      const full = body.find(
        (b) =>
          restates(ctx.reference.subjects, c, b, tolerance) &&
          (isHeadline(c) || (b.figure.qualifier !== "approx" && b.figure.value !== c.figure.value)),
      );
      if (!full) return true;
      ctx.debug(
        "mergeRestatements",
        "dropped",
        c,
        `restates "${full.figure.text}" (sentence ${full.sentence.index})`,
      );
      return false;
    });
  },
};
