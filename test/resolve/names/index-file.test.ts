import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  NameIndex,
  indexFileFor,
  loadIndexFile,
  loadOrBuildIndex,
  writeIndexFile,
} from "../../../src/resolve/names/index.ts";

// invented aliases; two share an id, one name carries a tab that the file must not split on
const RECORDS = [
  { id: "a1", name: "PAEK, Song Gwang", type: "person" },
  { id: "a1", name: "Baek Seong-gwang", type: "person" },
  { id: "a2", name: "Golden Tarsier Shipping Co., Ltd.", type: "organization" },
  { id: "a3", name: "Vardokel\tFoundation", type: "organization" },
  { id: "a4", name: "KOVERKO, Nadezhda Nikolayevna" },
];

describe("stored screening index", () => {
  it("answers queries after a round trip through bytes exactly as the built index", () => {
    const built = NameIndex.build(RECORDS);
    const loaded = NameIndex.deserialize(built.serialize("lists@1"));
    expect(loaded?.meta).toBe("lists@1");
    for (const q of ["Paik Song Kwang", "GOLDEN TARSIER SHIPPING CO-HKG", "Vardokel", "Nadiya Koverko"]) {
      const a = built.query(q).map((h) => [h.id, h.score.toFixed(6)]);
      const b = loaded!.index.query(q).map((h) => [h.id, h.score.toFixed(6)]);
      expect(b, q).toEqual(a);
      expect(a.length, q).toBeGreaterThan(0);
    }
    expect(loaded!.index.size).toBe(RECORDS.length);
  });

  it("refuses bytes of another format or matcher version", () => {
    expect(NameIndex.deserialize(Buffer.from("not an index"))).toBeUndefined();
    const bytes = NameIndex.build(RECORDS).serialize("x");
    const text = bytes.toString("latin1").replace(/"matcher":"[^"]*"/, (m) => m.replace(/\d/, "0"));
    expect(NameIndex.deserialize(Buffer.from(text, "latin1"))).toBeUndefined();
  });

  it("loads the file only for the fingerprint it was built from, and rebuilds otherwise", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "names-idx-"));
    const file = path.join(dir, "db.sqlite.names.idx");
    writeIndexFile(file, "lists@1", NameIndex.build(RECORDS.slice(0, 2)));
    expect(loadIndexFile(file, "lists@1")?.size).toBe(2);
    expect(loadIndexFile(file, "lists@2")).toBeUndefined();
    let built = 0;
    const index = await loadOrBuildIndex(file, "lists@2", async () => {
      built++;
      return RECORDS;
    });
    expect(built).toBe(1);
    expect(index.size).toBe(RECORDS.length);
    // the rebuilt index replaced the file: a second cold load reads it without building
    await loadOrBuildIndex(file, "lists@2", async () => {
      built++;
      return [];
    });
    expect(built).toBe(1);
    expect(loadIndexFile(path.join(dir, "missing.idx"), "lists@2")).toBeUndefined();
    writeFileSync(file, "garbage");
    expect(loadIndexFile(file, "lists@2")).toBeUndefined();
    expect(readFileSync(file, "utf8")).toBe("garbage");
  });

  it("places the file beside a SQLite database and nowhere for an in-memory one", () => {
    expect(indexFileFor("data/flowwatch.db")).toBe("data/flowwatch.db.names.idx");
    expect(indexFileFor(":memory:")).toBeUndefined();
    expect(indexFileFor("postgres://u@h/db")).toMatch(/flowwatch-[0-9a-f]{16}\.names\.idx$/);
  });
});
