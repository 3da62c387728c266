// Watched sources (feeds, sitemaps, pages) with their fetch state, and the article URLs already
// fetched from them (duplicates by URL; ingest dedups by content hash). Sources are configuration,
// not evidence: their fetch state is updated in place.
import type { Kysely } from "kysely";
import type { DialectName } from "../schema.ts";
import { dialectOf } from "../dialect.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: DialectName = dialectOf(db)): Promise<void> {
  const pg = dialect === "postgres";
  await db.schema
    .createTable("monitor_sources")
    .addColumn("id", pg ? "serial" : "integer", (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn("url", "text", (c) => c.notNull().unique())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("every_seconds", "integer", (c) => c.notNull())
    .addColumn("outlet", "text")
    .addColumn("lang", "text")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("active"))
    .addColumn("etag", "text")
    .addColumn("last_modified", "text")
    .addColumn("last_fetch_at", "text")
    .addColumn("last_http_status", "integer")
    .addColumn("last_error", "text")
    .addColumn("next_due_at", "text", (c) => c.notNull())
    .addColumn("documents", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("monitor_sources_due")
    .on("monitor_sources")
    .columns(["status", "next_due_at"])
    .execute();

  await db.schema
    .createTable("monitor_seen_urls")
    .addColumn("url", "text", (c) => c.primaryKey())
    .addColumn("source_id", "integer", (c) => c.notNull())
    .addColumn("canonical_url", "text")
    .addColumn("doc_id", "text")
    .addColumn("content_hash", "text")
    .addColumn("fetched_at", "text", (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("monitor_seen_urls").ifExists().execute();
  await db.schema.dropTable("monitor_sources").ifExists().execute();
}
