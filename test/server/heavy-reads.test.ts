// Heavy reads: the assessment behind /api/series, /api/findings and /api/network is built in a
// worker thread when the server can reopen its database, so the event loop keeps answering; and no
// API answer may exceed the response size limit.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/app.ts";
import { buildCount } from "../../src/server/services/estimates.ts";
import type { Store } from "../../src/store/store.ts";
import { fixtureStore } from "./fixtures.ts";
import { cachedPlacesReport } from "../../src/server/services/places.ts";

const dir = mkdtempSync(path.join(tmpdir(), "fw-heavy-"));
const db = path.join(dir, "heavy.db");
let store: Store;
let offLoop: FastifyInstance;
let inProcess: FastifyInstance;

beforeAll(async () => {
  store = await fixtureStore(db);
  offLoop = await buildServer({ store, publicRead: true, dbLocation: db });
  inProcess = await buildServer({ store, publicRead: true });
}, 60_000);
afterAll(async () => {
  await offLoop.close();
  await inProcess.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** GETs `url` until the worker's first build is done (503 until then, with Retry-After). */
async function untilBuilt(app: FastifyInstance, url: string) {
  for (;;) {
    const res = await app.inject({ method: "GET", url });
    if (res.statusCode !== 503) return res;
    expect(res.headers["retry-after"]).toBe("5");
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("estimates built off the event loop", () => {
  it("answers /api/series from a worker build, equal to the in-process answer", async () => {
    const before = buildCount();
    const worker = await untilBuilt(offLoop, "/api/series?limit=50");
    expect(worker.statusCode).toBe(200);
    // The build ran in the worker thread: this thread built nothing.
    expect(buildCount()).toBe(before);
    const local = await inProcess.inject({ method: "GET", url: "/api/series?limit=50" });
    const strip = (b: { items: unknown; total: number }) => ({ items: b.items, total: b.total });
    expect(strip(worker.json())).toEqual(strip(local.json()));
    expect(worker.json().total).toBeGreaterThan(0);
  }, 60_000);

  it("refreshes the worker's assessment after a review, equal to the in-process answer", async () => {
    const url = "/api/series?limit=50";
    const rejectedNow = async () => (await untilBuilt(offLoop, url)).json().summary.counts.rejectedClaims;
    const before = await rejectedNow();
    const claim = (await store.listClaims({ limit: 1 })).items[0];
    await store.reviews.add({ claimId: claim.id, decision: "reject", author: "worker-test" });
    // While the refresh runs the previous version may be served: ask until the review shows.
    for (let i = 0; i < 100 && (await rejectedNow()) === before; i++)
      await new Promise((r) => setTimeout(r, 200));
    const worker = await untilBuilt(offLoop, url);
    expect(worker.json().summary.counts.rejectedClaims).toBe(before + 1);
    const local = await inProcess.inject({ method: "GET", url });
    const strip = (b: { items: unknown; total: number }) => ({ items: b.items, total: b.total });
    expect(strip(worker.json())).toEqual(strip(local.json()));
  }, 60_000);

  it("keeps answering /api/health while the assessment is being built", async () => {
    // A new server has nothing built yet: its first estimate request starts a build.
    const fresh = await buildServer({ store, publicRead: true, dbLocation: db });
    try {
      const findings = fresh.inject({ method: "GET", url: "/api/findings" });
      const started = Date.now();
      const health = await fresh.inject({ method: "GET", url: "/api/health" });
      expect(health.statusCode).toBe(200);
      expect(Date.now() - started).toBeLessThan(1000);
      expect([200, 503]).toContain((await findings).statusCode);
      expect((await untilBuilt(fresh, "/api/findings")).statusCode).toBe(200);
    } finally {
      await fresh.close();
    }
  }, 60_000);
});

describe("the places report", () => {
  it("is computed once per data version and query, and again after a review", async () => {
    const first = await cachedPlacesReport(store, { group: "labor" });
    expect(await cachedPlacesReport(store, { group: "labor" })).toBe(first);
    expect(await cachedPlacesReport(store, {})).not.toBe(first);
    const claim = (await store.listClaims({ limit: 1 })).items[0];
    await store.reviews.add({ claimId: claim.id, decision: "reject", author: "cache-test" });
    const after = await cachedPlacesReport(store, { group: "labor" });
    expect(after).not.toBe(first);
  });
});

describe("the response size limit", () => {
  it("turns an oversized answer into a 400 that says how to ask for less", async () => {
    const small = await buildServer({ store, publicRead: true, maxResponseChars: 2000 });
    try {
      const res = await small.inject({ method: "GET", url: "/api/claims?limit=50" });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toMatch(/ask for fewer items \(limit\)/);
      expect((await small.inject({ method: "GET", url: "/api/claims?limit=1" })).statusCode).toBe(200);
    } finally {
      await small.close();
    }
  });
});
