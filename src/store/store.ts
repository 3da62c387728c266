// The store's contract. Implemented over Kysely for SQLite (default) and PostgreSQL (`postgres://` URLs).
// Evidence (documents, sentences, claims as extracted) is insert-only: nothing here updates it in place.
import type { Kysely } from "kysely";
import type { Claim, SourceDocument, Sentence } from "../types.ts";
import type { Database } from "./schema.ts";

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
  /** `-published` (default, newest first), `published`, `-quantity`, `quantity`, `-time`, `time`. */
  sort?: string;
}

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

/** A note, review or correction an analyst attaches to a document, sentence, claim or entity. */
export interface Annotation {
  id: number;
  /** `document`, `sentence`, `claim`, `entity`, `mention`, … */
  targetType: string;
  targetId: string;
  /** `note`, `review`, `correction`, `flag`, … */
  kind: string;
  /** Any JSON value. */
  body: unknown;
  author: string | null;
  createdAt: string;
}

export type NewAnnotation = Omit<Annotation, "id" | "createdAt" | "author"> & { author?: string | null };

export interface Store {
  /** The typed connection, for other stages' store modules (sanctions, assessment) to share. */
  readonly kysely: Kysely<Database>;
  readonly dialect: "sqlite" | "postgres";
  /** Runs pending migrations; safe to call every start. */
  migrate(): Promise<void>;
  /**
   * Stores a document with its sentences (and, given `opts.claims`, its claims) in one transaction.
   * Idempotent by contentHash; a different document whose id is taken is stored as `<id>-2`, `<id>-3`, ….
   */
  putDocument(doc: SourceDocument, sentences: Sentence[], opts?: PutOptions): Promise<PutDocumentResult>;
  /** `putDocument` for several documents in one transaction and a few statements (batched ingest). */
  putDocuments?(
    items: readonly { doc: SourceDocument; sentences: Sentence[]; claims?: Claim[] }[],
    opts?: Omit<PutOptions, "claims">,
  ): Promise<PutDocumentResult[]>;
  /** The id of the stored document with this content hash, or null (lets ingest skip re-extraction). */
  findByContentHash?(contentHash: string): Promise<string | null>;
  /** Which of these content hashes are stored (one query per few hundred; lets ingest skip a batch's known documents). */
  findContentHashes?(contentHashes: readonly string[]): Promise<Set<string>>;
  /** Stores the claims read from one document (called once per newly inserted document). */
  putClaims(docId: string, claims: Claim[], opts?: Omit<PutOptions, "claims">): Promise<number>;
  getDocument(id: string): Promise<StoredDocument | null>;
  getSentences(docId: string): Promise<Sentence[]>;
  /** `lang` keeps documents read in that language (`en`, `ru`, `ko`). */
  listDocuments(opts?: { limit?: number; offset?: number; lang?: string }): Promise<Page<DocumentSummary>>;
  listClaims(filter?: ClaimFilter): Promise<Page<StoredClaim>>;
  getClaim(id: number): Promise<StoredClaim | null>;
  search(q: string, opts?: { limit?: number }): Promise<SearchHit[]>;
  /** Adds to the evidence without editing it. */
  addAnnotation(annotation: NewAnnotation): Promise<Annotation>;
  /** Annotations on one target, oldest first. */
  listAnnotations(target: { targetType: string; targetId: string }): Promise<Annotation[]>;
  close(): Promise<void>;
}
