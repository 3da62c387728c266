// Estimate series. A quantity of interest is subject × place × event family (× unit), split by
// period. Each period lists every figure with its origin and grade, the range of what was said,
// and a conservative headline: the lowest well-sourced figure (as ACLED reports the lowest
// credible fatality count), with the reasons.
import {
  FAMILY_LABEL,
  agree,
  claimPeriod,
  eventFamily,
  figureInterval,
  formatQuantity,
  headlineValue,
  quantityBounds,
} from "./figures.ts";
import { findContradictions, gradePeriod, isWellSourced, makeReliability } from "./grades.ts";
import { measureKey, measureOf } from "./measures.ts";
import { normalisePlace } from "./places.ts";
import type { ReliabilityOverrides, SourceTable } from "./sources.ts";
import type {
  ClaimRecord,
  Headline,
  OriginFigure,
  OriginInfo,
  Series,
  SeriesFigure,
  SeriesPeriod,
} from "./types.ts";

export interface SeriesOptions {
  overrides?: ReliabilityOverrides;
  sources?: SourceTable;
}

// The measure a family has unless the words say otherwise; keys of such series stay unsuffixed.
const DEFAULT_MEASURE: Record<string, string> = {
  planned: "planned",
  realised: "cumulative",
  stock: "stock",
  entries: "entries",
  revenue: "revenue",
  casualties: "killed_or_wounded",
  other: "other",
};

/** subject | event family | unit | place [| measure]: one series is one measure. */
export function seriesKeyOf(record: ClaimRecord): string {
  const c = record.claim;
  const family = eventFamily(c);
  const measure = measureKey(measureOf(c));
  const base = `${c.subject}|${family}|${c.unit}|${normalisePlace(c.destination).name}`;
  return measure === DEFAULT_MEASURE[family] ? base : `${base}|${measure}`;
}

