// What a single figure means for comparison: the interval it allows, whether two figures are
// compatible, the period and event family it belongs to. Tolerances are explicit so an analyst
// can read why two figures were called a contradiction.
import { defaultReference, type SubjectRegistry } from "../reference/index.ts";
import type { Claim, Qualifier, Subject } from "../types.ts";
import type { ClaimRecord, EventFamily, TimePrecision, Topic } from "./types.ts";
import { figureContext, firstWords, lastWords } from "./figure-context.ts";

/** Relative slack around a stated figure: "12,000" allows ±5 %, "around 12,000" ±15 %. */
export const TOLERANCE = { exact: 0.05, approx: 0.15, range: 0.05 } as const;

export function quantityBounds(quantity: number | [number, number]): [number, number] {
  return Array.isArray(quantity) ? [Math.min(...quantity), Math.max(...quantity)] : [quantity, quantity];
}

/** The interval a hedged figure allows. "More than 13,000" is [13000, ∞); "up to 5,000" is [0, 5000]. */
export function figureInterval(quantity: number | [number, number], qualifier: Qualifier): [number, number] {
  const [low, high] = quantityBounds(quantity);
  switch (qualifier) {
    case "more_than":
    case "at_least":
      return [low, Infinity];
    case "up_to":
      return [0, high];
    case "approx":
      return [low / (1 + TOLERANCE.approx), high * (1 + TOLERANCE.approx)];
    case "range":
      return [low / (1 + TOLERANCE.range), high * (1 + TOLERANCE.range)];
    default:
      return [low / (1 + TOLERANCE.exact), high * (1 + TOLERANCE.exact)];
  }
}

/**
 * The values a figure agrees with, for corroboration: the stated figure (or range) within its
 * tolerance, bounds closed. "Up to 600 million" is consistent with 20 million but does not agree
 * with it; it agrees with another ceiling or estimate near 600 million.
 */
export function agreementInterval(
  quantity: number | [number, number],
  qualifier: Qualifier,
): [number, number] {
  const [low, high] = quantityBounds(quantity);
  const slack =
    qualifier === "exact" ? TOLERANCE.exact : qualifier === "range" ? TOLERANCE.range : TOLERANCE.approx;
  return [low / (1 + slack), high * (1 + slack)];
}

/** Two figures agree when their agreement intervals overlap. */
export function agree(
  a: Pick<Claim, "quantity" | "qualifier">,
  b: Pick<Claim, "quantity" | "qualifier">,
): boolean {
  const [aLow, aHigh] = agreementInterval(a.quantity, a.qualifier);
  const [bLow, bHigh] = agreementInterval(b.quantity, b.qualifier);
  return aLow <= bHigh && bLow <= aHigh;
}

/** Two figures are compatible when the intervals they allow overlap (ranges overlapping count). */
export function compatible(
  a: Pick<Claim, "quantity" | "qualifier">,
  b: Pick<Claim, "quantity" | "qualifier">,
): boolean {
  const [aLow, aHigh] = figureInterval(a.quantity, a.qualifier);
  const [bLow, bHigh] = figureInterval(b.quantity, b.qualifier);
  return aLow <= bHigh && bLow <= aHigh;
}

/** The value a conservative headline uses: the stated figure, or the low end of a range. */
export function headlineValue(claim: Pick<Claim, "quantity" | "qualifier">): number {
  return quantityBounds(claim.quantity)[0];
}

export function formatQuantity(quantity: number | [number, number], qualifier: Qualifier, unit = ""): string {
  const fmt = (n: number) => n.toLocaleString("en-US");
  const [low, high] = quantityBounds(quantity);
  const base = low === high ? fmt(low) : `${fmt(low)}–${fmt(high)}`;
  const hedge: Record<Qualifier, string> = {
    exact: "",
    approx: "about ",
    more_than: "more than ",
    at_least: "at least ",
    up_to: "up to ",
    range: "",
  };
  const suffix = unit && unit !== "persons" ? ` ${unit}` : "";
  return `${hedge[qualifier]}${base}${suffix}`;
}

/** Event families are never mixed: a plan is not a dispatch, an entry count is not a stock. */
export function eventFamily(claim: Pick<Claim, "event" | "modality">): EventFamily {
  switch (claim.event) {
    case "deployment_planned":
      return "planned";
    case "deployment_reported":
      // "Pyongyang plans to send…" mis-tagged as a report still belongs with plans.
      return claim.modality === "planned" ? "planned" : "realised";
    case "stock_estimate":
      return "stock";
    case "entries":
      return "entries";
    case "revenue_estimate":
      return "revenue";
    case "casualties":
      return "casualties";
    default:
      return "other";
  }
}

