// Flat rows for CSV/JSON exports of claims, series, findings and entities (origins and parties).
import { claimPeriod, eventFamily, quantityBounds } from "../assess/figures.ts";
import { normalisePlace } from "../assess/places.ts";
import { reliabilityOf, type ReliabilityOverrides } from "../assess/sources.ts";
import type { AssessmentSnapshot, ClaimRecord, PartyHit } from "../assess/types.ts";
import type { CsvValue } from "./csv.ts";
import type { ReviewStatus } from "../store/index.ts";

export type ExportWhat = "claims" | "series" | "findings" | "entities";
type Row = Record<string, CsvValue>;

export interface ExportSource {
  snapshot: AssessmentSnapshot;
  claim(key: string): ClaimRecord | undefined;
  parties?: PartyHit[];
  overrides?: ReliabilityOverrides;
  /** Review status by claim key (store id), from the reviewed-claims view. */
  review?: Map<number, ReviewStatus>;
}

export function claimRows(src: ExportSource): Row[] {
  const rows: Row[] = [];
  for (const s of src.snapshot.series) {
    for (const p of s.periods) {
      for (const f of p.figures) {
        const record = src.claim(f.claimKey);
        const c = record?.claim;
        const [low, high] = quantityBounds(f.quantity);
        rows.push({
          claim: f.claimKey,
          doc: f.docId,
          outlet: f.outlet,
          published: f.published,
          url: f.url,
          quantity_low: low,
          quantity_high: high,
          qualifier: f.qualifier,
          unit: s.unit,
          subject: s.subject,
          event: c?.event ?? null,
          family: c ? eventFamily(c) : s.family,
          destination: c?.destination ?? null,
          place: s.place,
          place_precision: f.placePrecision,
          time: c?.time ?? null,
          period: record ? claimPeriod(record).period : p.period,
          time_from_published: f.timeFromPublished,
          attributed_to: c?.attributedTo ?? null,
          attribution_chain: c?.attributionChain ?? [],
          origin: f.origin.id,
          origin_name: f.origin.name,
          origin_basis: f.origin.basis,
          reliability: f.grade.reliability,
          credibility: f.grade.credibility,
          corroboration: f.corroboration,
          well_sourced: f.wellSourced,
          ...reviewColumns(src, f.claimKey),
          evidence: f.evidence,
        });
      }
    }
  }
  return rows;
}

/** Review columns: the latest decision, who made it, and the extracted values a correction replaced. */
function reviewColumns(src: ExportSource, claimKey: string): Row {
  const status = src.review?.get(Number(claimKey));
  return {
    review: status?.decision ?? "unreviewed",
    reviewed_by: status?.author ?? null,
    reviewed_at: status?.at ?? null,
    original_values: status?.original ? JSON.stringify(status.original) : null,
  };
}

export function seriesRows(src: ExportSource): Row[] {
  return src.snapshot.series.flatMap((s) =>
    s.periods.map((p) => ({
      series: s.key,
      subject: s.subject,
      family: s.family,
      unit: s.unit,
      place: s.place,
      place_path: s.placePath,
      place_precision: s.placePrecision,
      period: p.period,
      headline: p.headline?.value ?? null,
      headline_qualifier: p.headline?.qualifier ?? null,
      headline_claim: p.headline?.claimKey ?? null,
      headline_reason: p.headlineReason,
      range_low: p.range[0],
      range_high: p.range[1],
      figures: p.figures.length,
      origins: p.origins,
      contradictions: p.contradictions.length,
    })),
  );
}

export function findingRows(src: ExportSource): Row[] {
  return src.snapshot.findings.map((f) => ({
    finding: f.id,
    topic: f.topic,
    period: f.period,
    status: f.status,
    statement: f.statement,
    paragraphs: f.paragraphs.map((p) => p.label),
    relations: f.paragraphs.map((p) => `${p.label}: ${p.relation}`),
    origins: f.origins,
    supporting_claims: f.supportingClaims,
    parties: f.parties.map((p) => `${p.name} (${p.listId})`),
    series: f.seriesKey,
  }));
}

/** Origins with their reliability grade, and designated parties with their listings. */
export function entityRows(src: ExportSource): Row[] {
  const rows: Row[] = [];
  const origins = new Map<string, string>();
  for (const s of src.snapshot.series)
    for (const p of s.periods) for (const f of p.figures) origins.set(f.origin.id, f.origin.name);
  for (const [id, name] of [...origins].sort()) {
    const r = reliabilityOf(id, src.overrides);
    rows.push({
      entity: id,
      kind: "origin",
      name,
      list: null,
      programmes: [],
      reliability: r.grade,
      reason: r.reason,
    });
  }
  for (const p of src.parties ?? []) {
    rows.push({
      entity: `party:${p.listId}:${p.name}`,
      kind: "designated_party",
      name: p.name,
      list: p.listId,
      programmes: p.programmes,
      reliability: null,
      reason: `screening score ${p.score}`,
    });
  }
  return rows;
}

export function exportRows(what: ExportWhat, src: ExportSource): Row[] {
  switch (what) {
    case "claims":
      return claimRows(src);
    case "series":
      return seriesRows(src);
    case "findings":
      return findingRows(src);
    case "entities":
      return entityRows(src);
  }
}

export { normalisePlace };
