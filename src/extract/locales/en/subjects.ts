// Subject parser: ties a figure to the noun phrase it counts. The noun may follow the figure
// ("12,000 North Korean workers", "5,000 more troops"), name it before ("workers numbering
// 15,000", "the number of workers reached 15,000", "a contingent of 11,000"), or be implied by
// the unit (money → revenue or wage, a share of wages → wage_share).
import type { Subject } from "../../../types.ts";
import type { NounEntry } from "../../../reference/index.ts";
import { findFigures } from "./figures.ts";
import type { Figure } from "./figures.ts";

export interface SubjectMatch {
  subject: Subject;
  /** Offsets of the counted noun within the sentence. */
  start: number;
  end: number;
  /** Words between the figure and the noun ("North Korean", "additional"). */
  modifiers: string;
  how: "after" | "before" | "group" | "money" | "share";
}

/** The registry's English nouns compiled into the expressions the parser needs (once per list). */
export interface EnglishNouns {
  nouns: readonly NounEntry[];
  /** One sticky alternation, in registry order: the first group that matches names the subject. */
  nounAt: RegExp;
  namedBefore: RegExp;
  nounThenVerb: RegExp;
  numberOf: RegExp;
}
const compiled = new WeakMap<readonly NounEntry[], EnglishNouns>();

export function compileNouns(nouns: readonly NounEntry[]): EnglishNouns {
  let c = compiled.get(nouns);
  if (!c) compiled.set(nouns, (c = buildNouns(nouns)));
  return c;
}

function buildNouns(nouns: readonly NounEntry[]): EnglishNouns {
  const NOUN_AT = new RegExp(nouns.map((n) => `(${n.pattern})\\b`).join("|"), "iy");
  const ANY_NOUN = nouns.map((n) => `(?:${n.pattern})`).join("|");
  return {
    nouns,
    nounAt: NOUN_AT,
    namedBefore: NAMED_BEFORE(ANY_NOUN),
    nounThenVerb: NOUN_THEN_VERB(ANY_NOUN),
    numberOf: NUMBER_OF(ANY_NOUN),
  };
}

const NAMED_BEFORE = (ANY_NOUN: string) =>
  new RegExp(
    `(${ANY_NOUN})\\s*,?\\s*(?:(?:who|which|that|are|were|is|was|now|currently|already|reportedly|believed|thought|said|estimated|to|have|has|been)\\s+){0,4}(?:numbering|numbered at|numbered|number|totall?ing|totall?ed|estimated at|put at|amounting to|counted at|at)?\\s*$`,
    "i",
  );
const NOUN_THEN_VERB = (ANY_NOUN: string) =>
  new RegExp(
    `(${ANY_NOUN})\\b[^.;]{0,50}?\\b(?:range from|ranges from|ranging from|range|ranges|ranging|numbering|totall?ing|estimated at|put at|believed to number)\\s*$|(${ANY_NOUN})\\b[^.;,]{0,40}?\\s(?:stand|stands|stood|standing)\\s+at\\s*$|(${ANY_NOUN})\\b[^.;,]{0,40}?\\s(?:reached|totall?ed|totals|numbered|amount(?:ed)? to|rose to|grew to|climbed to|surged to|jumped to|has reached|have reached|exceeded|exceed|topped)\\s*$`,
    "iu",
  );
const VERB_TAIL =
  /\b(?:range from|ranges from|ranging from|range|ranges|ranging|is put at|are put at|numbering|totall?ing|estimated at|put at|believed to number|stand|stands|stood|standing\s+at|at|reached|totall?ed|totals|numbered|amount(?:ed)? to|rose to|grew to|climbed to|surged to|jumped to|exceeded|exceed|topped)\s*$/i;
const NUMBER_OF = (ANY_NOUN: string) =>
  new RegExp(
    `\\b(?:number|total|count|tally|population|headcount)\\s+of\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(${ANY_NOUN})\\b[^.;:]{0,60}?\\s(?:reached|reach|rose to|risen to|grown to|grew to|increased to|climbed to|jumped to|surged to|swelled to|doubled to|stands at|stood at|standing at|is|was|were|are|has reached|had reached|exceeds|exceeded|topped|hit|to|at|of|around|about|is about|is around|is estimated at|was estimated at|estimated at)\\s*$`,
    "iu",
  );

