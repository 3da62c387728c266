// Analyst review of claims and the audit log (tables from migration 0004_accounts). A correction is
// stored beside the original claim, never over it; both tables are append-only.
import type { Kysely, Selectable } from "kysely";
import type { Database, ReviewsTable } from "./schema.ts";
import type { Decision, StoredClaim } from "./records.ts";
import { defaultReference, type SubjectRegistry } from "../reference/index.ts";
import { EVENTS, QUALIFIERS, type Claim } from "../types.ts";

export type { Decision };

/** The fields an analyst may correct. */
export type Correction = Partial<
  Pick<
    Claim,
    "quantity" | "qualifier" | "unit" | "subject" | "event" | "destination" | "attributedTo" | "time"
  >
>;

export interface Review {
  id: number;
  claimId: number;
  decision: Decision;
  correction: Correction | null;
  note: string;
  author: string;
  createdAt: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  detail: Record<string, unknown>;
}

/** Largest figure a correction may state (money in dollars stays far below). */
const MAX_FIGURE = 1e13;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const MAX_TEXT = 200;

const isPlausibleFigure = (n: unknown): boolean =>
  typeof n === "number" && Number.isFinite(n) && n >= 0 && n <= MAX_FIGURE;

/** `2024`, `2024-06`, `2024-06-17` naming a real date in a plausible year. */
function isDatePrefix(t: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(t);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return false;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The contract's claim time: a date prefix, or an interval `start/end` (`../end` for an open start). */
export function isClaimTime(t: string): boolean {
  const parts = t.split("/");
  if (parts.length === 1) return isDatePrefix(t);
  if (parts.length !== 2) return false;
  const [start, end] = parts;
  return (start === ".." || isDatePrefix(start)) && isDatePrefix(end) && (start === ".." || start <= end);
}

/** Every problem with a correction; `subjects` is the registry a corrected subject must be in. */
export function validateCorrection(
  c: Correction,
  subjects: SubjectRegistry = defaultReference().subjects,
): string[] {
  const problems: string[] = [];
  const known = new Set([
    "quantity",
    "qualifier",
    "unit",
    "subject",
    "event",
    "destination",
    "attributedTo",
    "time",
  ]);
  for (const key of Object.keys(c)) if (!known.has(key)) problems.push(`unknown field "${key}"`);
  if (Object.keys(c).length === 0) problems.push("a correction must change at least one field");
  if (c.quantity !== undefined) {
    const q = c.quantity;
    const values: unknown[] = Array.isArray(q) ? q : [q];
    const ok = Array.isArray(q)
      ? q.length === 2 && q.every((n) => Number.isFinite(n)) && q[0] <= q[1]
      : Number.isFinite(q);
    if (!ok) problems.push("quantity must be a number or [low, high] with low ≤ high");
    else if (!values.every(isPlausibleFigure))
      problems.push(`quantity must lie between 0 and ${MAX_FIGURE.toExponential()}`);
  }
  if (c.qualifier !== undefined && !QUALIFIERS.includes(c.qualifier))
    problems.push(`unknown qualifier "${c.qualifier}"`);
  if (c.subject !== undefined && !subjects.has(c.subject)) problems.push(`unknown subject "${c.subject}"`);
  if (c.event !== undefined && !EVENTS.includes(c.event)) problems.push(`unknown event "${c.event}"`);
  if (c.time != null && (typeof c.time !== "string" || !isClaimTime(c.time)))
    problems.push(
      `time must be YYYY, YYYY-MM or YYYY-MM-DD (a real date, years ${MIN_YEAR}–${MAX_YEAR}), or an interval start/end (open start ../end)`,
    );
  if (c.unit !== undefined && (typeof c.unit !== "string" || !c.unit.trim()))
    problems.push("unit must be a non-empty string");
  for (const key of ["unit", "destination", "attributedTo"] as const) {
    const v = c[key];
    if (typeof v !== "string") continue;
    if (v.length > MAX_TEXT) problems.push(`${key} must be at most ${MAX_TEXT} characters`);
    if (/[\u0000-\u001f\u007f]/.test(v)) problems.push(`${key} must not hold control characters`);
  }
  return problems;
}

export async function addReview(
  db: Kysely<Database>,
  input: {
    claimId: number;
    decision: Decision;
    correction?: Correction | null;
    note?: string;
    author: string;
    /** The subject registry a corrected subject must be in (default: the repository's). */
    subjects?: SubjectRegistry;
  },
  now = new Date(),
): Promise<Review> {
  if (!["accept", "reject", "correct"].includes(input.decision))
    throw new Error(`unknown decision "${input.decision}"`);
  const correction = input.decision === "correct" ? (input.correction ?? {}) : null;
  if (correction) {
    const problems = validateCorrection(correction, input.subjects);
    if (problems.length) throw new Error(`invalid correction: ${problems.join("; ")}`);
  }
  const claim = Number.isSafeInteger(input.claimId)
    ? await db.selectFrom("claims").select("id").where("id", "=", input.claimId).executeTakeFirst()
    : undefined;
  if (!claim) throw new Error(`no claim with id ${input.claimId}`);
  const at = now.toISOString();
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto("reviews")
      .values({
        claim_id: input.claimId,
        decision: input.decision,
        correction: correction ? JSON.stringify(correction) : null,
        note: input.note ?? "",
        author: input.author,
        created_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await tx
      .insertInto("audit_log")
      .values({
        at,
        actor: input.author,
        action: `review.${input.decision}`,
        target_type: "claim",
        target_id: String(input.claimId),
        detail: JSON.stringify({ reviewId: row.id, correction, note: input.note ?? "" }),
      })
      .execute();
    return {
      id: Number(row.id),
      claimId: input.claimId,
      decision: input.decision,
      correction,
      note: input.note ?? "",
      author: input.author,
      createdAt: at,
    };
  });
}

function toReview(r: Selectable<ReviewsTable>): Review {
  return {
    id: Number(r.id),
    claimId: Number(r.claim_id),
    decision: r.decision as Decision,
    correction: r.correction ? (JSON.parse(r.correction) as Correction) : null,
    note: r.note,
    author: r.author,
    createdAt: r.created_at,
  };
}

/** Reviews of the given claims (all claims when omitted), oldest first. */
export async function listReviews(db: Kysely<Database>, claimIds?: number[]): Promise<Review[]> {
  let q = db.selectFrom("reviews").selectAll();
  if (claimIds) {
    if (claimIds.length === 0) return [];
    q = q.where("claim_id", "in", claimIds);
  }
  const rows = await q.orderBy("created_at").orderBy("id").execute();
  return rows.map(toReview);
}

export interface ReviewedClaim extends StoredClaim {
  /** The latest decision, or null when nobody has reviewed the claim. */
  review: Review | null;
  /** The claim as extracted, kept when a correction changes what the fields say. */
  original: StoredClaim | null;
}

/**
 * The values analysts see and assessment uses: the latest review wins; a correction overlays its
 * fields on the extracted claim (the original is kept beside it); a rejection marks it.
 */
export function applyReviews(claims: StoredClaim[], reviews: Review[]): ReviewedClaim[] {
  const latest = new Map<number, Review>();
  for (const r of reviews) latest.set(r.claimId, r);
  return claims.map((claim) => {
    const review = latest.get(claim.id) ?? null;
    if (review?.decision === "correct" && review.correction) {
      return { ...claim, ...review.correction, review, original: claim };
    }
    return { ...claim, review, original: null };
  });
}

export async function appendAudit(
  db: Kysely<Database>,
  entry: {
    actor: string;
    action: string;
    targetType: string;
    targetId: string;
    detail?: Record<string, unknown>;
  },
  now = new Date(),
): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      at: now.toISOString(),
      actor: entry.actor,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}

