// Figure parser: finds quantities in a sentence with their hedge, unit, currency and period.
// "between $250 million and $600 million annually" → [250e6, 600e6], range, USD, year.
import type { Qualifier } from "../../../types.ts";
import { SCALE_WORDS, WORD_NUMBER_SOURCE, clean, parseDigits, parseWordNumber } from "./numbers.ts";

export type Period = "month" | "year" | "day" | "week" | "hour";

export interface Figure {
  /** Offsets within the sentence text. */
  start: number;
  end: number;
  text: string;
  value: number | [number, number];
  qualifier: Qualifier;
  /** ISO-ish currency code when the figure is money. */
  currency: string | null;
  percent: boolean;
  period: Period | null;
  /** Digits as written, before scaling (used to spot years, references). */
  raw: string;
  /** True when written with digits; false for "two thousand". */
  digits: boolean;
  /** A restatement of the money figure before it in another currency ("150,000 rubles, roughly $1,600"). */
  conversion?: boolean;
}

const CURRENCY_PREFIX: [RegExp, string][] = [
  [/^(?:US\$|U\.S\.\s?\$)/, "USD"],
  [/^USD\s?/, "USD"],
  [/^\$/, "USD"],
  [/^(?:€|EUR\s?)/, "EUR"],
  [/^(?:£|GBP\s?)/, "GBP"],
  [/^(?:₽|RUB\s?)/, "RUB"],
  [/^(?:₩|KRW\s?)/, "KRW"],
  [/^(?:¥|CNY\s?|RMB\s?)/, "CNY"],
];
const CURRENCY_SUFFIX: [RegExp, string][] = [
  [/^\s?(?:US|U\.S\.|American)\s+dollars?\b/i, "USD"],
  [/^\s?(?:dollars?|USD)\b/i, "USD"],
  [/^\s?(?:euros?|EUR)\b/i, "EUR"],
  [/^\s?(?:rubles?|roubles?|RUB|₽)/i, "RUB"],
  [/^\s?(?:won|KRW)\b/i, "KRW"],
  [/^\s?(?:yuan|renminbi|CNY)\b/i, "CNY"],
  [/^\s?(?:pounds sterling|GBP)\b/i, "GBP"],
];

const NUMBER_SOURCE =
  "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)" +
  "|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d])" +
  "|\\d{1,3}(?:\\.\\d{3})+(?![\\d.,])" +
  "|\\d+,\\d{1,2}(?=\\s*(?:million|billion|thousand|mln|mn|bn)\\b)" +
  "|\\d+(?:\\.\\d+)?";
const ATOM = new RegExp(
  `(US\\$|U\\.S\\.\\s?\\$|USD\\s?|\\$|€|EUR\\s?|£|GBP\\s?|₽|RUB\\s?|₩|KRW\\s?|¥|CNY\\s?|RMB\\s?)?(?:(${NUMBER_SOURCE})|(${WORD_NUMBER_SOURCE}))`,
  "gi",
);

interface Atom {
  start: number;
  end: number;
  value: number;
  raw: string;
  digits: boolean;
  scaled: boolean;
  currency: string | null;
  percent: boolean;
}

