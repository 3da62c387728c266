// The incremental assessment engine. It keeps clusters, origins, series and findings, and when a
// document arrives recomputes only what it can change: the near-duplicate cluster it joins, the
// figure groups its claims fall in (same-story and circular checks), and the series those claims
// belong to. `snapshot()` assembles the current state.
import { defaultReference, type Reference } from "../reference/index.ts";
import { EVENTS, type Claim } from "../types.ts";
import { claimKeyOf, claimPeriod } from "./figures.ts";
import { buildFinding } from "./findings.ts";
import { actingParties } from "./parties.ts";
import { figureCut } from "./figure-context.ts";
import { foldRestatements } from "./same-report.ts";
import { makeReliability } from "./grades.ts";
import {
  DEFAULT_INDEPENDENCE,
  DocumentClusters,
  baseOrigin,
  figureGroupKey,
  resolveFigureGroup,
  type IndependenceOptions,
} from "./independence.ts";
import { buildPeriod, seriesKeyOf, seriesShell, type SeriesOptions } from "./series.ts";
import type { ReliabilityOverrides } from "./sources.ts";
import type {
  AssessDocument,
  AssessmentSnapshot,
  CircularFlag,
  ClaimRecord,
  Finding,
  OriginInfo,
  PartyHit,
  Series,
  SeriesPeriod,
} from "./types.ts";

export interface EngineOptions extends SeriesOptions {
  independence?: Partial<IndependenceOptions>;
  /** Reference data: which subjects are assessed and how findings name them (default: the repository's data/). */
  reference?: Reference;
}

export interface AddResult {
  docId: string;
  /** Claims accepted. */
  claims: number;
  /** False when the document id was already assessed (documents are immutable). */
  added: boolean;
  /** One message per rejected claim, naming the document and what is wrong. */
  errors: string[];
}

export interface RefreshStats {
  originsRecomputed: number;
  figureGroups: number;
  /** Series with at least one period rebuilt. */
  series: number;
  /** Series periods rebuilt. */
  periods: number;
}

type DocMeta = Omit<AssessDocument, "text">;

/** Why a claim cannot be assessed, or null when it can. */
export function claimProblem(claim: Partial<Claim>): string | null {
  const q = claim.quantity;
  const okNumber = (n: unknown) => typeof n === "number" && Number.isFinite(n) && n >= 0;
  if (!(okNumber(q) || (Array.isArray(q) && q.length === 2 && q.every(okNumber)))) {
    return `quantity ${JSON.stringify(q)} is not a non-negative number or [low, high]`;
  }
  if (typeof claim.subject !== "string" || !claim.subject) return "subject is missing";
  if (!EVENTS.includes(claim.event as (typeof EVENTS)[number]))
    return `event ${JSON.stringify(claim.event)} is not one of ${EVENTS.join(", ")}`;
  if (typeof claim.unit !== "string") return "unit is missing";
  if (typeof claim.evidence !== "string") return "evidence sentence is missing";
  if (!claim.span || typeof claim.span.start !== "number") return "span is missing";
  if (!Array.isArray(claim.attributionChain)) return "attributionChain is not an array";
  return null;
}

export class AssessmentEngine {
  private readonly options: IndependenceOptions;
  private readonly reference: Reference;
  private overrides: ReliabilityOverrides;
  private readonly docs = new Map<string, DocMeta>();
  private readonly claimsByDoc = new Map<string, string[]>();
  private readonly records = new Map<string, ClaimRecord>();
  private readonly clusters: DocumentClusters;
  private readonly figureGroups = new Map<string, Set<string>>();
  /** series key → period → claim keys. Work is done per (series, period), the unit that changes. */
  private readonly seriesMembers = new Map<string, Map<string, Set<string>>>();
  private readonly seriesMeta = new Map<string, Series>();
  private readonly base = new Map<string, OriginInfo>();
  private readonly origins = new Map<string, OriginInfo>();
  private readonly circularByGroup = new Map<string, CircularFlag[]>();
  private readonly periodCache = new Map<string, Map<string, SeriesPeriod>>();
  private readonly findingsCache = new Map<string, Finding | null>();
  private readonly partiesByDoc = new Map<string, PartyHit[]>();
  private readonly dirtyBase = new Set<string>();
  private readonly dirtyGroups = new Set<string>();
  /** `${seriesKey}\u0000${period}` of periods to rebuild. */
  private readonly dirtySeries = new Set<string>();

  constructor(private readonly engineOptions: EngineOptions = {}) {
    this.options = { ...DEFAULT_INDEPENDENCE, ...engineOptions.independence, sources: engineOptions.sources };
    this.overrides = engineOptions.overrides ?? {};
    this.clusters = new DocumentClusters(this.options);
    this.reference = engineOptions.reference ?? defaultReference();
  }

  get documentCount(): number {
    return this.docs.size;
  }

