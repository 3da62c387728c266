// The assessment the dashboard's estimates views read: every stored document and claim, with
// analyst reviews applied, run through the assessment engine. Built once per process and store and
// rebuilt only when the evidence or its reviews change (claims, reviews, screening hits, overrides
// counted cheaply in SQL on every request).
import { reviewBatch, type Store } from "../../store/index.ts";
import type { Claim } from "../../types.ts";
import type { AssessmentSnapshot, PartyHit } from "../../assess/types.ts";

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
}

const cache = new WeakMap<Store, CacheEntry>();
let builds = 0;

/** How many times the assessment has been (re)built in this process (for tests). */
export function buildCount(): number {
  return builds;
}

/** The current assessment for this store, rebuilt when its change stamp moved. */
export async function estimatesFor(store: Store): Promise<EstimatesData> {
  const stamp = await store.assessments.stamp();
  const hit = cache.get(store);
  if (hit && hit.stamp === stamp) return hit.data;
  const data = build(store, stamp);
  cache.set(store, { stamp, data });
  // A failed build is not cached: the next request tries again.
  data.catch(() => {
    if (cache.get(store)?.data === data) cache.delete(store);
  });
  return data;
}

async function build(store: Store, stamp: string): Promise<EstimatesData> {
  builds++;
  const { assess } = await import("../../assess/index.ts");
  const input = await store.assessments.loadInput();
  const overrides = await store.assessments.overrides();
  // The one reviewed-claims view (store/reviews.ts) that assess, report and export use too:
  // a correction replaces the corrected fields; a rejected figure is not evidence and is left out.
  const reviews = await store.reviews.list();
  const reviewed = reviewBatch(input.batch, reviews);
  const latest = new Set(reviews.map((r) => r.claimId));
  const rejected = reviewed.rejected.length;
  const corrected = reviewed.corrected;
  const batch = reviewed.batch;
  const claims = new Map<number, Claim & { id: number }>();
  for (const b of batch) for (const c of b.claims) claims.set(c.id, c);
  const { snapshot, errors } = assess(batch, { parties: input.parties, overrides });
  return {
    snapshot,
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
      reviewedClaims: latest.size,
      rejectedClaims: rejected,
      correctedClaims: corrected,
    },
    errors,
    builtAt: new Date().toISOString(),
    stamp,
  };
}