export async function listAudit(
  db: Kysely<Database>,
  filter: {
    actor?: string;
    /** Exact action (`review.correct`), or a prefix when it ends with "." (`review.`). */
    action?: string;
    targetType?: string;
    targetId?: string;
    since?: string;
    limit?: number;
    offset?: number;
  } = {},
): Promise<AuditEntry[]> {
  let q = db.selectFrom("audit_log").selectAll();
  if (filter.actor) q = q.where("actor", "=", filter.actor);
  if (filter.action) {
    q = filter.action.endsWith(".")
      ? q.where("action", "like", `${filter.action.replace(/[\\%_]/g, "")}%`)
      : q.where("action", "=", filter.action);
  }
  if (filter.targetType) q = q.where("target_type", "=", filter.targetType);
  if (filter.targetId) q = q.where("target_id", "=", filter.targetId);
  if (filter.since) q = q.where("at", ">=", filter.since);
  const rows = await q
    .orderBy("id", "desc")
    .limit(Math.min(filter.limit ?? 100, 10_000))
    .offset(filter.offset ?? 0)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    actor: r.actor,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
  }));
}

/** What the latest review did to a claim, for review columns in listings and exports. */
export interface ReviewStatus {
  decision: Decision | null;
  author: string | null;
  at: string | null;
  note: string;
  /** The extracted values of the fields a correction changed. */
  original: Correction | null;
}

export function reviewStatusOf(review: Review | null | undefined, claim?: Claim): ReviewStatus {
  if (!review) return { decision: null, author: null, at: null, note: "", original: null };
  let original: Correction | null = null;
  if (review.decision === "correct" && review.correction && claim) {
    original = {};
    for (const key of Object.keys(review.correction) as (keyof Correction)[])
      (original as Record<string, unknown>)[key] = claim[key];
  }
  return {
    decision: review.decision,
    author: review.author,
    at: review.createdAt,
    note: review.note,
    original,
  };
}

/**
 * The reviewed-claims view over a batch of documents and claims: rejected claims are left out,
 * corrections are overlaid on the extracted values (the original stays in the store and in
 * `status`). Every consumer of estimates (assess, report, export, the dashboard and API) uses it.
 */
export function reviewBatch<C extends Claim & { id: number }, D>(
  batch: { doc: D; claims: C[] }[],
  reviews: Review[],
): {
  batch: { doc: D; claims: C[] }[];
  status: Map<number, ReviewStatus>;
  rejected: C[];
  corrected: number;
} {
  const latest = new Map<number, Review>();
  for (const r of reviews) latest.set(r.claimId, r);
  const status = new Map<number, ReviewStatus>();
  const rejected: C[] = [];
  let corrected = 0;
  const out = batch.map(({ doc, claims }) => {
    const kept: C[] = [];
    for (const claim of claims) {
      const review = latest.get(claim.id);
      status.set(claim.id, reviewStatusOf(review, claim));
      if (review?.decision === "reject") {
        rejected.push(claim);
        continue;
      }
      if (review?.decision === "correct" && review.correction) {
        corrected++;
        kept.push({ ...claim, ...review.correction });
      } else kept.push(claim);
    }
    return { doc, claims: kept };
  });
  return { batch: out, status, rejected, corrected };
}
