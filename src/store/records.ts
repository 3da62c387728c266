// The records the store hands out and the filters it takes: plain data, no database types, so the
// store's modules and every caller share them without importing the Store contract.
import type { Claim, SourceDocument } from "../types.ts";

export interface StoredDocument extends SourceDocument {
  /** ISO timestamp of the first ingest. */
  ingestedAt: string;
}

export type DocumentSummary = Omit<StoredDocument, "text"> & { claimCount: number };

export interface StoredClaim extends Claim {
  id: number;
  /** Outlet and date of the document the claim came from, for listing without a join by the caller. */
  outlet: string | null;
  published: string | null;
  url: string | null;
}

export interface ClaimFilter {
  subject?: string;
  destination?: string;
  /** Matches attributedTo or the document's outlet (case-insensitive substring). */
  source?: string;
  docId?: string;
  /** Inclusive ISO date bounds on the claim time (falls back to the document's publication date). */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
  /** Keyset pagination: the `nextCursor` of the previous page (then `offset` is ignored). */
  cursor?: string;
  /**
   * `-published` (default, newest first), `published`, `-quantity`, `quantity`, `-time`, `time`,
   * `confidence` (least sure first: the review queue's order) or `-confidence`.
   */
  sort?: string;
  /** true: only claims with at least one review; false: only claims nobody has reviewed. */
  reviewed?: boolean;
  /** Only claims whose latest review has this decision. */
  decision?: Decision;
}

/** What an analyst decided about a claim. */
export type Decision = "accept" | "reject" | "correct";

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  /** For claim listings: pass as `cursor` to get the next page; null on the last page. */
  nextCursor?: string | null;
}

export interface SearchHit {
  docId: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** Plain-text snippet around the match (never HTML). */
  snippet: string;
}

export interface PutDocumentResult {
  /** The id under which the document is stored (the existing id when its content was already stored). */
  id: string;
  /** False when the same content (by contentHash) was already stored: a no-op. */
  inserted: boolean;
  /** Claims stored with the document (when `putDocument` was given claims and inserted it). */
  claims?: number;
}

export interface PutOptions {
  /** Claims read from the document, stored in the same transaction as the document itself. */
  claims?: Claim[];
  /** Version of the extractor that produced the claims (stored on each claim row). */
  extractorVersion?: string;
}
