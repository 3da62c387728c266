// Which database a Kysely instance talks to, for the few places (FTS, triggers) that differ.
import { PostgresAdapter, type Kysely } from "kysely";
import type { Database, DialectName } from "./schema.ts";

export function dialectOf(db: Kysely<Database>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}
