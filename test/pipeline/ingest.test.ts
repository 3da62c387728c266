import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/store.ts";
import type { Claim, SourceDocument } from "../../src/types.ts";
import {
  ingestIntoStore,
  type AfterStage,
  type PipelineStages,
  type StoredDocument,
} from "../../src/pipeline/index.ts";
import { sentencesOf } from "../store/fixtures.ts";

// A stand-in extractor for the pipeline's own tests: one claim per "<number> workers|troops".
function toyExtract(doc: SourceDocument): Claim[] {
  const claims: Claim[] = [];
  for (const m of doc.text.matchAll(/(\d[\d,]*) (workers|troops)/g)) {
    const start = m.index!;
    const sentence = sentencesOf(doc.text).find((s) => s.start <= start && start < s.end)!;
    claims.push({
      docId: doc.id,
      quantity: Number(m[1].replace(/,/g, "")),
      qualifier: "exact",
      unit: "persons",
      subject: m[2] === "troops" ? "troops" : "workers",
      event: "stock_estimate",
      destination: null,
      attributedTo: null,
      attributionChain: [],
      time: null,
      modality: "asserted",
      evidence: sentence.text,
      sentence: { start: sentence.start, end: sentence.end },
      span: { start, end: start + m[1].length },
    });
  }
  return claims;
}

const toyStages: Partial<PipelineStages> = { splitSentences: sentencesOf, extractClaims: toyExtract };

const root = mkdtempSync(path.join(tmpdir(), "fw-pipeline-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function corpus(name: string): { dir: string; missing: string } {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, "harbour.txt"),
    "DATE: 2025-02-14\n\nA port manager said 2,400 workers from the North arrived by ferry.\n\nNo other figures were given.\n",
  );
  writeFileSync(
    path.join(dir, "front.md"),
    "# Front line\n\nAnalysts believe 9,000 troops rotated through the region in winter.\n",
  );
  writeFileSync(path.join(dir, "empty.txt"), "");
  writeFileSync(
    path.join(dir, "blob.txt"),
    Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x10]),
  );
  return { dir, missing: path.join(root, name, "does-not-exist.txt") };
}

