// Russian figure parser: "12 тыс.", "10 000" (no-break and thin spaces), "1,5 млн", "9 264",
// "пять тысяч", "одну тысячу", "полторы тысячи", "первая тысяча", ranges "от 50 до 80 тысяч" and
// "12-15 тыс.", money ("1 тыс. долл.", "160 тысяч рублей") and percentages. Years, dates, calibres,
// model numbers and conversions in brackets are not figures.
import type { Figure, Period } from "../en/figures.ts";
import { hedgeRu } from "./hedges.ts";
import { NUMBER_WORD_SOURCE, SCALE_SOURCE, SINGULAR_SCALE, scaleValue, wordsValue } from "./numberWords.ts";

const L = "(?<![\\p{L}\\d])";
const R = "(?![\\p{L}])";
const DIGITS = "\\d{1,3}(?:[ \\u00a0\\u202f\\u2009]\\d{3})+(?![\\d])|\\d+(?:[.,]\\d+)?";
const WORDS = `(?:${NUMBER_WORD_SOURCE})${R}(?:\\s+(?:${NUMBER_WORD_SOURCE})${R})*`;
const ATOM = new RegExp(
  `${L}(?:(${DIGITS})|(${WORDS})|((?:перв\\p{L}+\\s+)?(?=тысяч|миллион)))\\s*(?:(${SCALE_SOURCE})${R})?`,
  "giu",
);

const MONTH = /^\s*(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)/iu;
const CURRENCY: [RegExp, string][] = [
  [/^\s*(?:долл(?:\.|ар\p{L}*)?|\$|USD)(?:\s+США)?/iu, "USD"],
  [/^\s*(?:руб(?:\.|л\p{L}*)?|₽)/iu, "RUB"],
  [/^\s*(?:евро|€)/iu, "EUR"],
  [/^\s*юан\p{L}*/iu, "CNY"],
  [/^\s*(?:вон|воны)(?![\p{L}])/iu, "KRW"],
];
const PERIOD: [RegExp, Period][] = [
  [/^[^;!?]{0,30}?(?:в\s+месяц|ежемесячно|в\s+месяце)/iu, "month"],
  [/^[^;!?]{0,30}?(?:в\s+год|ежегодно|в\s+течение\s+года|каждый\s+год)/iu, "year"],
];

interface Atom {
  start: number;
  end: number;
  value: number;
  scaled: boolean;
  digits: boolean;
  raw: string;
}

function readAtoms(s: string): Atom[] {
  const out: Atom[] = [];
  ATOM.lastIndex = 0;
  for (let m = ATOM.exec(s); m; m = ATOM.exec(s)) {
    const [whole, digits, words, bare, scale] = m;
    if (!whole.trim()) {
      ATOM.lastIndex++;
      continue;
    }
    const end = m.index + whole.trimEnd().length;
    const mult = scale ? scaleValue(scale) : 1;
    let value: number | null = null;
    if (digits) value = Number(digits.replace(/[ \u00a0\u202f\u2009]/g, "").replace(",", "."));
    else if (words) {
      value = wordsValue(words);
      // "один", "одна" alone are pronouns more often than counts
      if (value === 1 && !scale) value = null;
    } else if (bare !== undefined && scale) {
      // a scale word on its own: "тысячу", "первая тысяча"; "тысячи" only after a hedge ("более тысячи")
      const hedged = /(?:более|свыше|около|порядка|почти|до|менее|меньше|примерно)\s*$/iu.test(
        s.slice(0, m.index),
      );
      value = SINGULAR_SCALE.test(scale) || bare.trim() || hedged ? 1 : null;
    }
    if (value === null || !Number.isFinite(value)) continue;
    out.push({
      start: m.index,
      end,
      value: Math.round(value * mult * 1000) / 1000,
      scaled: !!scale,
      digits: !!digits,
      raw: digits ?? whole,
    });
  }
  return out;
}

/** Not a count: a year, a date, a time, a calibre, a model or issue number. */
function notACount(s: string, a: Atom): boolean {
  const before = s.slice(0, a.start);
  const after = s.slice(a.end);
  if (a.digits && !a.scaled) {
    if (/^(?:19|20)\d\d$/.test(a.raw)) return true;
    if (MONTH.test(after)) return true;
    if (
      /^\s*(?:-?(?:мм|миллиметр\p{L}*|см|км|кг|г\.|гг\.|год\p{L}*|-го|-й|-х|-е|лет|час\p{L}*|минут\p{L}*)(?![\p{L}])|:\d|\/\d|[.]\d{2}[.])/iu.test(
        after,
      )
    )
      return true;
    if (/(?:[\p{L}][-‑]?|№\s*|[:/]|калибра\s+|\d[.]|\d{4}-)$/u.test(before)) return true;
  }
  return false;
}

export function findFiguresRu(sentence: string): Figure[] {
  const atoms = readAtoms(sentence).filter((a) => !notACount(sentence, a));
  const out: Figure[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    const b = atoms[i + 1];
    let start = a.start;
    let end = a.end;
    let value: number | [number, number] = a.value;
    let qualifier: Figure["qualifier"] | null = null;
    // ranges: "от 50 до 80 тысяч", "12-15 тыс.", "30−35 тысяч"
    if (b) {
      const gap = sentence.slice(a.end, b.start);
      const from = /(?:^|[^\p{L}])от\s*$/iu.test(sentence.slice(0, a.start));
      if (/^\s*[-–−—]\s*$/.test(gap) || (/^\s*[-–−—]?\s*до\s+$/iu.test(gap) && from)) {
        const lo =
          !a.scaled && b.scaled && a.value < b.value
            ? a.value * (b.value / Number(b.raw.replace(/[^\d.,]/g, "").replace(",", ".") || 1))
            : a.value;
        if (lo < b.value) {
          value = [Math.round(lo * 1000) / 1000, b.value];
          qualifier = "range";
          start = from ? sentence.slice(0, a.start).search(/от\s*$/iu) : a.start;
          end = b.end;
          i++;
        }
      }
    }
    const tail = sentence.slice(end);
    let currency: string | null = null;
    let currencyLen = 0;
    for (const [re, code] of CURRENCY) {
      const m = re.exec(tail);
      if (m) {
        currency = code;
        currencyLen = m[0].length;
        break;
      }
    }
    if (!currency && /\$\s*$/.test(sentence.slice(0, start))) currency = "USD";
    const percent = /^\s*(?:%|процент\p{L}*)/iu.test(tail);
    // "(60 тыс. руб.)" after a money figure restates it in another currency
    if (currency && /\(\s*$/.test(sentence.slice(0, start)) && out.some((f) => f.currency)) continue;
    let period: Period | null = null;
    const afterMoney = tail.slice(currencyLen);
    for (const [re, p] of PERIOD) if (re.test(afterMoney)) period = p;
    if (!period && /(?:ежегодно|ежемесячно)\s+(?:\p{L}+\s+){0,3}$/iu.test(sentence.slice(0, start)))
      period = /ежегодно/i.test(sentence.slice(0, start)) ? "year" : "month";
    out.push({
      start,
      end,
      text: sentence.slice(start, end),
      value,
      qualifier: qualifier ?? hedgeRu(sentence, start, end),
      currency,
      percent,
      period,
      raw: a.raw,
      digits: a.digits,
    });
  }
  return out;
}
