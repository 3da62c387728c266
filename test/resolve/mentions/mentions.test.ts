// Mentions and candidate entities persisted by the post-ingest hook, read back through the store
// and the API, on SQLite and PostgreSQL.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { Store } from "../../../src/store/store.ts";
import { ingestIntoStore } from "../../../src/pipeline/index.ts";
import { defaultAfterStages } from "../../../src/pipeline/stages.ts";
import { loadRegistry } from "../../../src/resolve/entities/index.ts";
import { recordDocumentMentions } from "../../../src/resolve/mentions-hook.ts";
import { buildServer } from "../../../src/server/app.ts";
import { CORPUS, DATABASES, pgUnreachable, tinyList, writeCorpus } from "./fixtures.ts";

const registry = loadRegistry();
const byName = (name: string) => registry.entities.find((e) => e.name === name)!;
const MANSUDAE = byName("Mansudae Overseas Project Group of Companies");
const KIM_YO_JONG = byName("Kim Yo Jong");

for (const target of DATABASES) {
  const skip = target.name === "PostgreSQL" && pgUnreachable !== null && !process.env.CI;
  describe.skipIf(skip)(`mentions and entities on ${target.name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    let corpus: string;
    let app: FastifyInstance;
    const errors: string[] = [];

    beforeAll(async () => {
      ({ store, cleanup } = await target.open());
      // The list comes first so the screening hook has something to match the parties against.
      await store.sanctions.saveListImport(tinyList(MANSUDAE.identifiers.ofac));
      corpus = writeCorpus();
      const summary = await ingestIntoStore(store, [corpus], {
        after: await defaultAfterStages(),
        onError: (p, r) => errors.push(`${p}: ${r}`),
      });
      expect(summary.ingested).toBe(Object.keys(CORPUS).length);
      app = await buildServer({ store, publicRead: true });
    }, 60_000);

    afterAll(async () => {
      await app?.close();
      await cleanup?.();
      rmSync(corpus, { recursive: true, force: true });
    });

    const mentionRows = () =>
      store.kysely.selectFrom("mentions").selectAll().orderBy("doc_id").orderBy("start").execute();

    it("runs the screen stage (mentions, then screening) after storing, and it never fails", async () => {
      expect((await defaultAfterStages()).map((s) => s.stage)).toEqual(["screen"]);
      expect(errors).toEqual([]);
    });

    it("stores every mention at offsets that lead back to the stored text", async () => {
      const rows = await mentionRows();
      expect(rows.length).toBeGreaterThanOrEqual(8);
      for (const r of rows) {
        const doc = await store.getDocument(r.doc_id);
        expect(doc!.text.slice(Number(r.start), Number(r.end))).toBe(r.text);
      }
      // The second file named report.txt is stored as report-2 and its mentions follow it.
      const docIds = new Set(rows.map((r) => r.doc_id));
      expect(docIds).toEqual(new Set(["harbour", "report", "report-2"]));
    });

    it("writes the whole gazetteer once, as non-candidates", async () => {
      const gazetteer = await store.entities.list({ candidate: false, limit: 1 });
      expect(gazetteer.total).toBe(registry.entities.length);
      const row = await store.kysely
        .selectFrom("entities")
        .selectAll()
        .where("id", "=", MANSUDAE.id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(row.aliases)).toEqual(MANSUDAE.aliases);
      expect(Number(row.candidate)).toBe(0);
    });

    it("creates one candidate per normalised name, with every spelling seen as an alias", async () => {
      const { items } = await store.entities.list({ candidate: true });
      const timber = items.filter((e) => /ryongwang/i.test(e.name));
      expect(timber).toHaveLength(1);
      expect(timber[0].id).toMatch(/^candidate:org:/);
      expect(timber[0].type).toBe("organization");
      expect([timber[0].name, ...timber[0].aliases].sort()).toEqual(
        ["RYONGWANG TIMBER TRADING CO", "Ryongwang Timber Trading Company"].sort(),
      );
      expect(timber[0].documentCount).toBe(2);
      const kye = items.filter((e) => /^kye/i.test(e.name));
      expect(kye).toHaveLength(1);
      expect(kye[0].id).toMatch(/^candidate:person:/);
      expect(kye[0].mentionCount).toBe(2);
      // Every candidate row has its mentions, and every mention its entity row.
      const ids = new Set(
        (await store.kysely.selectFrom("entities").select("id").execute()).map((r) => r.id),
      );
      for (const m of await mentionRows()) expect(ids.has(m.entity_id)).toBe(true);
    });

    it("files a name the gazetteer knows under another spelling as the gazetteer entity", async () => {
      const rows = await mentionRows();
      const kim = rows.find((r) => r.text === "Kim Yojong");
      expect(kim?.entity_id).toBe(KIM_YO_JONG.id);
      const { items } = await store.entities.list({ candidate: true, q: "yojong" });
      expect(items).toEqual([]);
    });

    it("does not store candidate names read from a headline line", async () => {
      const rows = await mentionRows();
      expect(rows.filter((r) => r.doc_id === "report-2").map((r) => r.text)).toEqual(["Russia"]);
      expect((await store.entities.list({ q: "pyolmuri" })).total).toBe(0);
    });

    it("does nothing when a document is processed again or the folder is ingested again", async () => {
      const before = (await mentionRows()).length;
      const doc = (await store.getDocument("harbour"))!;
      const again = await recordDocumentMentions(store, doc);
      expect(again).toMatchObject({ mentions: 0, skipped: true });
      const rerun = await ingestIntoStore(store, [corpus], { after: await defaultAfterStages() });
      expect(rerun.duplicates).toBe(Object.keys(CORPUS).length);
      expect((await mentionRows()).length).toBe(before);
      expect(await store.entities.putMentions("harbour", [])).toEqual({ inserted: 0, skipped: true });
    });

    it("refuses mentions that do not match the stored text, naming the document", async () => {
      const bad = [{ docId: "nowhere", entityId: "place:russia", start: 0, end: 5, text: "Russi" }];
      await expect(store.entities.putMentions("nowhere", bad)).rejects.toThrow(
        /no stored document "nowhere"/,
      );
      const fresh = await target.open();
      try {
        const put = await fresh.store.putDocument(
          {
            id: "tiny",
            contentHash: "tiny-hash",
            url: null,
            title: null,
            outlet: null,
            published: null,
            text: "Nothing happened in Russia.",
            format: "txt",
            sourcePath: null,
          },
          [],
        );
        const wrong = [{ docId: put.id, entityId: "place:russia", start: 0, end: 7, text: "Russia." }];
        await expect(fresh.store.entities.putMentions(put.id, wrong)).rejects.toThrow(/tiny.*mention 0/);
        expect(await fresh.store.kysely.selectFrom("mentions").selectAll().execute()).toEqual([]);
      } finally {
        await fresh.cleanup();
      }
    });

    it("refreshes a gazetteer entity that changed but never lets a candidate overwrite it", async () => {
      const id = "org:test-refresh-target";
      await store.entities.upsert([
        { id, type: "organization", name: "Old Name", aliases: [], identifiers: {} },
      ]);
      const r = await store.entities.upsert([
        { id, type: "organization", name: "New Name", aliases: ["NN"], identifiers: { ofac: "1" } },
      ]);
      expect(r).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
      await store.entities.upsert([
        { id, type: "organization", name: "Impostor", aliases: [], identifiers: {}, candidate: true },
      ]);
      const e = await store.entities.get(id);
      expect(e).toMatchObject({
        name: "New Name",
        aliases: ["NN"],
        identifiers: { ofac: "1" },
        candidate: false,
      });
      await expect(
        store.entities.upsert([{ id: "", type: "place", name: "x", aliases: [], identifiers: {} }]),
      ).rejects.toThrow(/upsertEntities: entity without an id/);
    });

    it("reads an entity with its mentions in their sentences, its documents and its designations", async () => {
      const e = (await store.entities.get(MANSUDAE.id))!;
      expect(e.mentionCount).toBe(1);
      expect(e.documents).toEqual([
        {
          docId: "harbour",
          title: "Timber crews return to the port",
          outlet: "Coastline Ledger",
          published: "2025-04-02",
          mentionCount: 1,
        },
      ]);
      const m = e.mentions[0];
      expect(m.text).toBe("Mansudae Overseas Project Group");
      expect(m.sentence!.text).toContain(m.text);
      expect(m.sentence!.start).toBeLessThanOrEqual(m.start);
      expect(m.sentence!.end).toBeGreaterThanOrEqual(m.end);
      const linked = e.designations.find((d) => d.sourceId === MANSUDAE.identifiers.ofac)!;
      expect(linked.via).toContain("identifier");
      expect(linked.score).toBe(1);
      expect(linked.programmes).toEqual(["DPRK2"]);

      const candidate = (await store.entities.list({ q: "ryongwang" })).items[0];
      const detail = (await store.entities.get(candidate.id))!;
      const screened = detail.designations.find((d) => d.sourceId === "990001");
      expect(screened?.via).toEqual(["screening"]);
      expect(screened!.score).toBeGreaterThan(0.5);
      expect(screened!.listedOn).toBe("2024-09-30");
      expect(screened!.documents.length).toBeGreaterThan(0);
      // Newest document first.
      expect(detail.mentions.map((x) => x.docId)).toEqual(["report", "harbour"]);
      expect(await store.entities.get("org:no-such-entity")).toBeNull();
    });

    it("filters the listing by type, document and text, most mentioned first", async () => {
      const places = await store.entities.list({ type: "place", mentioned: true });
      expect(places.items.map((e) => e.id).sort()).toEqual([
        "place:khabarovsk",
        "place:russia",
        "place:vladivostok",
      ]);
      const inReport = await store.entities.list({ docId: "report" });
      expect(inReport.items.map((e) => e.id)).toContain(KIM_YO_JONG.id);
      expect(inReport.items.every((e) => e.mentionCount >= 1)).toBe(true);
      const all = await store.entities.list({ limit: 5 });
      const counts = all.items.map((e) => e.mentionCount);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      const page2 = await store.entities.list({ limit: 5, offset: 5 });
      expect(page2.items.map((e) => e.id)).not.toContain(all.items[0].id);
      expect(page2.total).toBe(all.total);
      // LIKE wildcards in the query are literal characters.
      expect((await store.entities.list({ q: "%" })).total).toBe(0);
    });

    it("serves the listing and the detail over the API", async () => {
      const list = await app.inject({ method: "GET", url: "/api/entities?candidate=true&limit=10" });
      expect(list.statusCode).toBe(200);
      const page = list.json();
      expect(page.items.length).toBeGreaterThan(0);
      expect(page.items.every((e: { candidate: boolean }) => e.candidate)).toBe(true);
      const kye = page.items.find((e: { name: string }) => /^kye/i.test(e.name));
      const detail = await app.inject({ method: "GET", url: `/api/entities/${encodeURIComponent(kye.id)}` });
      expect(detail.statusCode).toBe(200);
      const body = detail.json();
      expect(body.id).toBe(kye.id);
      expect(body.mentions).toHaveLength(2);
      expect(body.mentions[0].sentence.text).toContain(body.mentions[0].text);
      expect(body.documents.map((d: { docId: string }) => d.docId).sort()).toEqual(["harbour", "report"]);
      const paged = await app.inject({
        method: "GET",
        url: `/api/entities/${encodeURIComponent(kye.id)}?mentionLimit=1&mentionOffset=1`,
      });
      expect(paged.json().mentions).toHaveLength(1);
      expect(paged.json().mentions[0].docId).toBe("harbour");
    });

    it("serves designations over the API with their list, programmes and how they were found", async () => {
      const res = await app.inject({
        method: "GET",
        url: `/api/entities/${encodeURIComponent(MANSUDAE.id)}`,
      });
      expect(res.statusCode).toBe(200);
      const linked = res
        .json()
        .designations.find((d: { sourceId: string }) => d.sourceId === MANSUDAE.identifiers.ofac);
      expect(linked).toMatchObject({ listId: "ofac-sdn", programmes: ["DPRK2"], listedOn: null, score: 1 });
      expect(linked.via).toContain("identifier");
      expect(res.json().identifiers.ofac).toBe(MANSUDAE.identifiers.ofac);
    });

    it("answers 404 for an unknown entity and 400 for a bad filter", async () => {
      const missing = await app.inject({ method: "GET", url: "/api/entities/org%3Anope" });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().message).toContain("org:nope");
      expect((await app.inject({ method: "GET", url: "/api/entities?type=planet" })).statusCode).toBe(400);
      expect((await app.inject({ method: "GET", url: "/api/entities?sort=name" })).statusCode).toBe(400);
    });
  });
}
