// Findings: what a sanctions monitor would publish for one series period. A generated statement,
// the paragraphs it bears on, the claims and origins behind it, and its evidentiary status
// ("corroborated" needs two or more independent origins agreeing with the headline figure).
import { defaultReference, type SubjectRegistry } from "../reference/index.ts";
import { fnv1a32 } from "./minhash.ts";
import { topicOf } from "./figures.ts";
import { MEASURE_LABEL } from "./measures.ts";
import { amountPhrase, capitalise } from "./prose.ts";
import { provisionsFor, provisionsForParties } from "./provisions.ts";
import type { CorrectionEntry, Finding, OriginFigure, PartyHit, Series, SeriesPeriod } from "./types.ts";

export function findingId(seriesKey: string, period: string): string {
  return `F-${fnv1a32(`${seriesKey}@${period}`).toString(16).padStart(8, "0")}`;
}

/** The noun phrase a statement counts the subject in (the registry's `phrase`). */
function subjectWords(subject: string, subjects: SubjectRegistry): string {
  return subjects.phrase(subject);
}

const CATEGORY_WORKERS: Record<string, string> = {
  it: "North Korean IT workers",
  construction: "North Korean construction workers",
  logging: "North Korean loggers",
  factory: "North Korean factory workers",
};

function figureWords(f: OriginFigure, unit: string): string {
  return `${f.name} (${amountPhrase(f.quantity, f.qualifier, unit)})`;
}

function sourcingWords(series: Series, period: SeriesPeriod): string {
  const origins = period.origins.length;
  const h = period.headline;
  if (!h) return `${origins} origin${origins === 1 ? "" : "s"}`;
  const agreeing = h.agreeing.length;
  const others = h.disagreeing.length
    ? `; other figures for the same measure: ${h.disagreeing.map((d) => figureWords(d, series.unit)).join(", ")}`
    : "";
  return agreeing >= 2
    ? `confirmed by ${agreeing} independent origins (${h.agreeing.map((a) => a.name).join(", ")})${others}`
    : `single origin (${h.agreeing[0]?.name ?? "unknown"})${others}`;
}

/** One sentence a reader can quote, with the hedge, the measure and the sourcing in it. */
export function statementFor(
  series: Series,
  period: SeriesPeriod,
  subjects: SubjectRegistry = defaultReference().subjects,
): string {
  const place = series.place === "unspecified" ? "an unspecified destination" : series.place;
  const when = period.period === "undated" ? "at an unstated time" : `in ${period.period}`;
  const who = subjectWords(series.subject, subjects);
  const sourcing = sourcingWords(series, period);
  const range =
    period.range[0] === period.range[1]
      ? ""
      : `; figures reported range from ${amountPhrase(period.range[0], "exact", series.unit)} to ${amountPhrase(period.range[1], "exact", series.unit)}`;
  const measure = series.measure ?? "other";
  if (!period.headline) {
    const caveat =
      series.family === "entries"
        ? " Entries are not a count of workers."
        : series.family === "planned"
          ? " These are announced intentions, not counts of people sent."
          : "";
    return `Figures for ${who} (${MEASURE_LABEL[measure]}, ${place}, ${when}) were reported by ${sourcing}, but none is well-sourced enough for a headline${range}.${caveat}`;
  }
  const h = period.headline;
  const q = h.qualifier === "range" ? "at_least" : h.qualifier;
  const amount = (noun: string) => amountPhrase(h.value, q, series.unit, noun);
  const persons = series.unit === "persons";
  const counted = amount(
    persons || series.unit === series.subject ? who : subjectWords(series.subject, subjects),
  );
  const body: Record<string, string> = {
    planned: `Plans or agreements to send ${counted} to ${place} were reported ${when}; this is an announced intention, not a count of people sent`,
    cumulative: `${counted} were reported sent to ${place} ${when}`,
    increment: `A batch of ${counted} was reported sent to ${place} ${when}; this is one batch, not a total`,
    part: `${counted} were reported as part of a larger figure for ${place} ${when}`,
    stock: `${counted} were estimated to be present in ${place} ${when}`,
    entries: `${amount("")} entries of ${who} into ${place} were recorded ${when}; entries are not a count of workers`,
    killed: `${amount(who)} were reported killed (${place}, ${when})`,
    wounded: `${amount(who)} were reported wounded (${place}, ${when})`,
    killed_or_wounded: `${amount(who)} were reported killed or wounded (${place}, ${when})`,
    state_share: `The state was reported to take ${amount("")} of workers' wages (${place}, ${when})`,
    worker_share: `Workers were reported to keep ${amount("")} of their wages, the rest going to the state (${place}, ${when})`,
    wage: `${CATEGORY_WORKERS[series.measureCategory] ?? "North Korean workers"} were reported to earn ${amount("")} each (${place}, ${when})`,
    revenue: `Revenue for the DPRK of ${amount("")} from ${place} was estimated ${when}`,
    other: `${persons ? counted : amount(subjectWords(series.subject, subjects))} were reported (${place}, ${when})`,
  };
  return capitalise(`${body[measure] ?? body.other} (conservative figure; ${sourcing}${range}).`);
}

