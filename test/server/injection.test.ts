// The injection corpus: odd and hostile values in every path and query parameter of every GET route
// (read from the OpenAPI document), and hostile corrections, must never give a 500 — on SQLite and,
// when FLOWWATCH_TEST_PG is set, on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { buildServer } from "../../src/server/app.ts";
import type { Store } from "../../src/store/store.ts";
import { fixtureStore } from "./fixtures.ts";
import { addAccounts, inject, type TestAccount } from "./accounts.ts";
import type { Role } from "../../src/auth/roles.ts";

const PG_URL = process.env.FLOWWATCH_TEST_PG;

const cursor = (v: unknown[]) => Buffer.from(JSON.stringify(v)).toString("base64url");

/** Values an attacker or a careless script sends. */
const HOSTILE = [
  "0x10",
  "1e20",
  "9223372036854775807",
  "1e400",
  "-1",
  "2147483648",
  "NaN",
  "a\u0000b",
  "'; DROP TABLE claims;--",
  "' OR 1=1 --",
  '"',
  'a" OR "b',
  "NEAR(a b",
  "*",
  "%",
  "\\",
  "x".repeat(5000),
  "{}",
  "\u202eevil",
  "AND OR NOT",
  cursor([null, "d", 2 ** 31]),
  cursor(["2024", "a\u0000", 1]),
];
const HOSTILE_IDS = [
  "2147483648",
  "9223372036854775807",
  "0",
  "-1",
  "1e3",
  "0x10",
  "%00",
  "..%2F..%2Fetc%2Fpasswd",
];

interface Op {
  parameters?: { name: string; in: string }[];
}

async function pgStore(): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  const schema = `fw_inj_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(PG_URL!);
  url.searchParams.set("options", `-c search_path=${schema}`);
  const store = await fixtureStore(url.toString());
  return {
    store,
    cleanup: async () => {
      await store.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

const backends = PG_URL ? (["sqlite", "postgres"] as const) : (["sqlite"] as const);

describe.each(backends)("injection corpus (%s)", (backend) => {
  let app: FastifyInstance;
  let cleanup: () => Promise<void>;
  let accounts: Record<Role, TestAccount>;
  beforeAll(async () => {
    const opened =
      backend === "sqlite"
        ? await fixtureStore().then((store) => ({ store, cleanup: () => store.close() }))
        : await pgStore();
    cleanup = opened.cleanup;
    accounts = await addAccounts(opened.store);
    app = await buildServer({ store: opened.store });
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await cleanup();
  });

  const get = (url: string) =>
    inject(app, { method: "GET", url, headers: { authorization: `Bearer ${accounts.admin.token}` } });

  it("gives no 500 for any hostile path or query value on any GET route", async () => {
    const doc = app.swagger() as { paths: Record<string, Record<string, Op>> };
    const failures: string[] = [];
    let sent = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      const op = methods.get;
      if (!path.startsWith("/api/") || !op) continue;
      const params = op.parameters ?? [];
      const pathParams = params.filter((p) => p.in === "path").map((p) => p.name);
      const queryParams = params.filter((p) => p.in === "query").map((p) => p.name);
      const withPath = (v: string) => pathParams.reduce((u, p) => u.replace(`{${p}}`, v), path);
      const urls = [
        ...(pathParams.length ? HOSTILE_IDS.map(withPath) : [path]),
        ...queryParams.flatMap((q) => HOSTILE.map((v) => `${withPath("1")}?${q}=${encodeURIComponent(v)}`)),
      ];
      for (const url of urls) {
        const res = await get(url);
        sent++;
        if (res.status >= 500) failures.push(`${res.status} ${url.slice(0, 120)}: ${res.body?.message}`);
      }
    }
    expect(sent).toBeGreaterThan(300);
    expect(failures).toEqual([]);
  }, 240_000);

  it("refuses non-decimal and out-of-range numbers and NUL with 400", async () => {
    for (const url of [
      "/api/claims?limit=0x10",
      "/api/claims?offset=1e20",
      "/api/claims?offset=9223372036854775807",
      "/api/series?offset=1e400",
      "/api/findings?offset=1e400",
      "/api/claims/2147483648",
      "/api/search?q=a%00b",
      "/api/claims?source=a%00b",
      `/api/claims?cursor=${cursor([null, "d", 2 ** 31])}`,
    ])
      expect([url, (await get(url)).status]).toEqual([url, 400]);
    expect((await get("/api/claims?limit=16")).status).toBe(200);
  });

  it("refuses corrections outside the claim contract with 400", async () => {
    const claims = await get("/api/claims?limit=1");
    const id = claims.body.items[0].id;
    for (const correction of [
      { quantity: -1e308 },
      { quantity: 1e308 },
      { quantity: [5, 1e300] },
      { time: "9999-12-31" },
      { time: "2024-02-30" },
      { destination: "Ka\u0000zan" },
      { unit: "x".repeat(1000) },
    ]) {
      const res = await inject(app, {
        method: "POST",
        url: `/api/claims/${id}/reviews`,
        headers: { authorization: `Bearer ${accounts.analyst.token}` },
        payload: { decision: "correct", correction },
      });
      expect([correction, res.status]).toEqual([correction, 400]);
    }
    const ok = await inject(app, {
      method: "POST",
      url: `/api/claims/${id}/reviews`,
      headers: { authorization: `Bearer ${accounts.analyst.token}` },
      payload: { decision: "correct", correction: { time: "2023-09/2025-05-23" } },
    });
    expect(ok.status).toBe(201);
  });

  it("pages reviewed claims sorted by a field without a cursor, like the plain path (#9)", async () => {
    const plain = await get("/api/claims?sort=quantity&limit=1");
    const reviewed = await get("/api/claims?reviewed=true&sort=quantity&limit=1");
    expect(plain.body.nextCursor ?? null).toBeNull();
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.items).toHaveLength(1);
    expect(reviewed.body.nextCursor ?? null).toBeNull();
  });
});