/** Groups claim records by series key. */
export function groupBySeries(records: Iterable<ClaimRecord>): Map<string, ClaimRecord[]> {
  const groups = new Map<string, ClaimRecord[]>();
  for (const r of records) {
    const key = seriesKeyOf(r);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return groups;
}

/** Builds one series from the claims that share its key. */
export function buildOneSeries(
  key: string,
  records: ClaimRecord[],
  origins: Map<string, OriginInfo>,
  options: SeriesOptions = {},
  reliability = makeReliability(options.overrides, options.sources),
): Series {
  if (!records.length) throw new Error(`series ${key}: no claims`);
  const first = records[0].claim;
  const byPeriod = new Map<string, ClaimRecord[]>();
  for (const r of records) {
    const p = claimPeriod(r).period;
    const list = byPeriod.get(p);
    if (list) list.push(r);
    else byPeriod.set(p, [r]);
  }
  const periods: SeriesPeriod[] = [];
  for (const [period, list] of [...byPeriod].sort(([a], [b]) => a.localeCompare(b))) {
    periods.push(buildPeriod(key, period, list, origins, reliability, eventFamily(first)));
  }
  return { ...seriesShell(key, first), periods };
}

/** A series' identity without its periods, from any one of its claims. */
export function seriesShell(key: string, claim: ClaimRecord["claim"]): Series {
  const place = normalisePlace(claim.destination);
  const measure = measureOf(claim);
  return {
    key,
    subject: claim.subject,
    family: eventFamily(claim),
    measure: measure.kind,
    measureCategory: measure.category,
    unit: claim.unit,
    place: place.name,
    placePath: place.path,
    placePrecision: place.precision,
    periods: [],
  };
}

function originFor(origins: Map<string, OriginInfo>, record: ClaimRecord): OriginInfo {
  const origin = origins.get(record.key);
  if (!origin) throw new Error(`series: claim ${record.key} has no resolved origin`);
  return origin;
}

/** One period of a series: figures with origins and grades, range, headline, contradictions. */
export function buildPeriod(
  seriesKey: string,
  period: string,
  records: ClaimRecord[],
  origins: Map<string, OriginInfo>,
  reliability: ReturnType<typeof makeReliability>,
  family: Series["family"],
): SeriesPeriod {
  const when = new Map(records.map((r) => [r.key, claimPeriod(r)]));
  const sorted = [...records].sort(
    (a, b) =>
      (when.get(a.key)!.date ?? "").localeCompare(when.get(b.key)!.date ?? "") || a.key.localeCompare(b.key),
  );
  const inputs = sorted.map((r) => {
    const o = originFor(origins, r);
    return {
      key: r.key,
      originId: o.id,
      originName: o.name,
      quantity: r.claim.quantity,
      qualifier: r.claim.qualifier,
      interval: figureInterval(r.claim.quantity, r.claim.qualifier),
    };
  });
  const grades = gradePeriod(inputs, reliability);
  const figures: SeriesFigure[] = sorted.map((r, i) => {
    const origin = originFor(origins, r);
    const graded = grades[i];
    const period = when.get(r.key)!;
    return {
      claimKey: r.key,
      docId: r.claim.docId,
      quantity: r.claim.quantity,
      qualifier: r.claim.qualifier,
      interval: inputs[i].interval,
      outlet: r.outlet,
      published: r.published,
      url: r.url,
      evidence: r.claim.evidence,
      origin,
      corroboration: graded.corroboration,
      grade: {
        reliability: graded.reliability,
        reliabilityReason: graded.reliabilityReason,
        credibility: graded.credibility,
        credibilityReason: graded.credibilityReason,
      },
      wellSourced: isWellSourced(graded.reliability, graded.corroboration),
      timePrecision: period.precision,
      date: period.date,
      timeFromPublished: period.fromPublished,
      placePrecision: normalisePlace(r.claim.destination).precision,
    };
  });
  let low = Infinity;
  let high = -Infinity;
  for (const f of figures) {
    const [l, h] = quantityBounds(f.quantity);
    low = Math.min(low, l);
    high = Math.max(high, h);
  }
  const { headline, reason } = chooseHeadline(figures, family);
  return {
    period,
    figures,
    range: [low, high],
    headline,
    headlineReason: reason,
    origins: [...new Set(figures.map((f) => f.origin.id))].sort(),
    contradictions: findContradictions(seriesKey, period, figures, family),
  };
}

/** The lowest well-sourced figure; "up to" ceilings never set a headline. */
export function chooseHeadline(
  figures: SeriesFigure[],
  family: Series["family"] = "other",
): { headline: Headline | null; reason: string } {
  const usable = figures.filter((f) => f.qualifier !== "up_to");
  const candidates = usable.filter((f) => f.wellSourced);
  const excluded = usable.length - candidates.length;
  if (!candidates.length) {
    return {
      headline: null,
      reason: usable.length
        ? `no headline: none of the ${usable.length} figure(s) is well-sourced (reliability C or better, or confirmed by 2+ independent origins)`
        : 'no headline: only upper bounds ("up to") were reported',
    };
  }
  const best = candidates.reduce((a, b) =>
    headlineValue(b) < headlineValue(a) ||
    (headlineValue(b) === headlineValue(a) && b.corroboration > a.corroboration)
      ? b
      : a,
  );
  const why =
    best.corroboration >= 2
      ? `confirmed by ${best.corroboration} independent origins`
      : `${best.origin.name} graded ${best.grade.reliability}`;
  const notes = [
    `lowest well-sourced figure (${why})`,
    `${candidates.length} well-sourced of ${figures.length}`,
    excluded ? `${excluded} not well-sourced and left out` : "",
    figures.length > usable.length ? `${figures.length - usable.length} upper bound(s) left out` : "",
    family === "planned" ? "a plan or announcement, not a count of people sent" : "",
    family === "entries" ? "border entries, not a count of workers" : "",
  ].filter(Boolean);
  const { agreeing, disagreeing } = originsAgainst(best, figures);
  return {
    headline: {
      value: headlineValue(best),
      qualifier: best.qualifier,
      claimKey: best.claimKey,
      reason: notes.join("; "),
      agreeing,
      disagreeing,
    },
    reason: notes.join("; "),
  };
}

/**
 * The origins that agree with a headline figure within tolerance and those that do not, one entry
 * per origin (an origin with any agreeing figure agrees; otherwise its first figure is shown).
 */
export function originsAgainst(
  headline: SeriesFigure,
  figures: SeriesFigure[],
): { agreeing: OriginFigure[]; disagreeing: OriginFigure[] } {
  const entry = (f: SeriesFigure): OriginFigure => ({
    origin: f.origin.id,
    name: f.origin.name,
    quantity: f.quantity,
    qualifier: f.qualifier,
    claimKey: f.claimKey,
  });
  const agreeing = new Map<string, OriginFigure>([[headline.origin.id, entry(headline)]]);
  for (const f of figures)
    if (!agreeing.has(f.origin.id) && agree(headline, f)) agreeing.set(f.origin.id, entry(f));
  const disagreeing = new Map<string, OriginFigure>();
  for (const f of figures)
    if (!agreeing.has(f.origin.id) && !disagreeing.has(f.origin.id)) disagreeing.set(f.origin.id, entry(f));
  return { agreeing: [...agreeing.values()], disagreeing: [...disagreeing.values()] };
}

/** "workers — reported dispatched — Russia (persons)". */
export function describeSeries(series: Pick<Series, "subject" | "family" | "place" | "unit">): string {
  return `${series.subject.replace(/_/g, " ")} — ${FAMILY_LABEL[series.family]} — ${series.place} (${series.unit})`;
}

export function describeHeadline(h: Headline | null, unit: string): string {
  return h
    ? formatQuantity(h.value, h.qualifier === "range" ? "at_least" : h.qualifier, unit)
    : "no headline";
}
