// Keeps only figures about North Korean flows. Military, casualty and arms counts need North
// Korea named in the sentence or the one before it; labour and money counts may also rely on
// an article that is about North Korea as a whole.
import { dropWhen } from "../../../context.ts";
import { TRANSFER_VERB } from "./armsToDprk.ts";
import { DPRK_MENTION, FOREIGN_NATIONALITY } from "../vocabulary.ts";

const ACTOR = new RegExp(
  `${DPRK_MENTION.source}|${FOREIGN_NATIONALITY.source}|\\b(?:Russia|Ukraine|Kyiv|Moscow|Kremlin|China|Beijing|United States|Washington|South Korea|Seoul|Japan|Tokyo|the North|NATO|Iran|Belarus)\\b`,
  "g",
);

/** The last country or nationality named before the figure, outside source phrases. */
function nearestActor(
  ctx: Parameters<Parameters<typeof dropWhen>[1]>[0],
  c: Parameters<Parameters<typeof dropWhen>[1]>[1],
): string | null {
  let before = c.sentence.text.slice(0, c.figure.start);
  for (const a of ctx.attributions(c.sentence.index)) {
    if (a.start < before.length)
      before =
        before.slice(0, a.start) +
        " ".repeat(Math.min(a.end, before.length) - a.start) +
        before.slice(Math.min(a.end, before.length));
  }
  let last: string | null = null;
  for (const m of before.matchAll(ACTOR)) {
    // "sent to Russia", "fighting for Russia": a place or beneficiary, not the actor.
    if (
      /\b(?:in|to|into|for|against|with|from|at|of|on|across|inside|towards?|near|by)\s+(?:the\s+)?$/i.test(
        before.slice(0, m.index),
      )
    )
      continue;
    // "South Korean, Ukrainian and Western sources reporting": who reports, not who acts.
    if (
      /^(?:\s*,?\s*(?:and\s+)?[\p{Lu}][\p{L}-]+)*\s+(?:sources|officials|intelligence|estimates|media|analysts|assessments|reports)\b/u.test(
        before.slice(m.index + m[0].length),
      )
    )
      continue;
    last = m[0];
  }
  return last === "the North" ? "North Korea" : last;
}

const OTHER_SUPPLIER =
  /\b(?:Ukraine|Kyiv|European Union|EU|Europe|United States|U\.S\.|Washington|NATO|Germany|Britain|UK|France|Poland|China|Beijing|Iran|Tehran|South Korea|Seoul|factories|plants)\b/;

/** "shells were transferred to Russia", "Moscow has handed over …": arms changing hands, not a third party's. */
function isTransfer(s: string, start: number, end: number): boolean {
  const before = s
    .slice(Math.max(0, start - 80), start)
    .split(/[;]|,\s*(?:while|whereas|but)\b/)
    .pop()!;
  const verb = TRANSFER_VERB.exec(before);
  if (verb) return !OTHER_SUPPLIER.test(before.slice(0, verb.index));
  return /^[^.;,]{0,50}?\b(?:were|was|have been|has been|had been|being)\s+(?:\w+\s+)?(?:transferr?ed|supplied|provided|delivered|shipped|sent|handed over|exported)\b/i.test(
    s.slice(end),
  );
}