describe("ingestIntoStore", () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(":memory:");
  });
  afterEach(async () => {
    await store.close();
  });

  it("stores the good files, reports each bad one, and a second run finds only duplicates", async () => {
    const { dir, missing } = corpus("mixed");
    const errors: [string, string][] = [];
    const progress: [number, number][] = [];
    const first = await ingestIntoStore(store, [dir, missing], {
      stages: toyStages,
      onError: (p, r) => errors.push([p, r]),
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(first).toEqual({ ingested: 2, duplicates: 0, failed: 3, claims: 2, languages: { en: 2 } });
    expect(errors.map(([p]) => path.basename(p)).sort()).toEqual([
      "blob.txt",
      "does-not-exist.txt",
      "empty.txt",
    ]);
    for (const [, reason] of errors) expect(reason.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toEqual([4, 4]);

    const docs = (await store.listDocuments()).items;
    expect(docs.map((d) => d.id).sort()).toEqual(["front", "harbour"]);
    const claims = (await store.listClaims()).items;
    expect(claims.map((c) => c.quantity).sort()).toEqual([2400, 9000]);
    for (const c of claims) {
      const doc = await store.getDocument(c.docId);
      expect(doc!.text.slice(c.sentence.start, c.sentence.end)).toBe(c.evidence);
    }
    expect((await store.getSentences("harbour")).length).toBeGreaterThan(0);

    const second = await ingestIntoStore(store, [dir, missing], { stages: toyStages });
    expect(second).toEqual({ ingested: 0, duplicates: 2, failed: 3, claims: 0, languages: {} });
    expect((await store.listClaims()).total).toBe(2);
  });

  it("one document whose extraction fails does not stop the batch or lose the others", async () => {
    const { dir } = corpus("flaky");
    const errors: string[] = [];
    const result = await ingestIntoStore(store, [dir], {
      stages: {
        ...toyStages,
        extractClaims: (doc) => {
          if (doc.id === "front") throw new Error("model exploded");
          return toyExtract(doc);
        },
      },
      onError: (p, r) => errors.push(`${path.basename(p)}: ${r}`),
    });
    expect(result).toMatchObject({ ingested: 1, failed: 3, claims: 1 });
    expect(errors).toContain("front.md: claim extraction failed: model exploded");
    expect(await store.getDocument("front")).toBeNull();
    // A later run with a working extractor picks up what failed.
    const retry = await ingestIntoStore(store, [dir], { stages: toyStages });
    expect(retry).toMatchObject({ ingested: 1, duplicates: 1, claims: 1 });
  });

  it("a claim that does not lead back to its sentence is left out and reported, the rest is stored", async () => {
    const { dir } = corpus("offsets");
    const warnings: string[] = [];
    const result = await ingestIntoStore(store, [dir], {
      stages: {
        ...toyStages,
        extractClaims: (doc) => {
          const good = toyExtract(doc);
          if (doc.id !== "harbour") return good;
          const moved = {
            ...good[0],
            quantity: 1,
            sentence: { start: 0, end: 4 },
            span: { start: 0, end: 2 },
          };
          const outside = { ...good[0], quantity: 2, span: { start: 0, end: 10 ** 6 } };
          return [...good, moved, outside];
        },
      },
      onWarning: (p, m) => warnings.push(`${path.basename(p)}: ${m}`),
    });
    expect(result).toMatchObject({ ingested: 2, failed: 2, claims: 2 });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^harbour\.txt: claim left out .*evidence is not the text/);
    expect(warnings[1]).toMatch(/outside the document/);
    expect((await store.listClaims({ docId: "harbour" })).items.map((c) => c.quantity)).toEqual([2400]);
  });

  it("runs the after-storing stages with the stored id, inside the documents' transaction", async () => {
    const { dir } = corpus("hooks");
    const seen: StoredDocument[] = [];
    const errors: string[] = [];
    // Take the id "front" first, so the file front.md is stored as front-2.
    await store.putDocument(
      {
        id: "front",
        contentHash: "x",
        url: null,
        title: null,
        outlet: null,
        published: null,
        text: "placeholder",
        format: "txt",
        sourcePath: null,
      },
      [],
    );
    let screenUp = false;
    const after: AfterStage[] = [
      { name: "record", run: (_store, docs) => void seen.push(...docs) },
      {
        name: "screen",
        run: (_store, docs) => {
          if (!screenUp && docs.some((d) => d.doc.id === "front-2")) throw new Error("list unavailable");
        },
      },
    ];
    const result = await ingestIntoStore(store, [dir], {
      stages: toyStages,
      after,
      onError: (p, r) => errors.push(`${path.basename(p)}: ${r}`),
    });
    // The failing hook fails its document: counted, reported, and nothing of it is stored.
    expect(result).toMatchObject({ ingested: 1, failed: 3 });
    expect(errors).toContain("front.md: after ingest (screen): list unavailable");
    expect(await store.getDocument("front-2")).toBeNull();
    expect(seen.map((c) => c.doc.id)).toContain("harbour");
    // A re-run completes it.
    screenUp = true;
    seen.length = 0;
    const retry = await ingestIntoStore(store, [dir], { stages: toyStages, after });
    expect(retry).toMatchObject({ ingested: 1, duplicates: 1 });
    const front = seen.find((c) => c.doc.id === "front-2")!;
    expect(front.claims.every((c) => c.docId === "front-2")).toBe(true);
    expect((await store.listClaims({ docId: "front-2" })).total).toBe(1);
  });

  const realStages = existsSync(new URL("../../src/extract/index.ts", import.meta.url));
  it.skipIf(!realStages)(
    "ingests with the real ingest and extract stages and keeps every claim traceable",
    async () => {
      const { dir } = corpus("real");
      const result = await ingestIntoStore(store, [dir]);
      expect(result).toMatchObject({ ingested: 2, failed: 2 });
      for (const c of (await store.listClaims({ limit: 1000 })).items) {
        const doc = await store.getDocument(c.docId);
        expect(doc!.text.slice(c.span.start, c.span.end).length).toBeGreaterThan(0);
        expect(c.sentence.start).toBeLessThanOrEqual(c.span.start);
        expect(c.sentence.end).toBeGreaterThanOrEqual(c.span.end);
      }
    },
  );
});
