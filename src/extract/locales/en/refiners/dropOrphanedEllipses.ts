// An elliptical count ("20 more", "another 5,000") shares its antecedent's subject; when an
// earlier rule dropped the antecedent (another country's troops), the ellipsis goes with it.
import type { Refiner } from "../../../context.ts";

export const dropOrphanedEllipses: Refiner = {
  name: "dropOrphanedEllipses",
  refine(ctx, candidates) {
    const alive = new Set(candidates);
    return candidates.filter((c) => {
      // "Of those, about 4,000 were North Koreans": the ellipsis says itself whose they are.
      const ownNationality =
        /^\s+(?:of them\s+)?(?:were|are|was|being)\s+(?:North Koreans?|from North Korea)\b/.test(
          c.sentence.text.slice(c.figure.end),
        );
      const orphan = !!c.antecedent && !alive.has(c.antecedent) && !ownNationality;
      if (orphan) {
        ctx.debug("dropOrphanedEllipses", "dropped", c, "its antecedent was dropped");
        alive.delete(c);
      }
      return !orphan;
    });
  },
};
