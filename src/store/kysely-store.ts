// The Store contract over Kysely: one implementation for SQLite and PostgreSQL. Documents,
// sentences and claims are only ever inserted; the database refuses UPDATE and DELETE on them.
import { sql, type Kysely, type Transaction } from "kysely";
import type { Claim, Sentence, SourceDocument } from "../types.ts";
import type { Database, DialectName } from "./schema.ts";
import type { PutDocumentResult, PutOptions, Store } from "./store.ts";
import type {
  ClaimFilter,
  DocumentSummary,
  Page,
  SearchHit,
  StoredClaim,
  StoredDocument,
} from "./records.ts";
import {
  repositories,
  type AccountRepository,
  type AssessmentRepository,
  type AuditRepository,
} from "./repositories.ts";
import type {
  EntityRepository,
  ReviewRepository,
  SanctionRepository,
  SourceRepository,
} from "./repositories.ts";
import type { ClaimRepository } from "./claims.ts";
import { pageBounds } from "./page.ts";
import { migrateToLatest } from "./migrate.ts";
import {
  claimFromRow,
  claimRow,
  documentFromRow,
  documentRow,
  sentenceFromRow,
  sentenceRows,
} from "./rows.ts";
import { selectClaimById } from "./claim-query.ts";
import { searchDocuments } from "./search.ts";

const SENTENCE_BATCH = 500;
const CLAIM_BATCH = 200;
const MAX_ID_SUFFIX = 10_000;

export { pageBounds };

export class KyselyStore implements Store {
  readonly claims: ClaimRepository;
  readonly reviews: ReviewRepository;
  readonly audit: AuditRepository;
  readonly accounts: AccountRepository;
  readonly sanctions: SanctionRepository;
  readonly entities: EntityRepository;
  readonly assessments: AssessmentRepository;
  readonly sources: SourceRepository;

  constructor(
    readonly kysely: Kysely<Database>,
    readonly dialect: DialectName,
  ) {
    ({
      claims: this.claims,
      reviews: this.reviews,
      audit: this.audit,
      accounts: this.accounts,
      sanctions: this.sanctions,
      entities: this.entities,
      assessments: this.assessments,
      sources: this.sources,
    } = repositories(kysely));
  }

  async migrate(): Promise<void> {
    await migrateToLatest(this.kysely, this.dialect);
  }

