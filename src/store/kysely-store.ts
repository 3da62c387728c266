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
const DOCUMENT_BATCH = 100;
const ID_LOOKUP_BATCH = 64;

/** `base` (for n = 1) and `base-n`, for the 64 suffixes from `from` on. */
function idCandidates(base: string, from: number): string[] {
  const out: string[] = [];
  for (let n = from; n < from + ID_LOOKUP_BATCH && n <= MAX_ID_SUFFIX; n++)
    out.push(n === 1 ? base : `${base}-${n}`);
  return out;
}
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

  /**
   * Stores several documents in one transaction with a few multi-row statements (one lookup of
   * hashes and ids, then documents, sentences and claims for the whole batch): the same rows as
   * `putDocument` for each in turn, in far fewer round trips. A document whose content is stored
   * (or repeats an earlier one of the batch) is a duplicate; ids are allocated in order.
   */
  async putDocuments(
    items: readonly { doc: SourceDocument; sentences: Sentence[]; claims?: Claim[] }[],
    opts: Omit<PutOptions, "claims"> = {},
  ): Promise<PutDocumentResult[]> {
    for (const { doc, sentences } of items) {
      checkDocument(doc);
      sentenceRows(doc.id, doc.text, sentences);
    }
    if (items.length === 0) return [];
    return this.kysely.transaction().execute((trx) => this.insertDocuments(trx, items, opts));
  }

  private async insertDocuments(
    trx: Transaction<Database>,
    items: readonly { doc: SourceDocument; sentences: Sentence[]; claims?: Claim[] }[],
    opts: Omit<PutOptions, "claims">,
  ): Promise<PutDocumentResult[]> {
    const hashes = [...new Set(items.map((i) => i.doc.contentHash))];
    const candidates = [...new Set(items.map((i) => i.doc.id))];
    const known = new Map<string, string>();
    const taken = new Set<string>();
    // Chunked to stay under the databases' bound-parameter limits.
    for (let i = 0; i < Math.max(hashes.length, candidates.length); i += SENTENCE_BATCH) {
      const h = hashes.slice(i, i + SENTENCE_BATCH);
      const c = candidates.slice(i, i + SENTENCE_BATCH);
      const rows = await trx
        .selectFrom("documents")
        .select(["id", "content_hash"])
        .where((eb) =>
          eb.or([
            ...(h.length ? [eb("content_hash", "in", h)] : []),
            ...(c.length ? [eb("id", "in", c)] : []),
          ]),
        )
        .execute();
      for (const r of rows) {
        known.set(r.content_hash, r.id);
        taken.add(r.id);
      }
    }
    const now = new Date().toISOString();
    const results: PutDocumentResult[] = [];
    const docRows = [];
    const sentences = [];
    const claims = [];
    for (const { doc, sentences: ss, claims: cs } of items) {
      const existing = known.get(doc.contentHash);
      if (existing !== undefined) {
        results.push({ id: existing, inserted: false });
        continue;
      }
      const id = taken.has(doc.id) ? await this.freeIdExcept(trx, doc.id, taken) : doc.id;
      taken.add(id);
      known.set(doc.contentHash, id);
      docRows.push(documentRow(doc, id, now));
      sentences.push(...sentenceRows(id, doc.text, ss));
      if (cs) claims.push(...cs.map((c) => claimRow(id, doc.text, c, opts.extractorVersion ?? null, now)));
      results.push(cs ? { id, inserted: true, claims: cs.length } : { id, inserted: true });
    }
    if (docRows.length) {
      if (this.dialect === "sqlite") {
        // SQLite numbers documents itself (max(seq) + 1, as putDocument does), in batch order.
        const top = await trx
          .selectFrom("documents")
          .select(sql<number>`coalesce(max(seq), 0)`.as("top"))
          .executeTakeFirstOrThrow();
        const rows = docRows.map((r, i) => ({ ...r, seq: Number(top.top) + 1 + i }));
        for (let i = 0; i < rows.length; i += DOCUMENT_BATCH)
          await trx
            .insertInto("documents")
            .values(rows.slice(i, i + DOCUMENT_BATCH))
            .execute();
      } else {
        for (let i = 0; i < docRows.length; i += DOCUMENT_BATCH)
          await trx
            .insertInto("documents")
            .values(docRows.slice(i, i + DOCUMENT_BATCH))
            .execute();
      }
    }
    for (let i = 0; i < sentences.length; i += SENTENCE_BATCH)
      await trx
        .insertInto("sentences")
        .values(sentences.slice(i, i + SENTENCE_BATCH))
        .execute();
    for (let i = 0; i < claims.length; i += CLAIM_BATCH)
      await trx
        .insertInto("claims")
        .values(claims.slice(i, i + CLAIM_BATCH))
        .execute();
    return results;
  }

  /** A free id `base-2`, `base-3`, … neither stored nor in `taken` (ids given earlier in the batch). */
  private async freeIdExcept(db: Kysely<Database>, base: string, taken: Set<string>): Promise<string> {
    for (let from = 2; from <= MAX_ID_SUFFIX; from += ID_LOOKUP_BATCH) {
      const candidates = idCandidates(base, from);
      const stored = new Set(
        (await db.selectFrom("documents").select("id").where("id", "in", candidates).execute()).map(
          (r) => r.id,
        ),
      );
      const free = candidates.find((c) => !stored.has(c) && !taken.has(c));
      if (free !== undefined) return free;
    }
    throw new Error(`store: document id ${base}: more than ${MAX_ID_SUFFIX} documents share this id`);
  }

  private async insertDocument(
    trx: Transaction<Database>,
    doc: SourceDocument,
    sentences: Sentence[],
    opts: PutOptions,
  ): Promise<PutDocumentResult> {
    // One query answers both "is this text stored?" and "which of the first ids are taken?".
    const known = await trx
      .selectFrom("documents")
      .select(["id", "content_hash"])
      .where((eb) => eb.or([eb("content_hash", "=", doc.contentHash), eb("id", "=", doc.id)]))
      .execute();
    const existing = known.find((r) => r.content_hash === doc.contentHash);
    if (existing) return { id: existing.id, inserted: false };
    const id = known.some((r) => r.id === doc.id) ? await this.freeId(trx, doc.id, 2) : doc.id;
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
  private async freeId(db: Kysely<Database>, base: string, start = 1): Promise<string> {
    // Candidates are looked up 64 at a time: many files of one name (`report.txt` in every
    // folder) would otherwise cost one query per suffix already taken.
    for (let from = start; from <= MAX_ID_SUFFIX; from += ID_LOOKUP_BATCH) {
      const candidates = idCandidates(base, from);
      const taken = new Set(
        (await db.selectFrom("documents").select("id").where("id", "in", candidates).execute()).map(
          (r) => r.id,
        ),
      );
      const free = candidates.find((c) => !taken.has(c));
      if (free !== undefined) return free;
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
