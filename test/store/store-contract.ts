// The Store contract suite, run against every database (sqlite.test.ts, postgres.test.ts).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import type { Store } from "../../src/store/store.ts";
import { migrateDown, migrateToLatest } from "../../src/store/migrate.ts";
import * as core from "../../src/store/migrations/0001_core.ts";
import { expandSearchQuery } from "../../src/resolve/names/expand-query.ts";
import { claimOn, makeDoc, sentencesOf, TEXT_A, TEXT_B, TEXT_C } from "./fixtures.ts";

export interface OpenedTestStore {
  store: Store;
  cleanup(): Promise<void>;
}

/** Core migration down and up again on an empty database reachable through `open`. */
export async function coreMigrationRoundTrip(
  kysely: Store["kysely"],
  dialect: Store["dialect"],
): Promise<void> {
  const only = { "0001_core": core };
  // On PostgreSQL, introspection lists every schema; look only at our own.
  const schema =
    dialect === "postgres"
      ? (await sql<{ s: string }>`SELECT current_schema() AS s`.execute(kysely)).rows[0].s
      : undefined;
  const tables = async () =>
    (await kysely.introspection.getTables()).filter((t) => t.schema === schema).map((t) => t.name);
  expect(await migrateToLatest(kysely, dialect, only)).toEqual(["0001_core"]);
  expect(await tables()).toEqual(expect.arrayContaining(["documents", "sentences", "claims", "annotations"]));
  expect(await migrateDown(kysely, dialect, only)).toEqual(["0001_core"]);
  const after = await tables();
  expect(after).not.toContain("documents");
  expect(after).not.toContain("documents_fts");
  expect(await migrateToLatest(kysely, dialect, only)).toEqual(["0001_core"]);
  expect(await tables()).toContain("claims");
}