export const FAMILY_LABEL: Record<EventFamily, string> = {
  planned: "planned / announced",
  realised: "reported dispatched",
  stock: "present at a time (stock)",
  entries: "border entries",
  revenue: "revenue",
  casualties: "casualties",
  other: "other",
};

export interface ClaimPeriod {
  period: string;
  precision: TimePrecision;
  fromPublished: boolean;
  /** Best full date for ordering (YYYY-MM-DD, padded), or null. */
  date: string | null;
}

function precisionOf(iso: string): TimePrecision {
  if (/^\d{4}-\d{2}-\d{2}/.test(iso)) return "day";
  if (/^\d{4}-\d{2}/.test(iso)) return "month";
  if (/^\d{4}/.test(iso)) return "year";
  return "unknown";
}

/**
 * Series periods are calendar years: monthly figures are rare and a year is what sanctions
 * monitors report on. The claim's own time wins; the publication date is a flagged fallback.
 */
export function claimPeriod(record: Pick<ClaimRecord, "claim" | "published">): ClaimPeriod {
  const own = ownTime(record.claim.time);
  if (own && /^\d{4}/.test(own)) {
    const shifted = shiftYears(own, relativeYearShift(record.claim));
    return {
      period: shifted.slice(0, 4),
      precision: precisionOf(shifted),
      fromPublished: false,
      date: padDate(shifted),
    };
  }
  const pub = record.published;
  if (pub && /^\d{4}/.test(pub)) {
    const shift = relativeYearShift(record.claim, true);
    const at = shift ? shiftYears(pub.slice(0, 4), shift) : pub;
    return { period: at.slice(0, 4), precision: precisionOf(at), fromPublished: true, date: padDate(at) };
  }
  return { period: "undated", precision: "unknown", fromPublished: false, date: null };
}

/** A stated period `start/end` is reported at its end ("since 2023" as of 2025 → 2025). */
function ownTime(time: string | null): string | null {
  if (!time) return null;
  if (!time.includes("/")) return time;
  const [start, end] = time.split("/");
  return end && end !== ".." ? end : start && start !== ".." ? start : null;
}

function shiftYears(iso: string, years: number): string {
  if (!years) return iso;
  return `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
}

/**
 * "Fallen from more than 30,000 a year earlier": the figure is for the year before the sentence's
 * reference time. Applied only when the sentence names no year of its own (then the extractor
 * could not have resolved it) and the words follow the figure in its clause.
 */
export function relativeYearShift(
  claim: Pick<Claim, "evidence" | "quantity"> & Partial<Claim>,
  fromPublished = false,
): number {
  const ctx = figureContext(claim);
  if (/\b(1[89]|20)\d{2}\b/.test(ctx.sentence)) return 0;
  const after = firstWords(ctx.after, 6);
  const before = lastWords(ctx.before, 8);
  // "Last year" is resolved against the publication date by the extractor when it sets a time.
  const lastYear = fromPublished ? "|last year" : "";
  if (
    new RegExp(
      `\\b(a year (earlier|before|ago)|the (previous|prior) year|the year before${lastYear})\\b`,
    ).test(after)
  )
    return -1;
  if (/\b(a year (earlier|before|ago)|the (previous|prior) year|the year before)\b/.test(before)) return -1;
  if (/\b(two years (earlier|before|ago))\b/.test(`${before} ${after}`)) return -2;
  return 0;
}

function padDate(iso: string): string {
  const [y, m = "01", d = "01"] = iso.slice(0, 10).split("-");
  return `${y}-${m}-${d}`;
}

const TOPIC_OF_GROUP: Record<string, Topic> = {
  labor: "labor",
  documents: "labor",
  military: "military",
  casualties: "military",
  money: "money",
  share: "money",
  arms: "arms",
};

/** The subject's scoring group in the registry, or null for a subject it does not list. */
export function subjectGroup(
  subject: Subject,
  subjects: SubjectRegistry = defaultReference().subjects,
): string | null {
  return subjects.group(subject);
}

export function topicOf(subject: Subject, subjects: SubjectRegistry = defaultReference().subjects): Topic {
  const group = subjectGroup(subject, subjects);
  return group ? TOPIC_OF_GROUP[group] : "other";
}

/** Stable key for a claim with no store id. */
export function claimKeyOf(claim: Claim, id?: number | string | null): string {
  if (id !== undefined && id !== null) return String(id);
  return `${claim.docId}:${claim.span.start}-${claim.span.end}:${claim.subject}`;
}

/** Days between two YYYY-MM-DD dates (Infinity when either is unknown). */
export function daysBetween(a: string | null, b: string | null): number {
  if (!a || !b) return Infinity;
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}
