// Time: the date or period the figure refers to, from the time expression nearest the figure in
// its sentence; relative expressions are resolved against the publication date (null without one).
import { setEach } from "../../../context.ts";
import type { Candidate, ExtractContext } from "../../../context.ts";
import { reportBody } from "./framingSource.ts";
import { findTimes } from "../times.ts";

const SPEECH =
  "said|says|told|tells|learned|reported|reports|announced|estimated|estimates|claimed|stated|wrote|added|noted|briefed|warned|disclosed|revealed|believes|put|published|released|issued|were told|was told";
// "said on Monday", "told lawmakers Wednesday", "said in his nightly address on Monday", "estimated this month":
// the time the statement was made, not the figure's.
const AFTER_SPEECH = new RegExp(
  `\\b(?:${SPEECH})\\s+(?:(?:lawmakers|reporters|parliament|journalists|earlier|later|late|early|also|separately)\\s+|(?:in|during|at)\\s+(?:a|an|its|his|her|their|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:report|address|interview|statement|briefing|speech|post|message|update|assessment|press conference|news conference|hearing|meeting|session)(?:\\s+(?:released|published|issued|posted|aired))?\\s+)*(?:on\\s+)?$`,
  "iu",
);
// "In January, President X put losses at …": a clause-initial time of a speech act.
const BEFORE_SPEECH = new RegExp(`^,?\\s+(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){1,5}(?:${SPEECH})\\b`, "u");

const ONGOING = /^[^,;]{0,40}?\b(?:are|is) being\s+\p{L}+ed\b/iu;
const PRESENT_STATE =
  /^[^,;]{0,40}?\b(?:(?:were|are|is|was) (?:now|still)|(?:are|is) being|now (?:in|at|on|fighting|serving|deployed|stationed)|currently|at present|right now|are (?:fighting|serving|deployed|stationed|based|in|on|at)|is (?:fighting|serving|deployed|stationed|based|in|on|at))\b/i;

// "met Kim in Pyongyang on Tuesday and said …": the time of the meeting is the time of the statement.
const BEFORE_AND_SPEECH = new RegExp(
  `^\\s*,?\\s*and\\s+(?:also\\s+|later\\s+|then\\s+)?(?:${SPEECH})\\b`,
  "i",
);

function isSpeechTime(s: string, t: { start: number; end: number }, figureStart: number): boolean {
  if (t.end <= figureStart && BEFORE_AND_SPEECH.test(s.slice(t.end))) return true;
  const before = s.slice(Math.max(0, t.start - 80), t.start);
  if (
    AFTER_SPEECH.test(before) &&
    !/\d/.test(before.slice(before.search(new RegExp(`\\b(?:${SPEECH})\\b`, "i"))))
  )
    return /^\s*(?:,|that\b|\.|;|$|when\b|as\b|in\b|during\b|after\b|before\b|following\b|at\b|to\b|on\b|via\b|through\b|citing\b|according\b|put\b|said\b|says\b|estimated\b|shows?\b|found\b)/.test(
      s.slice(t.end),
    );
  const lead = s.slice(0, t.start);
  const clauseStart = lead.trim() === "" || /[,:;]\s*$/.test(lead);
  const verb = BEFORE_SPEECH.exec(s.slice(t.end));
  return clauseStart && !!verb && t.end + verb[0].length <= figureStart;
}

/** "since September 2023": a stated period, from that time to the publication date (open without one). */
function sinceValue(
  s: string,
  t: { start: number; value: string | null },
  published: string | null,
): string | null | undefined {
  if (
    !/\bsince\s+(?:(?:the\s+)?(?:start|beginning|end|middle)\s+of\s+)?(?:early|late|mid-?)?\s*$/i.test(
      s.slice(Math.max(0, t.start - 40), t.start),
    ) &&
    !/^since\b/i.test(s.slice(t.start))
  )
    return undefined;
  if (!t.value || t.value.includes("/")) return t.value;
  if (!published) return `${t.value}/..`;
  return t.value < published ? `${t.value}/${published}` : t.value;
}

/** "has supplied", "have been sent": a running total up to the moment of the statement. */
const RUNNING_TOTAL =
  /\b(?:has|have|had)\s+already\s+(?:been\s+)?\p{L}+ed\b[^.;]*$|\b(?:has|have)\s+(?:(?:now|so far|already|reportedly|also|since|in total|altogether)\s+)*(?:been\s+)?(?:sent|supplied|dispatched|deployed|shipped|provided|transferred|delivered|exported|handed over|given)\b[^.;]*$/iu;

