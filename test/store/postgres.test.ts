// The same store contract against PostgreSQL. URL from FLOWWATCH_TEST_PG (CI's default when
// unset); each store gets its own schema, dropped afterwards. Unreachable PostgreSQL skips this
// file locally but fails it under CI.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openKysely, openStore } from "../../src/store/open.ts";
import { coreMigrationRoundTrip, storeContract } from "./store-contract.ts";

const url = process.env.FLOWWATCH_TEST_PG || "postgres://postgres@127.0.0.1:5432/test";

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

let unreachable: string | null = null;
try {
  await admin((c) => c.query("SELECT 1"));
} catch (err) {
  unreachable = (err as Error).message || String(err);
}

/** A URL whose connections use a fresh schema as their search_path. */
export function withSearchPath(base: string, schema: string): string {
  const options = encodeURIComponent(`-c search_path=${schema}`);
  return `${base}${base.includes("?") ? "&" : "?"}options=${options}`;
}

if (unreachable && !process.env.CI) {
  console.warn(`PostgreSQL at ${url} is unreachable (${unreachable}): skipping the PostgreSQL store tests.`);
  describe.skip("store contract on PostgreSQL (unreachable)", () => {
    it("needs PostgreSQL", () => {});
  });
} else if (unreachable) {
  describe("store contract on PostgreSQL", () => {
    it("can reach the PostgreSQL server CI provides", () => {
      throw new Error(`PostgreSQL at ${url} is unreachable under CI: ${unreachable}`);
    });
  });
} else {
  storeContract("PostgreSQL", async () => {
    const schema = `fw_test_${randomBytes(6).toString("hex")}`;
    await admin((c) => c.query(`CREATE SCHEMA ${schema}`));
    const store = await openStore(withSearchPath(url, schema));
    return {
      store,
      cleanup: async () => {
        await store.close();
        await admin((c) => c.query(`DROP SCHEMA ${schema} CASCADE`));
      },
    };
  });

  describe("PostgreSQL specifics", () => {
    it("the core migration goes down and up again cleanly", async () => {
      const schema = `fw_test_${randomBytes(6).toString("hex")}`;
      await admin((c) => c.query(`CREATE SCHEMA ${schema}`));
      const { db, dialect } = await openKysely(withSearchPath(url, schema));
      try {
        await coreMigrationRoundTrip(db, dialect);
      } finally {
        await db.destroy();
        await admin((c) => c.query(`DROP SCHEMA ${schema} CASCADE`));
      }
    });

    it("keeps every table in the isolated schema", async () => {
      const schema = `fw_test_${randomBytes(6).toString("hex")}`;
      await admin((c) => c.query(`CREATE SCHEMA ${schema}`));
      const store = await openStore(withSearchPath(url, schema));
      try {
        expect(store.dialect).toBe("postgres");
        const tables = await admin((c) =>
          c.query<{ table_name: string }>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = $1",
            [schema],
          ),
        );
        expect(tables.rows.map((r) => r.table_name)).toEqual(
          expect.arrayContaining(["documents", "sentences", "claims", "entities", "mentions", "annotations"]),
        );
      } finally {
        await store.close();
        await admin((c) => c.query(`DROP SCHEMA ${schema} CASCADE`));
      }
    });
  });
}
