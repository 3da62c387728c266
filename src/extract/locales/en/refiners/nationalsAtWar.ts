// "11,000 North Koreans were now in Kursk": a bare count of nationals takes its group from the
// article. In an article about the war (more troop and casualty figures than labour ones, or a
// battlefield word in the sentence) with no border, visa or work cue in the sentence, they are troops.
import type { Refiner } from "../../../context.ts";

const CIVIL_CUE =
  /\b(?:visas?|entered|entries|entry|arriv\w+|border|students?|study|studying|work\w*|labou?r\w*|employ\w*|tourists?|trainees?|residents?|citizens)\b/i;
const WAR_CUE =
  /\b(?:front(?:line)?|combat|battle\w*|fighting|war|troops?|soldiers?|military|offensive|assault)\b/i;

export const nationalsAtWar: Refiner = {
  name: "nationalsAtWar",
  refine(ctx, candidates) {
    const military = candidates.filter((c) => ctx.reference.subjects.military.has(c.subject)).length;
    const labour = candidates.filter(
      (c) => ctx.reference.subjects.labour.has(c.subject) && c.subject !== "nationals",
    ).length;
    for (const c of candidates) {
      if (c.subject !== "nationals" || c.match.how === "money") continue;
      const s = c.sentence.text;
      if (CIVIL_CUE.test(s)) continue;
      if (military > labour && (military >= 2 || WAR_CUE.test(s))) {
        c.subject = "troops";
        ctx.debug("nationalsAtWar", "set", c, "North Koreans counted in an article about the war: troops");
      }
    }
    return candidates;
  },
};
