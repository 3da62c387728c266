// The SQLite statement cache and the batched lookup of free document ids (the insert path's speed
// work), checked for what they must keep: same answers, no statement handed out while in use.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.ts";
import { withStatementCache } from "../../src/store/statement-cache.ts";
import { claimOn, makeDoc, sentencesOf } from "./fixtures.ts";

describe("the SQLite statement cache", () => {
  it("prepares a statement once per SQL text, but never hands out one that is still iterating", () => {
    const raw = new Database(":memory:");
    raw.exec("create table t (n integer); insert into t values (1), (2), (3)");
    const db = withStatementCache(raw);
    const first = db.prepare("select n from t order by n");
    expect(db.prepare("select n from t order by n")).toBe(first);
    expect(db.prepare("select n from t where n > 1")).not.toBe(first);
    const rows = first.iterate();
    rows.next();
    // The first statement is busy: a second reader of the same SQL gets its own statement.
    const second = db.prepare("select n from t order by n");
    expect(second).not.toBe(first);
    expect(second.all()).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    rows.return?.();
    db.close();
  });
});

describe("free document ids", () => {
  it("gives the 70 documents of one file name the ids name, name-2 … name-70, in order", async () => {
    const store = await openStore(":memory:");
    const ids: string[] = [];
    for (let i = 1; i <= 70; i++) {
      const text = `A port official counted ${1000 + i} workers at the quay in week ${i}.`;
      const r = await store.putDocument(makeDoc("report", text), sentencesOf(text));
      expect(r.inserted).toBe(true);
      ids.push(r.id);
    }
    expect(ids[0]).toBe("report");
    expect(ids.slice(1)).toEqual(Array.from({ length: 69 }, (_, i) => `report-${i + 2}`));
    await store.close();
  });
});

describe("putDocuments", () => {
  it("stores a batch as putDocument would, one by one: ids in order, duplicates, claims", async () => {
    const one = await openStore(":memory:");
    const batch = await openStore(":memory:");
    const texts = [
      "A harbour master counted 1,200 workers at the pier.",
      "A second report counted 2,300 workers at the pier.",
      "A harbour master counted 1,200 workers at the pier.", // repeats the first
      "Officials said 800 builders went to Kazan.",
    ];
    const items = texts.map((t, i) => {
      const doc = makeDoc(i === 3 ? "kazan" : "pier", t);
      return {
        doc,
        sentences: sentencesOf(t),
        claims: [claimOn(doc, i === 3 ? "800" : t.match(/\d[\d,]+/)![0])],
      };
    });
    // A document already stored under "pier" takes the plain id.
    const first = makeDoc("pier", "An older note about the pier without figures.");
    for (const s of [one, batch]) await s.putDocument(first, sentencesOf(first.text));

    const sequential = [];
    for (const it of items)
      sequential.push(await one.putDocument(it.doc, it.sentences, { claims: it.claims }));
    const batched = await batch.putDocuments!(items);
    expect(batched).toEqual(sequential);
    expect(batched.map((r) => [r.id, r.inserted])).toEqual([
      ["pier-2", true],
      ["pier-3", true],
      ["pier-2", false],
      ["kazan", true],
    ]);
    const rows = async (s: typeof one) => ({
      docs: (await s.listDocuments({ limit: 10 })).items.map((d) => d.id).sort(),
      claims: (await s.listClaims({ limit: 10 })).items
        .map((c) => [c.docId, c.quantity, c.span.start])
        .sort(),
      sentences: await s.getSentences("pier-3"),
      found: (await s.search("builders")).map((h) => h.docId),
    });
    const stored = await rows(batch);
    expect(stored.found).toEqual(["kazan"]);
    expect(stored.claims).toHaveLength(3);
    expect(stored).toEqual(await rows(one));
    await one.close();
    await batch.close();
  });
});
