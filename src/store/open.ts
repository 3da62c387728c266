// Opens the database: a SQLite file (default `./data/flowwatch.db`, or `:memory:`) or a
// `postgres://` / `postgresql://` URL. `openKysely` gives other stages' store modules the same
// typed connection; `openStore` wraps it in the Store contract and runs pending migrations.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { withStatementCache } from "./statement-cache.ts";
import type { Database, DialectName } from "./schema.ts";
import type { Store } from "./store.ts";
import { isPostgresUrl } from "./dialect.ts";

export const DEFAULT_DB = "./data/flowwatch.db";

/** The database the CLI uses when `--db` is not given: `$FLOWWATCH_DB` or `./data/flowwatch.db`. */
export function defaultDb(): string {
  return process.env.FLOWWATCH_DB || DEFAULT_DB;
}

export interface OpenedKysely {
  db: Kysely<Database>;
  dialect: DialectName;
}

export async function openKysely(db: string = DEFAULT_DB): Promise<OpenedKysely> {
  if (isPostgresUrl(db)) {
    const { default: pg } = await import("pg");
    const pool = new pg.Pool({ connectionString: db, max: 8 });
    // An idle client losing its connection must not crash the process; the next query reports it.
    pool.on("error", (err) => console.error(`store: postgres pool error: ${err.message}`));
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: "postgres" };
  }
  const { default: SQLite } = await import("better-sqlite3");
  const file = db.startsWith("sqlite:") ? db.slice("sqlite:".length) : db;
  if (file !== ":memory:" && file !== "") {
    try {
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    } catch (err) {
      throw new Error(`store: cannot create the folder for ${file}: ${(err as Error).message}`);
    }
  }
  let database: InstanceType<typeof SQLite> | undefined;
  try {
    database = new SQLite(file);
    database.pragma("journal_mode = WAL");
    database.pragma("foreign_keys = ON");
    // The CLI and the server may write the same file; wait for the lock instead of failing.
    database.pragma("busy_timeout = 5000");
  } catch (err) {
    database?.close();
    throw new Error(`store: cannot open SQLite database ${file}: ${(err as Error).message}`);
  }
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) }),
    dialect: "sqlite",
  };
}

/** Opens the database and brings its schema up to date. */
export async function openStore(db: string = DEFAULT_DB): Promise<Store> {
  const { KyselyStore } = await import("./kysely-store.ts");
  const opened = await openKysely(db);
  const store = new KyselyStore(opened.db, opened.dialect);
  try {
    await store.migrate();
  } catch (err) {
    await store.close();
    const where = isPostgresUrl(db) ? db.replace(/\/\/[^@/]*@/, "//***@") : db;
    throw new Error(`${(err as Error).message} (database ${where})`);
  }
  return store;
}

/**
 * Opens the database the command names (`opts.db`, else `$FLOWWATCH_DB`, else the default file),
 * runs `fn` with the store and the database it opened, and closes the store however `fn` ends.
 */
export async function withStore<T>(
  opts: { db?: string },
  fn: (store: Store, db: string) => Promise<T>,
): Promise<T> {
  const db = opts.db ?? defaultDb();
  const store = await openStore(db);
  try {
    return await fn(store, db);
  } finally {
    await store.close();
  }
}
