// The claims repository: the listing (filters, review filters, sorts, keyset or offset pages),
// facets and single claims, each with the analysts' latest review applied. One query builder
// (./claim-query.ts) serves all of them, so a filter means the same thing everywhere.
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";
import type { ClaimFilter, Page, StoredClaim } from "./records.ts";
import {
  claimFacets,
  claimsStamp,
  countClaims,
  CountCache,
  filterKey,
  nextCursorOf,
  selectClaimById,
  selectClaims,
  sortOf,
  type ClaimFacetName,
} from "./claim-query.ts";
import { claimFromRow } from "./rows.ts";
import { applyReviews, listReviews, type ReviewedClaim } from "./reviews.ts";
import { pageBounds } from "./page.ts";

export interface ClaimRepository {
  /** A page of claims, filtered (review filters included) and sorted, with their reviews applied. */
  list(filter?: ClaimFilter): Promise<Page<ReviewedClaim>>;
  /** The same page without reviews (claims exactly as extracted). */
  listExtracted(filter?: ClaimFilter): Promise<Page<StoredClaim>>;
  get(id: number): Promise<ReviewedClaim | null>;
  /** How many of the filtered claims carry each value, per facet (most common first). */
  facets(
    filter?: ClaimFilter,
    top?: number,
  ): Promise<Record<ClaimFacetName, { value: string; count: number }[]>>;
  /** Overlays the latest review of exactly these claims. */
  withReviews(claims: StoredClaim[]): Promise<ReviewedClaim[]>;
}

export function claimRepository(db: Kysely<Database>): ClaimRepository {
  // Totals are the slow part of a page on a large store; they change only when a claim or (for a
  // review filter) a review is added, both append-only.
  const counts = new CountCache();
  const withReviews = async (claims: StoredClaim[]) =>
    claims.length === 0
      ? []
      : applyReviews(claims, await listReviews(db, [...new Set(claims.map((c) => c.id))]));
  const listExtracted = async (filter: ClaimFilter = {}): Promise<Page<StoredClaim>> => {
    const bounds = pageBounds(filter.limit, filter.offset);
    const limit = bounds.limit;
    const offset = filter.cursor ? 0 : bounds.offset;
    const stamp = await claimsStamp(db, filter);
    const [rows, total] = await Promise.all([
      selectClaims(db, filter).limit(limit).offset(offset).execute(),
      counts.get(filterKey(filter), stamp, () => countClaims(db, filter)),
    ]);
    const items = rows.map(claimFromRow);
    return { items, total, limit, offset, nextCursor: nextCursorOf(items, limit, sortOf(filter)) };
  };
  return {
    listExtracted,
    async list(filter = {}) {
      const page = await listExtracted(filter);
      return { ...page, items: await withReviews(page.items) };
    },
    async get(id) {
      if (!Number.isSafeInteger(id)) return null;
      const row = await selectClaimById(db, id).executeTakeFirst();
      return row ? ((await withReviews([claimFromRow(row)]))[0] ?? null) : null;
    },
    facets: (filter = {}, top) => claimFacets(db, filter, top),
    withReviews,
  };
}
