// Accounts (users with a role, browser sessions, API tokens) and the analyst review record:
// reviews of claims (accept / reject / correct, stored beside the original claim, never over it)
// and an append-only audit log. Reviews and audit entries are evidence of judgement: insert-only.
import { sql, type Kysely } from "kysely";
import type { DialectName } from "../schema.ts";
import { dialectOf } from "../dialect.ts";

const APPEND_ONLY = ["reviews", "audit_log"] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: DialectName = dialectOf(db)): Promise<void> {
  const pg = dialect === "postgres";
  const serial = (t: Parameters<typeof db.schema.createTable>[0]) =>
    db.schema
      .createTable(t)
      .addColumn("id", pg ? "serial" : "integer", (c) =>
        pg ? c.primaryKey() : c.primaryKey().autoIncrement(),
      );

  await db.schema
    .createTable("users")
    .addColumn("username", "text", (c) => c.primaryKey())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('viewer', 'analyst', 'admin')`))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("disabled", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  // Only hashes of session ids and tokens are stored: a copy of the database opens no session.
  await db.schema
    .createTable("sessions")
    .addColumn("id_hash", "text", (c) => c.primaryKey())
    .addColumn("username", "text", (c) => c.notNull().references("users.username"))
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("api_tokens")
    .addColumn("id_hash", "text", (c) => c.primaryKey())
    .addColumn("username", "text", (c) => c.notNull().references("users.username"))
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("revoked", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await serial("reviews")
    .addColumn("claim_id", "integer", (c) => c.notNull().references("claims.id"))
    .addColumn("decision", "text", (c) => c.notNull().check(sql`decision in ('accept', 'reject', 'correct')`))
    .addColumn("correction", "text")
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("author", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("reviews_claim").on("reviews").column("claim_id").execute();

  await serial("audit_log")
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("target_type", "text", (c) => c.notNull())
    .addColumn("target_id", "text", (c) => c.notNull())
    .addColumn("detail", "text", (c) => c.notNull().defaultTo("{}"))
    .execute();
  await db.schema
    .createIndex("audit_log_target")
    .on("audit_log")
    .columns(["target_type", "target_id"])
    .execute();

  if (pg) {
    await sql`CREATE FUNCTION fw_refuse_append_only_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP;
      END $$`.execute(db);
    for (const table of APPEND_ONLY) {
      await sql`CREATE TRIGGER ${sql.raw(`${table}_append_only`)} BEFORE UPDATE OR DELETE ON ${sql.table(table)}
          FOR EACH ROW EXECUTE FUNCTION fw_refuse_append_only_change()`.execute(db);
    }
  } else {
    for (const table of APPEND_ONLY) {
      for (const op of ["UPDATE", "DELETE"] as const) {
        await sql`CREATE TRIGGER ${sql.raw(`${table}_no_${op.toLowerCase()}`)} BEFORE ${sql.raw(op)}
            ON ${sql.table(table)} BEGIN SELECT RAISE(ABORT, ${sql.lit(`${table} is append-only: ${op} is not allowed`)}); END`.execute(
          db,
        );
      }
    }
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>, dialect: DialectName = dialectOf(db)): Promise<void> {
  for (const table of ["audit_log", "reviews", "api_tokens", "sessions", "users"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  if (dialect === "postgres") await sql`DROP FUNCTION IF EXISTS fw_refuse_append_only_change()`.execute(db);
}
