// Drops arms figures about North Korea's own weapons tests ("has tested more than 30 ballistic
// missiles this year"): launches are not transfers.
import { dropWhen } from "../../../context.ts";

const TEST =
  /\b(?:test(?:ed|s|ing)?|test-fired|fired|launch(?:ed|es|ing)?|flew|parade|displayed|unveiled|showcased)\b/i;
const TRANSFER =
  /\b(?:suppl\w+|shipp\w+|sent|send|transferr?\w*|deliver\w*|provid\w+|export\w*|handed|receiv\w+|obtain\w*|acquir\w+|bought|purchas\w+|deploy\w*|used by Russia|Russian forces)\b/i;

export const dropWeaponsTests = dropWhen("dropWeaponsTests", (ctx, c) => {
  if (!ctx.reference.subjects.arms.has(c.subject)) return null;
  const s = c.sentence.text;
  // "Russian forces fire about 10,000 shells a day": use on the battlefield, not a transfer.
  if (
    /\b(?:fire|fires|fired|firing|use|uses|used|using|expend\w*|consum\w+)\s+(?:\S+\s+){0,2}$/i.test(
      s.slice(Math.max(0, c.figure.start - 40), c.figure.start),
    )
  )
    return "munitions used, not transferred";
  return TEST.test(s) && !TRANSFER.test(s) ? "weapons test or display, not a transfer" : null;
});
