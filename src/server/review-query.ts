// Claims with their analyst reviews applied, and the `reviewed` / `decision` filters on the claim list.
// The filters compare each claim's latest review (the one applyReviews shows) inside the SQL, so
// pagination and totals stay exact.
import { sql, type SqlBool } from "kysely";
import type { ClaimFilter, Page, Store, StoredClaim } from "../store/store.ts";
import { claimsStamp, CountCache, filterKey, nextCursorOf, selectClaims } from "../store/claim-query.ts";
import { claimFromRow, type ClaimJoinRow } from "../store/rows.ts";
import { pageBounds } from "../store/kysely-store.ts";
import { applyReviews, listReviews, type Decision, type ReviewedClaim } from "../store/reviews.ts";

export interface ReviewFilter {
  /** true: only claims with at least one review; false: only claims nobody has reviewed. */
  reviewed?: boolean;
  /** Only claims whose latest review has this decision. */
  decision?: Decision;
}

/** Overlays the reviews of exactly these claims. */
export async function withReviews(store: Store, claims: StoredClaim[]): Promise<ReviewedClaim[]> {
  if (claims.length === 0) return [];
  return applyReviews(claims, await listReviews(store, [...new Set(claims.map((c) => c.id))]));
}

// One cache per store: two stores may well have the same ids.
const reviewedCounts = new WeakMap<Store, CountCache>();

function countCacheFor(store: Store): CountCache {
  let cache = reviewedCounts.get(store);
  if (!cache) reviewedCounts.set(store, (cache = new CountCache()));
  return cache;
}

export async function listReviewedClaims(
  store: Store,
  filter: ClaimFilter & ReviewFilter,
): Promise<Page<ReviewedClaim>> {
  const { reviewed, decision, ...claimFilter } = filter;
  if (reviewed === undefined && decision === undefined) {
    const page = await store.listClaims(claimFilter);
    return { ...page, items: await withReviews(store, page.items) };
  }
  const latest = sql<string | null>`(select r.decision from reviews r where r.claim_id = c.id
    order by r.created_at desc, r.id desc limit 1)`;
  const conditions: ReturnType<typeof sql<SqlBool>>[] = [];
  if (reviewed === true) conditions.push(sql<SqlBool>`${latest} is not null`);
  if (reviewed === false) conditions.push(sql<SqlBool>`${latest} is null`);
  if (decision) conditions.push(sql<SqlBool>`${latest} = ${decision}`);
  const where = sql<SqlBool>`${sql.join(conditions, sql` and `)}`;
  const bounds = pageBounds(claimFilter.limit, claimFilter.offset);
  const limit = bounds.limit;
  const offset = claimFilter.cursor ? 0 : bounds.offset;
  const query = selectClaims(store.kysely, claimFilter).where(where);
  // Reviews are append-only, so the newest review id and the newest claim id together date a count.
  const lastReview = await store.kysely
    .selectFrom("reviews" as never)
    .select(sql<number>`max(id)`.as("m"))
    .executeTakeFirst();
  const stamp = `${await claimsStamp(store.kysely)}/${(lastReview as { m?: number } | undefined)?.m ?? 0}`;
  const [rows, total] = await Promise.all([
    query.limit(limit).offset(offset).execute(),
    countCacheFor(store).get(`${filterKey(claimFilter)}|${reviewed}|${decision}`, stamp, async () => {
      const row = await store.kysely
        .selectFrom(query.clearOrderBy().as("x"))
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    }),
  ]);
  const items = (rows as ClaimJoinRow[]).map(claimFromRow);
  return {
    items: await withReviews(store, items),
    total,
    limit,
    offset,
    // Cursors page the default order only, as on the plain path (issue #9).
    nextCursor: nextCursorOf(items, limit, claimFilter.sort),
  };
}
