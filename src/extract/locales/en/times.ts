// Time parser: explicit dates and years, and relative expressions ("last year", "last October",
// "on Tuesday", "in June") resolved against the publication date, preferring the past. A
// relative expression in an undated document resolves to null.

export interface TimeMention {
  start: number;
  end: number;
  /** ISO 8601 prefix, or null when relative and the document has no date. */
  value: string | null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

const pad = (n: number) => String(n).padStart(2, "0");
const monthIndex = (m: string) => MONTHS.indexOf(m.slice(0, 3).toLowerCase());

interface Pub {
  y: number;
  m: number; // 1-12
  d: number | null;
}
export function parsePublished(published: string | null): Pub | null {
  if (!published) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published);
  if (!m) return null;
  return { y: +m[1], m: m[2] ? +m[2] : 1, d: m[3] ? +m[3] : null };
}

function shiftDays(p: Pub, days: number): string {
  const t = Date.UTC(p.y, p.m - 1, p.d ?? 1) + days * 86_400_000;
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

interface Rule {
  re: RegExp;
  resolve: (m: RegExpExecArray, pub: Pub | null) => string | null;
}

const ORDINAL_QUARTER: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  last: 4,
  final: 4,
};
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
const SPAN_WORDS = [
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "",
  "",
  "",
  "",
  "",
  "eighteen",
];
const MONTH_COUNT = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];
const quarter = (y: number, q: number) => `${y}-${pad(q * 3 - 2)}/${y}-${pad(q * 3)}`;

