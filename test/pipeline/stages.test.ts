// The pipeline's stages as functions: keys, versions, the extract stage as pure function of the
// document, and `after` stages run once per stored batch with the stored ids.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.ts";
import {
  extractStage,
  ingestIntoStore,
  ingestStage,
  stageKey,
  stageVersion,
  STAGES,
  type AfterStage,
} from "../../src/pipeline/index.ts";

const root = mkdtempSync(path.join(tmpdir(), "fw-stages-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("stage keys", () => {
  it("name one run of one stage on one document, and differ when any part differs", async () => {
    const key = stageKey({ documentId: "harbour", stage: "extract", version: "7" });
    expect(key).toBe("extract:v7:harbour");
    expect(stageKey({ documentId: "harbour", stage: "extract", version: "8" })).not.toBe(key);
    expect(stageKey({ documentId: "harbour", stage: "screen", version: "7" })).not.toBe(key);
    for (const stage of STAGES) expect(await stageVersion(stage)).toMatch(/^\S+$/);
  });
});

describe("ingest and extract stages", () => {
  it("read a file into documents and a document into sentences and claims, the same every time", async () => {
    const bytes = Buffer.from(
      "DATE: 2025-03-02\n\nThe ministry said 3,400 North Korean workers arrived in Vladivostok in February.\n",
    );
    const [read] = await ingestStage(path.join(root, "quay.txt"), bytes);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const first = await extractStage(read.doc);
    const again = await extractStage(read.doc);
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    expect(first.claims.map((c) => [c.quantity, c.subject, c.destination])).toEqual([
      [3400, "workers", "Vladivostok"],
    ]);
    const s = first.sentences.find(
      (x) => x.start <= first.claims[0].span.start && x.end >= first.claims[0].span.end,
    );
    expect(s).toBeDefined();
  });
});

describe("after stages", () => {
  it("see each stored batch once, with stored ids, and nothing of a duplicate", async () => {
    const dir = path.join(root, "batches");
    mkdirSync(dir, { recursive: true });
    for (let i = 1; i <= 5; i++)
      writeFileSync(
        path.join(dir, `note${i}.txt`),
        `A foreman said ${i * 100} workers were hired in week ${i}.\n`,
      );
    const store = await openStore(":memory:");
    const batches: string[][] = [];
    const prepared: number[] = [];
    const after: AfterStage[] = [
      {
        name: "count",
        prepare: () => void prepared.push(1),
        run: (_store, docs) => void batches.push(docs.map((d) => d.doc.id)),
      },
    ];
    const first = await ingestIntoStore(store, [dir], { after, batchSize: 2, threads: 1 });
    expect(first.ingested).toBe(5);
    expect(prepared).toEqual([1]);
    expect(batches).toEqual([["note1", "note2"], ["note3", "note4"], ["note5"]]);
    batches.length = 0;
    const again = await ingestIntoStore(store, [dir], { after, batchSize: 2, threads: 1 });
    expect(again.duplicates).toBe(5);
    expect(batches).toEqual([]);
    await store.close();
  });
});
