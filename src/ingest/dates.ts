import { createRequire } from "node:module";

// chrono-node takes over a second to load and is only the fallback for unusual date forms: it is
// loaded on first use (synchronously, from its CommonJS build) rather than with the ingest stage.
type Chrono = typeof import("chrono-node");
let chronoModule: Chrono | null = null;
function chrono(): Chrono {
  chronoModule ??= createRequire(import.meta.url)("chrono-node") as Chrono;
  return chronoModule;
}

// Dates are normalised to an ISO 8601 prefix: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that is
// known. The literal calendar date of a timestamp is kept (no time-zone shift): `2025-06-17T23:30-05:00`
// was published on the 17th where it was written.

const MONTHS: Record<string, number> = Object.fromEntries(
  "jan feb mar apr may jun jul aug sep oct nov dec".split(" ").map((m, i) => [m, i + 1]),
);
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const ORD = "(?:st|nd|rd|th)?";
const PREFIX =
  /^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified|dated|date)(?:\s+(?:on|at))?\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?/i;
// What may follow the date on a dateline: a time and zone, then perhaps an "Updated …" stamp
// (`2025-06-17 17:00 Updated : 2025-06-18 09:00`). Anything else means the line is a sentence.
const TIME_TAIL = new RegExp(
  "^(?:\\s*(?:,|at|\\||-|–|—)?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:\\(?[a-z]{2,5}\\)?|gmt|utc)?\\s*(?:[+-]\\d{2}:?\\d{2})?)?" +
    "(?:\\s*[|,·]?\\s*(?:last\\s+)?(?:updated|modified|edited)\\b.{0,60})?\\s*\\.?$",
  "i",
);

interface Pattern {
  re: RegExp;
  ymd: (m: RegExpExecArray) => [string, string | undefined, string | undefined];
}

const PATTERNS: Pattern[] = [
  { re: /^(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[T\s])/, ymd: (m) => [m[1], m[2], m[3]] },
  // 2025/06/17 and 2025.06.17 (common on Korean and Japanese sites).
  { re: /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?=$|\s|\.|,)/, ymd: (m) => [m[1], m[2], m[3]] },
  { re: /^(\d{4})(\d{2})(\d{2})(?=$|T)/, ymd: (m) => [m[1], m[2], m[3]] },
  // European numeric dates (17.06.2025); US-style 06/17/2025 is ambiguous and left to chrono.
  { re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?=$|\s|,)/, ymd: (m) => [m[3], m[2], m[1]] },
  // 17/06/2025 only when the day cannot be a month; 06/07/2025 is ambiguous and left to chrono.
  { re: /^(1[3-9]|2\d|3[01])\/(\d{1,2})\/(\d{4})(?=$|\s|,)/, ymd: (m) => [m[3], m[2], m[1]] },
  { re: new RegExp(`^${MONTH}\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})`, "i"), ymd: (m) => [m[3], m[1], m[2]] },
  {
    re: new RegExp(`^(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})`, "i"),
    ymd: (m) => [m[3], m[2], m[1]],
  },
  { re: new RegExp(`^${MONTH},?\\s+(\\d{4})(?=$|\\s|\\.)`, "i"), ymd: (m) => [m[2], m[1], undefined] },
  { re: /^(\d{4})-(\d{1,2})(?=$)/, ymd: (m) => [m[1], m[2], undefined] },
  { re: /^((?:19|20)\d{2})(?=$)/, ymd: (m) => [m[1], undefined, undefined] },
];

function monthNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  return MONTHS[s.slice(0, 3).toLowerCase()] ?? NaN;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function toIso(y: string, mo?: string, d?: string): string | null {
  const year = Number(y);
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return null;
  if (mo === undefined) return String(year);
  const month = monthNumber(mo);
  if (!(month >= 1 && month <= 12)) return null;
  if (d === undefined) return `${year}-${pad(month)}`;
  const day = Number(d);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || day < 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function matchAtStart(s: string): { iso: string; rest: string } | null {
  for (const p of PATTERNS) {
    const m = p.re.exec(s);
    if (!m) continue;
    const iso = toIso(...p.ymd(m));
    if (iso) return { iso, rest: s.slice(m[0].length) };
  }
  return null;
}

/**
 * Reads a date from a header value, feed field or meta tag: ISO timestamps, RFC 822
 * (`Tue, 17 Jun 2025 08:00:00 GMT`), `June 17, 2025`, `25 January 2026`, `17.06.2025`, `June 2025`,
 * `2025`. Falls back to chrono-node for other forms. Returns null when there is no date.
 */
export function parseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.normalize("NFKC").trim().replace(PREFIX, "").trim();
  if (!s) return null;
  const hit = matchAtStart(s);
  if (hit) return hit.iso;
  const found = chrono().strict.parse(s)[0];
  if (!found) return null;
  const c = found.start;
  if (!c.isCertain("year")) return null;
  const y = String(c.get("year"));
  if (!c.isCertain("month")) return toIso(y);
  return c.isCertain("day")
    ? toIso(y, String(c.get("month")), String(c.get("day")))
    : toIso(y, String(c.get("month")));
}

/**
 * A line that is nothing but a full calendar date (a dateline such as `Sunday, January 25, 2026`,
 * `25 January 2026`, `2025-06-17`, `Published: June 17, 2025 10:45 AM`). Returns the ISO date or null.
 */
export function parseDateLine(line: string): string | null {
  const s = line.normalize("NFKC").trim();
  if (s.length > 80) return null;
  const body = s.replace(PREFIX, "").trim();
  const hit = matchAtStart(body);
  if (!hit || hit.iso.length !== 10) return null;
  return TIME_TAIL.test(hit.rest) ? hit.iso : null;
}
