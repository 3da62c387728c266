// Confidence in [0, 1] from the rules that fired: a noun right after the figure is surer than one
// borrowed from an earlier figure; a named source, a time and a place each add a little; a
// headline, a spelled-out small number or a figure kept only by the article's topic take some away.
// The review queue shows the least sure first.
import { setEach } from "../../../context.ts";
import { isHeadline } from "./mergeRestatements.ts";

const HOW: Record<string, number> = { after: 0.7, group: 0.6, before: 0.55, money: 0.6, share: 0.6 };

export const scoreConfidence = setEach("scoreConfidence", (ctx, c) => {
  let p = HOW[c.match.how] ?? 0.5;
  if (c.antecedent) p -= 0.1;
  if (c.attributedTo) p += 0.1;
  if (c.time) p += 0.05;
  if (c.destination) p += 0.05;
  if (c.event && c.event !== "other") p += 0.05;
  if (isHeadline(c)) p -= 0.1;
  if (!c.figure.digits && !Array.isArray(c.figure.value) && c.figure.value < 10) p -= 0.15;
  if (/\b(?:reportedly|allegedly|rumou?red|unconfirmed|could|may|might)\b/i.test(c.sentence.text)) p -= 0.05;
  c.confidence = Math.round(Math.min(0.99, Math.max(0.05, p)) * 100) / 100;
  ctx.debug("scoreConfidence", "set", c, String(c.confidence));
});
