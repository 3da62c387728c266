// Paths shared by the list tests: the real official lists in ../shared (read-only, never copied
// into the project) and this folder's own small fixtures.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SHARED_LISTS = path.resolve(
  fileURLToPath(new URL("../../../../shared/data/lists/", import.meta.url)),
);
export const OFAC_SDN = path.join(SHARED_LISTS, "ofac_sdn_20240503/sdn.csv");
export const OFAC_AUX = path.join(SHARED_LISTS, "ofac_sdn_aux_20250227");
export const UN_XML = path.join(SHARED_LISTS, "un_consolidated_20260227/UN_consolidated.xml");
export const hasSharedLists = existsSync(OFAC_SDN) && existsSync(UN_XML);

export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

import pg from "pg";
import { openStore, type Store } from "../../../src/store/index.ts";

export const PG_URL = process.env.FLOWWATCH_TEST_PG || "postgres://postgres@127.0.0.1:5432/test";

async function pgReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    if (process.env.CI) throw new Error(`PostgreSQL at ${PG_URL} is required in CI but unreachable`);
    return false;
  }
}

export const postgresAvailable = await pgReachable();

export interface MigratedDb {
  /** A store on the database (its repositories are what the tests use). */
  db: Store;
  close(): Promise<void>;
}

/** A migrated, empty database: in-memory SQLite, or PostgreSQL in a schema of its own. */
export async function migratedDb(kind: "sqlite" | "postgres"): Promise<MigratedDb> {
  if (kind === "sqlite") {
    const store = await openStore(":memory:");
    return { db: store, close: () => store.close() };
  }
  const schema = `fw_lists_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(PG_URL);
  url.searchParams.set("options", `-c search_path=${schema}`);
  const store = await openStore(url.toString());
  return {
    db: store,
    async close() {
      await store.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}
