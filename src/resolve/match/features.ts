// The small named features a match is scored with, each a pure function of the query and one list
// record. Every feature says what it saw in words for the explanation.
//   name        best name-matcher score of any query name against the record's aliases (the base)
//   dob         birth dates agree (+0.10 same day, +0.05 same year) or conflict (−0.10 a year off, −0.30 more)
//   country     nationality/country agrees with the record's nationality or address countries (+0.03) or not (−0.10)
//   identifier  a query identifier appears in the record's remarks (score raised to at least 0.98)
//   schema      the query's schema admits the record's type (otherwise the record is not a candidate)
import type { ListRecord } from "../lists/types.ts";
import { countryCode } from "./countries.ts";
import type { MatchQuery } from "./query.ts";
import { schemaAccepts } from "./query.ts";

export interface Feature {
  name: "name" | "dob" | "country" | "identifier" | "schema";
  /** what the feature adds to the score (for `name`: the base score itself) */
  value: number;
  detail: string;
}

const DOB_SAME_DAY = 0.1;
const DOB_SAME_YEAR = 0.05;
const DOB_NEAR = -0.1;
const DOB_CONFLICT = -0.3;
const COUNTRY_AGREE = 0.03;
const COUNTRY_CONFLICT = -0.1;
export const IDENTIFIER_FLOOR = 0.98;

/** ISO-like dates (YYYY, YYYY-MM, YYYY-MM-DD) and the years in free text such as "circa 1965; 1966". */
function dates(text: string): { days: Set<string>; years: Set<number> } {
  const days = new Set<string>();
  const years = new Set<number>();
  for (const m of text.matchAll(/\b(1[89]\d\d|20\d\d)(?:-(\d\d)-(\d\d))?\b/g)) {
    years.add(Number(m[1]));
    if (m[2]) days.add(`${m[1]}-${m[2]}-${m[3]}`);
  }
  // "01 Jan 1970" / "1 January 1970": day-month-year as the OFAC list writes it
  const months = "jan feb mar apr may jun jul aug sep oct nov dec".split(" ");
  for (const m of text.matchAll(/\b(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})\b/g)) {
    const month = months.indexOf(m[2].toLowerCase()) + 1;
    if (month > 0) days.add(`${m[3]}-${String(month).padStart(2, "0")}-${m[1].padStart(2, "0")}`);
  }
  return { days, years };
}

export function dobFeature(query: MatchQuery, record: ListRecord): Feature | undefined {
  if (query.birthDates.length === 0 || !record.dob) return undefined;
  const r = dates(record.dob);
  const q = dates(query.birthDates.join(" "));
  if (r.years.size === 0 || q.years.size === 0) return undefined;
  const said = `query ${query.birthDates.join("/")} vs list ${record.dob}`;
  if ([...q.days].some((d) => r.days.has(d)))
    return { name: "dob", value: DOB_SAME_DAY, detail: `same date of birth (${said})` };
  if ([...q.years].some((y) => r.years.has(y)))
    return { name: "dob", value: DOB_SAME_YEAR, detail: `same year of birth (${said})` };
  const gap = Math.min(...[...q.years].flatMap((a) => [...r.years].map((b) => Math.abs(a - b))));
  return gap <= 1
    ? { name: "dob", value: DOB_NEAR, detail: `years of birth one apart (${said})` }
    : { name: "dob", value: DOB_CONFLICT, detail: `dates of birth conflict (${said})` };
}

/** The record's countries: its nationality and the last part of each address. */
function recordCountries(record: ListRecord): Set<string> {
  const out = new Set<string>();
  const values = record.nationality ? record.nationality.split(/[;/]/) : [];
  // an address ends with its country, itself written with a comma at times ("…, Korea, North")
  for (const a of record.addresses ?? []) {
    const parts = a.split(",").map((p) => p.trim());
    values.push(parts.slice(-2).join(", "), parts[parts.length - 1]);
  }
  for (const v of values) {
    const code = countryCode(v.trim());
    if (code) out.add(code);
  }
  return out;
}

export function countryFeature(query: MatchQuery, record: ListRecord): Feature | undefined {
  const wanted = new Set(query.countries.map(countryCode).filter((c): c is string => !!c));
  if (wanted.size === 0) return undefined;
  const have = recordCountries(record);
  if (have.size === 0) return undefined;
  const shared = [...wanted].filter((c) => have.has(c));
  return shared.length
    ? { name: "country", value: COUNTRY_AGREE, detail: `country agrees (${shared.join(", ")})` }
    : {
        name: "country",
        value: COUNTRY_CONFLICT,
        detail: `country differs (query ${[...wanted].join(", ")}, list ${[...have].join(", ")})`,
      };
}

const foldId = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, "");

export function identifierFeature(query: MatchQuery, record: ListRecord): Feature | undefined {
  const wanted = query.identifiers.map(foldId).filter((id) => id.length >= 5);
  if (wanted.length === 0 || !record.remarks) return undefined;
  // identifiers are written with spaces or dashes inside ("PB 123456", "745-112-001"): compare each
  // run of up to three adjacent words of the remarks, folded
  const words = record.remarks.split(/[\s;,()]+/).map(foldId);
  const runs = new Set<string>();
  for (let i = 0; i < words.length; i++)
    for (let n = 1; n <= 3 && i + n <= words.length; n++) runs.add(words.slice(i, i + n).join(""));
  const found = wanted.find((id) => runs.has(id));
  return found
    ? { name: "identifier", value: 0, detail: `identifier ${found} appears in the list record` }
    : undefined;
}

export function schemaFeature(query: MatchQuery, record: ListRecord): Feature {
  const ok = schemaAccepts(query.schema, record.type);
  return {
    name: "schema",
    value: 0,
    detail: ok
      ? `schema ${query.schema} admits a listed ${record.type}`
      : `schema ${query.schema} cannot be a listed ${record.type}`,
  };
}

/** Combine the name score with the other features; returns the score and the features used. */
export function combine(
  nameScore: number,
  nameDetail: string,
  query: MatchQuery,
  record: ListRecord,
): { score: number; features: Feature[] } {
  const features: Feature[] = [
    { name: "name", value: nameScore, detail: nameDetail },
    schemaFeature(query, record),
  ];
  let score = nameScore;
  for (const f of [dobFeature(query, record), countryFeature(query, record)]) {
    if (!f) continue;
    features.push(f);
    score += f.value;
  }
  const id = identifierFeature(query, record);
  if (id) {
    features.push(id);
    score = Math.max(score, IDENTIFIER_FLOOR);
  }
  return { score: Math.max(0, Math.min(1, score)), features };
}