// A sentence that opens by pointing back at the one before: "Then,", "At the time", "The data showed".
const BACK_REFERENCE =
  /^(?:Then|At (?:that|the) time|Back then|By then|At that point)\b|^(?:The|These|Those|This|That|Its|Their)\s+(?:official\s+)?(?:data|figures|statistics|numbers|records|report|survey|study|tally)\s+(?:also\s+)?(?:show|shows|showed|said|says|found|finds|indicated|indicates|revealed|reveals|put)\b/;

/** Comparisons ("rose from 1,117 in 2023, reaching 21,000 in 2019"): the history a breakdown does not belong to. */
const COMPARISON =
  /^(?:This|That|The)\s+(?:figure|number|total|count)\b|\b(?:up|down|increased|rose|fell|declined|jumped|surged)\s+from\b|\bcompared (?:with|to)\b/i;

/** The figure a list item breaks down: past antecedents in a comparison sentence, to the total before them. */
function breakdownOf(a: Candidate): Candidate {
  let at = a;
  while (at.antecedent && at.antecedent !== at && COMPARISON.test(at.sentence.text)) at = at.antecedent;
  return at;
}

// "The report is an overview of … in 2019", "a report covering 2024": the period a report covers.
const REPORT_PERIOD =
  /\b(?:report|study|assessment|review)\b[^.;]{0,40}?\b(?:is an overview of|overview of|covers|covering|covered|reviews|reviewing|on the year|for the year)\b[^.;]{0,60}?\b(?:in|of|for|during)\s+((?:19|20)\d\d)\b|\b(?:report|study|assessment|review)\s+(?:covering|for|on)\s+((?:19|20)\d\d)\b/i;
const periods = new WeakMap<ExtractContext, { body: string; value: string } | null>();

/** The period the article's report covers, with the body whose report it is. */
function reportPeriod(ctx: ExtractContext): { body: string; value: string } | null {
  if (periods.has(ctx)) return periods.get(ctx)!;
  const m = REPORT_PERIOD.exec(ctx.doc.text);
  const body = m ? reportBody(ctx) : null;
  const found = m && body ? { body, value: m[1] ?? m[2] } : null;
  periods.set(ctx, found);
  return found;
}

