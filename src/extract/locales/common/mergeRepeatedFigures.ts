// A figure repeated in a document (headline, then body; duplicated paragraphs) is one claim: keep
// the mention that says most about it (source, destination, time), the earliest on a tie.
import type { Candidate, Refiner } from "../../context.ts";

const key = (c: Candidate) => `${c.subject}|${c.measure ?? ""}|${JSON.stringify(c.figure.value)}`;
const richness = (c: Candidate) =>
  (c.attributedTo ? 1 : 0) +
  (c.destination ? 1 : 0) +
  (c.time ? 1 : 0) +
  (c.sentence.text.length > 60 ? 0.5 : 0);

export const mergeRepeatedFigures: Refiner = {
  name: "mergeRepeatedFigures",
  refine(ctx, candidates) {
    const best = new Map<string, Candidate>();
    for (const c of candidates) {
      const k = key(c);
      const cur = best.get(k);
      if (!cur || richness(c) > richness(cur)) best.set(k, c);
    }
    const keep = new Set(best.values());
    return candidates.filter((c) => {
      if (!keep.has(c))
        ctx.debug("mergeRepeatedFigures", "dropped", c, "repeats a figure stated more fully elsewhere");
      return keep.has(c);
    });
  },
};
