// The store's contract. Implemented over Kysely for SQLite (default) and PostgreSQL (`postgres://` URLs).
// Evidence (documents, sentences, claims as extracted) is insert-only: nothing here updates it in place.
// Documents are read and written through the methods below; everything else through the
// repositories (./repositories.ts) the store carries: `store.claims`, `store.reviews`, ….
import type { Kysely } from "kysely";
import type { Claim, SourceDocument, Sentence } from "../types.ts";
import type { Database } from "./schema.ts";
import type {
  ClaimFilter,
  DocumentSummary,
  Page,
  SearchHit,
  StoredClaim,
  StoredDocument,
} from "./records.ts";
import type { Repositories } from "./repositories.ts";

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

export interface Store extends Repositories {
  /**
   * The typed connection, for the store's own modules (and tests that check what the database
   * refuses). Code outside src/store uses the methods and repositories instead.
   */
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
  getDocument(id: string): Promise<StoredDocument | null>;
  getSentences(docId: string): Promise<Sentence[]>;
  /** `lang` keeps documents read in that language (`en`, `ru`, `ko`). */
  listDocuments(opts?: { limit?: number; offset?: number; lang?: string }): Promise<Page<DocumentSummary>>;
  /** Claims as extracted (no reviews applied); `store.claims.list` applies them. */
  listClaims(filter?: ClaimFilter): Promise<Page<StoredClaim>>;
  getClaim(id: number): Promise<StoredClaim | null>;
  search(q: string, opts?: { limit?: number }): Promise<SearchHit[]>;
  close(): Promise<void>;
}