  async putDocument(
    doc: SourceDocument,
    sentences: Sentence[],
    opts: PutOptions = {},
  ): Promise<PutDocumentResult> {
    checkDocument(doc);
    // Validate every offset before opening the transaction, so a bad record writes nothing.
    sentenceRows(doc.id, doc.text, sentences);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.kysely
          .transaction()
          .execute((trx) => this.insertDocument(trx, doc, sentences, opts));
      } catch (err) {
        if (attempt >= 5) throw err;
        // SQLite: another process (the server, a second ingest) wrote between our read and our
        // write, so the read snapshot cannot be upgraded; the busy timeout does not cover that.
        if (isSqliteBusy(err)) {
          await new Promise((r) => setTimeout(r, 50 * attempt));
          continue;
        }
        // Two writers racing (PostgreSQL): on the same content the loser reports the winner's row
        // as a duplicate; on the same id it tries again and takes the next free suffix.
        if (!isUniqueViolation(err)) throw err;
        const existing = await this.findByHash(this.kysely, doc.contentHash);
        if (existing) return { id: existing, inserted: false };
      }
    }
  }

  private async insertDocument(
    trx: Transaction<Database>,
    doc: SourceDocument,
    sentences: Sentence[],
    opts: PutOptions,
  ): Promise<PutDocumentResult> {
    const existing = await this.findByHash(trx, doc.contentHash);
    if (existing) return { id: existing, inserted: false };
    const id = await this.freeId(trx, doc.id);
    const row = documentRow(doc, id, new Date().toISOString());
    await trx
      .insertInto("documents")
      .values(
        this.dialect === "sqlite"
          ? { ...row, seq: sql<number>`(SELECT coalesce(max(seq), 0) + 1 FROM documents)` }
          : row,
      )
      .execute();
    const rows = sentenceRows(id, doc.text, sentences);
    for (let i = 0; i < rows.length; i += SENTENCE_BATCH) {
      await trx
        .insertInto("sentences")
        .values(rows.slice(i, i + SENTENCE_BATCH))
        .execute();
    }
    if (!opts.claims) return { id, inserted: true };
    const claims = await this.insertClaims(trx, id, doc.text, opts.claims, opts.extractorVersion);
    return { id, inserted: true, claims };
  }

  async findByContentHash(contentHash: string): Promise<string | null> {
    return this.findByHash(this.kysely, contentHash);
  }

  async findContentHashes(contentHashes: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    const unique = [...new Set(contentHashes)];
    for (let i = 0; i < unique.length; i += SENTENCE_BATCH) {
      const rows = await this.kysely
        .selectFrom("documents")
        .select("content_hash")
        .where("content_hash", "in", unique.slice(i, i + SENTENCE_BATCH))
        .execute();
      for (const r of rows) out.add(r.content_hash);
    }
    return out;
  }

  private async findByHash(db: Kysely<Database>, hash: string): Promise<string | null> {
    const row = await db
      .selectFrom("documents")
      .select("id")
      .where("content_hash", "=", hash)
      .executeTakeFirst();
    return row?.id ?? null;
  }

  /** The document's own id, or the first of `<id>-2`, `<id>-3`, … not taken by another document. */
  private async freeId(db: Kysely<Database>, base: string): Promise<string> {
    for (let n = 1; n <= MAX_ID_SUFFIX; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      const taken = await db
        .selectFrom("documents")
        .select("id")
        .where("id", "=", candidate)
        .executeTakeFirst();
      if (!taken) return candidate;
    }
    throw new Error(`store: document id ${base}: more than ${MAX_ID_SUFFIX} documents share this id`);
  }

  private async insertClaims(
    db: Kysely<Database>,
    docId: string,
    text: string,
    claims: Claim[],
    extractorVersion: string | undefined,
  ): Promise<number> {
    const now = new Date().toISOString();
    const rows = claims.map((c) => claimRow(docId, text, c, extractorVersion ?? null, now));
    for (let i = 0; i < rows.length; i += CLAIM_BATCH) {
      await db
        .insertInto("claims")
        .values(rows.slice(i, i + CLAIM_BATCH))
        .execute();
    }
    return rows.length;
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = await this.kysely
      .selectFrom("documents")
      .select([
        "id",
        "content_hash",
        "url",
        "title",
        "outlet",
        "published",
        "text",
        "format",
        "source_path",
        "ingested_at",
        "lang",
      ])
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? documentFromRow(row) : null;
  }

  async getSentences(docId: string): Promise<Sentence[]> {
    const rows = await this.kysely
      .selectFrom("sentences")
      .selectAll()
      .where("doc_id", "=", docId)
      .orderBy("idx")
      .execute();
    return rows.map(sentenceFromRow);
  }

  async listDocuments(
    opts: { limit?: number; offset?: number; lang?: string } = {},
  ): Promise<Page<DocumentSummary>> {
    const { limit, offset } = pageBounds(opts.limit, opts.offset);
    const rows = await this.kysely
      .selectFrom("documents as d")
      .$if(!!opts.lang, (q) => q.where("d.lang", "=", opts.lang!))
      .select([
        "d.id",
        "d.content_hash",
        "d.url",
        "d.title",
        "d.outlet",
        "d.published",
        "d.format",
        "d.source_path",
        "d.ingested_at",
        "d.lang",
        (eb) =>
          eb
            .selectFrom("claims as c")
            .select(eb.fn.countAll().as("n"))
            .whereRef("c.doc_id", "=", "d.id")
            .as("claim_count"),
      ])
      .orderBy("d.published", (ob) => ob.desc().nullsLast())
      .orderBy("d.id")
      .limit(limit)
      .offset(offset)
      .execute();
    const total = await this.kysely
      .selectFrom("documents")
      .$if(!!opts.lang, (q) => q.where("lang", "=", opts.lang!))
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    const items = rows.map(({ claim_count, ...row }) => {
      const { text: _text, ...rest } = documentFromRow({ ...row, text: "" });
      return { ...rest, claimCount: Number(claim_count ?? 0) };
    });
    return { items, total: Number(total.n), limit, offset };
  }

  async listClaims(filter: ClaimFilter = {}): Promise<Page<StoredClaim>> {
    return this.claims.listExtracted(filter);
  }

  async getClaim(id: number): Promise<StoredClaim | null> {
    if (!Number.isSafeInteger(id)) return null;
    const row = await selectClaimById(this.kysely, id).executeTakeFirst();
    return row ? claimFromRow(row) : null;
  }

  async search(q: string, opts: { limit?: number } = {}): Promise<SearchHit[]> {
    const { limit } = pageBounds(opts.limit ?? 20, 0, 200);
    return searchDocuments(this.kysely, this.dialect, q, limit);
  }

  async close(): Promise<void> {
    await this.kysely.destroy();
  }
}

function checkDocument(doc: SourceDocument): void {
  const problems: string[] = [];
  if (!doc || typeof doc !== "object") throw new Error("store: putDocument needs a document object");
  if (typeof doc.id !== "string" || doc.id.trim() === "") problems.push("id is empty");
  if (typeof doc.text !== "string") problems.push("text is not a string");
  if (typeof doc.contentHash !== "string" || doc.contentHash === "") problems.push("contentHash is empty");
  if (typeof doc.format !== "string") problems.push("format is missing");
  if (problems.length) {
    throw new Error(`store: document ${doc.sourcePath ?? doc.id ?? "?"}: ${problems.join("; ")}`);
  }
}

function isSqliteBusy(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}
