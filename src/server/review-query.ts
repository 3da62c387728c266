// Claims with their analyst reviews applied, and the `reviewed` / `decision` filters on the claim list.
// The filters compare each claim's latest review (the one applyReviews shows) inside the SQL, so
// pagination and totals stay exact.
import { sql, type SqlBool } from "kysely";
import type { ClaimFilter, Page, Store, StoredClaim } from "../store/store.ts";
import { selectClaims } from "../store/claim-query.ts";
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
  const { limit, offset } = pageBounds(claimFilter.limit, claimFilter.offset);
  const query = selectClaims(store.kysely, claimFilter).where(where);
  const [rows, count] = await Promise.all([
    query.limit(limit).offset(offset).execute(),
    store.kysely
      .selectFrom(query.clearOrderBy().as("x"))
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  const items = (rows as ClaimJoinRow[]).map(claimFromRow);
  return { items: await withReviews(store, items), total: Number(count.n), limit, offset };
}
