// The source that frames a whole article. Real reports often name their source once ("the first
// report by the Multilateral Sanctions Monitoring Team") and then list its findings sentence by
// sentence with no "it said". Figures left without a source take:
// 1. the body whose report the article is about, when exactly one such body is named;
// 2. else the one source every attributed figure of the same kind (people at work, troops, arms,
//    money) has, for figures stated after that source first appears.
import type { Candidate, ExtractContext, Refiner } from "../../../context.ts";
import { canonicalSource, definedAcronyms } from "../sources.ts";

import { isPlausibleSource } from "./attachAttribution.ts";
import { isHeadline } from "./mergeRestatements.ts";

const NAME = "((?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of|for|on|and|\\p{Lu}[\\p{L}'’.-]*))*)";
const REPORT_BY = new RegExp(
  `\\b(?:report|study|assessment|findings|review|survey|data|statistics)\\s+(?:[\\p{Ll}-]+\\s+){0,4}?(?:by|from|of)\\s+${NAME}`,
  "gu",
);
const RELEASED_REPORT = new RegExp(
  `${NAME}\\s+(?:has\\s+|have\\s+)?(?:released|published|issued|presented|submitted|made public|detailed|outlined|laid out)\\s+(?:its|their|a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:report|study|assessment|findings)\\b`,
  "gu",
);
// "a United Nations panel will disclose in an upcoming report", "the team said in its report".
const SAID_IN_REPORT = new RegExp(
  `${NAME}(?:\\s+(?:panel|team|group|committee|commission|monitors))?\\s+(?:will\\s+|would\\s+)?(?:disclose|disclosed|discloses|say|says|said|wrote|writes|noted|notes|found|finds|detailed|details)\\s+in\\s+(?:its|their|a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:report|study|assessment)\\b`,
  "gu",
);
const NAME_REPORT = new RegExp(
  `${NAME}['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:report|study|assessment|findings)\\b`,
  "gu",
);

// Each pattern with a cheap test for a word it cannot match without: NAME_REPORT and
// RELEASED_REPORT try every capitalised word of the text, and most articles have neither cue.
const PATTERNS: [RegExp, RegExp][] = [
  [REPORT_BY, /\b(?:report|study|assessment|findings|review|survey|data|statistics)\s/],
  [NAME_REPORT, /\s(?:report|study|assessment|findings)\b/],
  [
    RELEASED_REPORT,
    /\s(?:released|published|issued|presented|submitted|made public|detailed|outlined|laid out)\s/,
  ],
  [SAID_IN_REPORT, /\s(?:report|study|assessment)\b/],
];

const HEARSAY =
  /\b(?:reports? (?:that|say|says|suggest|suggests|indicate)|reportedly|allegedly|rumou?rs?|unconfirmed|it is (?:said|believed)|according to (?:media|some|unconfirmed|local) reports)\b/i;

const family = (ctx: ExtractContext, c: Candidate) =>
  ctx.reference.subjects.arms.has(c.subject)
    ? "arms"
    : ctx.reference.subjects.military.has(c.subject)
      ? "military"
      : ctx.reference.subjects.labour.has(c.subject)
        ? "labour"
        : "money";

const reports = new WeakMap<ExtractContext, { text: string; body: string | null }>();

/** The one body whose report the article relays, canonical, or null when none or several. */
export function reportBody(ctx: ExtractContext, text: string = ctx.doc.text): string | null {
  // Several refiners ask for each candidate of the same document: remember the answer.
  const known = reports.get(ctx);
  if (known?.text === text) return known.body;
  const body = findReportBody(ctx, text);
  reports.set(ctx, { text, body });
  return body;
}

function findReportBody(ctx: ExtractContext, text: string): string | null {
  const acronyms = definedAcronyms(text);
  const found = new Set<string>();
  for (const [re, cue] of PATTERNS) {
    if (!cue.test(text)) continue;
    for (const m of text.matchAll(re)) {
      const named =
        re === SAID_IN_REPORT
          ? (/^(.*?)\s+(?:will|would|disclose|disclosed|discloses|say|says|said|wrote|writes|noted|notes|found|finds|detailed|details)\b/.exec(
              m[0],
            )?.[1] ?? m[1])
          : m[1];
      const raw = named.replace(/^the\s+/i, "").replace(/['’]s$/, "");
      const c = canonicalSource(raw, text, acronyms, ctx.reference.bodies);
      // Only bodies the gazetteer or the article defines: a capitalised word is not enough.
      if (c && c.type !== "person" && c.type !== "outlet") found.add(c.display);
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

/** The one source the article's headline lines name in a byline ("… — DIU", "…, NIS says"), canonical. */
const bylines = new WeakMap<ExtractContext, string | null>();
function headlineByline(ctx: ExtractContext): string | null {
  if (!bylines.has(ctx)) bylines.set(ctx, findHeadlineByline(ctx));
  return bylines.get(ctx)!;
}

function findHeadlineByline(ctx: ExtractContext): string | null {
  const names = new Set<string>();
  const acronyms = definedAcronyms(ctx.doc.text);
  for (const s of ctx.sentences.slice(0, 12)) {
    if (/[.!?]["”’)]?\s*$/.test(s.text) || s.text.length > 160) continue;
    for (const a of ctx.attributions(s.index))
      if (
        a.name &&
        (a.frame === "headline" || (a.frame === "said-told" && a.end >= s.text.trimEnd().length - 1))
      )
        names.add(canonicalSource(a.name, ctx.doc.text, acronyms, ctx.reference.bodies)?.display ?? a.name);
  }
  return names.size === 1 && isPlausibleSource([...names][0]) ? [...names][0] : null;
}

export const framingSource: Refiner = {
  name: "framingSource",
  refine(ctx, candidates) {
    // Nothing to attribute: spare the scan of the whole text for a report's body.
    if (!candidates.some((c) => !c.attributedTo)) return candidates;
    const report = reportBody(ctx, ctx.doc.text);
    for (const c of candidates) {
      if (c.attributedTo) continue;
      // Hearsay the text marks as such ("alongside reports that …") stays unsourced.
      if (HEARSAY.test(c.sentence.text)) continue;
      // "Sources also reported that …": the sentence names its own (unnamed) source.
      if (
        ctx
          .attributions(c.sentence.index)
          .some(
            (a) =>
              !a.name &&
              !a.anaphoric &&
              a.frame === "said-told" &&
              /^sources?\b/i.test(c.sentence.text.slice(a.start, a.end)),
          )
      )
        continue;
      if (report) {
        c.attributedTo = report;
        c.attributionChain = [report];
        ctx.debug("framingSource", "set", c, `the article relays the report of ${report}`);
        continue;
      }
      // "… will arrive in Alabuga — DIU": a headline's byline names the source of the lede's figure.
      const byline = headlineByline(ctx);
      if (byline && c === candidates.find((o) => !isHeadline(o))) {
        c.attributedTo = byline;
        c.attributionChain = [byline];
        ctx.debug("framingSource", "set", c, `the lede's figure, from the headline's source ${byline}`);
        continue;
      }
      const same = candidates.filter((o) => o.attributedTo && family(ctx, o) === family(ctx, c));
      const names = new Set(same.map((o) => o.attributedTo!));
      if (names.size !== 1) continue;
      const first = same[0];
      const name = [...names][0];
      if (first.sentence.index >= c.sentence.index || !isPlausibleSource(name)) continue;
      c.attributedTo = name;
      c.attributionChain = [name];
      ctx.debug("framingSource", "set", c, `every other ${family(ctx, c)} figure is ${name}'s`);
    }
    return candidates;
  },
};