export function storeContract(name: string, open: () => Promise<OpenedTestStore>): void {
  describe(`store contract on ${name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ store, cleanup } = await open());
    });
    afterEach(async () => {
      await cleanup();
    });

    async function seed() {
      const a = makeDoc("alpha", TEXT_A, { outlet: "Harbour Daily", published: "2025-05-02" });
      const b = makeDoc("bravo", TEXT_B, { outlet: "Rail Watch", published: "2024-11-20" });
      const c = makeDoc("charlie", TEXT_C, { outlet: null, published: null });
      await store.putDocument(a, sentencesOf(a.text), {
        claims: [
          claimOn(a, "4,000", {
            subject: "construction_workers",
            destination: "Vladivostok",
            time: "2024-04",
          }),
          claimOn(a, "11,000", {
            subject: "troops",
            event: "deployment_reported",
            destination: "Kursk Oblast",
            attributedTo: "Regional Herald",
            attributionChain: ["Regional Herald", "South Korean intelligence"],
            modality: "reported",
          }),
        ],
        extractorVersion: "test-1",
      });
      await store.putDocument(b, sentencesOf(b.text), {
        claims: [
          claimOn(b, "320", {
            subject: "containers",
            unit: "containers",
            event: "other",
            time: "2024-10-03",
          }),
        ],
      });
      await store.putDocument(c, sentencesOf(c.text), {
        claims: [
          claimOn(c, "250", {
            quantity: [250_000_000, 600_000_000],
            qualifier: "range",
            unit: "USD/year",
            subject: "revenue",
            event: "revenue_estimate",
            attributedTo: "officials in Seoul",
            attributionChain: ["officials in Seoul"],
            time: "2023",
          }),
          claimOn(c, "1,500", { subject: "it_workers", time: "2025-01-15" }),
        ],
      });
      return { a, b, c };
    }

    it("running the migrations again changes nothing and keeps the data", async () => {
      await seed();
      await store.migrate();
      expect(await migrateToLatest(store.kysely, store.dialect)).toEqual([]);
      expect((await store.listDocuments()).total).toBe(3);
      expect((await store.listClaims()).total).toBe(5);
    });

    it("stores a document and its sentences and reads them back unchanged", async () => {
      const doc = makeDoc("alpha", TEXT_A, { published: "2025-05-02", format: "md" });
      const sentences = sentencesOf(doc.text);
      expect(await store.putDocument(doc, sentences)).toEqual({ id: "alpha", inserted: true });
      const stored = await store.getDocument("alpha");
      expect(stored).toMatchObject({ ...doc });
      expect(Date.parse(stored!.ingestedAt)).not.toBeNaN();
      const back = await store.getSentences("alpha");
      expect(back).toEqual(sentences);
      for (const s of back) expect(stored!.text.slice(s.start, s.end)).toBe(s.text);
      expect(back.map((s) => s.paragraph)).toContain(1);
      expect(await store.getDocument("nope")).toBeNull();
      expect(await store.getSentences("nope")).toEqual([]);
    });

    it("keeps each document's language and lists documents of one language", async () => {
      const ru = makeDoc("ru1", "Около 3 тыс. рабочих прибыли.", { lang: "ru" });
      const ko = makeDoc("ko1", "노동자 3천 명이 도착했다.", { lang: "ko" });
      const old = makeDoc("old", TEXT_A);
      for (const d of [ru, ko, old]) await store.putDocument(d, sentencesOf(d.text));
      expect((await store.getDocument("ru1"))?.lang).toBe("ru");
      expect((await store.getDocument("old"))?.lang).toBeNull();
      const page = await store.listDocuments({ lang: "ko" });
      expect([page.total, page.items.map((d) => [d.id, d.lang])]).toEqual([1, [["ko1", "ko"]]]);
      expect((await store.listDocuments()).total).toBe(3);
    });

    it("finds Russian and Korean documents by an English name through the expanded query", async () => {
      const ru = makeDoc("ru2", "Шойгу заявил, что рабочие прибудут на Алабугу.", { lang: "ru" });
      const ko = makeDoc("ko2", "쇼이구는 평양을 방문했다.", { lang: "ko" });
      for (const d of [ru, ko]) await store.putDocument(d, sentencesOf(d.text));
      const ids = async (q: string) => (await store.search(expandSearchQuery(q))).map((h) => h.docId).sort();
      expect(await ids("Shoigu")).toEqual(["ko2", "ru2"]);
      expect(await ids("Alabuga")).toEqual(["ru2"]);
    });

    it("storing the same content twice is a no-op that returns the existing id", async () => {
      const doc = makeDoc("alpha", TEXT_A);
      await store.putDocument(doc, sentencesOf(doc.text));
      const again = await store.putDocument({ ...doc, id: "renamed-copy", sourcePath: "/elsewhere.txt" }, []);
      expect(again).toEqual({ id: "alpha", inserted: false });
      expect(await store.findByContentHash?.(doc.contentHash)).toBe("alpha");
      const docs = await store.listDocuments();
      expect(docs.total).toBe(1);
      expect(await store.getDocument("renamed-copy")).toBeNull();
    });

    it("a different document whose id is taken is stored under a suffixed id", async () => {
      const first = makeDoc("seed001", TEXT_A);
      const second = makeDoc("seed001", TEXT_B);
      const third = makeDoc("seed001", TEXT_C);
      expect((await store.putDocument(first, [])).id).toBe("seed001");
      expect(await store.putDocument(second, sentencesOf(TEXT_B))).toEqual({
        id: "seed001-2",
        inserted: true,
      });
      expect((await store.putDocument(third, [])).id).toBe("seed001-3");
      expect((await store.getDocument("seed001-2"))!.text).toBe(TEXT_B);
      expect((await store.getSentences("seed001-2")).length).toBe(sentencesOf(TEXT_B).length);
    });

    it("concurrent writers of the same content store it once", async () => {
      const docs = [0, 1, 2, 3].map((i) => makeDoc(`copy${i}`, TEXT_C));
      const results = await Promise.all(docs.map((d) => store.putDocument(d, sentencesOf(d.text))));
      expect(results.filter((r) => r.inserted)).toHaveLength(1);
      expect(new Set(results.map((r) => r.id)).size).toBe(1);
      expect((await store.listDocuments()).total).toBe(1);
    });

    it("concurrent writers of different documents with one id get distinct ids", async () => {
      const docs = [TEXT_A, TEXT_B, TEXT_C].map((t) => makeDoc("same", t));
      const results = await Promise.all(docs.map((d) => store.putDocument(d, sentencesOf(d.text))));
      expect(results.map((r) => r.id).sort()).toEqual(["same", "same-2", "same-3"]);
    });

    it("claims round-trip with ranges, attribution chains and null slots", async () => {
      await seed();
      const all = (await store.listClaims()).items;
      const range = all.find((c) => c.subject === "revenue")!;
      expect(range.quantity).toEqual([250_000_000, 600_000_000]);
      expect(range.qualifier).toBe("range");
      expect(range.destination).toBeNull();
      expect(range.outlet).toBeNull();
      const troops = all.find((c) => c.subject === "troops")!;
      expect(troops).toMatchObject({
        docId: "alpha",
        quantity: 11000,
        attributedTo: "Regional Herald",
        attributionChain: ["Regional Herald", "South Korean intelligence"],
        modality: "reported",
        outlet: "Harbour Daily",
        published: "2025-05-02",
        url: "https://example.org/alpha",
      });
      expect(TEXT_A.slice(troops.span.start, troops.span.end)).toBe("11,000");
      expect(TEXT_A.slice(troops.sentence.start, troops.sentence.end)).toBe(troops.evidence);
      expect(await store.getClaim(troops.id)).toEqual(troops);
      expect(await store.getClaim(987654)).toBeNull();
      const row = await store.kysely
        .selectFrom("claims")
        .select("extractor_version")
        .where("id", "=", troops.id)
        .executeTakeFirstOrThrow();
      expect(row.extractor_version).toBe("test-1");
    });

    it("keeps each claim's confidence and refuses one outside [0, 1]", async () => {
      const doc = makeDoc("delta", TEXT_B);
      await store.putDocument(doc, sentencesOf(doc.text), {
        claims: [claimOn(doc, "320", { unit: "containers", subject: "containers", confidence: 0.42 })],
      });
      const [stored] = (await store.listClaims({ docId: "delta" })).items;
      expect(stored.confidence).toBe(0.42);
      expect((await store.claims.get(stored.id))!.confidence).toBe(0.42);
      const other = makeDoc("delta-2", TEXT_A);
      await expect(
        store.putDocument(other, sentencesOf(other.text), {
          claims: [claimOn(other, "4,000", { confidence: 1.5 })],
        }),
      ).rejects.toThrow(/confidence 1.5 is not a number in \[0, 1\]/);
      expect(await store.getDocument("delta-2")).toBeNull();
    });

    it("a claim with offsets outside its document rolls back the whole document", async () => {
      const doc = makeDoc("echo", TEXT_B);
      const bad = claimOn(doc, "320", { span: { start: 5, end: TEXT_B.length + 10 } });
      await expect(
        store.putDocument(doc, sentencesOf(doc.text), { claims: [claimOn(doc, "320"), bad] }),
      ).rejects.toThrow(/echo.*outside/);
      expect(await store.getDocument("echo")).toBeNull();
      expect(await store.getSentences("echo")).toEqual([]);
      expect((await store.listClaims()).total).toBe(0);
      // And the same document can then be stored correctly.
      expect((await store.putDocument(doc, sentencesOf(doc.text))).inserted).toBe(true);
    });

    it("filters claims by subject, destination, source and document", async () => {
      await seed();
      expect((await store.listClaims({ subject: "troops" })).items.map((c) => c.quantity)).toEqual([11000]);
      expect((await store.listClaims({ destination: "kursk" })).total).toBe(1);
      expect((await store.listClaims({ destination: "VLADIVOSTOK" })).items[0].subject).toBe(
        "construction_workers",
      );
      // source: attributedTo, outlet, or any link of the chain
      expect((await store.listClaims({ source: "herald" })).total).toBe(1);
      expect((await store.listClaims({ source: "rail watch" })).items[0].docId).toBe("bravo");
      expect((await store.listClaims({ source: "harbour" })).total).toBe(2);
      expect((await store.listClaims({ source: "intelligence" })).items[0].subject).toBe("troops");
      expect((await store.listClaims({ docId: "charlie" })).total).toBe(2);
      expect((await store.listClaims({ subject: "troops", docId: "bravo" })).total).toBe(0);
      // LIKE wildcards typed by a user are literal characters
      expect((await store.listClaims({ source: "%" })).total).toBe(0);
      expect((await store.listClaims({ source: "_" })).total).toBe(0);
    });

    it("filters claims by date using the claim time or else the publication date, at any precision", async () => {
      await seed();
      const subjects = async (from?: string, to?: string) =>
        (await store.listClaims({ from, to })).items.map((c) => c.subject).sort();
      // effective dates: construction_workers 2024-04, troops 2025-05-02 (published), containers 2024-10-03,
      // revenue 2023, it_workers 2025-01-15
      expect(await subjects("2025")).toEqual(["it_workers", "troops"]);
      expect(await subjects(undefined, "2024")).toEqual(["construction_workers", "containers", "revenue"]);
      expect(await subjects("2024-04", "2024-10")).toEqual(["construction_workers", "containers"]);
      expect(await subjects("2024-10-04", "2025-01-15")).toEqual(["it_workers"]);
      // a coarse claim date overlaps a finer bound that it contains
      expect(await subjects("2023-06", "2023-08")).toEqual(["revenue"]);
    });

    it("pages claims with a total in a deterministic order", async () => {
      await seed();
      const all = await store.listClaims();
      expect(all.total).toBe(5);
      // newest publication first, documents without a date last
      expect(all.items.map((c) => c.docId)).toEqual(["alpha", "alpha", "bravo", "charlie", "charlie"]);
      const pages = [];
      for (let offset = 0; offset < 5; offset += 2) pages.push(await store.listClaims({ limit: 2, offset }));
      expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
      expect(pages.every((p) => p.total === 5)).toBe(true);
      expect(pages.flatMap((p) => p.items.map((c) => c.id))).toEqual(all.items.map((c) => c.id));
      expect((await store.listClaims({ limit: 2, offset: 4 })).offset).toBe(4);
    });

    it("walks claims with a cursor in the same order as offsets, across undated documents too", async () => {
      await seed();
      const all = await store.listClaims();
      const seen: number[] = [];
      let cursor: string | undefined;
      for (let guard = 0; guard < 10; guard++) {
        const page = await store.listClaims({ limit: 2, cursor });
        seen.push(...page.items.map((c) => c.id));
        expect(page.total).toBe(5);
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      expect(seen).toEqual(all.items.map((c) => c.id));
      const filtered = await store.listClaims({ subject: all.items[0].subject, limit: 1 });
      const next = await store.listClaims({
        subject: all.items[0].subject,
        limit: 1,
        cursor: filtered.nextCursor!,
      });
      expect(
        next.items.every((c) => c.subject === all.items[0].subject && c.id !== filtered.items[0].id),
      ).toBe(true);
      await expect(store.listClaims({ cursor: "not-a-cursor" })).rejects.toThrow(/invalid cursor/);
    });

    it("lists documents newest first with their claim counts", async () => {
      await seed();
      const page = await store.listDocuments();
      expect(page.total).toBe(3);
      expect(page.items.map((d) => [d.id, d.claimCount])).toEqual([
        ["alpha", 2],
        ["bravo", 1],
        ["charlie", 2],
      ]);
      expect(page.items[0]).not.toHaveProperty("text");
      expect((await store.listDocuments({ limit: 1, offset: 1 })).items.map((d) => d.id)).toEqual(["bravo"]);
    });

    it("full-text search finds stemmed words and phrases and returns plain-text snippets", async () => {
      await seed();
      const hits = await store.search("container");
      expect(hits.map((h) => h.docId)).toEqual(["bravo"]);
      expect(hits[0]).toMatchObject({ outlet: "Rail Watch", published: "2024-11-20", title: "Report bravo" });
      expect(hits[0].snippet).toMatch(/containers/);
      expect(hits[0].snippet).not.toMatch(/<|>/);
      expect((await store.search("deploying soldiers")).map((h) => h.docId)).toEqual(["alpha"]);
      expect((await store.search('"trading company"')).map((h) => h.docId)).toEqual(["alpha"]);
      expect(await store.search('"company trading"')).toEqual([]);
      expect((await store.search("shells OR Pyongyang")).map((h) => h.docId).sort()).toEqual([
        "bravo",
        "charlie",
      ]);
      expect((await store.search("Vladi*")).map((h) => h.docId)).toEqual(["alpha"]);
      expect(await store.search("submarine")).toEqual([]);
      expect((await store.search("the", { limit: 1 })).length).toBeLessThanOrEqual(1);
    });

    it("search treats hostile input as plain text instead of failing", async () => {
      await seed();
      const hostile = [
        '"foo',
        "NEAR(",
        "NEAR(a b",
        "*",
        "AND",
        "OR OR",
        "title:shipping",
        "^rail",
        "-",
        "'",
        "\\",
        "); DROP TABLE documents; --",
        "(((",
        "a AND NOT",
        "'rail' & !",
        ":*",
        "",
        "   ",
      ];
      for (const q of hostile) {
        await expect(store.search(q), q).resolves.toBeInstanceOf(Array);
      }
      expect((await store.search('"rail')).map((h) => h.docId)).toEqual(["bravo"]);
      expect((await store.search("rail)")).map((h) => h.docId)).toEqual(["bravo"]);
      expect((await store.listDocuments()).total).toBe(3);
    });

    it("the database refuses to update or delete evidence", async () => {
      const { b } = await seed();
      const attempts: [string, () => Promise<unknown>][] = [
        [
          "update document",
          () =>
            store.kysely
              .updateTable("documents")
              .set({ title: "edited" })
              .where("id", "=", "bravo")
              .execute(),
        ],
        ["update sentence", () => store.kysely.updateTable("sentences").set({ text: "edited" }).execute()],
        ["update claim", () => store.kysely.updateTable("claims").set({ quantity_low: 1 }).execute()],
        ["raw update", () => sql`UPDATE documents SET text = 'x'`.execute(store.kysely)],
        ["delete claim", () => store.kysely.deleteFrom("claims").execute()],
        ["delete document", () => store.kysely.deleteFrom("documents").where("id", "=", "bravo").execute()],
      ];
      for (const [what, attempt] of attempts) await expect(attempt(), what).rejects.toThrow(/evidence/);
      const doc = await store.getDocument("bravo");
      expect(doc!.title).toBe(b.title);
      expect(doc!.text).toBe(TEXT_B);
      expect((await store.listClaims()).items.map((c) => c.quantity)).toContain(320);
      expect((await store.getSentences("bravo"))[0].text).not.toBe("edited");
    });

    it("filters claims by their latest review inside the query, with exact totals", async () => {
      await seed();
      const all = (await store.listClaims()).items;
      const troops = all.find((c) => c.subject === "troops")!;
      const revenue = all.find((c) => c.subject === "revenue")!;
      await store.reviews.add({ claimId: troops.id, decision: "reject", author: "ana" });
      await store.reviews.add({ claimId: troops.id, decision: "accept", author: "ben" });
      await store.reviews.add({
        claimId: revenue.id,
        decision: "correct",
        correction: { destination: "Pyongyang" },
        author: "ana",
      });
      const reviewed = await store.claims.list({ reviewed: true });
      expect(reviewed.items.map((c) => c.id).sort()).toEqual([troops.id, revenue.id].sort());
      expect(reviewed.total).toBe(2);
      // The latest review decides: troops was rejected, then accepted.
      expect((await store.claims.list({ decision: "reject" })).total).toBe(0);
      expect((await store.claims.list({ decision: "accept" })).items.map((c) => c.id)).toEqual([troops.id]);
      const unreviewed = await store.claims.list({ reviewed: false, limit: 2 });
      expect(unreviewed.total).toBe(all.length - 2);
      expect(unreviewed.items.every((c) => c.review === null)).toBe(true);
      const corrected = (await store.claims.get(revenue.id))!;
      expect(corrected.destination).toBe("Pyongyang");
      expect(corrected.original?.destination).toBeNull();
      // Facets take the same filters.
      const facets = await store.claims.facets({ reviewed: true });
      expect(facets.subject.map((f) => f.value).sort()).toEqual(["revenue", "troops"]);
      // A cursor pages the default order only, with or without a review filter.
      const bySize = await store.claims.list({ reviewed: true, sort: "quantity", limit: 1 });
      expect(bySize.nextCursor).toBeNull();
      // The claim rows themselves are untouched.
      expect(await store.getClaim(troops.id)).toEqual(troops);
    });

    it("puts the claims the extractor was least sure of first in the review queue", async () => {
      const doc = makeDoc("foxtrot", TEXT_A, { published: "2025-01-01" });
      await store.putDocument(doc, sentencesOf(doc.text), {
        claims: [
          claimOn(doc, "4,000", { subject: "construction_workers", confidence: 0.9 }),
          claimOn(doc, "11,000", { subject: "troops", event: "deployment_reported", confidence: 0.3 }),
        ],
      });
      const older = makeDoc("golf", TEXT_C, { published: "2020-01-01" });
      await store.putDocument(older, sentencesOf(older.text), {
        claims: [claimOn(older, "1,500", { subject: "it_workers" })],
      });
      const queue = await store.claims.list({ reviewed: false });
      // Least sure first; a claim stored without a confidence comes last.
      expect(queue.items.map((c) => c.confidence ?? null)).toEqual([0.3, 0.9, null]);
      expect(queue.nextCursor).toBeNull();
      const surest = await store.claims.list({ sort: "-confidence" });
      expect(surest.items[0].confidence).toBe(0.9);
      // Without the review filter the listing keeps its newest-first order.
      expect((await store.claims.list()).items.map((c) => c.docId)).toEqual(["foxtrot", "foxtrot", "golf"]);
      const [first] = queue.items;
      await store.reviews.add({ claimId: first.id, decision: "accept", author: "ana" });
      expect((await store.claims.list({ reviewed: false })).items.map((c) => c.confidence)).toEqual([
        0.9,
        undefined,
      ]);
    });
  });
}
