// The SQLite statement cache and the batched lookup of free document ids (the insert path's speed
// work), checked for what they must keep: same answers, no statement handed out while in use.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.ts";
import { withStatementCache } from "../../src/store/statement-cache.ts";
import { makeDoc, sentencesOf } from "./fixtures.ts";

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
