// Event: what kind of flow the figure describes, from the cue nearest the counted phrase
// ("agreed to send" → planned, "dispatched" → reported, "employing" → stock, "entered" → entries).
import type { EventType } from "../../../../types.ts";
import { setEach } from "../../../context.ts";
import type { Candidate, ExtractContext } from "../../../context.ts";
import { findEventCues, PEOPLE_OTHER } from "../events.ts";

const PRIORITY: EventType[] = [
  "deployment_planned",
  "entries",
  "deployment_reported",
  "stock_estimate",
  "other",
];

export const attachEvent = setEach("attachEvent", (ctx, c) => {
  switch (c.subject) {
    case "casualties":
      c.event = "casualties";
      return;
    // Revenue is money the state earns (revenue_estimate). A wage is one worker's pay and the
    // state's cut of it a share: neither is a flow estimate of its own, so both are "other" (as
    // the annotators of real articles mark them).
    case "revenue":
      c.event = "revenue_estimate";
      return;
    case "wage":
    case "wage_share":
      c.event = "other";
      return;
  }
  const s = c.sentence.text;
  // Workers being sent home are a return flow, whatever modal verb comes with it.
  if (
    /\b(?:repatriat\w+|sent (?:back )?home|sent back|sending back|returned home|deported|expelled)\b/i.test(
      s.slice(Math.max(0, c.figure.start - 40), Math.min(s.length, c.match.end + 50)),
    )
  ) {
    c.event = "other";
    return;
  }
  if (
    (/\b(?:entries|arrivals|crossings|entry permits)\b/i.test(s.slice(c.match.start, c.match.end)) ||
      (c.subject === "nationals" && /^(?:trips|visits)\b/i.test(s.slice(c.match.start, c.match.end)))) &&
    c.match.how === "after"
  ) {
    c.event = "entries";
    return;
  }
  const after = c.match.how === "after";
  // Arms handed over are neither a deployment nor a stock: the contract's "other", unless planned.
  if (ctx.reference.subjects.arms.has(c.subject)) {
    const cue = nearestCue(ctx, c, s, c.figure.start, Math.max(c.figure.end, c.match.end));
    c.event = cue?.event === "deployment_planned" ? "deployment_planned" : "other";
    return;
  }
  // Headline grammar: "12,000 North Koreans to Staff Drone Plant" is a plan, not a stock.
  if (
    after &&
    !/[.!?]["”’]?\s*$/.test(s) &&
    HEADLINE_PLAN.test(s.slice(c.match.end)) &&
    !/\b(?:are|is|were|was|has|have|had|sent|dispatched|deployed|shipped|supplied|transferred)\b/i.test(
      s.slice(0, c.figure.start),
    )
  ) {
    c.event = "deployment_planned";
    return;
  }
  const anchorStart = after ? Math.min(c.figure.start, c.match.start) : c.figure.start;
  const anchorEnd = after ? Math.max(c.figure.end, c.match.end) : c.figure.end;
  const best = nearestCue(ctx, c, s, anchorStart, anchorEnd);
  if (best) c.event = best.event;
  else if (breakdownHead(s, anchorStart)) {
    // "agreed to dispatch 6,000 people: 1,000 sappers … and 5,000 builders …": the parts of a
    // breakdown after a colon or dash share the event of the clause that introduces them.
    const head = breakdownHead(s, anchorStart)!;
    const cue = nearestCue(ctx, c, s, head, head);
    c.event = cue?.event ?? fallback(ctx, c);
  } else c.event = fallback(ctx, c);
});

const HEADLINE_PLAN =
  /^\s+to\s+(?:staff|work|build|rebuild|restore|join|serve|help|clear|fight|assemble|man|labou?r|repair|support|replace|reinforce|deploy|be sent|be deployed|head|go|leave|travel)\b/i;

/** Where the clause introducing a breakdown ends (its colon or dash), if the figure is in one. */
function breakdownHead(s: string, anchorStart: number): number | null {
  const m = /(?::|\s[—–]|\s--?)\s+(?:[^:;—–]*?)$/.exec(s.slice(0, anchorStart));
  return m && /\p{L}/u.test(s.slice(0, m.index)) ? m.index : null;
}

function fallback(ctx: ExtractContext, c: Candidate): EventType {
  if (c.antecedent?.event) return c.antecedent.event;
  if (ctx.reference.subjects.arms.has(c.subject)) return "deployment_reported";
  if (c.subject === "visas") return "other";
  return "stock_estimate";
}

function nearestCue(
  ctx: ExtractContext,
  c: Candidate,
  s: string,
  anchorStart: number,
  anchorEnd: number,
): { event: EventType; score: number } | null {
  let best: { event: EventType; score: number } | null = null;
  let nearestBefore: { event: EventType; gap: number } | null = null;
  for (const cue of findEventCues(s)) {
    if (cue.start < anchorEnd && cue.end > anchorStart) continue;
    let event = cue.event;
    if (
      event === "entries" &&
      !(
        c.subject === "nationals" ||
        c.subject === "workers" ||
        c.subject === "it_workers" ||
        c.subject === "construction_workers"
      )
    )
      event = "deployment_reported";
    // Arrivals counted at the border ("3,000 North Koreans arrived", "the number of North Koreans arriving") are entries.
    if (
      event === "deployment_reported" &&
      (c.subject === "nationals" || c.match.how === "before") &&
      ctx.reference.subjects.labour.has(c.subject) &&
      /^arriv/i.test(s.slice(cue.start, cue.end))
    )
      event = "entries";
    if (
      event === "other" &&
      c.subject !== "visas" &&
      !ctx.reference.subjects.arms.has(c.subject) &&
      !new RegExp(PEOPLE_OTHER.source, "i").test(s.slice(cue.start, cue.end))
    )
      continue;
    const before = cue.end <= anchorStart;
    const gap = before ? anchorStart - cue.end : cue.start - anchorEnd;
    // Cues in another clause count less: a semicolon or ", where/while/which" between them.
    const between = before ? s.slice(cue.end, anchorStart) : s.slice(anchorEnd, cue.start);
    // A cue in another clause ("…, where troops fought", "…, bringing the total to") is not this figure's.
    if (
      /[;:]|,\s*and\s+(?:the|it|its|they|he|she|officials|Russia|Moscow|Pyongyang|Seoul|Kyiv)\b|,\s*(?:where|while|which|but|whereas|although|as)\b|,\s*(?:bringing|replacing|including|raising|taking|up from|compared|out of)\b|\s(?:where|while|which)\s/.test(
        between,
      )
    )
      continue;
    const score = (before ? gap : gap * 1.4) - PRIORITY.indexOf(event) * 0.1;
    if (before && (!nearestBefore || gap < nearestBefore.gap)) nearestBefore = { event, gap };
    if (!best || score < best.score) best = { event, score };
  }
  // A plan or modal just before the figure governs its clause: "could see 100,000 troops deployed".
  const plannedBefore = nearestBefore?.event === "deployment_planned" && nearestBefore.gap <= 40;
  if (plannedBefore && best && best.event !== "deployment_planned")
    best = { event: "deployment_planned", score: 0 };
  return best;
}
