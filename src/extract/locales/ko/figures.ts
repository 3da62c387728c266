// Korean figure parser: numerals (numbers.ts) with their counter ("명", "개", "발", "달러", "%"),
// ranges ("1~2만", "5-6"), and hedges: 약/대략 before; 여, 가량, 정도, 쯤 (approx), 이상
// (at least), 넘는/넘은/넘어선 (more than), 최대/이하/미만 (up to) after. Dates, times, distances,
// calibres and ratios ("5~6배") are not figures.
import type { Figure, Period } from "../en/figures.ts";
import type { Qualifier } from "../../../types.ts";
import { NUMERAL_SOURCE, numeralValue } from "./numbers.ts";

const ATOM = new RegExp(
  `(?<![\\d\\p{L}.-])(${NUMERAL_SOURCE})(?:\\s?[~∼〜\\-–]\\s?(${NUMERAL_SOURCE}))?`,
  "gu",
);
const NOT_COUNT =
  /^\s?(?:인당|년|월|일|시|분|초|세|살|차|호|배|위|층|㎞|km|㎜|mm|m\b|kg|톤|도|%p|번째|대\s?1|:)/u;
const CURRENCY: [RegExp, string][] = [
  [/^\s?(?:달러|불|\$)/u, "USD"],
  [/^\s?(?:원)(?![\uac00-\ud7a3])/u, "KRW"],
  [/^\s?루블/u, "RUB"],
  [/^\s?위안/u, "CNY"],
  [/^\s?유로/u, "EUR"],
];

function hedge(before: string, after: string, approx: boolean): Qualifier {
  if (/^[^.,]{0,12}?(?:넘는|넘은|넘어선|넘어|넘게|넘었|넘겼|초과|남짓)/u.test(after)) return "more_than";
  if (/^[^.,]{0,8}?이상/u.test(after)) return "at_least";
  if (/^[^.,]{0,8}?(?:이하|미만)/u.test(after) || /최대\s*$/u.test(before)) return "up_to";
  if (/최소\s*$/u.test(before)) return "at_least";
  if (
    approx ||
    /(?:약|대략|무려|거의)\s*$/u.test(before) ||
    /^[^.,]{0,8}?(?:가량|정도|쯤|안팎|내외)/u.test(after)
  )
    return "approx";
  return "exact";
}

export function findFiguresKo(sentence: string): Figure[] {
  const out: Figure[] = [];
  for (const m of sentence.matchAll(ATOM)) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    const after = sentence.slice(end);
    const before = sentence.slice(Math.max(0, start - 12), start);
    if (NOT_COUNT.test(after)) continue;
    if (
      /[A-Za-z\uac00-\ud7a3]-?$/u.test(sentence.slice(0, start)) &&
      !/(?:약|총|최대|최소|무려|이|가|은|는|을|를|의|에|로|과|와|및|만|도)$/u.test(sentence.slice(0, start))
    )
      continue; // model names ("샤헤드136", "화성-15형"), not counts
    if (/^\d{4}$/.test(m[1]) && /^\s?(?:년|호)/u.test(after)) continue;
    if (/(?:결의|제|호)\s?$/u.test(before)) continue;
    const a = numeralValue(m[1]);
    let value: number | [number, number] = a.value;
    let qualifier: Qualifier;
    if (m[2]) {
      const b = numeralValue(m[2]);
      // "1~2만": the unit written once covers both ends
      const unit = /(억|만|천|백)\s?여?$/u.exec(m[2])?.[1];
      const lo = unit && !/[억만천백]/u.test(m[1]) ? numeralValue(m[1] + unit).value : a.value;
      if (!(lo < b.value)) continue;
      value = [lo, b.value];
      qualifier = "range";
    } else qualifier = hedge(before, after, a.approx);
    if (
      !m[2] &&
      /^\s?%/.test(after) === false &&
      a.value >= 1900 &&
      a.value <= 2100 &&
      /^\d{4}$/.test(m[1]) &&
      /^\s?(?:년)/u.test(after)
    )
      continue;
    let currency: string | null = null;
    for (const [re, code] of CURRENCY) if (re.test(after)) currency = code;
    const percent = /^\s?(?:%|퍼센트|프로)/u.test(after);
    let period: Period | null = null;
    const around = sentence.slice(Math.max(0, start - 15), end + 10);
    if (/한\s?달|월급|매달|월\s/u.test(around)) period = "month";
    else if (/매년|연간|한\s?해|1년에/u.test(around)) period = "year";
    out.push({
      start,
      end,
      text: m[0].trimEnd(),
      value,
      qualifier,
      currency,
      percent,
      period: currency ? period : period === "year" ? period : null,
      raw: m[1],
      digits: true,
    });
  }
  return out;
}
