// Only figures about North Korean flows: trade figures go; missile launches (ranges, salvoes) are
// tests, not transfers; a count in a sentence naming no DPRK party is kept only in a DPRK article.
import { dropWhen } from "../../../context.ts";
import { DPRK_KO } from "../vocabulary.ts";

export const requireDprkContext = dropWhen("ko.requireDprkContext", (ctx, c) => {
  const s = c.sentence.text;
  if (/교역|무역액|수출액|수입액/u.test(s)) return "trade";
  if (
    (c.subject === "missiles" || c.subject === "munitions") &&
    /발사|시험|비행거리|고도/u.test(s) &&
    !/러시아|수출|제공|이전|보냈/u.test(s)
  )
    return "a launch or test";
  if (DPRK_KO.test(s)) return null;
  return ctx.dprkDocument ? null : "no North Korea in sight";
});
