// The dossier as data: what the Markdown, HTML and PDF renderers print. Every figure shown gets a
// numbered footnote (outlet, date, URL, the quoted sentence); renderers never reach back into
// claims themselves.
import { FAMILY_LABEL, topicOf } from "../assess/figures.ts";
import { amountPhrase } from "../assess/prose.ts";
import { CREDIBILITY_SCALE, RELIABILITY_SCALE } from "../assess/grades.ts";
import { loadProvisions, provisionLabel } from "../assess/provisions.ts";
import { describeSeries } from "../assess/series.ts";
import { TOLERANCE } from "../assess/figures.ts";
import type {
  AssessmentSnapshot,
  ClaimRecord,
  CorrectionEntry,
  EventFamily,
  Finding,
  Series,
  Topic,
} from "../assess/types.ts";
import { renderLineChart } from "./chart.ts";

export interface Footnote {
  n: number;
  claimKey: string;
  docId: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  title: string | null;
  evidence: string;
}

export interface FigureRef {
  text: string;
  ref: number;
  grade: string;
  origin: string;
}

export interface DossierFinding {
  finding: Finding;
  refs: number[];
  /** Display names of the finding's origins. */
  originNames: string[];
  /** "NIS (about 11,000)" for each origin agreeing with the headline, and each giving another figure. */
  agreeingText: string[];
  disagreeingText: string[];
  provisions: { label: string; relation: string; summary: string }[];
  corrections: CorrectionEntry[];
}

export interface EstimateRow {
  series: string;
  family: EventFamily;
  period: string;
  headline: string;
  headlineRef: number | null;
  headlineReason: string;
  range: string;
  origins: number;
  figures: FigureRef[];
  contradictions: number;
}

export interface Dossier {
  title: string;
  generatedAt: string;
  filters: { since: string | null; topic: Topic | null };
  summary: string[];
  findings: DossierFinding[];
  estimates: EstimateRow[];
  charts: { title: string; svg: string }[];
  parties: { name: string; listId: string; programmes: string[]; findings: string[] }[];
  contradictions: { text: string; refs: number[] }[];
  circular: { text: string; refs: number[] }[];
  methodology: {
    evidenceStandard: string[];
    reliability: [string, string][];
    credibility: [string, string][];
    provisions: [string, string][];
  };
  footnotes: Footnote[];
}

export interface DossierOptions {
  title?: string;
  since?: string | null;
  topic?: Topic | null;
  generatedAt?: string;
  corrections?: CorrectionEntry[];
}

export interface ClaimLookup {
  claim(key: string): ClaimRecord | undefined;
  document(id: string): { title: string | null } | undefined;
}

class Footnotes {
  readonly list: Footnote[] = [];
  private readonly byKey = new Map<string, number>();
  constructor(private readonly lookup: ClaimLookup) {}
  ref(key: string): number {
    const known = this.byKey.get(key);
    if (known) return known;
    const record = this.lookup.claim(key);
    if (!record) throw new Error(`report: claim ${key} is referenced but not known`);
    const n = this.list.length + 1;
    this.list.push({
      n,
      claimKey: key,
      docId: record.claim.docId,
      outlet: record.outlet,
      published: record.published,
      url: record.url,
      title: this.lookup.document(record.claim.docId)?.title ?? null,
      evidence: record.claim.evidence,
    });
    this.byKey.set(key, n);
    return n;
  }
}

function keepPeriod(period: string, since: string | null | undefined): boolean {
  if (!since) return true;
  return period !== "undated" && period >= since.slice(0, 4);
}

const FAMILY_ORDER: EventFamily[] = [
  "planned",
  "realised",
  "stock",
  "entries",
  "revenue",
  "casualties",
  "other",
];

