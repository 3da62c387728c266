// `flowwatch extract` / `ingest` CPU work on worker threads: the output must not depend on the
// thread count or the run, and results come back in input order.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildRealCorpus } from "../../bench/real-corpus.ts";
import { processFiles } from "../../src/pipeline/parallel.ts";
import { chunked, orderedMap, prefetch } from "../../src/pipeline/pool.ts";

const root = mkdtempSync(path.join(tmpdir(), "fw-parallel-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function extractAll(dir: string, threads: number): Promise<{ files: string[]; lines: string }> {
  const files: string[] = [];
  let lines = "";
  for await (const o of processFiles("extract", [dir], { threads })) {
    files.push(o.file);
    if ("result" in o) lines += o.result.lines.map((l) => l + "\n").join("");
  }
  return { files, lines };
}

describe("processFiles", () => {
  it(
    "gives byte-identical claims in input order for 1 and 2 threads and across runs",
    { timeout: 120_000 },
    async () => {
      const dir = path.join(root, "corpus");
      buildRealCorpus(dir, 2);
      const one = await extractAll(dir, 1);
      const two = await extractAll(dir, 2);
      const again = await extractAll(dir, 2);
      expect(one.files).toHaveLength(60);
      expect(one.files).toEqual([...one.files].sort());
      expect(two.files).toEqual(one.files);
      expect(one.lines.length).toBeGreaterThan(1000);
      expect(two.lines).toBe(one.lines);
      expect(again.lines).toBe(one.lines);
    },
  );
});

describe("orderedMap", () => {
  it("yields in source order however the calls finish, with a bounded window", async () => {
    async function* source() {
      for (let i = 0; i < 20; i++) yield i;
    }
    let inFlight = 0;
    let most = 0;
    const out: number[] = [];
    for await (const v of orderedMap(
      source(),
      async (i) => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, (20 - i) % 7));
        inFlight--;
        return i * 2;
      },
      4,
    ))
      out.push(v);
    expect(out).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
    expect(most).toBeLessThanOrEqual(4);
  });

  it("chunked groups a stream", async () => {
    async function* source() {
      yield* [1, 2, 3, 4, 5];
    }
    const groups: number[][] = [];
    for await (const g of chunked(source(), 2)) groups.push(g);
    expect(groups).toEqual([[1, 2], [3, 4], [5]]);
  });
});

describe("prefetch", () => {
  it("produces ahead of a slow consumer, in order, never more than its bound ahead", async () => {
    let produced = 0;
    async function* source() {
      for (let i = 0; i < 10; i++) {
        produced++;
        yield i;
      }
    }
    const out: number[] = [];
    const lead: number[] = [];
    for await (const v of prefetch(source(), 3)) {
      // While the consumer works on item v, the producer has already gone past it.
      await new Promise((r) => setTimeout(r, 5));
      lead.push(produced - (v + 1));
      out.push(v);
    }
    expect(out).toEqual([...Array(10).keys()]);
    expect(Math.max(...lead)).toBeGreaterThan(0);
    expect(Math.max(...lead)).toBeLessThanOrEqual(3);
  });

  it("passes a producer's error on at its place in the order", async () => {
    async function* source() {
      yield 1;
      yield 2;
      throw new Error("disk gone");
    }
    const out: number[] = [];
    await expect(
      (async () => {
        for await (const v of prefetch(source(), 4)) out.push(v);
      })(),
    ).rejects.toThrow("disk gone");
    expect(out).toEqual([1, 2]);
  });
});
