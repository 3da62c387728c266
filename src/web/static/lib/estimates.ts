// How estimates read in the dashboard, and the rows the timeline chart and its table are drawn from.
// Pure functions (no DOM), tested in test/web/estimates.test.ts.
import { formatFigure, formatTerm } from "./format.ts";
import type { ApiFamily, PeriodOut, SeriesOut } from "../../../server/services/estimate-views.ts";

export type {
  ApiFamily,
  FigureOut,
  FindingOut,
  PeriodOut,
  SeriesOut,
} from "../../../server/services/estimate-views.ts";

/** Families as the API names them, in the order the dashboard lists them. */
export const FAMILIES: readonly ApiFamily[] = [
  "planned",
  "reported",
  "stock",
  "entries",
  "revenue",
  "casualties",
  "other",
];

export const FAMILY_LABELS: Record<string, string> = {
  planned: "planned / announced",
  reported: "reported sent",
  stock: "present (stock)",
  entries: "border entries",
  revenue: "revenue",
  casualties: "casualties",
  other: "other",
};

/** Chart colours per family; planned and reported differ in hue and in mark. */
export const FAMILY_COLOURS: Record<string, string> = {
  planned: "#b35806",
  reported: "#2166ac",
  stock: "#1b7837",
  entries: "#762a83",
  revenue: "#8c510a",
  casualties: "#b2182b",
  other: "#555555",
};

const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** `1,000–1,500`, or a single figure when both ends are equal. */
export function formatRange(range: readonly (number | null)[] | null | undefined): string {
  if (!Array.isArray(range) || range.length !== 2) return "—";
  const [low, high] = range;
  if (low === null || high === null) return "—";
  return low === high ? number.format(low) : `${number.format(low)}–${number.format(high)}`;
}

/** `about 12,000`, or "none well-sourced" when no figure qualifies for a headline. */
export function formatHeadline(headline: PeriodOut["headline"]): string {
  return headline ? formatFigure(headline.value, headline.qualifier) : "none well-sourced";
}

/** "workers · reported sent · Russia" */
export function seriesLabel(series: Pick<SeriesOut, "subject" | "family" | "place">): string {
  return `${formatTerm(series.subject)} · ${FAMILY_LABELS[series.family] ?? series.family} · ${series.place}`;
}

/** "Donga Ilbo → Yonhap → NIS": the outlet, then whom it cites, nearest first. */
export function attributionPath(outlet: string | null | undefined, chain: unknown): string {
  const links = [outlet, ...(Array.isArray(chain) ? chain : [])].filter(
    (s): s is string => typeof s === "string" && s.trim() !== "",
  );
  // A chain that starts by naming the outlet itself should not repeat it.
  const out: string[] = [];
  for (const link of links) if (out.at(-1)?.toLowerCase() !== link.toLowerCase()) out.push(link);
  return out.join(" → ");
}

/** The middle of a calendar year, so each period sits at its year on a time axis. */
export function periodDate(period: unknown): Date | null {
  const year = Number.parseInt(String(period).slice(0, 4), 10);
  return Number.isFinite(year) ? new Date(Date.UTC(year, 6, 1)) : null;
}

/** One period of one series, as the timeline draws it (a range rule and a headline line). */
export interface PeriodRow {
  z: string;
  date: Date;
  year: number;
  period: string;
  family: string;
  place: string;
  subject: string;
  unit: string;
  low: number;
  high: number;
  headline: number | null;
  headlineText: string;
  grade: string | null;
  corroboration: number;
  figures: number;
  contradicted: boolean;
  claimId: number | null;
}

/** One figure of one period (a dot). */
export interface FigureRow {
  z: string;
  date: Date;
  year: number;
  period: string;
  family: string;
  place: string;
  value: number;
  text: string;
  outlet: string | null;
  grade: string;
  claimId: number | null;
}

/**
 * Rows for the timeline: one per figure (dots), one per period (range rules and headline lines).
 * `z` groups the points of one series, so points of different places or families are never joined.
 */
export function timelineRows(seriesList: readonly SeriesOut[]): {
  figures: FigureRow[];
  periods: PeriodRow[];
} {
  const figures: FigureRow[] = [];
  const periods: PeriodRow[] = [];
  for (const s of seriesList) {
    const z = s.key;
    for (const p of s.periods) {
      const date = periodDate(p.period);
      if (!date) continue;
      const year = date.getUTCFullYear();
      periods.push({
        z,
        date,
        year,
        period: p.period,
        family: s.family,
        place: s.place,
        subject: s.subject,
        unit: s.unit,
        low: p.range[0],
        high: p.range[1],
        headline: p.headline ? p.headline.value : null,
        headlineText: formatHeadline(p.headline),
        grade: p.grade,
        corroboration: p.corroboration,
        figures: p.figures.length,
        contradicted: p.contradicted,
        claimId: p.headline ? p.headline.claimId : (p.figures[0]?.claimId ?? null),
      });
      for (const f of p.figures) {
        const value = Array.isArray(f.value) ? (f.value[0] + f.value[1]) / 2 : f.value;
        figures.push({
          z,
          date,
          year,
          period: p.period,
          family: s.family,
          place: s.place,
          value,
          text: formatFigure(f.value, f.qualifier),
          outlet: f.outlet,
          grade: f.grade,
          claimId: f.claimId,
        });
      }
    }
  }
  periods.sort(
    (a, b) => a.year - b.year || a.family.localeCompare(b.family) || a.place.localeCompare(b.place),
  );
  return { figures, periods };
}

/** Every year from the first to the last period (the chart's ticks), or [] without periods. */
export function yearTicks(periods: readonly { year: number }[]): number[] {
  if (periods.length === 0) return [];
  const years = periods.map((p) => p.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  // A long span gets every other (or every fifth) year so labels never collide.
  const step = last - first > 24 ? 5 : last - first > 12 ? 2 : 1;
  const ticks: number[] = [];
  for (let y = first; y <= last; y += step) ticks.push(y);
  return ticks;
}

/** Distinct subjects among series, most figures first (the selector's options). */
export function subjectsByWeight(seriesList: readonly SeriesOut[]): string[] {
  const weight = new Map<string, number>();
  for (const s of seriesList) {
    // Without figures (figures=false), the distinct origins per period stand in for them.
    const n = s.periods.reduce((sum, p) => sum + (p.figures.length || p.origins?.length || 1), 0);
    weight.set(s.subject, (weight.get(s.subject) ?? 0) + n);
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s);
}
