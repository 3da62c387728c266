// Modality: planned flows, alleged ones ("allegedly", "claimed"), reported ones (a named source,
// "reportedly", "according to"), otherwise asserted by the article itself.
import { setEach } from "../../../context.ts";

export const attachModality = setEach("attachModality", (_ctx, c) => {
  const s = c.sentence.text;
  if (c.event === "deployment_planned") c.modality = "planned";
  else if (/\b(?:allegedly|alleged|claimed|claims|purportedly)\b/i.test(s)) c.modality = "alleged";
  else if (
    c.attributedTo ||
    /\b(?:reportedly|according to|said|says|reported|reports|believed|estimated|estimates)\b/i.test(s)
  )
    c.modality = "reported";
  else c.modality = "asserted";
});
