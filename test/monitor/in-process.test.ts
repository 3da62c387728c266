// The embedded (SQLite) monitor: one tick ingests the fixture feed's articles; the next poll is a 304.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/store.ts";
import { Fetcher } from "../../src/monitor/fetcher.ts";
import { tickInProcess } from "../../src/monitor/in-process.ts";
import { startFeedServer, type FeedServer } from "./feed-server.ts";

let server: FeedServer;
let store: Store;
let dir: string;
beforeAll(async () => {
  server = await startFeedServer();
  dir = mkdtempSync(path.join(tmpdir(), "fw-monitor-"));
  store = await openStore(path.join(dir, "m.db"));
});
afterAll(async () => {
  await store.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("in-process monitor tick", () => {
  it("ingests new articles with their canonical URL, then fetches nothing new (304)", async () => {
    const source = await store.sources.add({
      url: `${server.base}/feed.xml`,
      kind: "rss",
      everySeconds: 900,
      outlet: "Harbour Herald",
    });
    const fetcher = new Fetcher({ allowPrivate: true, politenessMs: 0, backoffMs: 5 });
    const t0 = new Date();
    const first = await tickInProcess(store, fetcher, { now: t0 });
    expect(first.errors).toEqual([]);
    expect(first).toMatchObject({ sources: 1, newUrls: 2, ingested: 2 });
    const docs = await store.listDocuments();
    expect(docs.total).toBe(2);
    // The canonical link, not the feed's tracking URL, is kept; the nav and footer are cleaned away.
    expect(docs.items.map((d) => d.url).sort()).toEqual([
      `${server.base}/news/factories`,
      `${server.base}/news/ships`,
    ]);
    const ships = await store.getDocument(docs.items.find((d) => d.url?.endsWith("ships"))!.id);
    expect(ships?.text).toContain("300 workers");
    expect(ships?.text).not.toContain("Sport");
    expect(ships?.outlet).toBe("Harbour Herald");
    expect((await store.sources.get(source.id))?.documents).toBe(2);

    // Not due yet: nothing is polled.
    expect((await tickInProcess(store, fetcher, { now: new Date(t0.getTime() + 60_000) })).sources).toBe(0);
    // Due again: the feed answers 304 and no article is fetched.
    const articleHits = server.hits.get("/news/ships");
    const again = await tickInProcess(store, fetcher, { now: new Date(t0.getTime() + 901_000) });
    expect(again).toMatchObject({ sources: 1, notModified: 1, newUrls: 0, ingested: 0 });
    expect(server.hits.get("/news/ships")).toBe(articleHits);
    const [s] = await store.sources.list();
    expect(s.lastHttpStatus).toBe(304);
    expect(s.etag).toBe('"feed-v1"');
    await fetcher.close();
  });

  it("records a failing source's error and goes on", async () => {
    const bad = await store.sources.add({ url: `${server.base}/error`, kind: "rss", everySeconds: 600 });
    const fetcher = new Fetcher({ allowPrivate: true, politenessMs: 0, backoffMs: 1, retries: 1 });
    const r = await tickInProcess(store, fetcher, { now: new Date(Date.now() + 2000_000) });
    expect(r.errors.join()).toMatch(/HTTP 500/);
    const s = await store.sources.get(bad.id);
    expect(s?.lastError).toMatch(/HTTP 500/);
    expect(s?.lastHttpStatus).toBe(500);
    await fetcher.close();
  });
});
