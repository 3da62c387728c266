// Runs the migrations in ./migrations with Kysely's Migrator, the same way on both databases.
import { Migrator, sql, type Kysely, type Migration, type MigrationResultSet } from "kysely";
import type { Database, DialectName } from "./schema.ts";
import { migrations as allMigrations, type StoreMigration } from "./migrations/index.ts";

async function migratorFor(
  db: Kysely<Database>,
  dialect: DialectName,
  migrations: Record<string, StoreMigration>,
): Promise<Migrator> {
  const bound: Record<string, Migration> = {};
  for (const [name, m] of Object.entries(migrations)) {
    bound[name] = {
      up: (k) => m.up(k, dialect),
      down: m.down ? (k) => m.down!(k, dialect) : undefined,
    };
  }
  // On PostgreSQL, Kysely looks for its bookkeeping tables in every schema unless told which one;
  // pin it to the connection's current schema so two flowwatch stores in one database stay apart.
  const migrationTableSchema =
    dialect === "postgres"
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  return new Migrator({
    db,
    migrationTableSchema,
    provider: { getMigrations: async () => bound },
    // Needed: migration names are not in the order they were written. Parallel branches name theirs
    // by prefix (`h-monitor_0006_…`, `h-rk_0006_…`, `2026_12_03_store_…`), so a migration added
    // later can sort before one an existing database has already run (`2026_…` sorts before
    // `h-…`). Without this Kysely refuses to migrate such a database ("corrupted migrations").
    // Every migration here is independent of the ones it may be reordered with.
    allowUnorderedMigrations: true,
  });
}

function check(result: MigrationResultSet, what: string): string[] {
  const failed = result.results?.find((r) => r.status === "Error");
  if (result.error) {
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`store: ${what} failed${failed ? ` in ${failed.migrationName}` : ""}: ${reason}`);
  }
  return (result.results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/** Applies every pending migration; returns the names applied (empty when up to date). */
export async function migrateToLatest(
  db: Kysely<Database>,
  dialect: DialectName,
  migrations: Record<string, StoreMigration> = allMigrations,
): Promise<string[]> {
  // Kysely takes no migration lock on SQLite, so two processes opening a new file at once can both
  // start the same migration; the loser's transaction rolls back and a retry finds it applied.
  for (let attempt = 1; ; attempt++) {
    try {
      return check(await (await migratorFor(db, dialect, migrations)).migrateToLatest(), "migration");
    } catch (err) {
      const raced = /already exists|database is locked|SQLITE_BUSY/i.test(String((err as Error)?.message));
      if (dialect !== "sqlite" || !raced || attempt >= 10) throw err;
      await new Promise((r) => setTimeout(r, 50 * attempt + Math.random() * 50));
    }
  }
}

/** Reverts the most recent migration (development and tests only). */
export async function migrateDown(
  db: Kysely<Database>,
  dialect: DialectName,
  migrations: Record<string, StoreMigration> = allMigrations,
): Promise<string[]> {
  return check(await (await migratorFor(db, dialect, migrations)).migrateDown(), "migrate down");
}
