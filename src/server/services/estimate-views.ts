// What /api/series and /api/findings return: the assessment snapshot reshaped for the dashboard,
// with claim keys turned into store claim ids (so every figure links back to its sentence), the
// "realised" family named "reported" as analysts say it, and filters applied. Pure functions.
import { defaultReference, type SubjectRegistry } from "../../reference/index.ts";
import type { Qualifier } from "../../types.ts";
import type {
  Contradiction,
  EventFamily,
  Finding,
  Series,
  SeriesFigure,
  SeriesPeriod,
  TimePrecision,
} from "../../assess/types.ts";
import type { EstimatesData } from "./estimates.ts";

/** Families as the API names them ("reported" is the engine's "realised"). */
export const FAMILIES = [
  "planned",
  "reported",
  "stock",
  "entries",
  "revenue",
  "casualties",
  "other",
] as const;
export type ApiFamily = (typeof FAMILIES)[number];

export function apiFamily(family: EventFamily): ApiFamily {
  return family === "realised" ? "reported" : family;
}

export function subjectGroupOf(
  subject: string,
  subjects: SubjectRegistry = defaultReference().subjects,
): string {
  return subjects.group(subject) ?? "other";
}

/** The store id of a claim key (`"42"` → 42), or null for a key the store did not assign. */
export function claimIdOf(key: string): number | null {
  return /^\d+$/.test(key) ? Number(key) : null;
}

export interface FigureOut {
  claimId: number | null;
  docId: string;
  value: number | [number, number];
  qualifier: Qualifier;
  /** [low, high]; high is null when open upwards ("more than"). */
  interval: [number, number | null];
  outlet: string | null;
  published: string | null;
  url: string | null;
  evidence: string;
  attributionChain: string[];
  origin: { id: string; name: string; basis: string; reason: string; circular: boolean };
  corroboration: number;
  /** Admiralty grade, e.g. `B3`, with the reasons. */
  grade: string;
  gradeReason: string;
  wellSourced: boolean;
  date: string | null;
  timePrecision: TimePrecision;
  timeFromPublished: boolean;
  placePrecision: string;
}

export interface ContradictionOut {
  id: string;
  seriesKey: string;
  period: string;
  claimIds: (number | null)[];
  origins: string[];
  figures: (number | [number, number])[];
  reason: string;
}

export interface PeriodOut {
  period: string;
  range: [number, number];
  headline: { value: number; qualifier: Qualifier; claimId: number | null; reason: string } | null;
  headlineReason: string;
  /** Grade of the headline figure (e.g. `B1`), or null without a headline. */
  grade: string | null;
  /** Distinct origins agreeing with the headline (or the best-corroborated figure without one). */
  corroboration: number;
  origins: string[];
  /** The finest time precision among the figures. */
  timePrecision: TimePrecision;
  contradicted: boolean;
  circular: boolean;
  /** At most PERIOD_CONTRADICTIONS pairs; `contradictionCount` has them all. */
  contradictions: ContradictionOut[];
  contradictionCount: number;
  figures: FigureOut[];
}

export interface SeriesOut {
  key: string;
  subject: string;
  subjectGroup: string;
  family: ApiFamily;
  unit: string;
  place: string;
  placePath: string[];
  placePrecision: string;
  periods: PeriodOut[];
  /** The latest period, repeated for the overview. */
  latest: PeriodOut | null;
}

export interface SeriesFilter {
  subjectGroup?: string;
  subject?: string;
  family?: string;
  place?: string;
  limit?: number;
  offset?: number;
}

/** Pairs of disagreeing figures listed per period (n figures can disagree in n² pairs). */
const PERIOD_CONTRADICTIONS = 5;

const TIME_RANK: Record<TimePrecision, number> = { day: 3, month: 2, year: 1, unknown: 0 };

function contradictionOut(c: Contradiction): ContradictionOut {
  return {
    id: c.id,
    seriesKey: c.seriesKey,
    period: c.period,
    claimIds: c.claimKeys.map(claimIdOf),
    origins: [...c.origins],
    figures: [...c.figures],
    reason: c.reason,
  };
}

function figureOut(f: SeriesFigure, data: EstimatesData): FigureOut {
  const claimId = claimIdOf(f.claimKey);
  const claim = claimId === null ? undefined : data.claims.get(claimId);
  return {
    claimId,
    docId: f.docId,
    value: f.quantity,
    qualifier: f.qualifier,
    interval: [f.interval[0], Number.isFinite(f.interval[1]) ? f.interval[1] : null],
    outlet: f.outlet,
    published: f.published,
    url: f.url,
    evidence: f.evidence,
    attributionChain: claim?.attributionChain ?? [],
    origin: {
      id: f.origin.id,
      name: f.origin.name,
      basis: f.origin.basis,
      reason: f.origin.reason,
      circular: Boolean(f.origin.circular),
    },
    corroboration: f.corroboration,
    grade: `${f.grade.reliability}${f.grade.credibility}`,
    gradeReason: `${f.grade.reliabilityReason}; ${f.grade.credibilityReason}`,
    wellSourced: f.wellSourced,
    date: f.date,
    timePrecision: f.timePrecision,
    timeFromPublished: f.timeFromPublished,
    placePrecision: f.placePrecision,
  };
}

