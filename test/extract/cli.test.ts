import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const bin = path.join(process.cwd(), "bin/flowwatch");
const dir = mkdtempSync(path.join(tmpdir(), "extract-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("flowwatch extract", () => {
  it("prints one contract claim per line, with the file name as doc id", () => {
    const file = path.join(dir, "note42.txt");
    writeFileSync(
      file,
      "DATE: 2025-03-03\n\nNorth Korea sent about 2,500 builders to Kursk last month, the ministry said.\n",
    );
    const out = execFileSync(bin, ["extract", "--format", "jsonl", file], { encoding: "utf8" });
    const lines = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      doc: "note42",
      quantity: 2500,
      qualifier: "approx",
      subject: "construction_workers",
      destination: "Kursk",
      time: "2025-02",
    });
    // The contract's fields first, in order; then the optional extras (part, confidence).
    expect(Object.keys(lines[0]).slice(0, 10)).toEqual([
      "doc",
      "quantity",
      "qualifier",
      "unit",
      "subject",
      "event",
      "destination",
      "attributed_to",
      "time",
      "evidence",
    ]);
    expect(lines[0].part).toBe("total");
    expect(lines[0].confidence).toBeGreaterThan(0);
    expect(lines[0].confidence).toBeLessThanOrEqual(1);
  });

  it("reports a bad path on stderr, goes on with the rest, and exits 1", () => {
    const good = path.join(dir, "good.txt");
    writeFileSync(good, "North Korea sent 1,000 sappers to Kursk.\n");
    const r = spawnSync(
      bin,
      ["extract", "--format", "json", "--stats", path.join(dir, "missing.txt"), good],
      { encoding: "utf8" },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/missing\.txt/);
    expect(r.stderr).toMatch(/claims 1/);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });
});
