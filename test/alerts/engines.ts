// Reopenable stores for the alerts tests: a SQLite file and, when FLOWWATCH_TEST_PG is set, a
// PostgreSQL schema of its own. `open()` may be called again after closing (a restart).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/store.ts";

export interface Engine {
  /** The database location (file or URL), for code that opens it itself. */
  db: string;
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

export async function sqliteEngine(): Promise<Engine> {
  const dir = mkdtempSync(path.join(tmpdir(), "fw-alerts-"));
  const db = path.join(dir, "alerts.db");
  return {
    db,
    open: () => openStore(db),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function postgresEngine(): Promise<Engine> {
  const schema = `fw_alerts_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: process.env.FLOWWATCH_TEST_PG });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const u = new URL(process.env.FLOWWATCH_TEST_PG!);
  u.searchParams.set("options", `-c search_path=${schema}`);
  const db = u.toString();
  return {
    db,
    open: () => openStore(db),
    cleanup: async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

export const engines: [string, () => Promise<Engine>][] = [["SQLite", sqliteEngine]];
if (process.env.FLOWWATCH_TEST_PG) engines.push(["PostgreSQL", postgresEngine]);
