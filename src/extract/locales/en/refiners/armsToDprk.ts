// Arms also flow the other way: "Russia has handed over at least one Pantsir system" in an article
// about North Korea is a transfer to North Korea. For arms, the capital stands for the state.
import { setEach } from "../../../context.ts";

export const TRANSFER_VERB =
  /\b(?:transferr?\w*|suppl(?:y|ied|ies|ying)|provid\w+|deliver\w*|shipp?\w*|sent|send\w*|handed|hand(?:s|ing)? over|gave|giv\w+|offer\w*|exported|sold|moved)\b/i;
const TO_DPRK = /\b(?:Pyongyang|North Korea|the North|the DPRK|DPRK)\b/;

export const armsToDprk = setEach("armsToDprk", (ctx, c) => {
  if (!ctx.reference.subjects.arms.has(c.subject)) return;
  if (c.destination === "Pyongyang") {
    c.destination = "North Korea";
    ctx.debug("armsToDprk", "set", c, "Pyongyang receives arms as the state");
    return;
  }
  const s = c.sentence.text;
  const before = s.slice(0, c.figure.start);
  const russiaActs = /^(?:[^,;]*,\s*)?(?:Russia|Moscow|the Kremlin)\b/.test(before.trimStart());
  // "… to Pyongyang" in the figure's own clause.
  const clause = s.slice(c.figure.start).split(/[;]|,\s*(?:while|whereas|but|and)\b/)[0];
  const toNorth = new RegExp(`\\bto\\s+${TO_DPRK.source}`).test(clause);
  if ((russiaActs && TRANSFER_VERB.test(before)) || toNorth) {
    if (c.destination !== "North Korea") ctx.debug("armsToDprk", "set", c, "arms sent to North Korea");
    c.destination = "North Korea";
  }
});