export const requireDprkContext = dropWhen("requireDprkContext", (ctx, c) => {
  const s = c.sentence.text;
  if (
    /^\s*(?:\S+\s+){0,3}?(?:\(?\s*)?,?\s*including\s+(?:some\s+)?(?:North Korean|DPRK)\b/.test(
      s.slice(c.match.end),
    )
  )
    return "a mixed force that includes North Koreans";
  if (ctx.reference.subjects.military.has(c.subject) && !c.antecedent) {
    // "Russia has massed 50,000 troops", "The United States keeps 28,500 troops": another
    // country is the actor nearest the figure, and the noun is not said to be North Korean.
    const actor = nearestActor(ctx, c);
    const fromNK = /^[^.;]{0,30}?\b(?:from|of)\s+(?:North Korea|the DPRK|Pyongyang|the North)\b/.test(
      s.slice(c.match.end),
    );
    if (actor && !fromNK && !DPRK_MENTION.test(actor) && !/North Korean|DPRK|Korean/i.test(c.match.modifiers))
      return `another country's figure (${actor})`;
  }
  // Korean outlets call it "the North" once the article has named it.
  if (
    DPRK_MENTION.test(s) ||
    (ctx.dprkDocument &&
      /\b[Tt]he North\b(?!\s+(?:Atlantic|Sea|Pole|Caucasus|American|African|Star))/.test(s))
  )
    return null;
  const prev = ctx.sentences[c.sentence.index - 1];
  // The sentence before, even across a line break (headlines and list items are paragraphs of their own).
  let prevDprk = !!prev && c.sentence.paragraph - prev.paragraph <= 1 && DPRK_MENTION.test(prev.text);
  // A list item ("- 3,000 more troops (January 2025)") takes its context from the list's lead-in line.
  if (!prevDprk && /^\s*(?:[-–•*·▪]|\d{1,2}[.)])\s/.test(s)) {
    for (let i = c.sentence.index - 1; i >= 0 && i >= c.sentence.index - 10; i--) {
      const t = ctx.sentences[i].text;
      if (DPRK_MENTION.test(t)) {
        prevDprk = true;
        break;
      }
      if (!/^\s*(?:[-–•*·▪]|\d{1,2}[.)])\s/.test(t)) break;
    }
  }
  // Blank out source phrases: "Ukraine's military intelligence said" is not a foreign actor.
  let beforeFigure = s.slice(0, c.figure.start);
  for (const a of ctx.attributions(c.sentence.index)) {
    if (a.start < beforeFigure.length)
      beforeFigure =
        beforeFigure.slice(0, a.start) +
        " ".repeat(Math.min(a.end, beforeFigure.length) - a.start) +
        beforeFigure.slice(Math.min(a.end, beforeFigure.length));
  }
  // "went to Russia", "in Moscow": a place after a preposition is where, not who.
  const actorText = beforeFigure.replace(
    /\b(?:to|in|into|for|from|with|at|across|towards?|against|inside)\s+(?:the\s+)?(?:Ukraine|Russia|Kyiv|Moscow|China|Beijing)\b/g,
    (m) => " ".repeat(m.length),
  );
  const foreignActor =
    FOREIGN_NATIONALITY.test(beforeFigure) ||
    /\b(?:Ukraine|Russia|Kyiv|Moscow|China|Beijing)\b/.test(actorText);
  // Korean outlets' "the North" in the sentence before carries the context too.
  if (
    !prevDprk &&
    ctx.dprkDocument &&
    prev &&
    c.sentence.paragraph - prev.paragraph <= 1 &&
    /\b[Tt]he North\b(?!\s+(?:Atlantic|Sea|Pole|Caucasus|American|African|Star))/.test(prev.text)
  )
    prevDprk = true;
  // In an article about North Korea, arms said to change hands are its trade either way.
  if (
    ctx.reference.subjects.arms.has(c.subject) &&
    ctx.dprkDocument &&
    isTransfer(s, c.figure.start, c.figure.end)
  )
    return null;
  if (ctx.reference.subjects.military.has(c.subject) || ctx.reference.subjects.arms.has(c.subject)) {
    if (prevDprk && !foreignActor) return null;
    // Arms with no one else named, in an article about North Korea's arms: its shipments.
    // (Not ships, trains or voyages: those are counted for every kind of cargo.)
    if (
      ctx.reference.subjects.arms.has(c.subject) &&
      c.subject !== "shipments" &&
      ctx.dprkDocument &&
      !foreignActor &&
      !OTHER_SUPPLIER.test(s)
    )
      return null;
    if (
      ctx.dprkDocument &&
      !foreignActor &&
      c.subject !== "casualties" &&
      /^(?:They|It|Pyongyang|The regime|The North)\b/.test(s)
    )
      return null;
    return "military/arms figure without North Korea in the sentence";
  }
  if (!prevDprk && !ctx.dprkDocument) return "article is not about North Korea";
  // Labour figures leaning on the article's topic: not when another country is the actor
  // ("Russian firms employ 500,000 workers") and nothing says the workers are North Korean.
  // Visas are issued by the host country: "Russia issued 9,000 visas" is about North Koreans' entry.
  if (ctx.reference.subjects.labour.has(c.subject) && c.subject !== "visas" && !c.antecedent) {
    const actor = nearestActor(ctx, c);
    const fromNK = /^[^.;]{0,30}?\b(?:from|of)\s+(?:North Korea|the DPRK|Pyongyang|the North)\b/.test(
      s.slice(c.match.end),
    );
    if (actor && !fromNK && !DPRK_MENTION.test(actor) && !/North Korean|DPRK|Korean/i.test(c.match.modifiers))
      return `another country's workers (${actor})`;
  }
  return null;
});
