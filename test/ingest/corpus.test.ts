import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { contentHash, normalizeText } from "../../src/ingest/index.ts";
import type { SourceDocument } from "../../src/types.ts";
import { collect, paragraphs } from "./helpers.ts";
import { SHARED } from "../shared.js";

const SEEDS = path.resolve(SHARED, "corpus/seeds");
const DEMO = path.resolve(process.cwd(), "data/demo");

async function docsIn(dir: string): Promise<{ docs: Map<string, SourceDocument>; errors: string[] }> {
  const docs = new Map<string, SourceDocument>();
  const errors: string[] = [];
  for (const r of await collect([dir])) {
    if (r.ok) docs.set(r.doc.id, r.doc);
    else errors.push(`${r.path}: ${r.reason}`);
  }
  return { docs, errors };
}

describe("the demo corpus", () => {
  let docs: Map<string, SourceDocument>;
  beforeAll(async () => {
    const read = await docsIn(DEMO);
    expect(read.errors).toEqual([]);
    docs = read.docs;
  });

  it("parses into at least 22 documents, every one with a full date, an outlet and a url", () => {
    expect(docs.size).toBeGreaterThanOrEqual(22);
    for (const d of docs.values()) {
      expect(d.published, d.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.outlet, d.id).toBeTruthy();
      expect(d.url, d.id).toMatch(/^https:\/\//);
    }
  });

  it("produces text already in normal form: NFC, no stray spaces, paragraphs split by one blank line", () => {
    for (const d of docs.values()) {
      expect(normalizeText(d.text), d.id).toBe(d.text);
      expect(d.text.normalize("NFC"), d.id).toBe(d.text);
      expect(d.text, d.id).not.toMatch(/\n{3,}|^\s|\s$| \n|\n /);
      expect(contentHash(d.text), d.id).toBe(d.contentHash);
    }
  });

  it("exercises every text format and has unique ids", () => {
    const formats = new Set([...docs.values()].map((d) => d.format));
    expect([...formats].sort()).toEqual(["html", "md", "rss", "txt"]);
    expect(new Set([...docs.values()].map((d) => d.id)).size).toBe(docs.size);
  });

  it("has a syndicated pair: same body, different outlet and headline, one ending with a distribution line", () => {
    const [a, b] = [docs.get("demo18-amur-sites-wire")!, docs.get("demo19-amur-sites-syndicated")!];
    expect(a.outlet).not.toBe(b.outlet);
    expect(a.title).not.toBe(b.title);
    expect(paragraphs(b).at(-1)).toMatch(/^This story was distributed by /);
    expect(paragraphs(a).slice(1)).toEqual(paragraphs(b).slice(1, -1));
  });

  it("keeps HTML boilerplate out of the demo pages", () => {
    const html = [...docs.values()].filter((d) => d.format === "html");
    expect(html.length).toBeGreaterThanOrEqual(2);
    for (const d of html)
      expect(d.text).not.toMatch(/Related stories|Share on|cookies|Subscribe|analytics|All rights/i);
  });

  it("copies no sentence from the seed articles", () => {
    const seedSentences = readdirSync(path.join(SEEDS, "docs"))
      .flatMap((f) => readFileSync(path.join(SEEDS, "docs", f), "utf8").split(/(?<=[.!?])\s+|\n+/))
      .map((s) => s.trim())
      .filter((s) => s.split(/\s+/).length >= 8);
    expect(seedSentences.length).toBeGreaterThan(50);
    for (const d of docs.values())
      for (const s of seedSentences) expect(d.text.includes(s), `${d.id}: ${s}`).toBe(false);
  });
});

describe("the seed articles", () => {
  let docs: Map<string, SourceDocument>;
  beforeAll(async () => {
    docs = (await docsIn(path.join(SEEDS, "docs"))).docs;
  });

  it("all parse, with seed000 dated 2026-01-25 from its dateline and the others undated", () => {
    expect([...docs.keys()].sort()).toEqual(["seed000", "seed001", "seed002", "seed003", "seed004"]);
    expect(Object.fromEntries([...docs].map(([id, d]) => [id, d.published]))).toEqual({
      seed000: "2026-01-25",
      seed001: null,
      seed002: null,
      seed003: null,
      seed004: null,
    });
  });

  it("keeps the repeated headline and paragraphs of seed001 once", () => {
    const ps = paragraphs(docs.get("seed001")!);
    expect(new Set(ps).size).toBe(ps.length);
    expect(ps.filter((p) => p.startsWith("North Korea to Send Thousands of Workers"))).toHaveLength(1);
    expect(ps.filter((p) => p.startsWith("As Russia faces a labor shortage"))).toHaveLength(1);
  });

  it("drops the page furniture around the articles", () => {
    const all = [...docs.values()].map((d) => d.text).join("\n\n");
    for (const junk of [
      "Share post",
      "More like this",
      "NCT Dream",
      "Link to main version",
      "WhatsApp",
      "comments posted",
      "\n\n302\n\n",
      "Date:",
    ]) {
      expect(all).not.toContain(junk);
    }
  });

  it("keeps every gold evidence sentence verbatim in the ingested text", () => {
    const gold = readFileSync(path.join(SEEDS, "gold.jsonl"), "utf8").split("\n").filter(Boolean);
    for (const line of gold) {
      const g = JSON.parse(line) as { doc: string; evidence: string };
      expect(docs.get(g.doc)?.text, g.evidence).toContain(g.evidence);
    }
  });
});