function readAtom(s: string, m: RegExpExecArray): Atom | null {
  const [whole, cur, num, word] = m;
  const start = m.index;
  let end = start + whole.length;
  let currency: string | null = null;
  if (cur) for (const [re, code] of CURRENCY_PREFIX) if (re.test(cur)) currency = code;
  if (cur && /\s$/.test(cur) && !word && !num) return null;
  let value: number | null;
  let digits = true;
  let raw: string;
  if (num) {
    raw = num;
    // "1.500 million" is a decimal, not European thousands.
    const after = s.slice(end);
    if (/^\d{1,3}\.\d{3}$/.test(num) && /^\s?(million|billion|mln|mn|bn)\b/i.test(after)) value = Number(num);
    else value = parseDigits(num);
    // A digit run glued to letters is a model name or code: KN-23, Su-27, S/2024/215, 3D.
    const before = s.slice(Math.max(0, start - 2), start);
    if (!cur && /\p{L}[-/]$|\d\/$|\p{L}$/u.test(before)) return null;
    if (/^[\p{L}]/u.test(after) && !/^(k|K|m|M|bn|BN|Bn|mn|b|B|tn|mln|st|nd|rd|th)\b/.test(after))
      return null;
  } else {
    raw = word;
    digits = false;
    value = parseWordNumber(word);
    // "at least one Pantsir system": a single item is a figure only behind a hedge.
    if (
      value === null &&
      /^one$/i.test(word) &&
      /\bat least\s+$/i.test(s.slice(Math.max(0, start - 12), start))
    )
      value = 1;
  }
  if (value === null || !Number.isFinite(value)) return null;
  let scaled = false;
  const rest = s.slice(end);
  const scale =
    /^([\s-]?(?:thousand|million|billion|trillion|mln)\b|\s?(?:mn|bn|tn|Bn|BN)\b|(?:k|K|m|M|b|B)\b)/.exec(
      rest,
    );
  if (scale && digits) {
    const w = scale[1].replace(/^[\s-]/, "").toLowerCase();
    // "m"/"b" glued to a number are only scales for money ("$250m"), not lengths.
    if (!((w === "m" || w === "b") && !currency)) {
      value = value * SCALE_WORDS[w];
      end += scale[0].length;
      scaled = true;
    }
  }
  // Broadcast transcripts spell "4,100" as "four-thousand-100": a digit tail below the scale.
  const tailDigits = !digits ? /^-(\d{1,3})(?![\d,.])/.exec(rest) : null;
  if (tailDigits && value >= 1000 && value % 1000 === 0) {
    value += Number(tailDigits[1]);
    end += tailDigits[0].length;
  }
  if (!currency) {
    const tail = s.slice(end);
    for (const [re, code] of CURRENCY_SUFFIX) {
      const c = re.exec(tail);
      if (c) {
        currency = code;
        end += c[0].length;
        break;
      }
    }
  }
  let percent = false;
  const pc = /^\s?(?:%|percent\b|per\s?cent\b|pct\b)/i.exec(s.slice(end));
  if (pc) {
    percent = true;
    end += pc[0].length;
  }
  return { start, end, value: clean(value), raw, digits, scaled, currency, percent };
}

const HEDGES: [RegExp, Qualifier][] = [
  [/(?:\bat least|\bno fewer than|\bno less than|\ba minimum of|\bnot less than)\s+$/i, "at_least"],
  [
    /(?:\bup to|\bas many as|\bas much as|\bno more than|\bnot more than|\bfewer than|\bless than|\bat most|\ba maximum of|\bunder)\s+$/i,
    "up_to",
  ],
  [
    /(?:\bmore than|\bover|\bin excess of|\bupwards of|\babove|\bexceeding|\bwell over|\bjust over)\s+$/i,
    "more_than",
  ],
  [
    /(?:\bestimated at|\bput at|\bbelieved to number|\bthought to number|\baround|\babout|\broughly|\bapproximately|\bapprox\.?|\bnearly|\balmost|\bsome|\ban estimated|\bestimated|\bclose to|\bcirca|\bca\.|\bjust under|\ban approximate|\breportedly around|~)\s*$/i,
    "approx",
  ],
];

const RANGE_JOIN = /^\s*(?:-|–|—|to|and|or)\s*/i;

