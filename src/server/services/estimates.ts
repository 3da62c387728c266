// The assessment the dashboard's estimates views read: every stored document and claim, with
// analyst reviews applied, run through the assessment engine. Built once per process and store and
// rebuilt only when the evidence or its reviews change (claims, reviews, screening hits, overrides
// counted cheaply in SQL on every request).
import { reviewBatch, type AssessmentInput, type Store } from "../../store/index.ts";
import type { Reference } from "../../reference/index.ts";
import type { Claim } from "../../types.ts";
import type { AssessmentSnapshot, PartyHit } from "../../assess/types.ts";
import type { AssessmentEngine } from "../../assess/engine.ts";

export interface EstimatesData {
  snapshot: AssessmentSnapshot;
  /** Claims as assessed (reviews applied, rejected claims left out), by store id. */
  claims: Map<number, Claim & { id: number }>;
  documents: { id: string; title: string | null; outlet: string | null; published: string | null }[];
  parties: PartyHit[];
  counts: {
    documents: number;
    claims: number;
    reviewedClaims: number;
    rejectedClaims: number;
    correctedClaims: number;
  };
  /** Claims the engine refused (bad offsets, …), with why. */
  errors: string[];
  builtAt: string;
  /** The change stamp this was built for. */
  stamp: string;
}

interface CacheEntry {
  stamp: string;
  data: Promise<EstimatesData>;
  /** The engine and input behind `data`, for refreshing it when only reviews changed. */
  state: Promise<BuildState>;
}

interface BuildState {
  engine: AssessmentEngine;
  input: AssessmentInput;
  /** The stamp without its reviews part: what a review cannot change. */
  baseStamp: string;
  /** Claim id → id of its latest review, as the engine has it. */
  reviewed: Map<number, number>;
  errors: string[];
}

const cache = new WeakMap<Store, CacheEntry>();
let builds = 0;
let fullBuilds = 0;

/** How many times the assessment has been (re)built or refreshed in this process (for tests). */
export function buildCount(): number {
  return builds;
}

/** How many of those were full builds from every document (for tests: a review refreshes). */
export function fullBuildCount(): number {
  return fullBuilds;
}

const withoutReviews = (stamp: string) =>
  stamp
    .split("|")
    .filter((part) => !part.startsWith("reviews:"))
    .join("|");

/**
 * The current assessment for this store. When only reviews changed since the last build, the
 * engine replaces the claims of the reviewed documents and recomputes what they touch
 * (AssessmentEngine.replaceClaims + refresh); anything else is a full build.
 */
export async function estimatesFor(store: Store, reference?: Reference): Promise<EstimatesData> {
  const stamp = await store.assessments.stamp();
  const hit = cache.get(store);
  if (hit && hit.stamp === stamp) return hit.data;
  const previous = hit?.state.catch(() => null);
  const state = (async () => {
    const prior = await previous;
    if (prior && prior.baseStamp === withoutReviews(stamp)) return refresh(store, prior);
    return build(store, stamp, reference);
  })();
  const data = state.then((s) => dataOf(store, s, stamp));
  cache.set(store, { stamp, data, state });
  // A failed build is not cached: the next request tries again.
  data.catch(() => {
    if (cache.get(store)?.data === data) cache.delete(store);
  });
  return data;
}

async function build(store: Store, stamp: string, reference?: Reference): Promise<BuildState> {
  fullBuilds++;
  const { AssessmentEngine } = await import("../../assess/index.ts");
  const input = await store.assessments.loadInput();
  const overrides = await store.assessments.overrides();
  const reviews = await store.reviews.list();
  // The one reviewed-claims view (store/reviews.ts) that assess, report and export use too:
  // a correction replaces the corrected fields; a rejected figure is not evidence and is left out.
  const reviewed = reviewBatch(input.batch, reviews);
  const engine = new AssessmentEngine({ overrides, reference });
  const errors: string[] = [];
  for (const { doc, claims } of reviewed.batch) {
    try {
      errors.push(...engine.addDocument(doc, claims).errors);
    } catch (err) {
      errors.push(`document ${doc?.id ?? "?"}: ${(err as Error).message}`);
    }
  }
  engine.addParties(input.parties);
  const latest = new Map<number, number>();
  for (const r of reviews) latest.set(r.claimId, r.id);
  return { engine, input, baseStamp: withoutReviews(stamp), reviewed: latest, errors };
}

/** Applies the reviews added since `state` was built to the documents they concern. */
async function refresh(store: Store, state: BuildState): Promise<BuildState> {
  const reviews = await store.reviews.list();
  const latest = new Map<number, number>();
  for (const r of reviews) latest.set(r.claimId, r.id);
  const changed = new Set<number>();
  for (const [claimId, reviewId] of latest)
    if (state.reviewed.get(claimId) !== reviewId) changed.add(claimId);
  const reviewed = reviewBatch(state.input.batch, reviews).batch;
  const docs = new Set(
    state.input.batch.filter((b) => b.claims.some((c) => changed.has(c.id))).map((b) => b.doc.id),
  );
  const errors = state.errors.filter(
    (e) => ![...docs].some((d) => e.startsWith(`document ${d},`) || e.startsWith(`document ${d}:`)),
  );
  for (const b of reviewed)
    if (docs.has(b.doc.id)) errors.push(...state.engine.replaceClaims(b.doc.id, b.claims).errors);
  return { ...state, reviewed: latest, errors };
}

async function dataOf(store: Store, state: BuildState, stamp: string): Promise<EstimatesData> {
  builds++;
  const { input, engine } = state;
  const reviews = await store.reviews.list();
  const reviewed = reviewBatch(input.batch, reviews);
  const claims = new Map<number, Claim & { id: number }>();
  for (const b of reviewed.batch) for (const c of b.claims) claims.set(c.id, c);
  return {
    snapshot: engine.snapshot(),
    claims,
    documents: input.batch.map(({ doc }) => ({
      id: doc.id,
      title: doc.title,
      outlet: doc.outlet,
      published: doc.published,
    })),
    parties: input.parties,
    counts: {
      documents: input.batch.length,
      claims: input.batch.reduce((n, b) => n + b.claims.length, 0),
      reviewedClaims: new Set(reviews.map((r) => r.claimId)).size,
      rejectedClaims: reviewed.rejected.length,
      correctedClaims: reviewed.corrected,
    },
    errors: [...state.errors],
    builtAt: new Date().toISOString(),
    stamp,
  };
}
