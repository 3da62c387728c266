// The records the assessment stage produces: series of estimates, origins, grades, contradictions
// and findings. Everything here is derived from claims and can be recomputed; nothing is evidence.
import type { Claim, EventType, PartyHit, Qualifier, Reliability, Subject } from "../types.ts";
// Shared with the store, so they live in src/types.ts.
export type { AssessDocument, CorrectionEntry, PartyHit, Reliability } from "../types.ts";
import type { MeasureKind } from "./measures.ts";

/** A claim with a stable key and the metadata of the document it came from. */
export interface ClaimRecord {
  /** Stable key: the store id when known, otherwise `docId:spanStart-spanEnd:subject`. */
  key: string;
  claim: Claim;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

export type EventFamily = "planned" | "realised" | "stock" | "entries" | "revenue" | "casualties" | "other";
export type PlacePrecision = "site" | "region" | "country" | "unknown";
export type TimePrecision = "day" | "month" | "year" | "unknown";
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

/** How the origin of a claim was decided. */
export type OriginBasis = "chain" | "attributed" | "outlet" | "syndicated_copy" | "same_story" | "circular";

export interface OriginInfo {
  /** Normalised origin id (`kr-nis`, `outlet:yonhap`, …). */
  id: string;
  /** Display name of the origin. */
  name: string;
  basis: OriginBasis;
  /** Words an analyst can read: why this origin. */
  reason: string;
  /** Set when the claim presents as independent but its chain runs back to an earlier report. */
  circular?: CircularFlag;
}

export interface CircularFlag {
  claimKey: string;
  /** The link in the chain that is itself an earlier reporter of the figure. */
  citedVia: string;
  /** The earlier claim the figure actually comes from. */
  earlierClaimKey: string;
  trueOrigin: string;
}

export interface Grade {
  reliability: Reliability;
  reliabilityReason: string;
  credibility: Credibility;
  credibilityReason: string;
}

/** One figure in a series period, with its source, origin and grade. */
export interface SeriesFigure {
  claimKey: string;
  docId: string;
  quantity: number | [number, number];
  qualifier: Qualifier;
  /** The interval the figure allows, [low, high] (high may be Infinity for "more than"). */
  interval: [number, number];
  outlet: string | null;
  published: string | null;
  url: string | null;
  evidence: string;
  origin: OriginInfo;
  /** Distinct origins whose figures are compatible with this one (itself included). */
  corroboration: number;
  grade: Grade;
  wellSourced: boolean;
  timePrecision: TimePrecision;
  /** The date the figure refers to, padded to YYYY-MM-DD (see timePrecision), or null. */
  date: string | null;
  /** True when the period came from the document's publication date, not from the claim. */
  timeFromPublished: boolean;
  placePrecision: PlacePrecision;
}

export interface Headline {
  value: number;
  qualifier: Qualifier;
  claimKey: string;
  reason: string;
  /** Origins whose figure agrees with the headline within tolerance (its own origin first). */
  agreeing: OriginFigure[];
  /** Origins of the same measure and period whose figures do not agree, with their figures. */
  disagreeing: OriginFigure[];
}

export interface OriginFigure {
  origin: string;
  name: string;
  quantity: number | [number, number];
  qualifier: Qualifier;
  claimKey: string;
}

export interface Contradiction {
  id: string;
  seriesKey: string;
  period: string;
  claimKeys: [string, string];
  origins: [string, string];
  figures: [number | [number, number], number | [number, number]];
  reason: string;
}

export interface SeriesPeriod {
  period: string;
  figures: SeriesFigure[];
  /** min..max over every figure, ranges expanded. */
  range: [number, number];
  headline: Headline | null;
  /** Why the headline is what it is, or why there is none. */
  headlineReason: string;
  /** Distinct origins over the whole period. */
  origins: string[];
  contradictions: Contradiction[];
}

export interface Series {
  key: string;
  subject: Subject;
  family: EventFamily;
  /** What the figures measure (see measures.ts); figures of different measures are other series. */
  measure: MeasureKind;
  /** Worker category of a wage series (`it`, `construction`, …), else "". */
  measureCategory: string;
  unit: string;
  /** Canonical place name, e.g. `Alabuga`, and its path up the hierarchy. */
  place: string;
  placePath: string[];
  placePrecision: PlacePrecision;
  periods: SeriesPeriod[];
}

export type EvidentiaryStatus = "corroborated" | "single-source";

export interface ParagraphRef {
  /** Provision id in data/provisions/unscr.json, e.g. `2397-8`. */
  id: string;
  label: string;
  /** How the claims bear on it: "breach indicated", "bears on", … with the reason. */
  relation: string;
}

export interface Finding {
  id: string;
  statement: string;
  seriesKey: string;
  period: string;
  topic: Topic;
  paragraphs: ParagraphRef[];
  supportingClaims: string[];
  origins: string[];
  status: EvidentiaryStatus;
  /** Origins agreeing with the headline (corroborated needs two or more). */
  agreeing: OriginFigure[];
  /** Origins giving other figures for the same measure and period. */
  disagreeing: OriginFigure[];
  parties: PartyHit[];
  headline: Headline | null;
}

export type Topic = "labor" | "military" | "money" | "arms" | "other";

export interface AssessmentSnapshot {
  series: Series[];
  findings: Finding[];
  contradictions: Contradiction[];
  circular: CircularFlag[];
  /** docId → cluster representative docId for near-duplicate/syndicated copies. */
  clusters: Record<string, string>;
}

export type { Claim, EventType };