const PERIOD_AFTER: [RegExp, Period][] = [
  [/^\s*(?:a|per|each|every|\/)\s*month\b|^\s*monthly\b|^\s*a\s+month\b/i, "month"],
  [/^\s*(?:a|per|each|every|\/)\s*(?:year|annum)\b|^\s*annually\b|^\s*yearly\b|^\s*per\s+annum\b/i, "year"],
  [/^\s*(?:a|per|each|every|\/)\s*day\b|^\s*daily\b/i, "day"],
  [/^\s*(?:a|per|each|every|\/)\s*week\b|^\s*weekly\b/i, "week"],
  [/^\s*(?:an|per|each|every|\/)\s*hour\b|^\s*hourly\b/i, "hour"],
];
const PERIOD_IN_CLAUSE: [RegExp, Period][] = [
  [/\b(?:annually|yearly|a year|per year|each year|every year|per annum|a year's)\b/i, "year"],
  [
    /\b(?:monthly|a month|per month|each month|every month|in a (?:good|typical|normal|bad|slow|busy) month)\b/i,
    "month",
  ],
];

/** Finds every figure in `sentence` (offsets relative to the sentence). */
export function findFigures(sentence: string): Figure[] {
  const atoms: Atom[] = [];
  ATOM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATOM.exec(sentence))) {
    const a = readAtom(sentence, m);
    if (a) {
      atoms.push(a);
      ATOM.lastIndex = a.end;
    } else if (m[0].length === 0) ATOM.lastIndex++;
  }
  const figures: Figure[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    // "a few hundred", "several thousand": a vague amount, not a figure.
    if (
      /^(?:hundreds?|thousands?|dozens?)$/i.test(sentence.slice(a.start, a.end).trim()) &&
      /\b(?:a few|few|several|many|some|a couple of|tens of|hundreds of)\s+$/i.test(
        sentence.slice(Math.max(0, a.start - 20), a.start),
      )
    )
      continue;
    let start = a.start;
    let end = a.end;
    let value: number | [number, number] = a.value;
    let qualifier: Qualifier = "exact";
    let currency = a.currency;
    let percent = a.percent;
    const before = sentence.slice(Math.max(0, start - 40), start);
    const b = atoms[i + 1];
    if (b) {
      const gap = sentence.slice(a.end, b.start);
      const join = RANGE_JOIN.exec(gap);
      const isBetween = /\bbetween\s+$/i.test(before);
      const isFrom = /\bfrom\s+$/i.test(before);
      const joinWord = join ? join[0].trim().toLowerCase() : "";
      const okJoin =
        join &&
        join[0].length === gap.length &&
        (joinWord === "and" ? isBetween : joinWord === "or" ? false : true) &&
        !(
          joinWord === "to" &&
          /\b(?:rose|risen|increased|grew|grown|jumped|climbed|fell|fallen|dropped|declined|surged|doubled|swelled|up|down)\s+(?:from\s+)?$/i.test(
            before,
          )
        );
      if (okJoin && a.digits === b.digits) {
        let lo = a.value;
        const hi = b.value;
        // "250 to 600 million": the low end shares the high end's scale.
        if (!a.scaled && b.scaled && lo < hi) {
          const factor = hi / parseFloat(String(b.raw).replace(/,/g, ""));
          if (Number.isFinite(factor) && factor >= 1000 && lo * factor <= hi) lo = clean(lo * factor);
        }
        if (lo > 0 && lo < hi) {
          value = [lo, hi];
          qualifier = "range";
          currency = currency ?? b.currency;
          percent = percent || b.percent;
          end = b.end;
          if (isBetween) start = start - /between\s+$/i.exec(before)![0].length;
          else if (isFrom) start = start - /from\s+$/i.exec(before)![0].length;
          i++;
        }
      }
    }
    if (qualifier !== "range") {
      for (const [re, q] of HEDGES) {
        const h = re.exec(before);
        if (h) {
          qualifier = q;
          start -= h[0].length;
          break;
        }
      }
    }
    const after = sentence.slice(end);
    const plus = /^(\+|\s+or more\b|\s+and more\b|\s+plus\b)/i.exec(after);
    if (plus && qualifier === "exact") {
      qualifier = "more_than";
      end += plus[0].length;
    } else if (/^\s+or so\b/i.test(after) && qualifier === "exact") qualifier = "approx";
    let period: Period | null = null;
    if (currency) {
      for (const [re, p] of PERIOD_AFTER) if (re.test(sentence.slice(end))) period = p;
      if (!period) {
        const clause = sentence.slice(end).split(/[;.]|,\s+(?:while|but|and|which|whereas)\b/)[0];
        for (const [re, p] of PERIOD_IN_CLAUSE) if (!period && re.test(clause)) period = p;
      }
    }
    const prevFig = figures[figures.length - 1];
    const conversion =
      !!currency &&
      !!prevFig?.currency &&
      prevFig.currency !== currency &&
      /^\s*(?:(?:a|per|each)\s+(?:month|year|day|week)|monthly|annually)?\s*[,(–—-]\s*(?:or|roughly|about|around|approximately|some|nearly|almost|equivalent to|the equivalent of|worth|~)?\s*$/i.test(
        sentence.slice(prevFig.end, start),
      );
    figures.push({
      conversion,
      start,
      end,
      text: sentence.slice(start, end),
      value,
      qualifier,
      currency,
      percent,
      // "150,000 rubles a month, roughly $1,600": the converted amount keeps the period.
      period: period ?? (conversion ? prevFig.period : period),
      raw: a.raw,
      digits: a.digits,
    });
  }
  return figures;
}
