// Whether a PostgreSQL schema exists (used to tell whether graphile-worker's queue is set up).
import { sql } from "kysely";
import type { Store } from "./store.ts";

export async function schemaExists(store: Store, schema: string): Promise<boolean> {
  if (store.dialect !== "postgres") return false;
  const r = await sql<{
    n: number;
  }>`select count(*)::int as n from information_schema.schemata where schema_name = ${schema}`.execute(
    store.kysely,
  );
  return Number(r.rows[0]?.n ?? 0) > 0;
}
