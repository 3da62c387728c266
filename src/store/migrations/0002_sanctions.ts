// Sanctions lists (one row per imported list version, its records and their aliases) and the
// hits found when screening the parties named in documents. Same tables on SQLite and PostgreSQL.
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("sanction_lists")
    .addColumn("list_id", "text", (c) => c.primaryKey())
    .addColumn("published", "text")
    .addColumn("imported_at", "text", (c) => c.notNull())
    .addColumn("source_file", "text", (c) => c.notNull())
    .addColumn("record_count", "integer", (c) => c.notNull())
    .addColumn("alias_count", "integer", (c) => c.notNull())
    .addColumn("problem_count", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable("sanction_records")
    .addColumn("list_id", "text", (c) => c.notNull())
    .addColumn("source_id", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("programmes", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("dob", "text")
    .addColumn("nationality", "text")
    .addColumn("remarks", "text")
    .addColumn("listed_on", "text")
    .addColumn("addresses", "text", (c) => c.notNull().defaultTo("[]"))
    .addPrimaryKeyConstraint("sanction_records_pk", ["list_id", "source_id"])
    .execute();

  await db.schema
    .createTable("sanction_aliases")
    .addColumn("list_id", "text", (c) => c.notNull())
    .addColumn("source_id", "text", (c) => c.notNull())
    .addColumn("alias", "text", (c) => c.notNull())
    .addColumn("is_primary", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex("sanction_aliases_record")
    .on("sanction_aliases")
    .columns(["list_id", "source_id"])
    .execute();

  await db.schema
    .createTable("party_hits")
    .addColumn("doc_id", "text", (c) => c.notNull())
    .addColumn("mention_text", "text", (c) => c.notNull())
    .addColumn("span_start", "integer", (c) => c.notNull())
    .addColumn("span_end", "integer", (c) => c.notNull())
    .addColumn("entity_id", "text")
    .addColumn("list_id", "text", (c) => c.notNull())
    .addColumn("source_id", "text", (c) => c.notNull())
    .addColumn("matched_alias", "text", (c) => c.notNull())
    .addColumn("score", "double precision", (c) => c.notNull())
    .addColumn("explanation", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("screened_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("party_hits_pk", ["doc_id", "span_start", "span_end", "list_id", "source_id"])
    .execute();
  await db.schema
    .createIndex("party_hits_record")
    .on("party_hits")
    .columns(["list_id", "source_id"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["party_hits", "sanction_aliases", "sanction_records", "sanction_lists"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
