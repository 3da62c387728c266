// Kysely's SQLite driver prepares every query anew; preparing costs about as much as running a
// small insert. This hands it a database whose `prepare` keeps the most recently used statements
// by SQL text (a statement still being iterated is never handed out twice).
import type { Database as SqliteDatabase, Statement } from "better-sqlite3";

const MAX_STATEMENTS = 256;

export function withStatementCache(database: SqliteDatabase): Pick<SqliteDatabase, "close" | "prepare"> {
  const cache = new Map<string, Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (stmt && !stmt.busy) {
        // Most recently used last: the first entry is the one to drop.
        cache.delete(sql);
        cache.set(sql, stmt);
        return stmt;
      }
      stmt = database.prepare(sql);
      if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
      cache.set(sql, stmt);
      return stmt;
    },
  } as Pick<SqliteDatabase, "close" | "prepare">;
}
