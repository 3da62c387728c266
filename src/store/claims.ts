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
  selectClaimGroups,
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
  /**
   * The filtered claims summarised per destination, subject, event, modality and unit, as analysts
   * reviewed them: one SQL aggregate over the claims whose extracted values stand, plus a group of
   * one for each corrected or rejected claim (rejected ones marked), so no caller pages every claim.
   */
  groups(filter?: Pick<ClaimFilter, "from" | "to">): Promise<ClaimGroup[]>;
}

/** Claims sharing destination, subject, event, modality and unit, after reviews. */
export interface ClaimGroup {
  destination: string | null;
  subject: string;
  event: string;
  modality: string;
  unit: string;
  /** True for a group of one claim whose latest review rejected it. */
  rejected: boolean;
  claims: number;
  /** Lowest low and highest high figure of the group. */
  range: { low: number; high: number };
  /** Sum of the lows and of the highs. */
  sum: { low: number; high: number };
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
    async groups(filter = {}) {
      const base = { from: filter.from, to: filter.to };
      const out: ClaimGroup[] = (await selectClaimGroups(db, base)).map((g) => ({
        destination: g.destination,
        subject: g.subject,
        event: g.event,
        modality: g.modality,
        unit: g.unit,
        rejected: false,
        claims: g.claims,
        range: { low: g.minLow, high: g.maxHigh },
        sum: { low: g.sumLow, high: g.sumHigh },
      }));
      // Corrected and rejected claims are as few as the reviews: page through them.
      for (const decision of ["correct", "reject"] as const) {
        for (let offset = 0; ;) {
          const page = await listExtracted({ ...base, decision, limit: 1000, offset });
          for (const c of await withReviews(page.items)) {
            const [low, high] = Array.isArray(c.quantity) ? c.quantity : [c.quantity, c.quantity];
            out.push({
              destination: c.destination,
              subject: c.subject,
              event: c.event,
              modality: c.modality,
              unit: c.unit,
              rejected: decision === "reject",
              claims: 1,
              range: { low, high },
              sum: { low, high },
            });
          }
          offset += page.items.length;
          if (page.items.length === 0 || offset >= page.total) break;
        }
      }
      return out;
    },
  };
}
