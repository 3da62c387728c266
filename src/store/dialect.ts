// Which database a Kysely instance talks to, for the few places (FTS, triggers) that differ.
import { PostgresAdapter, type Kysely } from "kysely";
import type { DialectName } from "./schema.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}
