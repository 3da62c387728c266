// Findings: what a sanctions monitor would publish for one series period. A generated statement,
// the paragraphs it bears on, the claims and origins behind it, and its evidentiary status
// ("corroborated" needs two or more independent origins agreeing with the headline figure).
import { fnv1a32 } from "./minhash.ts";
import { FAMILY_LABEL, formatQuantity, topicOf } from "./figures.ts";
import { provisionsFor, provisionsForParties } from "./provisions.ts";
import type { CorrectionEntry, Finding, PartyHit, Series, SeriesPeriod } from "./types.ts";

export function findingId(seriesKey: string, period: string): string {
  return `F-${fnv1a32(`${seriesKey}@${period}`).toString(16).padStart(8, "0")}`;
}

function subjectWords(subject: string): string {
  const words: Record<string, string> = {
    workers: "North Korean workers",
    construction_workers: "North Korean construction workers",
    it_workers: "North Korean IT workers",
    nationals: "North Korean nationals",
    troops: "North Korean troops",
    deminers: "North Korean deminers",
    military_builders: "North Korean military builders",
    casualties: "North Korean casualties",
    revenue: "revenue for the DPRK",
    wage: "wages per worker",
    wage_share: "the state's share of wages",
    visas: "visas for North Korean nationals",
  };
  return words[subject] ?? subject.replace(/_/g, " ");
}

/** One sentence a reader can quote, with the hedge, the family and the sourcing in it. */
export function statementFor(series: Series, period: SeriesPeriod): string {
  const place = series.place === "unspecified" ? "an unspecified destination" : series.place;
  const when = period.period === "undated" ? "at an unstated time" : `in ${period.period}`;
  const who = subjectWords(series.subject);
  const origins = period.origins.length;
  const headlineFigure = period.headline
    ? period.figures.find((f) => f.claimKey === period.headline!.claimKey)
    : undefined;
  const agreeing = headlineFigure?.corroboration ?? 0;
  const others = origins - agreeing;
  const sourcing = !period.headline
    ? `${origins} origin${origins === 1 ? "" : "s"}`
    : agreeing >= 2
      ? `confirmed by ${agreeing} independent origins${others > 0 ? `, ${others} other origin(s) disagree` : ""}`
      : `single origin${others > 0 ? `; ${others} other origin(s) give incompatible figures` : ""}`;
  const range =
    period.range[0] === period.range[1]
      ? ""
      : `; figures reported range from ${formatQuantity(period.range[0], "exact")} to ${formatQuantity(period.range[1], "exact")}`;
  if (!period.headline) {
    const caveat =
      series.family === "entries"
        ? " Entries are not a count of workers."
        : series.family === "planned"
          ? " These are announced intentions, not counts of people sent."
          : "";
    return `Figures for ${who} (${FAMILY_LABEL[series.family]}, ${place}, ${when}) were reported by ${sourcing}, but none is well-sourced enough for a headline${range}.${caveat}`;
  }
  const value = formatQuantity(
    period.headline.value,
    period.headline.qualifier === "range" ? "at_least" : period.headline.qualifier,
    series.unit,
  );
  const body: Record<Series["family"], string> = {
    planned: `Plans or agreements to send ${value} ${who} to ${place} were reported ${when}; this is an announced intention, not a count of people sent`,
    realised: `${value} ${who} were reported sent to ${place} ${when}`,
    stock: `${value} ${who} were estimated to be present in ${place} ${when}`,
    entries: `${value} entries of ${who} into ${place} were recorded ${when}; entries are not a count of workers`,
    revenue: `${who} of ${value} from ${place} was estimated ${when}`,
    casualties: `${value} ${who} were reported in ${place} ${when}`,
    other: `A figure of ${value} for ${who} (${place}) was reported ${when}`,
  };
  return capitalise(`${body[series.family]} (conservative figure; ${sourcing}${range}).`);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function buildFinding(series: Series, period: SeriesPeriod, parties: PartyHit[] = []): Finding {
  const docIds = new Set(period.figures.map((f) => f.docId));
  const involved = parties.filter((p) => docIds.has(p.docId));
  const latestDate =
    period.figures
      .filter((f) => f.timePrecision === "day")
      .map((f) => f.date ?? "")
      .sort()
      .pop() || null;
  const headlineFigure = period.headline
    ? period.figures.find((f) => f.claimKey === period.headline!.claimKey)
    : undefined;
  const status = headlineFigure && headlineFigure.corroboration >= 2 ? "corroborated" : "single-source";
  return {
    id: findingId(series.key, period.period),
    statement: statementFor(series, period),
    seriesKey: series.key,
    period: period.period,
    topic: topicOf(series.subject),
    paragraphs: [
      ...provisionsFor({ subject: series.subject, family: series.family, period: period.period, latestDate }),
      ...provisionsForParties(involved),
    ],
    supportingClaims: period.figures.map((f) => f.claimKey),
    origins: period.origins,
    status,
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
