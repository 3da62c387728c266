// Hostile and careless inputs (issue 12, item 3): each must end in seconds, with bounded memory,
// in one error line naming the file — never a hang, a stack overflow or gigabytes of memory.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readDocuments, walkInputs, type IngestResult } from "../../src/ingest/index.ts";
import type { IngestLimits } from "../../src/ingest/limits.ts";

const root = mkdtempSync(path.join(tmpdir(), "fw-hostile-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const p = path.join(root, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
}

/** Reads `paths`, timing it and the memory it takes. */
async function read(paths: string[], limits: Partial<IngestLimits> = {}) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const t0 = performance.now();
  const results: IngestResult[] = [];
  for await (const r of readDocuments(paths, { limits })) {
    results.push(r);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return { results, seconds: (performance.now() - t0) / 1000, grewMb: (peak - before) / 2 ** 20 };
}

function oneError(results: IngestResult[]): { path: string; reason: string } {
  expect(results).toHaveLength(1);
  const r = results[0];
  if (r.ok) throw new Error("expected an error");
  expect(r.reason).not.toContain("\n");
  return r;
}

describe("hostile HTML", () => {
  const sentence = "Officials said 3,000 workers had arrived.";
  it.each([
    ["nested 5,000 deep", "<div>".repeat(5000) + sentence + "</div>".repeat(5000)],
    ["nested 100,000 deep", "<div>".repeat(100_000) + sentence + "</div>".repeat(100_000)],
    ["100,000 unclosed <div><span>", "<div><span>".repeat(100_000) + sentence],
  ])("%s: refused in seconds with one line", async (_, body) => {
    const p = file(`deep-${body.length}-${body.slice(-9, -1)}.html`, `<html><body>${body}</body></html>`);
    const { results, seconds } = await read([p]);
    const e = oneError(results);
    expect(e.path).toBe(p);
    expect(e.reason).toMatch(/nested deeper than \d+ elements/);
    expect(seconds).toBeLessThan(10);
  });

  it("an ordinary page nested a few dozen deep still reads", async () => {
    const p = file(
      "ok.html",
      `<html><body>${"<div>".repeat(40)}<p>${sentence}</p>${"</div>".repeat(40)}</body></html>`,
    );
    const { results } = await read([p]);
    expect(results[0].ok && results[0].doc.text).toContain("3,000 workers");
  });

  it("too many elements is refused, even when flat", async () => {
    const p = file("flat.html", `<html><body>${"<b>x</b>".repeat(2000)}</body></html>`);
    const e = oneError((await read([p], { maxHtmlElements: 1000 })).results);
    expect(e.reason).toMatch(/more than 1000 elements/);
  });
});

describe("links, special files and sizes", () => {
  it("a folder with two links to itself and a self-link is walked once, each file read once", async () => {
    const dir = path.join(root, "loops");
    file("loops/a.txt", "Officials said 3,000 workers had arrived in the port city.\n");
    symlinkSync(".", path.join(dir, "l1"));
    symlinkSync(".", path.join(dir, "l2"));
    symlinkSync("a.txt", path.join(dir, "self.txt"));
    const t0 = performance.now();
    const walked = await walkInputs([dir]);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(walked.files.map((f) => path.relative(dir, f))).toEqual(["a.txt"]);
    expect(walked.errors).toEqual([]);
  });

  it("a link out of the folder is not followed and says so", async () => {
    const dir = path.join(root, "out");
    file("out/keep.txt", "Officials said 3,000 workers had arrived in the port city.\n");
    file("elsewhere/secret.txt", "Officials said 9,000 workers had arrived in the port city.\n");
    symlinkSync(path.join(root, "elsewhere"), path.join(dir, "away"));
    symlinkSync(path.join(root, "elsewhere", "secret.txt"), path.join(dir, "secret.txt"));
    const walked = await walkInputs([dir]);
    expect(walked.files.map((f) => path.basename(f))).toEqual(["keep.txt"]);
    expect(walked.errors.map((e) => e.reason)).toEqual([
      "link to a folder outside the input, not followed",
      "link to a file outside the input, not followed",
    ]);
  });

  it.skipIf(process.platform === "win32")("a FIFO is refused at once, named or inside a folder", async () => {
    const dir = path.join(root, "fifo");
    mkdirSync(dir);
    const fifo = path.join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    for (const input of [fifo, dir]) {
      const { results, seconds } = await read([input]);
      expect(oneError(results).reason).toBe("FIFO, not a regular file");
      expect(seconds).toBeLessThan(5);
    }
  });

  it.skipIf(process.platform === "win32")("a link to /dev/zero is refused at once", async () => {
    const link = path.join(root, "zero.txt");
    symlinkSync("/dev/zero", link);
    const { results, seconds, grewMb } = await read([link]);
    expect(oneError(results).reason).toMatch(/character device, not a regular file/);
    expect(seconds).toBeLessThan(5);
    expect(grewMb).toBeLessThan(100);
  });

  it("a 50 MB text file is refused before it is read, naming the limit", async () => {
    const big = path.join(root, "huge.txt");
    writeFileSync(big, Buffer.alloc(50_000_000, "Officials said 3,000 workers arrived. "));
    const { results, seconds, grewMb } = await read([big]);
    expect(oneError(results).reason).toBe("file too large (50 MB, limit 20 MB; raise it with --max-file-mb)");
    expect(seconds).toBeLessThan(5);
    expect(grewMb).toBeLessThan(100);
  });

  it("a text longer than the document limit is refused with bounded memory", async () => {
    const p = file("long.txt", "Officials said 3,000 workers arrived in the port city.\n".repeat(200_000));
    const { results, grewMb } = await read([p], { maxTextChars: 1_000_000 });
    expect(oneError(results).reason).toMatch(/^document too long \(\d+ characters, limit 1000000;/);
    expect(grewMb).toBeLessThan(300);
  });

  it("a 172-byte broken PDF ends in one error line, its parser under a memory cap", async () => {
    const pdf = file(
      "broken.pdf",
      "%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 99999999/Kids[3 0 R]>>endobj " +
        "3 0 obj<</Type/Page/Parent 2 0 R>>endobj trailer<</Root 1 0 R>>\n",
    );
    const { results, seconds, grewMb } = await read([pdf]);
    expect(oneError(results).path).toBe(pdf);
    expect(seconds).toBeLessThan(25);
    expect(grewMb).toBeLessThan(200);
  });
});

describe("line-oriented text", () => {
  it("keeps each line of a long figure list its own paragraph (a sentence boundary)", async () => {
    const lines = Array.from(
      { length: 2000 },
      (_, i) => `district ${i + 1}: ${(i % 90) + 1},${String(i % 1000).padStart(3, "0")} workers`,
    );
    const p = file("figures.txt", `Workers by district\n\n${lines.join("\n")}\n`);
    const { results, seconds } = await read([p]);
    expect(results[0].ok).toBe(true);
    const text = results[0].ok ? results[0].doc.text : "";
    const paragraphs = text.split("\n\n");
    expect(Math.max(...paragraphs.map((x) => x.length))).toBeLessThan(60);
    expect(paragraphs.length).toBeGreaterThan(2000);
    expect(seconds).toBeLessThan(10);
  });

  it("still joins hard-wrapped prose", async () => {
    const p = file(
      "wrapped.txt",
      "The ministry said on Monday that some 3,000 workers from the\nNorth had arrived at the port over the\nwinter months, more than in any earlier year.\n",
    );
    const { results } = await read([p]);
    expect(results[0].ok && results[0].doc.text.split("\n\n")).toHaveLength(1);
  });
});
