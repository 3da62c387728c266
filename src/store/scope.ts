// A store bound to one database connection for a long write run (an ingest), where the caller
// decides the transactions: `scope.transaction(fn)` runs fn between BEGIN and COMMIT on that
// connection (BEGIN IMMEDIATE on SQLite: the write lock is taken up front, waiting out another
// writer through the busy timeout instead of failing on the upgrade), and any `transaction()`
// opened inside it by store code or a post-ingest hook joins it instead of nesting. The scoped
// Kysely object stays the same for the whole run, so per-connection caches (the screening index,
// the gazetteer sync) are built once.
import { sql, type Kysely } from "kysely";
import type { Database, DialectName } from "./schema.ts";
import { KyselyStore } from "./kysely-store.ts";
import type { Store } from "./store.ts";

export interface WriteScope {
  /** The store on the pinned connection; give it (not the outer store) to hooks. */
  readonly store: Store;
  /** Runs fn in one transaction on the pinned connection (rolled back when fn throws). */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
}

/** SQLITE_BUSY / SQLITE_LOCKED: another process holds the write lock beyond the busy timeout. */
export function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

/** Kysely on one connection whose `transaction()` joins the open transaction, or opens one. */
function joiningKysely(
  db: Kysely<Database>,
  scope: { open: boolean; run<T>(fn: () => Promise<T>): Promise<T> },
) {
  const proxy: Kysely<Database> = new Proxy(db, {
    get(target, prop) {
      if (prop === "transaction")
        return () => ({
          execute: <T>(fn: (trx: Kysely<Database>) => Promise<T>) =>
            scope.open ? fn(proxy) : scope.run(() => fn(proxy)),
        });
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return proxy;
}

/**
 * Runs `fn` with a write scope on one connection of `store`. Stores without a Kysely connection
 * (test doubles) get a scope whose transactions are plain calls.
 */
export async function withWriteScope<T>(store: Store, fn: (scope: WriteScope) => Promise<T>): Promise<T> {
  if (!(store instanceof KyselyStore)) {
    return fn({ store, transaction: (f) => f() });
  }
  const dialect: DialectName = store.dialect;
  return store.kysely.connection().execute(async (conn) => {
    const state = {
      open: false,
      async run<R>(f: () => Promise<R>): Promise<R> {
        if (state.open) return f();
        await sql.raw(dialect === "sqlite" ? "BEGIN IMMEDIATE" : "BEGIN").execute(conn);
        state.open = true;
        try {
          const out = await f();
          await sql.raw("COMMIT").execute(conn);
          return out;
        } catch (err) {
          await sql
            .raw("ROLLBACK")
            .execute(conn)
            .catch(() => undefined);
          throw err;
        } finally {
          state.open = false;
        }
      },
    };
    const scoped = new KyselyStore(joiningKysely(conn, state), dialect);
    return fn({ store: scoped, transaction: (f) => state.run(f) });
  });
}
