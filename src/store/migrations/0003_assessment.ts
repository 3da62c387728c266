// Assessment tables: snapshots of series/findings (derived, replaceable), analyst reliability
// overrides, and the corrections / right-of-reply log, which is append-only like evidence.
import { sql, type Kysely } from "kysely";
import type { DialectName } from "../schema.ts";
import { dialectOf } from "../dialect.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: DialectName = dialectOf(db)): Promise<void> {
  const pg = dialect === "postgres";
  await db.schema
    .createTable("assessment_runs")
    .addColumn("id", pg ? "serial" : "integer", (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("document_count", "integer", (c) => c.notNull())
    .addColumn("claim_count", "integer", (c) => c.notNull())
    // The whole AssessmentSnapshot as JSON: series, findings, contradictions, circular flags.
    .addColumn("snapshot", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("assessment_findings")
    .addColumn("run_id", "integer", (c) => c.notNull().references("assessment_runs.id"))
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("series_key", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("statement", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("assessment_findings_pk", ["run_id", "id"])
    .execute();

  await db.schema
    .createTable("reliability_overrides")
    .addColumn("origin_id", "text", (c) => c.primaryKey())
    .addColumn("grade", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("author", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("finding_corrections")
    .addColumn("seq", pg ? "serial" : "integer", (c) =>
      pg ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn("finding_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("author", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("finding_corrections_finding")
    .on("finding_corrections")
    .column("finding_id")
    .execute();

  if (pg) {
    await sql`CREATE OR REPLACE FUNCTION fw_refuse_correction_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'finding_corrections is append-only: % is not allowed (append a new entry)', TG_OP;
      END $$`.execute(db);
    await sql`CREATE TRIGGER finding_corrections_append_only BEFORE UPDATE OR DELETE ON finding_corrections
        FOR EACH ROW EXECUTE FUNCTION fw_refuse_correction_change()`.execute(db);
  } else {
    for (const op of ["UPDATE", "DELETE"] as const) {
      const message = `finding_corrections is append-only: ${op} is not allowed (append a new entry)`;
      await sql`CREATE TRIGGER ${sql.raw(`finding_corrections_no_${op.toLowerCase()}`)} BEFORE ${sql.raw(op)}
          ON finding_corrections BEGIN SELECT RAISE(ABORT, ${sql.lit(message)}); END`.execute(db);
    }
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>, dialect: DialectName = dialectOf(db)): Promise<void> {
  for (const table of [
    "finding_corrections",
    "reliability_overrides",
    "assessment_findings",
    "assessment_runs",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  if (dialect === "postgres") await sql`DROP FUNCTION IF EXISTS fw_refuse_correction_change()`.execute(db);
}
