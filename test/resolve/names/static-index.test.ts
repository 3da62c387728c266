import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadOrBuildStaticIndex } from "../../../src/resolve/names/index.ts";

const dir = mkdtempSync(path.join(tmpdir(), "flowwatch-static-index-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("an index stored under a hash of its records", () => {
  const file = path.join(dir, "g.names.idx.gazetteer");
  const records = [
    { id: "e1", name: "Korea Ryonbong General Corporation", type: "organization" },
    { id: "e2", name: "Pak Myong Su", type: "person" },
  ];

  it("is built and stored the first time, then loaded", () => {
    const built = loadOrBuildStaticIndex(file, records);
    const written = statSync(file).mtimeMs;
    const loaded = loadOrBuildStaticIndex(file, records);
    expect(statSync(file).mtimeMs).toBe(written);
    expect(loaded.query("Ryonbong General Corp").map((h) => h.id)).toEqual(["e1"]);
    expect(built.size).toBe(loaded.size);
  });

  it("is rebuilt when the records change", () => {
    const changed = loadOrBuildStaticIndex(file, [
      ...records,
      { id: "e3", name: "Tanchon Bank", type: "organization" },
    ]);
    expect(changed.query("Tanchon Bank").map((h) => h.id)).toEqual(["e3"]);
    expect(loadOrBuildStaticIndex(file, records).query("Tanchon Bank")).toEqual([]);
  });
});
