// Drops North Korea's forces at home ("1.2 million active-duty soldiers", reservists, troops
// along the DMZ): the size of the army is not a flow abroad.
import { dropWhen } from "../../../context.ts";

const HOME =
  /\b(?:active[- ]duty|standing army|reservists?|reserve forces|conscripts|paramilitary|along the (?:DMZ|border)|at home|in North Korea|on the peninsula|Korean People's Army has|Korean War|1950[-–]53)\b/i;

export const dropHomeForces = dropWhen("dropHomeForces", (_ctx, c) => {
  if (c.subject !== "troops" && c.subject !== "casualties") return null;
  const s = c.sentence.text;
  const around = s.slice(Math.max(0, c.figure.start - 60), Math.min(s.length, c.match.end + 40));
  if (/\bKorean War\b/.test(s) && c.subject !== "troops") return "the Korean War";
  return HOME.test(around) || /\bKorean War\b/.test(s) ? "North Korea's forces at home" : null;
});