  get claimCount(): number {
    return this.records.size;
  }

  /** Adds one document and the claims read from it; work is deferred to the next refresh/snapshot. */
  addDocument(doc: AssessDocument, claims: (Claim & { id?: number | string })[]): AddResult {
    if (!doc || typeof doc.id !== "string" || !doc.id) throw new Error("assess: a document needs an id");
    if (this.docs.has(doc.id)) return { docId: doc.id, claims: 0, added: false, errors: [] };
    const { text, ...meta } = doc;
    this.docs.set(doc.id, meta);
    for (const id of this.clusters.add(doc.id, text ?? "", doc.published)) {
      if (id !== doc.id) for (const key of this.claimsByDoc.get(id) ?? []) this.dirtyBase.add(key);
    }
    return this.addClaims(meta, claims);
  }

  /**
   * Replaces the claims of a document already added, as an analyst's review changed them (a
   * correction overlays fields, a rejection leaves a claim out). Only the figure groups and series
   * periods the old and new claims belong to are recomputed at the next refresh/snapshot.
   */
  replaceClaims(docId: string, claims: (Claim & { id?: number | string })[]): AddResult {
    const meta = this.docs.get(docId);
    if (!meta) throw new Error(`assess: document ${docId} was never added`);
    for (const key of this.claimsByDoc.get(docId) ?? []) this.removeRecord(key);
    this.claimsByDoc.delete(docId);
    return this.addClaims(meta, claims);
  }

  private addClaims(doc: DocMeta, claims: (Claim & { id?: number | string })[]): AddResult {
    const errors: string[] = [];
    const keys: string[] = [];
    const valid: (Claim & { id?: number | string })[] = [];
    claims.forEach((claim, i) => {
      const problem = claimProblem(claim);
      if (problem) {
        errors.push(`document ${doc.id}, claim #${i + 1}: ${problem}`);
        return;
      }
      // Figures outside the subject vocabulary (Russia's own labour market, context) are not
      // DPRK flows: the extractor keeps them for the record, the assessment leaves them out.
      if (!this.reference.subjects.has(claim.subject)) return;
      const cut = figureCut(claim);
      if (cut) {
        errors.push(
          `document ${doc.id}, claim #${i + 1}: the figure ${JSON.stringify(claim.quantity)} was read from part of "${cut}" (extraction defect), left out`,
        );
        return;
      }
      valid.push(claim);
    });
    // A headline and the body restating one figure are one claim (see same-report.ts).
    for (const claim of foldRestatements(valid, doc.published)) {
      const record: ClaimRecord = {
        key: claimKeyOf({ ...claim, docId: doc.id }, claim.id),
        claim: { ...claim, docId: doc.id },
        outlet: doc.outlet,
        published: doc.published,
        url: doc.url,
      };
      if (this.records.has(record.key)) continue;
      this.records.set(record.key, record);
      keys.push(record.key);
      this.dirtyBase.add(record.key);
      addTo(this.figureGroups, figureGroupKey(record), record.key);
      const seriesKey = seriesKeyOf(record);
      if (!this.seriesMeta.has(seriesKey))
        this.seriesMeta.set(seriesKey, seriesShell(seriesKey, record.claim));
      let periods = this.seriesMembers.get(seriesKey);
      if (!periods) this.seriesMembers.set(seriesKey, (periods = new Map()));
      addTo(periods, claimPeriod(record).period, record.key);
    }
    this.claimsByDoc.set(doc.id, keys);
    return { docId: doc.id, claims: keys.length, added: true, errors };
  }

  /** Takes one claim out of its figure group and series period; both are recomputed at the next refresh. */
  private removeRecord(key: string): void {
    const record = this.records.get(key);
    if (!record) return;
    const group = figureGroupKey(record);
    const members = this.figureGroups.get(group);
    members?.delete(key);
    if (members && members.size === 0) {
      this.figureGroups.delete(group);
      this.circularByGroup.delete(group);
      this.dirtyGroups.delete(group);
    } else this.dirtyGroups.add(group);
    const seriesKey = seriesKeyOf(record);
    const period = claimPeriod(record).period;
    const periodKey = `${seriesKey}\u0000${period}`;
    const periods = this.seriesMembers.get(seriesKey);
    const inPeriod = periods?.get(period);
    inPeriod?.delete(key);
    if (periods && inPeriod && inPeriod.size === 0) {
      periods.delete(period);
      this.periodCache.get(seriesKey)?.delete(period);
      this.findingsCache.delete(periodKey);
      this.dirtySeries.delete(periodKey);
      if (periods.size === 0) {
        this.seriesMembers.delete(seriesKey);
        this.periodCache.delete(seriesKey);
        this.seriesMeta.delete(seriesKey);
      }
    } else this.dirtySeries.add(periodKey);
    this.records.delete(key);
    this.base.delete(key);
    this.origins.delete(key);
    this.dirtyBase.delete(key);
  }

