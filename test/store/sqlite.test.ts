import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openKysely, openStore } from "../../src/store/open.ts";
import { coreMigrationRoundTrip, storeContract } from "./store-contract.ts";
import { makeDoc, sentencesOf, TEXT_A } from "./fixtures.ts";

const root = mkdtempSync(path.join(tmpdir(), "fw-store-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

storeContract("SQLite", async () => {
  const file = path.join(root, `t${++n}`, "flowwatch.db");
  const store = await openStore(file);
  return { store, cleanup: () => store.close() };
});

describe("SQLite specifics", () => {
  it("creates the parent folder, uses WAL and keeps data across reopening", async () => {
    const file = path.join(root, "nested", "deeper", "fw.db");
    const store = await openStore(file);
    expect(existsSync(file)).toBe(true);
    const doc = makeDoc("kilo", TEXT_A);
    await store.putDocument(doc, sentencesOf(doc.text));
    await store.close();
    expect(existsSync(`${file}-wal`) || existsSync(file)).toBe(true);
    const again = await openStore(file);
    expect(again.dialect).toBe("sqlite");
    expect((await again.getDocument("kilo"))!.text).toBe(TEXT_A);
    expect((await again.search("labourers")).map((h) => h.docId)).toEqual(["kilo"]);
    await again.close();
  });

  it("the core migration goes down and up again cleanly", async () => {
    const { db, dialect } = await openKysely(":memory:");
    await coreMigrationRoundTrip(db, dialect);
    await db.destroy();
  });

  it("opens an in-memory database", async () => {
    const store = await openStore(":memory:");
    expect((await store.listDocuments()).total).toBe(0);
    await store.close();
  });

  it("a file that is not a database gives an error naming the file", async () => {
    const file = path.join(root, "not-a-db.db");
    (await import("node:fs")).writeFileSync(file, "this is plain text, not SQLite ".repeat(40));
    await expect(openStore(file)).rejects.toThrow(/not-a-db\.db/);
  });
});