const STOP = new Set(
  (
    "to in at from by for with on into onto and or but who which that whom whose were was are is have has had be been being " +
    "will would could should may might can per a an the than as of said says this these those year years month months week weeks " +
    "day days hour hours km kilometres kilometers miles times percent mm cm kg tons tonnes metres meters m kilograms calibre caliber each every last next since until during over under out up " +
    "across through about around between while where when if it its their his her our we they he she there here more"
  ).split(" "),
);
const ALWAYS_SKIPPABLE = new Set(["more", "additional", "extra", "new", "other", "further", "fresh", "some"]);

const NATIONALITY_NK = /\b(?:North Korean|N\.? ?Korean|DPRK|Korean|North Korea's)\b/i;
const MILITARY_CONTEXT =
  /\b(?:troops|soldiers|military|army|forces|fight\w*|front|battle\w*|combat|deploy\w*|Kursk|war|brigades?|battalions?|units?|killed|wounded|casualties|losses|lost|sappers|deminers|mines?|demining|dispatch\w*)\b/i;

function matchNounAt(
  sentence: string,
  pos: number,
  military: boolean,
  modifiers: string,
  v: EnglishNouns,
): { subject: Subject; end: number } | "blocked" | null {
  v.nounAt.lastIndex = pos;
  const m = v.nounAt.exec(sentence);
  if (m) {
    const n = v.nouns[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];
    const ofNK =
      /^\s+(?:of|from|by)\s+(?:North Korea(?:ns?)?|the DPRK|DPRK|Pyongyang|the Democratic People['’]s Republic of Korea)\b/.test(
        sentence.slice(pos + m[0].length),
      );
    if (n.needsNationality && !NATIONALITY_NK.test(modifiers) && !ofNK) return "blocked";
    if (n.needsMilitary && !military) return "blocked";
    return { subject: n.subject, end: pos + m[0].length };
  }
  return null;
}

const WAGE_WORDS =
  /\b(?:wages?|salar(?:y|ies)|earnings|earn|earns|earned|income|pay|paid|pay ?checks?|remuneration)\b/i;
const TAKEN_BY_STATE =
  /\b(?:state|regime|government|Pyongyang|party|authorities|North Korea|loyalty|taken|take|takes|confiscat\w+|seiz\w+|deduct\w*|withh[oe]ld\w*|handed over|hand over|sent back|send back|remit\w*|kept|keeps|goes|go|siphon\w*|collect\w*|skim\w*)\b/i;
const WAGE_CUE =
  /\b(?:wages?|salar(?:y|ies)|paid|pay|earns?|earning|per worker|each worker|a worker|per person|per head|monthly|a month|per month|rates?|makes?|making|bring(?:s|ing)? in|take(?:s)? home|crew member|receives?|received|receiving|gets? paid)\b/i;
const REVENUE_CUE =
  /\b(?:revenues?|income|generat\w+|earn\w*|bring(?:s|ing)? in|brought in|rak\w+ in|funnel\w*|net(?:ted|s|ting)?|bring(?:s|ing)?|brought|hard currency|foreign currency|proceeds|profits?|remit\w*|sent back|send back|sending back|sends back|sent home|send home|sends home|sending home|makes?|made|rais\w+|bankroll\w*|cash)\b/i;
const PRICE_CUE =
  /\b(?:price[sd]?|costs?|costing|fine[sd]?|tariffs?|budget|loans?|aid|damages?|investments?|bounty|reward|ransom|valued|deal|contract|GDP|trade|exports?|imports?|stole|stolen|theft|hack\w*|heist|crypto\w*|bail|debt)\b/i;

// Rough sizes of other currencies against the dollar, only to tell a wage from a revenue total.
const PER_USD: Record<string, number> = { USD: 1, EUR: 1, GBP: 1, RUB: 90, KRW: 1300, CNY: 7 };

function moneySubject(sentence: string, fig: Figure, depth = 0): SubjectMatch | null {
  // "1.2 billion rubles ($14 million)": the converted amount is a claim of the same kind.
  if (fig.conversion) {
    if (depth > 0) return null;
    const prev = findFigures(sentence)
      .filter((f) => f.end <= fig.start && f.currency)
      .pop();
    if (!prev) return null;
    // "$100-200 (£74-£149)": a dollar figure restated for local readers is one claim, the dollar one.
    if (prev.currency === "USD" && sentence.slice(prev.end, fig.start).includes("(")) return null;
    const base = moneySubject(sentence, prev, depth + 1);
    return base ? { ...base, start: fig.start, end: fig.end } : null;
  }
  const low = (Array.isArray(fig.value) ? fig.value[0] : fig.value) / (PER_USD[fig.currency ?? "USD"] ?? 1);
  const clauseStart = Math.max(0, sentence.lastIndexOf(";", fig.start) + 1);
  const near = sentence.slice(Math.max(clauseStart, fig.start - 80), Math.min(sentence.length, fig.end + 60));
  const beforeNear = sentence.slice(Math.max(clauseStart, fig.start - 50), fig.start);
  // North Korea's own thefts are revenue to the state ("DPRK hackers stole $300 million").
  const dprkTheft =
    /\b(?:stole|stolen|theft|heist|hack\w*|laundered)\b/i.test(near) &&
    /\b(?:North Korean?|DPRK|Pyongyang|Lazarus)\b/.test(sentence.slice(clauseStart, fig.start));
  if (PRICE_CUE.test(beforeNear) && !REVENUE_CUE.test(beforeNear) && !dprkTheft) return null;
  // "sales that could be worth $500 million to the North": what the trade brings in.
  const worth = /\bworth\s+(?:(?:about|around|up to|as much as|some|roughly|nearly|an estimated)\s+)?$/i.test(
    beforeNear,
  );
  const at = { start: fig.start, end: fig.end, modifiers: "", how: "money" as const };
  // "a 'loyalty fee' of $600 a month", "$700 of it goes to the state": the part the state takes.
  if (
    low < 100_000 &&
    /\b(?:loyalty (?:fee|payment|money|contribution)s?|hand(?:s|ed)? over|quota|contribution|goes to the (?:state|regime|party)|go to the (?:state|regime|party)|sent to the (?:state|regime)|remit\w*[^.;]{0,40}?to (?:the )?(?:state|regime|Pyongyang)|paid to the (?:state|regime|party))/i.test(
      sentence.slice(Math.max(clauseStart, fig.start - 60), fig.end + 40),
    )
  ) {
    return { subject: "wage_share", ...at, how: "share" as const };
  }
  // "local staff earn about 90,000 rubles": other people's pay is not a North Korean flow.
  const clause = sentence.slice(Math.max(clauseStart, sentence.lastIndexOf(",", fig.start) + 1), fig.start);
  if (
    low < 100_000 &&
    /\b(?:local|Russian|Chinese|domestic|native|Central Asian|Uzbek|Tajik|Kyrgyz|migrant workers from)\b[^.;]{0,40}\b(?:staff|workers|employees|labou?rers|trainees|counterparts|hires)\b/i.test(
      clause,
    ) &&
    !/\b(?:North Korean?|DPRK)\b/.test(clause)
  )
    return null;
  if (
    (fig.period === "month" || fig.period === "day" || fig.period === "week" || fig.period === "hour") &&
    low < 100_000
  ) {
    return WAGE_CUE.test(near) || /\bworkers?\b/i.test(sentence) ? { subject: "wage", ...at } : null;
  }
  if (low < 100_000 && WAGE_CUE.test(near)) return { subject: "wage", ...at };
  // "each generating up to $300,000 a year", "$2,000 per worker": money per person is a wage.
  if (
    /^[^.;]{0,25}\b(?:each|apiece|per (?:worker|person|head|employee))\b/i.test(sentence.slice(fig.end)) ||
    /\beach\s+(?:[\p{L}]+\s+){0,3}(?:(?:up to|about|around|as much as|roughly)\s+)?$/iu.test(
      sentence.slice(Math.max(clauseStart, fig.start - 40), fig.start),
    )
  )
    return { subject: "wage", ...at };
  if ((REVENUE_CUE.test(near) || worth || dprkTheft) && low >= 100_000) return { subject: "revenue", ...at };
  return null;
}

/** The subject counted by `fig` in `sentence`, or null when the figure counts nothing in the vocabulary. */
export function findSubject(sentence: string, fig: Figure, v: EnglishNouns): SubjectMatch | null {
  if (fig.percent) {
    const after = sentence.slice(fig.end, fig.end + 80);
    const ofWages =
      /^\s*(?:of\s+)?(?:(?:their|the|his|her|its|workers['’]?|each worker['’]s|a worker['’]s|all|total)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:wages|salar(?:y|ies)|earnings|income|pay)\b/iu.test(
        after,
      );
    if (
      ofWages ||
      (WAGE_WORDS.test(sentence) &&
        TAKEN_BY_STATE.test(sentence) &&
        !/\b(?:increase|rise|rose|growth|grew|fell|drop|decline|jump|up|down)\b/i.test(after.slice(0, 25)))
    ) {
      return { subject: "wage_share", start: fig.start, end: fig.end, modifiers: "", how: "share" };
    }
    return null;
  }
  if (fig.currency) return moneySubject(sentence, fig);
  const military = MILITARY_CONTEXT.test(sentence);

  // Formations counted: "enough heavy artillery for three brigades" measures the arms; "two
  // military brigades" counts units, not people.
  const formation =
    /^\s+(?:[\p{L}-]+\s+){0,2}?(?:brigades|battalions|divisions|regiments|companies|platoons|squads|corps)\b/iu.exec(
      sentence.slice(fig.end),
    );
  if (formation) {
    const enough =
      /\benough\s+(?:[\p{L}-]+\s+){0,3}?(artillery|ammunition|shells|rounds|munitions|weapons|missiles|guns|tanks)\b[^.;]{0,40}?\bfor\s+(?:about\s+|around\s+|some\s+)?$/iu.exec(
        sentence.slice(Math.max(0, fig.start - 120), fig.start),
      );
    if (!enough) return null;
    const noun = enough[1].toLowerCase();
    const subject: Subject = /ammunition|shells|rounds|munitions/.test(noun)
      ? "munitions"
      : noun === "missiles"
        ? "missiles"
        : "weapons";
    return { subject, start: fig.end, end: fig.end + formation[0].length, modifiers: "", how: "group" };
  }

  // "-strong" compounds: "a 12,000-strong contingent".
  const strong =
    /^-strong\s+(?:[\p{L}-]+\s+){0,2}?(force|contingent|army|unit|units|corps|brigade|detachment|group|deployment|workforce|labou?r force)\b/iu.exec(
      sentence.slice(fig.end),
    );
  if (strong) {
    const subject: Subject = /work|labou?r/i.test(strong[1]) ? "workers" : "troops";
    return { subject, start: fig.end, end: fig.end + strong[0].length, modifiers: "", how: "group" };
  }

  // The noun after the figure, past up to four modifiers.
  let pos = fig.end;
  let modifiers = "";
  let ofUsed = false;
  for (let t = 0; t < 6; t++) {
    while (pos < sentence.length && /[\s\u00a0]/.test(sentence[pos])) pos++;
    let hit = matchNounAt(sentence, pos, military, modifiers, v);
    // "two wounded North Korean soldiers": "wounded" is an adjective here, the soldiers are the noun.
    if (
      hit &&
      hit !== "blocked" &&
      hit.subject === "casualties" &&
      /^\s+(?:[\p{L}-]+\s+){0,2}(?:soldiers|troops|servicemen|North Koreans|men|fighters)\b/iu.test(
        sentence.slice(hit.end),
      )
    )
      hit = null;
    if (hit === "blocked") return null;
    if (hit) {
      // "North Korean citizens made 13,000 trips to Russia": people's trips are border entries.
      const people =
        /\b(?:citizens|nationals|North Koreans|residents|people|workers|students)\s+(?:\w+\s+){0,2}?(?:made|make|makes|took|take|takes)\s+(?:\w+\s+){0,2}$/i;
      if (
        hit.subject === "shipments" &&
        /^(?:trips|visits)\b/i.test(sentence.slice(pos)) &&
        people.test(sentence.slice(0, fig.start))
      )
        return { subject: "nationals", start: pos, end: hit.end, modifiers: modifiers.trim(), how: "after" };
      return { subject: hit.subject, start: pos, end: hit.end, modifiers: modifiers.trim(), how: "after" };
    }
    // "2,000 of the roughly 15,000 North Koreans": the noun after the second figure.
    const partOf =
      t === 0
        ? /^of\s+(?:the|an estimated|some|about|around|roughly|nearly|almost)?\s*(?:(?:about|around|roughly|some|nearly|almost|estimated)\s+)?\d[\d,.]*\s*(?:thousand|million)?\s+/i.exec(
            sentence.slice(pos),
          )
        : null;
    if (partOf) {
      pos += partOf[0].length;
      continue;
    }
    // "16,000 tourist and 10,000 student visas": the first count shares the noun after the second.
    const coordinated =
      /^(?:and|or)\s+(?:(?:about|around|some|nearly|almost|roughly|over|more than)\s+)?\d[\d,.]*\s+(?:thousand\s+|million\s+)?/i.exec(
        sentence.slice(pos),
      );
    if (coordinated && t > 0) {
      pos += coordinated[0].length;
      continue;
    }
    const of = /^of\s+(?:its|their|the|his)\s+/i.exec(sentence.slice(pos));
    if (of && !ofUsed && t === 0) {
      ofUsed = true;
      pos += of[0].length;
      continue;
    }
    const tok = /^[\p{L}][\p{L}'’.-]*/u.exec(sentence.slice(pos));
    if (!tok) break;
    const word = tok[0].replace(/[.’']+$/, "");
    const lower = word.toLowerCase();
    if (STOP.has(lower) && !ALWAYS_SKIPPABLE.has(lower)) break;
    modifiers += " " + word;
    pos += tok[0].length;
  }

  // Only the last stretch before the figure can name its noun; a short window keeps the regexes fast.
  const offset = Math.max(0, fig.start - 160);
  const before = sentence.slice(offset, fig.start);
  // Cheap checks first: the big noun alternations only run where their anchor words are.
  const near = before.slice(-70);
  const named = v.namedBefore.exec(near);
  const numberOf = /\b(?:number|total|count|tally|population|headcount)\s+of\b/i.test(before)
    ? v.numberOf.exec(before)
    : null;
  const verbAfterNoun = named || numberOf || !VERB_TAIL.test(before) ? null : v.nounThenVerb.exec(before);
  const hit = named ?? numberOf ?? verbAfterNoun;
  if (hit) {
    const nounText = hit[1] ?? hit[2] ?? hit[3];
    const base = hit === named ? offset + before.length - near.length : offset;
    const nounStart = base + hit.index + hit[0].indexOf(nounText);
    // The adjectives written right before the noun ("North Korean workers"), not the whole clause.
    const adjectives =
      /(?:\b(?:[\p{Lu}][\p{L}.'’-]*|(?:North|South) Korean)\s+)*$/u.exec(
        sentence.slice(Math.max(0, nounStart - 40), nounStart),
      )?.[0] ?? "";
    const noun = matchNounAt(sentence, nounStart, military, adjectives, v);
    if (noun && noun !== "blocked") {
      return {
        subject: noun.subject,
        start: nounStart,
        end: noun.end,
        modifiers: adjectives.trim(),
        how: "before",
      };
    }
  }
  if (
    /\b(?:contingent|force|army|corps|deployment|detachment|expeditionary force|troop deployment)\s+(?:of|to|at|(?:(?:it|they|that|which|he|she|officials|Seoul|Kyiv|Washington)\s+)?(?:estimates?|estimated|puts?|numbers?|numbering|believes? to number|totall?ing)(?:\s+at)?)\s*$/i.test(
      before,
    ) &&
    military
  ) {
    return { subject: "troops", start: fig.start, end: fig.end, modifiers: "", how: "group" };
  }
  if (/\b(?:workforce|labou?r force|labou?r contingent)\s+of\s*$/i.test(before)) {
    return { subject: "workers", start: fig.start, end: fig.end, modifiers: "", how: "group" };
  }
  if (
    /^\s*(?:who|that|of whom|of them)\s+(?:(?:have|had|has|were|was|are|been|reportedly|already)\s+){0,3}(?:killed|wounded|injured|died|dead|killed or wounded)\b/i.test(
      sentence.slice(fig.end),
    )
  ) {
    return { subject: "casualties", start: fig.start, end: fig.end, modifiers: "", how: "before" };
  }
  if (
    /\b(?:killed|wounded|injured|lost|casualties of|losses of|killed or wounded|killed and wounded)\s*$/i.test(
      before,
    )
  ) {
    return { subject: "casualties", start: fig.start, end: fig.end, modifiers: "", how: "before" };
  }
  return null;
}

/** "12,000 North Korean soldiers were killed or wounded": a count of troops that is really a casualty figure. */
export function isCasualtyPhrase(sentence: string, nounEnd: number): boolean {
  return /^\s*(?:[,)]\s*)?(?:[\p{Ll}]+\s+){0,2}?(?:(?:have|had|has|were|was|are|been|being|reportedly|already|now|so far|also)\s+){0,4}(?:killed|wounded|injured|dead|died|perished|lost their lives|killed or wounded|killed and wounded|casualties)\b/iu.test(
    sentence.slice(nounEnd, nounEnd + 80),
  );
}