  /** Screening hits (designated parties named in documents); findings of those documents update. */
  addParties(hits: PartyHit[]): void {
    for (const hit of hits) {
      const list = this.partiesByDoc.get(hit.docId) ?? [];
      if (
        list.some(
          (h) =>
            h.name === hit.name &&
            h.listId === hit.listId &&
            h.span?.start === hit.span?.start &&
            h.span?.end === hit.span?.end,
        )
      )
        continue;
      list.push(hit);
      this.partiesByDoc.set(hit.docId, list);
      for (const key of this.claimsByDoc.get(hit.docId) ?? []) this.dirtySeries.add(this.periodKeyOf(key));
    }
  }

  /** Replaces analyst reliability overrides; every series is regraded. */
  setOverrides(overrides: ReliabilityOverrides): void {
    this.overrides = { ...overrides };
    for (const [key, periods] of this.seriesMembers)
      for (const period of periods.keys()) this.dirtySeries.add(`${key}\u0000${period}`);
  }

  /** Recomputes whatever the documents added since the last refresh can have changed. */
  refresh(): RefreshStats {
    const stats: RefreshStats = { originsRecomputed: 0, figureGroups: 0, series: 0, periods: 0 };
    for (const key of this.dirtyBase) {
      const record = this.records.get(key)!;
      const rep = this.clusters.representative(record.claim.docId);
      this.base.set(
        key,
        baseOrigin(record, rep, (id) => this.docs.get(id)?.outlet ?? null, this.options.sources),
      );
      this.dirtyGroups.add(figureGroupKey(record));
      stats.originsRecomputed++;
    }
    this.dirtyBase.clear();
    for (const group of this.dirtyGroups) {
      const records = [...this.figureGroups.get(group)!].map((k) => this.records.get(k)!);
      const { origins, circular } = resolveFigureGroup(records, this.base, this.options);
      for (const [key, origin] of origins) {
        const before = this.origins.get(key);
        if (
          !before ||
          before.id !== origin.id ||
          before.basis !== origin.basis ||
          before.reason !== origin.reason
        ) {
          this.origins.set(key, origin);
          this.dirtySeries.add(this.periodKeyOf(key));
        }
      }
      if (circular.length) this.circularByGroup.set(group, circular);
      else this.circularByGroup.delete(group);
      stats.figureGroups++;
    }
    this.dirtyGroups.clear();
    const reliability = makeReliability(this.overrides, this.options.sources);
    const touchedSeries = new Set<string>();
    for (const periodKey of this.dirtySeries) {
      const [key, period] = periodKey.split("\u0000");
      const records = [...this.seriesMembers.get(key)!.get(period)!].map((k) => this.records.get(k)!);
      const series = this.seriesMeta.get(key)!;
      const built = buildPeriod(key, period, records, this.origins, reliability, series.family);
      let periods = this.periodCache.get(key);
      if (!periods) this.periodCache.set(key, (periods = new Map()));
      periods.set(period, built);
      const parties = actingParties(
        [...new Set(records.map((r) => r.claim.docId))].flatMap((d) => this.partiesByDoc.get(d) ?? []),
        records,
      );
      const finding = buildFinding(series, built, parties, this.reference.subjects);
      this.findingsCache.set(periodKey, finding.paragraphs.length ? finding : null);
      touchedSeries.add(key);
    }
    stats.series = touchedSeries.size;
    stats.periods = this.dirtySeries.size;
    this.dirtySeries.clear();
    return stats;
  }

  private periodKeyOf(claimKey: string): string {
    const record = this.records.get(claimKey)!;
    return `${seriesKeyOf(record)}\u0000${claimPeriod(record).period}`;
  }

  snapshot(): AssessmentSnapshot {
    this.refresh();
    const keys = [...this.periodCache.keys()].sort();
    const series: Series[] = keys.map((k) => {
      const periods = [...this.periodCache.get(k)!].sort(([a], [b]) => a.localeCompare(b)).map(([, p]) => p);
      return { ...this.seriesMeta.get(k)!, periods };
    });
    const findings: Finding[] = [];
    for (const s of series) {
      for (const p of s.periods) {
        const f = this.findingsCache.get(`${s.key}\u0000${p.period}`);
        if (f) findings.push(f);
      }
    }
    return {
      series,
      findings,
      contradictions: series.flatMap((s) => s.periods.flatMap((p) => p.contradictions)),
      circular: [...this.circularByGroup.values()].flat(),
      clusters: this.clusters.toRecord(),
    };
  }

  /** The claim records the snapshot refers to (for footnotes and exports). */
  claim(key: string): ClaimRecord | undefined {
    return this.records.get(key);
  }

  document(id: string): DocMeta | undefined {
    return this.docs.get(id);
  }

  origin(key: string): OriginInfo | undefined {
    this.refresh();
    return this.origins.get(key);
  }
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