export function buildDossier(
  snapshot: AssessmentSnapshot,
  lookup: ClaimLookup,
  options: DossierOptions = {},
): Dossier {
  const topic = options.topic ?? null;
  const since = options.since ?? null;
  const notes = new Footnotes(lookup);
  const series = snapshot.series
    .filter((s) => !topic || topicOf(s.subject) === topic)
    .map((s) => ({ ...s, periods: s.periods.filter((p) => keepPeriod(p.period, since)) }))
    .filter((s) => s.periods.length > 0);
  const seriesByKey = new Map(series.map((s) => [s.key, s]));
  const corrections = options.corrections ?? [];

  const findings: DossierFinding[] = snapshot.findings
    .filter((f) => seriesByKey.has(f.seriesKey) && keepPeriod(f.period, since))
    .sort(
      (a, b) =>
        rankFinding(b) - rankFinding(a) || a.period.localeCompare(b.period) || a.id.localeCompare(b.id),
    )
    .map((finding) => {
      const refs = [finding.headline?.claimKey, ...finding.supportingClaims]
        .filter((k): k is string => !!k)
        .filter((k, i, all) => all.indexOf(k) === i)
        .map((k) => notes.ref(k));
      const catalogue = loadProvisions();
      const names = new Map<string, string>();
      const unit = seriesByKey.get(finding.seriesKey)?.unit ?? "";
      for (const p of seriesByKey.get(finding.seriesKey)?.periods ?? [])
        for (const f of p.figures) names.set(f.origin.id, f.origin.name);
      return {
        finding,
        refs,
        originNames: finding.origins.map((o) => names.get(o) ?? o),
        agreeingText: (finding.agreeing ?? []).map(
          (a) => `${a.name} (${amountPhrase(a.quantity, a.qualifier, unit)})`,
        ),
        disagreeingText: (finding.disagreeing ?? []).map(
          (a) => `${a.name} (${amountPhrase(a.quantity, a.qualifier, unit)})`,
        ),
        provisions: finding.paragraphs.map((p) => ({
          label: p.label,
          relation: p.relation,
          summary: catalogue.find((c) => c.id === p.id)?.summary ?? "",
        })),
        corrections: corrections.filter((c) => c.findingId === finding.id),
      };
    });

  const estimates: EstimateRow[] = [];
  for (const s of [...series].sort(
    (a, b) =>
      a.subject.localeCompare(b.subject) ||
      FAMILY_ORDER.indexOf(a.family) - FAMILY_ORDER.indexOf(b.family) ||
      a.place.localeCompare(b.place),
  )) {
    for (const p of s.periods) {
      estimates.push({
        series: describeSeries(s),
        family: s.family,
        period: p.period,
        headline: p.headline
          ? amountPhrase(
              p.headline.value,
              p.headline.qualifier === "range" ? "at_least" : p.headline.qualifier,
              s.unit,
            )
          : "—",
        headlineRef: p.headline ? notes.ref(p.headline.claimKey) : null,
        headlineReason: p.headlineReason,
        range:
          p.range[0] === p.range[1]
            ? amountPhrase(p.range[0], "exact", s.unit)
            : amountPhrase([p.range[0], p.range[1]], "range", s.unit),
        origins: p.origins.length,
        figures: p.figures.map((f) => ({
          text: amountPhrase(f.quantity, f.qualifier, s.unit),
          ref: notes.ref(f.claimKey),
          grade: `${f.grade.reliability}${f.grade.credibility}`,
          origin: f.origin.name,
        })),
        contradictions: p.contradictions.length,
      });
    }
  }

  const periodKeys = new Set(series.flatMap((s) => s.periods.map((p) => `${s.key}@${p.period}`)));
  const shownClaims = new Set(
    series.flatMap((s) => s.periods.flatMap((p) => p.figures.map((f) => f.claimKey))),
  );
  const contradictions = snapshot.contradictions
    .filter((c) => periodKeys.has(`${c.seriesKey}@${c.period}`))
    .map((c) => ({
      text: `${describeSeries(seriesByKey.get(c.seriesKey)!)}, ${c.period}: ${c.reason}.`,
      refs: c.claimKeys.map((k) => notes.ref(k)),
    }));
  const circular = snapshot.circular
    .filter((c) => shownClaims.has(c.claimKey) && lookup.claim(c.earlierClaimKey))
    .map((c) => ({
      text: `A figure presented as independent reached its source through ${c.citedVia}, which had already reported it; counted once, under ${c.trueOrigin}.`,
      refs: [notes.ref(c.claimKey), notes.ref(c.earlierClaimKey)],
    }));

  const partyMap = new Map<string, Dossier["parties"][number]>();
  for (const f of findings) {
    for (const p of f.finding.parties) {
      const key = `${p.name}|${p.listId}`;
      const entry = partyMap.get(key) ?? {
        name: p.name,
        listId: p.listId,
        programmes: p.programmes,
        findings: [],
      };
      if (!entry.findings.includes(f.finding.id)) entry.findings.push(f.finding.id);
      partyMap.set(key, entry);
    }
  }

  const corroborated = findings.filter((f) => f.finding.status === "corroborated").length;
  const breaches = findings.filter((f) =>
    f.finding.paragraphs.some((p) => p.relation.startsWith("breach indicated")),
  );
  const summary = [
    `${findings.length} finding(s) from ${series.length} estimate series; ${corroborated} corroborated by two or more independent origins, ${findings.length - corroborated} single-source.`,
    breaches.length
      ? `${breaches.length} finding(s) indicate DPRK nationals earning income abroad after the 22 December 2019 repatriation deadline of resolution 2397 ¶8.`
      : "No finding places DPRK workers abroad after the 22 December 2019 repatriation deadline.",
    `${contradictions.length} contradiction(s) between sources are shown side by side, not averaged; ${circular.length} circular report(s) were counted once.`,
    ...findings.slice(0, 5).map((f) => f.finding.statement),
  ];

  return {
    title: options.title ?? `flowwatch dossier${topic ? `: ${topic}` : ""}`,
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    filters: { since, topic },
    summary,
    findings,
    estimates,
    charts: buildCharts(series),
    parties: [...partyMap.values()],
    contradictions,
    circular,
    methodology: methodology(),
    footnotes: notes.list,
  };
}

