// Only figures about North Koreans: a count is kept when its sentence, or the sentence before in
// the paragraph, mentions the DPRK, or when it names no other country's people at all.
import { dropWhen } from "../../../context.ts";
import { DPRK_RU } from "../vocabulary.ts";

const OTHER_PEOPLE =
  /(?:российск|украинск|узбекск|таджикск|киргизск|китайск|вьетнамск|индийск|иностранн|из\s+(?:Средней\s+Азии|Узбекистан|Таджикистан|Киргиз|Китая|Индии|Вьетнама|СНГ))\p{L}*/iu;
const TRADE = /товарооборот|торгов\p{L}* оборот|экспорт|импорт|пропущен\p{L}* через границу|пересечени/iu;

export const requireDprkContext = dropWhen("ru.requireDprkContext", (ctx, c) => {
  const s = c.sentence.text;
  if (TRADE.test(s)) return "trade or border traffic, not a DPRK flow";
  if (DPRK_RU.test(s)) return null;
  const prev = ctx.sentences[c.sentence.index - 1];
  const prevDprk = prev && prev.paragraph === c.sentence.paragraph && DPRK_RU.test(prev.text);
  if (OTHER_PEOPLE.test(s)) return "about other countries' people";
  if (prevDprk) return null;
  return ctx.dprkDocument ? null : "no North Korea in sight";
});
