// A small corpus written for these tests (invented companies, people and figures) and the two
// databases the suite runs on: a temp SQLite file and, when reachable, a PostgreSQL schema of its own.
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openStore } from "../../../src/store/open.ts";
import type { Store } from "../../../src/store/store.ts";
import type { ListImport } from "../../../src/resolve/lists/types.ts";

/** file (relative to the corpus folder) → contents. Two files share a name to force a `-2` id. */
export const CORPUS: Record<string, string> = {
  "harbour.txt": [
    "TITLE: Timber crews return to the port",
    "OUTLET: Coastline Ledger",
    "DATE: 2025-04-02",
    "",
    "Crews hired through Mansudae Overseas Project Group landed in Vladivostok in March, a port clerk said.",
    "",
    "The clerk added that Ryongwang Timber Trading Company had booked their lodging for 1,200 workers. " +
      "Lieutenant General Kye Myong Su signed the transfer papers.",
  ].join("\n"),
  "north/report.txt": [
    "TITLE: A trading house opens a branch",
    "OUTLET: Border Weekly",
    "DATE: 2025-05-20",
    "",
    "A customs filing shows RYONGWANG TIMBER TRADING CO. opened a branch office in Khabarovsk last month.",
    "",
    "Kye Myong-su was seen at the opening, and Deputy Director Kim Yojong sent a letter of thanks.",
  ].join("\n"),
  "south/report.txt": [
    "TITLE: Quiet week at the crossing",
    "OUTLET: Border Weekly",
    "DATE: 2025-06-01",
    "",
    "Crossing Stays Quiet While Pyolmuri Shipping Company Waits for Permits",
    "",
    "Traffic at the rail crossing was light, and no new labour contracts were reported in Russia.",
  ].join("\n"),
};

export function writeCorpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "fw-mentions-"));
  for (const [name, text] of Object.entries(CORPUS)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text + "\n");
  }
  return dir;
}

/** A tiny list: one record linked to a gazetteer entity by its OFAC id, one matched by name. */
export function tinyList(mansudaeOfacId: string): ListImport {
  return {
    listId: "ofac-sdn",
    published: "2025-01-15",
    sourceFiles: ["test-sdn.csv"],
    problems: [],
    records: [
      {
        listId: "ofac-sdn",
        sourceId: mansudaeOfacId,
        type: "organization",
        name: "MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES",
        aliases: [],
        programmes: ["DPRK2"],
      },
      {
        listId: "ofac-sdn",
        sourceId: "990001",
        type: "organization",
        name: "RYONGWANG TIMBER TRADING COMPANY",
        aliases: ["RYONGWANG TIMBER"],
        programmes: ["DPRK4"],
        listedOn: "2024-09-30",
      },
    ],
  };
}

export interface TestDb {
  name: string;
  open(): Promise<{ store: Store; cleanup(): Promise<void> }>;
}

const PG_URL = process.env.FLOWWATCH_TEST_PG || "postgres://postgres@127.0.0.1:5432/test";

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

let pgUnreachable: string | null = null;
try {
  await admin((c) => c.query("SELECT 1"));
} catch (err) {
  pgUnreachable = (err as Error).message || String(err);
}
export { pgUnreachable };

export const DATABASES: TestDb[] = [
  {
    name: "SQLite",
    async open() {
      const dir = mkdtempSync(path.join(tmpdir(), "fw-mentions-db-"));
      const store = await openStore(path.join(dir, "test.db"));
      return {
        store,
        cleanup: async () => {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: "PostgreSQL",
    async open() {
      const schema = `fw_test_${randomBytes(6).toString("hex")}`;
      await admin((c) => c.query(`CREATE SCHEMA ${schema}`));
      const options = encodeURIComponent(`-c search_path=${schema}`);
      const store = await openStore(`${PG_URL}${PG_URL.includes("?") ? "&" : "?"}options=${options}`);
      return {
        store,
        cleanup: async () => {
          await store.close();
          await admin((c) => c.query(`DROP SCHEMA ${schema} CASCADE`));
        },
      };
    },
  },
];
