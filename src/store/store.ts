// The store's contract. Implemented over Kysely for SQLite (default) and PostgreSQL (`postgres://` URLs).
// Evidence (documents, sentences, claims as extracted) is insert-only: nothing here updates it in place.
import type { Claim, SourceDocument, Sentence } from "../types.ts";

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
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
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
}

export interface Store {
  /** Runs pending migrations; safe to call every start. */
  migrate(): Promise<void>;
  putDocument(doc: SourceDocument, sentences: Sentence[]): Promise<PutDocumentResult>;
  /** Stores the claims read from one document (called once per newly inserted document). */
  putClaims(docId: string, claims: Claim[]): Promise<number>;
  getDocument(id: string): Promise<StoredDocument | null>;
  getSentences(docId: string): Promise<Sentence[]>;
  listDocuments(opts?: { limit?: number; offset?: number }): Promise<Page<DocumentSummary>>;
  listClaims(filter?: ClaimFilter): Promise<Page<StoredClaim>>;
  getClaim(id: number): Promise<StoredClaim | null>;
  search(q: string, opts?: { limit?: number }): Promise<SearchHit[]>;
  close(): Promise<void>;
}
