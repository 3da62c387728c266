// Drops counts of the people a reporter spoke to: "all six workers we interviewed", "the four
// defectors who spoke to the BBC" describe the reporting, not a flow.
import { dropWhen } from "../../../context.ts";

const SPOKE_AFTER =
  /^[^.;]{0,30}?\b(?:(?:we|I|reporters?|journalists?|the (?:BBC|reporter|newspaper|paper|agency))\s+(?:\w+\s+)?(?:spoke|talked|interviewed|met|contacted|reached)|who (?:spoke|talked) (?:to|with)|interviewed by)\b/i;
const SPOKE_BEFORE =
  /\b(?:interviewed|spoke (?:to|with)|talked (?:to|with)|interviews with)\s+(?:\w+\s+){0,2}$/i;

export const dropInterviewees = dropWhen("dropInterviewees", (ctx, c) => {
  if (!ctx.reference.subjects.people.has(c.subject) || Array.isArray(c.figure.value) || c.figure.value >= 100)
    return null;
  const s = c.sentence.text;
  if (SPOKE_AFTER.test(s.slice(c.match.end)) || SPOKE_BEFORE.test(s.slice(0, c.figure.start)))
    return "people the reporter spoke to";
  return null;
});
