// The sources repository on SQLite and, when FLOWWATCH_TEST_PG is set, on PostgreSQL.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/store.ts";
import * as repo from "../../src/store/monitor-sources.ts";

async function sqlite(): Promise<{ store: Store; cleanup(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), "fw-sources-"));
  const store = await openStore(path.join(dir, "s.db"));
  return { store, cleanup: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) };
}

async function postgres(): Promise<{ store: Store; cleanup(): Promise<void> }> {
  const schema = `fw_src_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: process.env.FLOWWATCH_TEST_PG });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const u = new URL(process.env.FLOWWATCH_TEST_PG!);
  u.searchParams.set("options", `-c search_path=${schema}`);
  const store = await openStore(u.toString());
  return {
    store,
    cleanup: async () => {
      await store.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

const engines: [string, () => Promise<{ store: Store; cleanup(): Promise<void> }>][] = [["SQLite", sqlite]];
if (process.env.FLOWWATCH_TEST_PG) engines.push(["PostgreSQL", postgres]);

describe.each(engines)("sources repository on %s", (_name, open) => {
  it("adds, refuses bad input, pauses, claims due sources once, marks URLs seen, removes", async () => {
    const { store, cleanup } = await open();
    try {
      const t0 = new Date("2026-05-01T00:00:00Z");
      const s = await repo.addSource(
        store.kysely,
        { url: "https://news.example/feed.xml", kind: "rss", everySeconds: 900, lang: "ru" },
        t0,
      );
      expect(s).toMatchObject({ kind: "rss", status: "active", lang: "ru", documents: 0 });
      await expect(
        repo.addSource(store.kysely, {
          url: "https://news.example/feed.xml",
          kind: "rss",
          everySeconds: 900,
        }),
      ).rejects.toThrow(/already watched/);
      await expect(
        repo.addSource(store.kysely, { url: "ftp://news.example/f", kind: "rss", everySeconds: 900 }),
      ).rejects.toThrow(/http/);
      await expect(
        repo.addSource(store.kysely, { url: "https://news.example/2", kind: "rss", everySeconds: 5 }),
      ).rejects.toThrow(/minute/);

      // Two schedulers racing for the same due source: exactly one wins it.
      const [a, b] = await Promise.all([
        repo.claimDueSources(store.kysely, t0),
        repo.claimDueSources(store.kysely, t0),
      ]);
      expect(a.length + b.length).toBe(1);
      expect(await repo.claimDueSources(store.kysely, new Date(t0.getTime() + 60_000))).toEqual([]);

      await repo.setSourceStatus(store.kysely, s.id, "paused");
      expect(await repo.claimDueSources(store.kysely, new Date(t0.getTime() + 3600_000))).toEqual([]);

      expect(
        await repo.markSeen(
          store.kysely,
          { url: "https://news.example/a", sourceId: s.id, canonicalUrl: null, docId: "a", contentHash: "h" },
          true,
        ),
      ).toBe(true);
      expect(
        await repo.markSeen(
          store.kysely,
          { url: "https://news.example/a", sourceId: s.id, canonicalUrl: null, docId: "a", contentHash: "h" },
          true,
        ),
      ).toBe(false);
      expect(
        await repo.unseenUrls(store.kysely, ["https://news.example/a", "https://news.example/b"]),
      ).toEqual(["https://news.example/b"]);
      expect((await repo.getSource(store.kysely, s.id))?.documents).toBe(1);

      await repo.recordFetch(store.kysely, s.id, { httpStatus: 200, etag: '"v1"', lastModified: null });
      await repo.recordFetch(store.kysely, s.id, { httpStatus: 304 });
      expect(await repo.findSource(store.kysely, String(s.id))).toMatchObject({
        etag: '"v1"',
        lastHttpStatus: 304,
        lastError: null,
      });

      expect(await repo.removeSource(store.kysely, s.id)).toBe(true);
      expect(await repo.listSources(store.kysely)).toEqual([]);
      expect(await repo.unseenUrls(store.kysely, ["https://news.example/a"])).toEqual([
        "https://news.example/a",
      ]);
    } finally {
      await cleanup();
    }
  });
});
