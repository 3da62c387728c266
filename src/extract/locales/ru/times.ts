// Russian time expressions, resolved against the publication date: "с сентября" → 2023-09/pub,
// "с середины 2022 года" → 2022/pub, "в декабре 2025-го" → 2025-12, "в первом квартале 2025 года"
// → 2025-01/2025-03, "в прошлом году" → year before, "с начала года" → year/pub, "в 2018 году" → 2018.
const MONTHS = [
  "январ",
  "феврал",
  "март",
  "апрел",
  "ма[йяе]",
  "июн",
  "июл",
  "август",
  "сентябр",
  "октябр",
  "ноябр",
  "декабр",
];
const MONTH = `(${MONTHS.join("|")})\\p{L}*`;
const YEAR = "((?:19|20)\\d\\d)(?:\\s*(?:года|году|год|г\\.|-го|-м))?";
const QUARTER: Record<string, number> = { перв: 1, втор: 2, трет: 3, четверт: 4, четвёрт: 4 };

const monthOf = (word: string) => MONTHS.findIndex((m) => new RegExp(`^${m}`, "iu").test(word)) + 1;
const pad = (n: number) => String(n).padStart(2, "0");

/** The period a sentence fixes, or null; `published` is YYYY-MM-DD or null. */
export function findTimeRu(s: string, published: string | null): string | null {
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  const pubMonth = published ? Number(published.slice(5, 7)) : null;
  const end = published ?? "..";
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`(?:^|[^\\p{L}])с\\s+(?:начала|середины|конца)\\s+${YEAR}`, "iu").exec(s)))
    return `${m[1]}/${end}`;
  if ((m = new RegExp(`(?:^|[^\\p{L}])с\\s+${MONTH}(?:\\s+${YEAR})?`, "iu").exec(s))) {
    const mo = monthOf(m[1]);
    const y = m[2] ? Number(m[2]) : pubYear && pubMonth ? (mo <= pubMonth ? pubYear : pubYear - 1) : null;
    if (y) return `${y}-${pad(mo)}/${end}`;
  }
  if ((m = new RegExp(`(?:^|[^\\p{L}])с\\s+${YEAR}`, "iu").exec(s))) return `${m[1]}/${end}`;
  if (/с\s+начала\s+(?:этого\s+|текущего\s+)?года/iu.test(s) && published) return `${pubYear}/${published}`;
  if ((m = /(перв|втор|трет|четв[её]рт)\p{L}*\s+квартал\p{L}*(?:\s+((?:19|20)\d\d))?/iu.exec(s))) {
    const q = QUARTER[m[1].toLowerCase()] ?? 1;
    const y = m[2] ?? pubYear;
    if (y) return `${y}-${pad(q * 3 - 2)}/${y}-${pad(q * 3)}`;
  }
  if ((m = /(перв|втор)\p{L}*\s+полугоди\p{L}*(?:\s+((?:19|20)\d\d))?/iu.exec(s))) {
    const h = /^перв/i.test(m[1]) ? 1 : 2;
    const y = m[2] ?? pubYear;
    if (y) return `${y}-${pad(h * 6 - 5)}/${y}-${pad(h * 6)}`;
  }
  if ((m = new RegExp(`${MONTH}(?:\\s*[-–]\\s*${MONTH})?\\s+${YEAR}`, "iu").exec(s))) {
    const y = m[3];
    return m[2] ? `${y}-${pad(monthOf(m[1]))}/${y}-${pad(monthOf(m[2]))}` : `${y}-${pad(monthOf(m[1]))}`;
  }
  if (/в\s+прошлом\s+году/iu.test(s) && pubYear) return String(pubYear - 1);
  if (/в\s+(?:этом|текущем|нынешнем)\s+году/iu.test(s) && pubYear) return String(pubYear);
  if ((m = new RegExp(`(?:в|на|к|в\\s+конце|в\\s+начале|по\\s+итогам|за)\\s+${YEAR}`, "iu").exec(s)))
    return m[1];
  return null;
}

/** "17 июня" or "26 февраля 2024 года": a day in the sentence, as YYYY-MM-DD (year from the publication date). */
export function statementDateRu(s: string, published: string | null): string | null {
  const m = new RegExp(`(?<![\\d])(\\d{1,2})\\s+${MONTH}(?:\\s+((?:19|20)\\d\\d))?`, "iu").exec(s);
  if (!m) return null;
  const mo = monthOf(m[2]);
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  const pubMonth = published ? Number(published.slice(5, 7)) : 12;
  const y = m[3] ? Number(m[3]) : pubYear ? (mo <= pubMonth ? pubYear : pubYear - 1) : null;
  return y ? `${y}-${pad(mo)}-${pad(Number(m[1]))}` : null;
}