export const attachTime = setEach("attachTime", (ctx, c) => {
  const s = c.sentence.text;
  const spoken: (string | null)[] = [];
  let best: { value: string | null; d: number } | null = null;
  let compared = false;
  for (const t of findTimes(s, ctx.doc.published)) {
    if (t.start < c.figure.end && t.end > c.figure.start) continue;
    // "MOSCOW, June 17 -": a dateline dates the story, not the figure.
    const dateline = /^[\p{Lu}][\p{Lu} .'’-]+,\s+[^,]{3,15}?\s*(?:\([^)]{1,30}\)\s*)?(?:-|–|—|--)\s/u.exec(s);
    if (dateline && t.end <= dateline[0].length) {
      spoken.push(t.value);
      continue;
    }
    // "between 2017 and 2019", "from 2017 to 2019": a stated period is an interval.
    if (/\b(?:between|from)\s+$/i.test(s.slice(Math.max(0, t.start - 10), t.start))) {
      const span = /^\s+(?:and|to|through|until)\s+/i.exec(s.slice(t.end));
      const endT = span
        ? findTimes(s, ctx.doc.published).find((o) => o.start === t.end + span[0].length)
        : null;
      if (endT && t.value && endT.value && !t.value.includes("/") && !endT.value.includes("/")) {
        best = { value: `${t.value}/${endT.value}`, d: 0 };
        break;
      }
    }
    if (isSpeechTime(s, t, c.figure.start)) {
      ctx.debug("attachTime", "note", c, `"${s.slice(t.start, t.end)}" dates the statement, not the figure`);
      spoken.push(t.value);
      continue;
    }
    // "the highest since 2012": a comparison, not the figure's period (nor does the figure borrow one).
    if (
      /\b(?:highest|lowest|largest|smallest|most|fewest|biggest|first time)\s+since\s+$/i.test(
        s.slice(Math.max(0, t.start - 30), t.start),
      )
    ) {
      compared = true;
      continue;
    }
    const since = sinceValue(s, t, ctx.doc.published);
    if (since !== undefined) t.value = since;
    const between = t.end <= c.figure.start ? s.slice(t.end, c.figure.start) : s.slice(c.figure.end, t.start);
    // A time in another clause ("…in January, bringing the total to 15,000") is not this figure's.
    if (
      /[;]|,\s*and\s+(?:the|it|its|they|he|she|officials|Russia|Moscow|Pyongyang|Seoul|Kyiv)\b|,\s*(?:while|whereas|but|which|bringing|replacing|raising|taking|up from|down from|compared|out of|of whom)\b/.test(
        between,
      )
    )
      continue;
    // "fell to 4,000 in November from about 30,000": a time before "from N" belongs to the other figure.
    if (t.end <= c.figure.start && /\b(?:from|versus|compared with|compared to|against)\s*$/i.test(between))
      continue;
    const d = Math.abs(t.end <= c.figure.start ? c.figure.start - t.end : t.start - c.figure.end);
    if (!best || d < best.d) best = { value: t.value, d };
  }
  // "Of these, 7,887 came on student visas": an elliptical count shares its antecedent's time.
  if (!best && c.antecedent && !compared) best = { value: breakdownOf(c.antecedent).time, d: 0 };
  // "Then, the agency said 4,000 …", "The data showed 16,613 …": the sentence points back to the
  // one before it, whose stated time it shares.
  if (!best && !compared && BACK_REFERENCE.test(s)) {
    const prev = ctx.sentences[c.sentence.index - 1];
    if (prev && prev.paragraph >= c.sentence.paragraph - 1) {
      const stated = findTimes(prev.text, ctx.doc.published).filter(
        (t) => t.value && !isSpeechTime(prev.text, t, prev.text.length),
      );
      if (stated.length) {
        best = { value: stated[stated.length - 1].value, d: 0 };
        ctx.debug(
          "attachTime",
          "set",
          c,
          `the sentence refers back to "${prev.text.slice(stated[stated.length - 1].start, stated[stated.length - 1].end)}"`,
        );
      }
    }
  }
  // "said on Monday that 11,000 were now in Kursk", "KYIV, Feb 10 - 11,000 troops are fighting":
  // a state anchored to the moment of speaking takes the date it was said.
  // "are being trained": an ongoing process with no date of speaking is under way at publication.
  if (!best && PRESENT_STATE.test(s.slice(c.figure.end, c.figure.end + 60))) {
    const at =
      spoken[spoken.length - 1] ??
      (ONGOING.test(s.slice(c.figure.end, c.figure.end + 60)) ? ctx.doc.published : null);
    if (at) {
      best = { value: at, d: 0 };
      ctx.debug("attachTime", "set", c, "a present state, dated when it was stated");
    }
  }
  // "North Korea has supplied 10 million rounds, the agency said": the total up to now.
  if (
    !best &&
    ctx.doc.published &&
    (RUNNING_TOTAL.test(s.slice(0, c.figure.start)) ||
      /^[^.;,]{0,50}?\b(?:has|have|had)\s+already\s+(?:been\s+)?\p{L}+ed\b/u.test(s.slice(c.figure.end)))
  ) {
    best = { value: `../${spoken[spoken.length - 1] ?? ctx.doc.published}`, d: 0 };
    ctx.debug("attachTime", "set", c, "a running total up to the statement");
  }
  // A report's figures with no time of their own take the period the report covers.
  if (!best && c.attributedTo) {
    const period = reportPeriod(ctx);
    if (period && period.body === c.attributedTo) {
      best = { value: period.value, d: 0 };
      ctx.debug("attachTime", "set", c, `the report of ${period.body} covers ${period.value}`);
    }
  }
  // A plan with no stated window dates from its announcement (the contract); so does a promised
  // wage ("will receive $2.50 an hour").
  if (
    !best &&
    ctx.doc.published &&
    (c.event === "deployment_planned" ||
      ((c.subject === "wage" || c.subject === "wage_share") &&
        /\b(?:will|are to|is to|are set to|would)\s+(?:be\s+)?(?:receive|get|earn|paid|be paid)\b/i.test(s)))
  ) {
    best = { value: spoken[spoken.length - 1] ?? ctx.doc.published, d: 0 };
    ctx.debug("attachTime", "set", c, "a plan dates from its announcement");
  }
  c.time = best?.value ?? null;
});