function periodOut(p: SeriesPeriod, data: EstimatesData): PeriodOut {
  const figures = p.figures.map((f) => figureOut(f, data));
  const headFigure = p.headline ? p.figures.find((f) => f.claimKey === p.headline!.claimKey) : undefined;
  const corroboration = headFigure
    ? headFigure.corroboration
    : p.figures.reduce((m, f) => Math.max(m, f.corroboration), 0);
  const timePrecision = p.figures.reduce<TimePrecision>(
    (best, f) => (TIME_RANK[f.timePrecision] > TIME_RANK[best] ? f.timePrecision : best),
    "unknown",
  );
  return {
    period: p.period,
    range: p.range,
    headline: p.headline
      ? {
          value: p.headline.value,
          qualifier: p.headline.qualifier,
          claimId: claimIdOf(p.headline.claimKey),
          reason: p.headline.reason,
        }
      : null,
    headlineReason: p.headlineReason,
    grade: headFigure ? `${headFigure.grade.reliability}${headFigure.grade.credibility}` : null,
    corroboration,
    origins: p.origins,
    timePrecision,
    contradicted: p.contradictions.length > 0,
    circular: p.figures.some((f) => f.origin.circular),
    contradictions: p.contradictions.slice(0, PERIOD_CONTRADICTIONS).map(contradictionOut),
    contradictionCount: p.contradictions.length,
    figures,
  };
}

export function seriesOut(s: Series, data: EstimatesData): SeriesOut {
  const periods = [...s.periods]
    .sort((a, b) => a.period.localeCompare(b.period))
    .map((p) => periodOut(p, data));
  return {
    key: s.key,
    subject: s.subject,
    subjectGroup: subjectGroupOf(s.subject),
    family: apiFamily(s.family),
    unit: s.unit,
    place: s.place,
    placePath: s.placePath,
    placePrecision: s.placePrecision,
    periods,
    latest: periods.at(-1) ?? null,
  };
}

function matchesPlace(s: Series, place: string): boolean {
  const want = place.toLowerCase();
  return [s.place, ...s.placePath].some((p) => p.toLowerCase() === want);
}

export function filterSeries(series: Series[], f: SeriesFilter): Series[] {
  return series.filter(
    (s) =>
      (!f.subjectGroup || subjectGroupOf(s.subject) === f.subjectGroup) &&
      (!f.subject || s.subject === f.subject) &&
      (!f.family || apiFamily(s.family) === f.family || s.family === f.family) &&
      (!f.place || matchesPlace(s, f.place)),
  );
}

/** Most figures first, then by subject, family and place, so the busiest quantities lead. */
export function orderSeries(series: Series[]): Series[] {
  const figures = (s: Series) => s.periods.reduce((n, p) => n + p.figures.length, 0);
  return [...series].sort(
    (a, b) =>
      figures(b) - figures(a) ||
      a.subject.localeCompare(b.subject) ||
      a.family.localeCompare(b.family) ||
      a.place.localeCompare(b.place),
  );
}

export interface FindingOut {
  id: string;
  statement: string;
  seriesKey: string;
  period: string;
  topic: string;
  status: string;
  paragraphs: {
    id: string;
    label: string;
    relation: string;
    summary: string | null;
    binding: boolean | null;
  }[];
  supportingClaims: (number | null)[];
  origins: { id: string; name: string }[];
  parties: { name: string; listId: string; programmes: string[]; docId: string }[];
  headline: PeriodOut["headline"];
}

export interface ProvisionInfo {
  id: string;
  summary: string;
  binding: boolean;
}

export function findingOut(
  f: Finding,
  provisions: Map<string, ProvisionInfo>,
  originNames: Map<string, string>,
): FindingOut {
  // One party per list record and document is enough for the page.
  const parties = new Map<string, FindingOut["parties"][number]>();
  for (const p of f.parties)
    parties.set(`${p.listId}|${p.name}`, {
      name: p.name,
      listId: p.listId,
      programmes: p.programmes,
      docId: p.docId,
    });
  return {
    id: f.id,
    statement: f.statement,
    seriesKey: f.seriesKey,
    period: f.period,
    topic: f.topic,
    status: f.status,
    paragraphs: f.paragraphs.map((p) => ({
      id: p.id,
      label: p.label,
      relation: p.relation,
      summary: provisions.get(p.id)?.summary ?? null,
      binding: provisions.get(p.id)?.binding ?? null,
    })),
    supportingClaims: f.supportingClaims.map(claimIdOf),
    origins: f.origins.map((id) => ({ id, name: originNames.get(id) ?? id })),
    parties: [...parties.values()],
    headline: f.headline
      ? {
          value: f.headline.value,
          qualifier: f.headline.qualifier,
          claimId: claimIdOf(f.headline.claimKey),
          reason: f.headline.reason,
        }
      : null,
  };
}

/** origin id → display name, over every figure of the snapshot. */
export function originNames(series: Series[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const s of series)
    for (const p of s.periods) for (const f of p.figures) names.set(f.origin.id, f.origin.name);
  return names;
}
