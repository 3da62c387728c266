// Drops Russia's own labour-market figures: shortages, needs and vacancies ("a shortage of 4.8
// million workers", "Russia needs 2 million workers", Rosstat statistics).
import { dropWhen } from "../../../context.ts";
import { DPRK_MENTION } from "../vocabulary.ts";

const NEED_BEFORE =
  /\b(?:shortages?|shortfall|deficit|lack|needs?|needed|need for|demand for|short|short of|vacancies for|gap of|requires?|required)\s+(?:of\s+|for\s+)?(?:(?:about|around|some|nearly|almost|roughly|an estimated|up to|over|more than)\s+)?$/i;
const NEED_AFTER =
  /^\s*(?:-|–)?\s*(?:\w+\s+){0,2}?(?:shortage|shortfall|deficit|gap|vacancies|job openings)\b/i;
const MARKET =
  /\b(?:Rosstat|labou?r market|unemployment|labou?r shortage|workforce shortage|demographic|population decline)\b/i;

export const dropLabourMarketFigures = dropWhen("dropLabourMarketFigures", (ctx, c) => {
  if (!ctx.reference.subjects.labour.has(c.subject)) return null;
  const s = c.sentence.text;
  if (
    /\bNorth Korean?s?\b|\bDPRK\b/.test(c.match.modifiers) ||
    /North Koreans|DPRK/.test(s.slice(c.match.start, c.match.end))
  )
    return null;
  if (NEED_BEFORE.test(s.slice(0, c.figure.start))) return "a labour shortage or need";
  if (NEED_AFTER.test(s.slice(c.match.end)) || NEED_AFTER.test(s.slice(c.figure.end)))
    return "a labour shortage";
  if (MARKET.test(s) && !DPRK_MENTION.test(s)) return "labour-market statistic";
  return null;
});