function rankFinding(f: Finding): number {
  return (
    (f.status === "corroborated" ? 2 : 0) +
    (f.paragraphs.some((p) => p.relation.startsWith("breach")) ? 1 : 0)
  );
}

const COLOURS: Partial<Record<EventFamily, string>> = {
  planned: "#b45309",
  realised: "#1d4ed8",
  stock: "#047857",
};

/** One chart per subject with planned and realised (or stock) figures in more than one place or period. */
function buildCharts(series: Series[]): { title: string; svg: string }[] {
  const charts: { title: string; svg: string }[] = [];
  const subjects = [...new Set(series.map((s) => `${s.subject}|${s.unit}`))].sort();
  for (const su of subjects) {
    const [subject, unit] = su.split("|");
    const group = series.filter((s) => s.subject === subject && s.unit === unit && COLOURS[s.family]);
    const families = [...new Set(group.map((s) => s.family))];
    if (!families.includes("planned") && !families.includes("realised")) continue;
    const lines = families
      .map((family) => {
        // One point per (period, place): places are never summed or merged, since a site lies
        // inside its region and country; each point is labelled with its place.
        const points: { period: string; value: number; group: string; note: string }[] = [];
        for (const s of group.filter((g) => g.family === family)) {
          for (const p of s.periods) {
            if (!p.headline || p.period === "undated") continue;
            points.push({ period: p.period, value: p.headline.value, group: s.place, note: s.place });
          }
        }
        points.sort((a, b) => a.group.localeCompare(b.group) || a.period.localeCompare(b.period));
        return {
          label: FAMILY_LABEL[family],
          colour: COLOURS[family]!,
          dashed: family === "planned",
          points,
        };
      })
      .filter((l) => l.points.length > 0);
    if (!lines.length) continue;
    const title = `${subject.replace(/_/g, " ")}: conservative figure per year and place, planned vs reported`;
    charts.push({ title, svg: renderLineChart({ title, unit, lines }) });
  }
  return charts;
}

function methodology(): Dossier["methodology"] {
  return {
    evidenceStandard: [
      "Every figure is a claim read from one sentence of one document; the footnote quotes that sentence.",
      'The origin of a claim is the end of its attribution chain ("A citing B citing C" → C), with source names normalised through an alias table; without a chain it is the outlet.',
      "Near-duplicate documents (MinHash over word 5-shingles, estimated Jaccard ≥ 0.6) are one origin: the earliest copy. Two outlets printing the same figure in a near-identical sentence within 7 days are one story.",
      "A chain that runs through an outlet which had already reported the same figure is circular reporting: it is counted under the earlier origin and flagged.",
      "A finding is corroborated only when two or more independent origins give figures that agree with its headline within the stated tolerance; a ceiling or floor that is merely consistent does not confirm. Origins giving other figures for the same measure and period are listed with their figures.",
      "A series is one measure: a batch, a part, a total, a stock, entries, killed, wounded and killed-or-wounded, the state's and the worker's share of wages, and wages of different worker categories are never compared, averaged or counted as corroboration of one another.",
      `Figures are compatible when their intervals overlap: exact ±${TOLERANCE.exact * 100} %, approximate ±${TOLERANCE.approx * 100} %, ranges as stated, "more than" open upwards, "up to" open downwards. Incompatible figures are listed as contradictions and never averaged.`,
      'The headline of a period is the lowest well-sourced figure (origin graded C or better, or confirmed by two or more independent origins); "up to" ceilings never set it. Plans, dispatches, stocks and border entries are separate series.',
    ],
    reliability: Object.entries(RELIABILITY_SCALE),
    credibility: Object.entries(CREDIBILITY_SCALE),
    provisions: loadProvisions().map((p) => [provisionLabel(p), p.summary] as [string, string]),
  };
}

export { FAMILY_LABEL };
