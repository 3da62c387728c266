// Opens a fresh store on SQLite (temp file) and, when reachable, on PostgreSQL in a schema of its own.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/store.ts";

export const PG_URL = process.env.FLOWWATCH_TEST_PG || "postgres://postgres@127.0.0.1:5432/test";

export async function pgReachable(): Promise<boolean> {
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

export interface TestDb {
  store: Store;
  cleanup(): Promise<void>;
}

export async function sqliteStore(): Promise<TestDb> {
  const dir = mkdtempSync(path.join(tmpdir(), "fw-auth-"));
  const store = await openStore(path.join(dir, "test.db"));
  return {
    store,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function postgresStore(): Promise<TestDb> {
  const schema = `fw_auth_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(PG_URL);
  url.searchParams.set("options", `-c search_path=${schema}`);
  const store = await openStore(url.toString());
  return {
    store,
    async cleanup() {
      await store.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}
