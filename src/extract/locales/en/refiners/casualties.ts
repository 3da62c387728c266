// Casualty figures: "4,000 North Korean soldiers killed or wounded" counts casualties, not
// troops; and losses are only claims when they are North Korean losses.
import { dropWhen, setEach } from "../../../context.ts";
import { isCasualtyPhrase } from "../subjects.ts";
import { DPRK_MENTION } from "../vocabulary.ts";

export const casualtyPhrases = setEach("casualtyPhrases", (ctx, c) => {
  // "2,000 of the roughly 15,000 North Koreans … have died": the whole is not the casualties.
  if (/\bof the\s+(?:[\p{L}]+\s+)?$/iu.test(c.sentence.text.slice(0, c.figure.start))) return;
  if (
    (c.subject === "troops" || c.subject === "nationals") &&
    isCasualtyPhrase(c.sentence.text, c.match.how === "after" ? c.match.end : c.figure.end)
  ) {
    c.subject = "casualties";
    ctx.debug("casualtyPhrases", "set", c, "count of people killed or wounded");
  }
  if (
    (c.subject === "troops" || c.subject === "nationals") &&
    /\b(?:killed|wounded|injured|killed or wounded|killed and wounded|kill|wound)\s*$/i.test(
      c.sentence.text.slice(0, c.figure.start),
    )
  ) {
    c.subject = "casualties";
    ctx.debug("casualtyPhrases", "set", c, "object of killed/wounded");
  }
  const ofThem = /^\s+of (?:them|these|those|whom)\b/i.exec(c.sentence.text.slice(c.figure.end));
  if (
    c.subject !== "casualties" &&
    ofThem &&
    isCasualtyPhrase(c.sentence.text, c.figure.end + ofThem[0].length)
  )
    c.subject = "casualties";
  if (
    c.subject !== "casualties" &&
    /\b(?:casualties|losses)\s+(?:of|among|to)\s*$/i.test(c.sentence.text.slice(0, c.figure.start))
  )
    c.subject = "casualties";
});

/** "3,000 North Korean women work in seafood plants": nationals described by their work are workers. */
export const nationalsAtWork = setEach("nationalsAtWork", (_ctx, c) => {
  if (c.subject !== "nationals" || c.match.how === "money") return;
  const after = c.sentence.text.slice(c.match.end, c.match.end + 60);
  if (
    /^\s*(?:,\s*)?(?:who\s+)?(?:(?:are|were|have been|had been|now|currently|still|reportedly|already)\s+)*(?:fighting|fight|fought|in combat|serving in|deployed|sent to (?:the front|fight)|on the front ?lines?)\b/i.test(
      after,
    )
  ) {
    c.subject = "troops";
    return;
  }
  const named = c.match.how === "before" ? c.sentence.text.slice(c.match.end, c.figure.start) : "";
  if (
    /^\s*(?:to\s+)?work\b/i.test(after) ||
    /^\s*(?:\S+\s+){0,2}?(?:work|employment|labou?r)\s+as\s+(?:the|their|its)\s+purpose/i.test(after) ||
    /^[^.;]{0,40}?\b(?:for work|to work|as (?:workers|labou?rers))\b/i.test(named)
  ) {
    c.subject = "workers";
    return;
  }
  if (
    /^\s*(?:,\s*)?(?:who\s+|mostly\s+|mainly\s+)?(?:(?:are|were|have been|had been|now|currently|still)\s+)*(?:work|works|worked|working|employed|labou?ring|toil\w*|hired)\b/i.test(
      c.sentence.text.slice(c.match.end, c.match.end + 60),
    )
  )
    c.subject = "workers";
});

const OTHER_VICTIMS =
  /\b(?:civilians?|people|children|residents|Ukrainians?|Russians?|Ukrainian (?:soldiers|troops|forces|servicemen)|Russian (?:soldiers|troops|forces|servicemen))\b/i;

export const dropNonDprkCasualties = dropWhen("dropNonDprkCasualties", (ctx, c) => {
  if (c.subject !== "casualties") return null;
  const s = c.sentence.text;
  const around = s.slice(Math.max(0, c.figure.start - 40), Math.min(s.length, c.match.end + 40));
  if (!/\bNorth Korean?s?\b|\bDPRK\b|\bKorean (?:troops|soldiers)\b|\bPyongyang\b/.test(s)) {
    const prev = ctx.sentences[c.sentence.index - 1];
    if (!(
      prev &&
      prev.paragraph === c.sentence.paragraph &&
      DPRK_MENTION.test(prev.text) &&
      /^(?:They|Their|Of them|Among them)\b/.test(s)
    ))
      return "losses not said to be North Korean";
  }
  if (OTHER_VICTIMS.test(around) && !/\bNorth Korean\b/.test(around)) return "losses of others";
  return null;
});