export function buildFinding(
  series: Series,
  period: SeriesPeriod,
  parties: PartyHit[] = [],
  subjects: SubjectRegistry = defaultReference().subjects,
): Finding {
  const docIds = new Set(period.figures.map((f) => f.docId));
  const involved = parties.filter((p) => docIds.has(p.docId));
  const latestDate =
    period.figures
      .filter((f) => f.timePrecision === "day")
      .map((f) => f.date ?? "")
      .sort()
      .pop() || null;
  const agreeing = period.headline?.agreeing ?? [];
  const status = agreeing.length >= 2 ? "corroborated" : "single-source";
  return {
    id: findingId(series.key, period.period),
    statement: statementFor(series, period, subjects),
    seriesKey: series.key,
    period: period.period,
    topic: topicOf(series.subject, subjects),
    paragraphs: [
      ...provisionsFor({
        subject: series.subject,
        family: series.family,
        period: period.period,
        latestDate,
        subjects,
      }),
      ...provisionsForParties(involved),
    ],
    supportingClaims: period.figures.map((f) => f.claimKey),
    origins: period.origins,
    status,
    agreeing,
    disagreeing: period.headline?.disagreeing ?? [],
    parties: involved,
    headline: period.headline,
  };
}

/** Findings for every period of a series that bears on at least one provision. */
export function findingsForSeries(series: Series, parties: PartyHit[] = []): Finding[] {
  return series.periods.map((p) => buildFinding(series, p, parties)).filter((f) => f.paragraphs.length > 0);
}

/**
 * Corrections and right-of-reply log: entries are appended, never edited or removed. What a
 * reader saw stays on the record; a correction is a new entry that says what changed.
 */
export class CorrectionsLog {
  private readonly log: CorrectionEntry[] = [];

  constructor(initial: CorrectionEntry[] = []) {
    for (const e of [...initial].sort((a, b) => a.seq - b.seq)) this.log.push(Object.freeze({ ...e }));
  }

  append(entry: Omit<CorrectionEntry, "seq" | "at"> & { at?: string }): CorrectionEntry {
    if (!entry.findingId) throw new Error("corrections: an entry needs the finding id it is about");
    if (!entry.text?.trim()) throw new Error(`corrections: entry for ${entry.findingId} has no text`);
    const record = Object.freeze({
      seq: (this.log.at(-1)?.seq ?? 0) + 1,
      at: entry.at ?? new Date().toISOString(),
      findingId: entry.findingId,
      kind: entry.kind,
      author: entry.author,
      text: entry.text,
    });
    this.log.push(record);
    return record;
  }

  entries(findingId?: string): readonly CorrectionEntry[] {
    return Object.freeze(findingId ? this.log.filter((e) => e.findingId === findingId) : [...this.log]);
  }
}