const RULES: Rule[] = [
  // the first quarter of 2025 / of this year / of last year, Q1 2025 (a bare "final quarter" takes its year from context)
  {
    re: /\b(?:(first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+quarter|(Q[1-4]))(?:\s+of\s+(?:(this|last|the current|the previous) year|((?:19|20)\d\d))|\s+((?:19|20)\d\d))\b/gi,
    resolve: (m, pub) => {
      const word = (m[1] ?? m[2]).toLowerCase();
      const q = /^q/.test(word) ? Number(word[1]) : (ORDINAL_QUARTER[word] ?? Number(word[0]));
      const explicit = m[4] ?? m[5];
      if (explicit) return quarter(Number(explicit), q);
      if (!pub) return null;
      return quarter(m[3] && /last|previous/i.test(m[3]) ? pub.y - 1 : pub.y, q);
    },
  },
  // "in the first quarter" with no year: the latest such quarter that has begun by publication
  {
    re: /\b(?:in|during|for|over)\s+the\s+(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b(?!\s+of\b)/gi,
    resolve: (m, pub) => {
      if (!pub) return null;
      const q = ORDINAL_QUARTER[m[1].toLowerCase()] ?? Number(m[1][0]);
      return quarter(q * 3 - 2 > pub.m ? pub.y - 1 : pub.y, q);
    },
  },
  // "in the fall of 2024", "summer 2023", "last autumn": a season as its three months
  {
    re: /\b(?:(last|this|past)\s+(spring|summer|autumn|fall|winter)|(?:the\s+)?(spring|summer|autumn|fall|winter)(?=,?\s+(?:of\s+)?(?:19|20)\d\d\b))(?:,?\s+(?:of\s+)?((?:19|20)\d\d))?\b/gi,
    resolve: (m, pub) => {
      const first = SEASON_START[(m[2] ?? m[3]).toLowerCase()];
      let y = m[4] ? Number(m[4]) : null;
      if (y === null && m[1] && pub) {
        y = pub.y;
        // "last summer" is the latest one that has ended; "this summer" the current year's.
        if (/last|past/i.test(m[1]) && first + 2 >= pub.m) y = pub.y - 1;
      }
      if (y === null) return null;
      if (first === 12) return `${y}-12/${y + 1}-02`;
      return `${y}-${pad(first)}/${y}-${pad(first + 2)}`;
    },
  },
  // "the first three months of 2025": from January
  {
    re: /\b(?:the\s+)?first\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+of\s+(?:(this|last|the current|the previous) year|((?:19|20)\d\d))\b/gi,
    resolve: (m, pub) => {
      const n = /^\d/.test(m[1]) ? Number(m[1]) : MONTH_COUNT.indexOf(m[1].toLowerCase()) + 2;
      const y = m[3] ? Number(m[3]) : pub ? (/last|previous/i.test(m[2]) ? pub.y - 1 : pub.y) : null;
      return y === null || n < 1 || n > 12 ? null : `${y}-01/${y}-${pad(n)}`;
    },
  },
  // the first half of 2024 / of this year / of last year, H1 2024
  {
    re: /\b(?:(first|second|1st|2nd|latter)\s+half|(H[12]))(?:\s+of\s+(?:(this|last|the current|the previous) year|((?:19|20)\d\d))|\s+((?:19|20)\d\d))\b/gi,
    resolve: (m, pub) => {
      const second = /^(?:second|2nd|latter|h2)$/i.test(m[1] ?? m[2]);
      const explicit = m[4] ?? m[5];
      const y = explicit
        ? Number(explicit)
        : pub
          ? m[3] && /last|previous/i.test(m[3])
            ? pub.y - 1
            : pub.y
          : null;
      if (y === null) return null;
      return second ? `${y}-07/${y}-12` : `${y}-01/${y}-06`;
    },
  },
  // 2025-06-17
  { re: /\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b/g, resolve: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  // "between March and June 2024", "from January to May 2025": one year, two months
  {
    re: new RegExp(`\\b${MONTH}\\s*(?:and|to|through|until|-|–)\\s*${MONTH},?\\s+((?:19|20)\\d\\d)\\b`, "gi"),
    resolve: (m) => {
      const from = monthIndex(m[1]) + 1;
      const to = monthIndex(m[2]) + 1;
      return to < from ? null : `${m[3]}-${pad(from)}/${m[3]}-${pad(to)}`;
    },
  },
  // "in 2023 and 2024", "from 2017 to 2019", "between 2017 and 2019": a span of years
  {
    re: /\b(?:in|during|between|from|over)\s+((?:19|20)\d\d)\s*(?:and|to|through|until|-|–)\s*((?:19|20)\d\d)\b/gi,
    resolve: (m) => (m[2] > m[1] ? `${m[1]}/${m[2]}` : null),
  },
  // June 7, 2025 / June 7 2025
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, "gi"),
    resolve: (m) => `${m[3]}-${pad(monthIndex(m[1]) + 1)}-${pad(+m[2])}`,
  },
  // 7 June 2025
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+((?:19|20)\\d\\d)\\b`, "gi"),
    resolve: (m) => `${m[3]}-${pad(monthIndex(m[2]) + 1)}-${pad(+m[1])}`,
  },
  // June 2025, late October 2024
  {
    re: new RegExp(`\\b${MONTH},?\\s+(?:of\\s+)?((?:19|20)\\d\\d)\\b`, "gi"),
    resolve: (m) => `${m[2]}-${pad(monthIndex(m[1]) + 1)}`,
  },
  // "in July or August", "July-August": two months stated as a window (forward when the clause looks ahead)
  {
    re: new RegExp(`\\b${MONTH}\\s*(?:or|to|-|–|and)\\s*${MONTH}(?!\\s*\\d)`, "gi"),
    resolve: (m, pub) => {
      if (!pub) return null;
      const from = monthIndex(m[1]) + 1;
      const to = monthIndex(m[2]) + 1;
      if (to < from) return null;
      const ahead = looksAhead(m.input.slice(0, m.index));
      const year = ahead ? (from >= pub.m ? pub.y : pub.y + 1) : from > pub.m ? pub.y - 1 : pub.y;
      return `${year}-${pad(from)}/${year}-${pad(to)}`;
    },
  },
  // June 7 / 7 June (year from the publication date, preferring the past)
  {
    re: new RegExp(
      `\\b(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH})\\b`,
      "gi",
    ),
    resolve: (m, pub) => {
      if (!pub) return null;
      const month = monthIndex(m[1] ?? m[4]) + 1;
      const day = +(m[2] ?? m[3]);
      let year = month > pub.m || (month === pub.m && pub.d !== null && day > pub.d) ? pub.y - 1 : pub.y;
      // "by November 1", "until March 3", "will deploy on November 1": a deadline or a plan points forward.
      if (
        /\b(?:by|until|till|before|no later than)\s+$/i.test(
          m.input.slice(Math.max(0, m.index - 14), m.index),
        ) ||
        looksAhead(m.input.slice(0, m.index))
      )
        year = month > pub.m || (month === pub.m && (pub.d === null || day >= pub.d)) ? pub.y : pub.y + 1;
      return `${year}-${pad(month)}-${pad(day)}`;
    },
  },
  // "over the past year and a half", "in the last 18 months", "over the past two years": a
  // stretch running up to publication
  {
    re: /\b(?:over|in|during|within|for)\s+the\s+(?:past|last)\s+(?:(year and a half|year-and-a-half)|(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\d{1,2})\s+(months|years))\b/gi,
    resolve: (m, pub) => {
      if (!pub || pub.d === null) return null;
      const n = m[1]
        ? 18
        : (/^\d/.test(m[2]) ? Number(m[2]) : SPAN_WORDS.indexOf(m[2].toLowerCase()) + 2) *
          (m[3] && /years/i.test(m[3]) ? 12 : 1);
      const start = new Date(Date.UTC(pub.y, pub.m - 1 - n, 1));
      return `${start.getUTCFullYear()}-${pad(start.getUTCMonth() + 1)}/${pub.y}-${pad(pub.m)}-${pad(pub.d)}`;
    },
  },
  {
    re: /\b(?:last|past|previous|prior)\s+year\b|\ba year (?:ago|earlier|before)\b/gi,
    resolve: (_m, pub) => (pub ? String(pub.y - 1) : null),
  },
  {
    // "two years earlier": counted back from the publication year (or from an explicit year, below)
    re: /\b(two|three|four|five|six|seven|eight|nine|ten|\d)\s+years\s+(?:ago|earlier|before)\b/gi,
    resolve: (m, pub) => (pub ? String(pub.y - yearsIn(m[1])) : null),
  },
  {
    re: /\b(?:of|in|during|earlier in|later in) the year\b|\b(?:this|the current)\s+year\b|\bearlier this year\b|\bso far this year\b/gi,
    resolve: (_m, pub) => (pub ? String(pub.y) : null),
  },

  {
    re: /\bnext\s+year\b|\ba year later\b|\bthe (?:following|next) year\b/gi,
    resolve: (_m, pub) => (pub ? String(pub.y + 1) : null),
  },
  {
    re: /\blast\s+month\b|\ba month ago\b/gi,
    resolve: (_m, pub) => (pub ? (pub.m === 1 ? `${pub.y - 1}-12` : `${pub.y}-${pad(pub.m - 1)}`) : null),
  },
  {
    re: /\b(?:this|earlier this)\s+month\b/gi,
    resolve: (_m, pub) => (pub ? `${pub.y}-${pad(pub.m)}` : null),
  },
  {
    re: /\blast\s+week\b|\ba week ago\b/gi,
    resolve: (_m, pub) => (pub && pub.d ? shiftDays(pub, -7).slice(0, 7) : null),
  },
  { re: /\byesterday\b/gi, resolve: (_m, pub) => (pub && pub.d ? shiftDays(pub, -1) : null) },
  // last October / in June / this spring's months: the most recent such month not after publication.
  {
    re: new RegExp(
      `\\b(last|this|in|since|by|early|late|mid-?|until|through|during|from|as of)\\s+${MONTH}(?!\\s*\\d)`,
      "gi",
    ),
    resolve: (m, pub) => {
      if (!pub) return null;
      const month = monthIndex(m[2]) + 1;
      const word = m[1].toLowerCase();
      let year = month > pub.m ? pub.y - 1 : pub.y;
      if (word === "last" && month >= pub.m) year = pub.y - 1;
      // "by December", "until March", "as early as July": deadlines and plans point forward.
      if ((word === "by" || word === "until" || looksAhead(m.input.slice(0, m.index))) && month >= pub.m)
        year = pub.y;
      return `${year}-${pad(month)}`;
    },
  },
  {
    re: /\b(?:on\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
    resolve: (m, pub) => {
      if (!pub || pub.d === null) return null;
      const pubDay = new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay();
      const want = WEEKDAYS.indexOf(m[1].toLowerCase());
      const back = (pubDay - want + 7) % 7;
      return shiftDays(pub, -back);
    },
  },
  // the first half of 2024, end of 2023, in 2024, by 2019, since 2022, 2024's
  { re: /\b((?:19|20)\d\d)(?!\s*(?:[-–]\d|\d))/g, resolve: (m) => m[1] },
];

/** The clause before a time looks ahead: "will deploy on", "is expected to send … as early as". */
function looksAhead(before: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf(". ")) + 1);
  return /\b(?:will|shall|(?:is|are) (?:expected|scheduled|set|due|planned|going|likely) to|plans? to|as early as)\b/i.test(
    clause,
  );
}

const YEAR_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
function yearsIn(w: string): number {
  return /^\d$/.test(w) ? Number(w) : Math.max(1, YEAR_WORDS.indexOf(w.toLowerCase()));
}

/** Time expressions in `sentence`, non-overlapping, in text order. */
export function findTimes(sentence: string, published: string | null): TimeMention[] {
  const pub = parsePublished(published);
  const out: TimeMention[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(sentence))) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      // A four-digit number glued to a count noun or a comma group is not a year.
      if (
        rule === RULES[RULES.length - 1] &&
        /^\s*(?:workers|troops|soldiers|people|North Koreans)\b/.test(sentence.slice(end))
      )
        continue;
      out.push({ start, end, value: rule.resolve(m, pub) });
    }
  }
  // "a year earlier" next to an explicit year means the year before that one.
  const explicit = out.find(
    (o) => o.value && /^\d{4}$/.test(o.value) && /\d{4}/.test(sentence.slice(o.start, o.end)),
  );
  if (explicit) {
    for (const o of out) {
      const text = sentence.slice(o.start, o.end);
      if (/\ba year (?:earlier|before)\b|\b(?:the )?(?:previous|prior) year\b/i.test(text))
        o.value = String(Number(explicit.value) - 1);
      const n = /\b(two|three|four|five|six|seven|eight|nine|ten|\d)\s+years\s+(?:earlier|before)\b/i.exec(
        text,
      );
      if (n) o.value = String(Number(explicit.value) - yearsIn(n[1]));
      if (/\ba year later\b|\bthe (?:following|next) year\b/i.test(text))
        o.value = String(Number(explicit.value) + 1);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
