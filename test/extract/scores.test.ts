// Runs the seeds, the dev set and the blind set through the extractor and the shared scorer, so a change that
// loses accuracy fails here. Thresholds sit a little under the measured figures (see docs/extract.md).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractClaims, publishedFromHeader } from "../../src/extract/index.ts";
import { toContractClaim } from "../../src/types.ts";

const root = process.cwd();
const scorer = path.resolve(root, "../shared/tools/score-claims.mjs");
const tmp = mkdtempSync(path.join(tmpdir(), "extract-score-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Minimal reading of a corpus .txt: drops `URL:`/`DATE:` header lines like ingest does. */
function readDoc(file: string) {
  const raw = readFileSync(file, "utf8");
  const published = publishedFromHeader(raw);
  const text = raw.replace(/^(?:URL|DATE|TITLE):.*$/gim, "");
  return { id: path.basename(file, ".txt"), text, published };
}

function score(docsDir: string, gold: string) {
  const lines = readdirSync(docsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) =>
      extractClaims(readDoc(path.join(docsDir, f))).map((c) => JSON.stringify(toContractClaim(c))),
    );
  const pred = path.join(tmp, `${path.basename(path.dirname(docsDir))}.jsonl`);
  writeFileSync(pred, lines.join("\n") + "\n");
  const out = execFileSync(
    process.execPath,
    [scorer, "--gold", gold, "--pred", pred, "--docs", docsDir, "--json"],
    { encoding: "utf8" },
  );
  return JSON.parse(out.trim().split("\n").pop()!) as {
    f1: number;
    slotMean: number;
    precision: number;
    recall: number;
  };
}

describe("accuracy against hand-made gold", () => {
  it("scores the seed corpus at F1 ≥ 0.95 with slots ≥ 0.9", () => {
    const r = score(
      path.resolve(root, "../shared/corpus/seeds/docs"),
      path.resolve(root, "../shared/corpus/seeds/gold.jsonl"),
    );
    expect(r.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.slotMean).toBeGreaterThanOrEqual(0.9);
  });

  it("scores the extract dev set at F1 ≥ 0.97 with slots ≥ 0.95", () => {
    const dir = path.join(root, "test/fixtures/extract/devset");
    const r = score(path.join(dir, "docs"), path.join(dir, "gold.jsonl"));
    expect(r.f1).toBeGreaterThanOrEqual(0.97);
    expect(r.slotMean).toBeGreaterThanOrEqual(0.95);
  });

  // Written and annotated blind by someone who never saw the rules: thresholds sit 0.03 under the
  // measured F1 0.958 / slots 0.860, so a change that fits the dev set at the cost of generality fails.
  // Issue #10 moved the conventions to those of the real-article gold (arms and wages are event
  // "other", stated periods are intervals, a plan dates from its announcement); the blind gold keeps
  // the old ones, which costs about 0.03 of slot agreement (measured 0.81 after the change).
  it("scores the blind set at F1 ≥ 0.928 with slots ≥ 0.78", () => {
    const dir = path.join(root, "test/fixtures/extract/blindset");
    const r = score(path.join(dir, "docs"), path.join(dir, "gold.jsonl"));
    expect(r.f1).toBeGreaterThanOrEqual(0.928);
    expect(r.slotMean).toBeGreaterThanOrEqual(0.78);
  });

  it("finds no claims in the blind set's off-topic controls", () => {
    const dir = path.join(root, "test/fixtures/extract/blindset/docs");
    for (const id of ["blind021", "blind022", "blind023", "blind024"])
      expect(extractClaims(readDoc(path.join(dir, `${id}.txt`))), id).toEqual([]);
  });

  it("finds no claims in the off-topic controls", () => {
    const dir = path.join(root, "test/fixtures/extract/devset/docs");
    const goldDocs = new Set(
      readFileSync(path.join(dir, "../gold.jsonl"), "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l).doc),
    );
    const controls = readdirSync(dir)
      .map((f) => path.basename(f, ".txt"))
      .filter((id) => !goldDocs.has(id));
    expect(controls.length).toBeGreaterThanOrEqual(4);
    for (const id of controls) expect(extractClaims(readDoc(path.join(dir, `${id}.txt`))), id).toEqual([]);
  });
});
