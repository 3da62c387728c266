// Core evidence tables: documents, sentences, claims, entities, mentions, annotations; full-text
// search; and the triggers that make evidence insert-only. Same tables on SQLite and PostgreSQL;
// only FTS and the triggers differ by dialect.
import { sql, type Kysely } from "kysely";
import type { DialectName } from "../schema.ts";
import { dialectOf } from "../dialect.ts";

const EVIDENCE_TABLES = ["documents", "sentences", "claims"] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: DialectName = dialectOf(db)): Promise<void> {
  const pg = dialect === "postgres";

  await db.schema
    .createTable("documents")
    .addColumn("id", "text", (c) => c.primaryKey())
    // SQLite: assigned as max(seq)+1 on insert (a plain rowid may change on VACUUM, which would
    // break the external-content FTS index); PostgreSQL: a serial.
    .addColumn("seq", pg ? "serial" : "integer", (c) => c.notNull().unique())
    .addColumn("content_hash", "text", (c) => c.notNull().unique())
    .addColumn("url", "text")
    .addColumn("title", "text")
    .addColumn("outlet", "text")
    .addColumn("published", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("source_path", "text")
    .addColumn("ingested_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("documents_published").on("documents").column("published").execute();

  await db.schema
    .createTable("sentences")
    .addColumn("doc_id", "text", (c) => c.notNull().references("documents.id"))
    .addColumn("idx", "integer", (c) => c.notNull())
    .addColumn("paragraph", "integer", (c) => c.notNull())
    .addColumn("start", "integer", (c) => c.notNull())
    .addColumn("end", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("sentences_pk", ["doc_id", "idx"])
    .execute();

  await db.schema
    .createTable("claims")
    .addColumn("id", pg ? "serial" : "integer", (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn("doc_id", "text", (c) => c.notNull().references("documents.id"))
    .addColumn("quantity_low", "double precision", (c) => c.notNull())
    .addColumn("quantity_high", "double precision", (c) => c.notNull())
    .addColumn("qualifier", "text", (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("event", "text", (c) => c.notNull())
    .addColumn("destination", "text")
    .addColumn("attributed_to", "text")
    .addColumn("attribution_chain", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("time", "text")
    .addColumn("modality", "text", (c) => c.notNull())
    .addColumn("evidence", "text", (c) => c.notNull())
    .addColumn("sentence_start", "integer", (c) => c.notNull())
    .addColumn("sentence_end", "integer", (c) => c.notNull())
    .addColumn("span_start", "integer", (c) => c.notNull())
    .addColumn("span_end", "integer", (c) => c.notNull())
    .addColumn("extractor_version", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("claims_doc").on("claims").column("doc_id").execute();
  await db.schema.createIndex("claims_subject").on("claims").column("subject").execute();

  await db.schema
    .createTable("entities")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("aliases", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("identifiers", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("candidate", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  // entity_id has no foreign key on purpose: the resolve stage may record a mention of a
  // gazetteer entity before (or without) writing the entity row.
  await db.schema
    .createTable("mentions")
    .addColumn("doc_id", "text", (c) => c.notNull().references("documents.id"))
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("start", "integer", (c) => c.notNull())
    .addColumn("end", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("mentions_doc").on("mentions").column("doc_id").execute();
  await db.schema.createIndex("mentions_entity").on("mentions").column("entity_id").execute();

  await db.schema
    .createTable("annotations")
    .addColumn("id", pg ? "serial" : "integer", (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn("target_type", "text", (c) => c.notNull())
    .addColumn("target_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("author", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("annotations_target")
    .on("annotations")
    .columns(["target_type", "target_id"])
    .execute();

  if (pg) await upPostgres(db);
  else await upSqlite(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function upSqlite(db: Kysely<any>): Promise<void> {
  // External-content FTS5 index over documents, keyed by documents.seq. Documents are never
  // updated or deleted (see the triggers below), so an insert trigger keeps it complete.
  await sql`CREATE VIRTUAL TABLE documents_fts USING fts5(
      title, text, content='documents', content_rowid='seq', tokenize='porter unicode61')`.execute(db);
  await sql`CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
      INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END`.execute(db);
  for (const table of EVIDENCE_TABLES) {
    for (const op of ["UPDATE", "DELETE"] as const) {
      const message = `${table} are evidence: ${op} is not allowed (add an annotation instead)`;
      await sql`CREATE TRIGGER ${sql.raw(`${table}_no_${op.toLowerCase()}`)} BEFORE ${sql.raw(op)}
          ON ${sql.table(table)} BEGIN SELECT RAISE(ABORT, ${sql.lit(message)}); END`.execute(db);
    }
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function upPostgres(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE documents ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
      setweight(to_tsvector('english'::regconfig, text), 'B')) STORED`.execute(db);
  await sql`CREATE INDEX documents_search ON documents USING GIN (search_tsv)`.execute(db);
  await sql`CREATE FUNCTION fw_refuse_evidence_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% are evidence: % is not allowed (add an annotation instead)', TG_TABLE_NAME, TG_OP;
    END $$`.execute(db);
  for (const table of EVIDENCE_TABLES) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_immutable`)} BEFORE UPDATE OR DELETE ON ${sql.table(table)}
        FOR EACH ROW EXECUTE FUNCTION fw_refuse_evidence_change()`.execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>, dialect: DialectName = dialectOf(db)): Promise<void> {
  if (dialect === "sqlite") await sql`DROP TABLE IF EXISTS documents_fts`.execute(db);
  for (const table of ["annotations", "mentions", "entities", "claims", "sentences", "documents"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  if (dialect === "postgres") await sql`DROP FUNCTION IF EXISTS fw_refuse_evidence_change()`.execute(db);
}
