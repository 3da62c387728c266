import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsvRows } from "../../../src/cli/commands/match.ts";

describe("parseCsvRows", () => {
  it("reads quoted fields with commas, doubled quotes and newlines, keeping line numbers", () => {
    const rows = parseCsvRows('name1,name2\n"KIM, Jong Un","say ""hi""\nthere"\nA,B\n');
    expect(rows.map((r) => r.fields)).toEqual([
      ["name1", "name2"],
      ["KIM, Jong Un", 'say "hi"\nthere'],
      ["A", "B"],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });
});

describe("flowwatch match", () => {
  it("scores pairs from a CSV, uses the schema column and reports bad rows on stderr", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "match-"));
    const file = path.join(dir, "pairs.csv");
    writeFileSync(
      file,
      'schema,name1,name2,extra\nPerson,"KIM, Jong Un",Kim Jong-un,x\nCompany,Korea Sobaeksu Trading Company,"KOREA SOBAEKSU TRADING CORP",y\nPerson,,missing,z\nPerson,Kim Jong Un,Kim Jong Il,w\n',
    );
    const bin = path.resolve(process.cwd(), "bin/flowwatch");
    const result = execFileSync(bin, ["match", "--pairs", file], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const lines = result.trim().split("\n");
    expect(lines[0]).toBe("name1,name2,score,match");
    expect(lines[1]).toMatch(/^"KIM, Jong Un",Kim Jong-un,\d\.\d{4},true$/);
    expect(lines[2]).toMatch(/,true$/);
    expect(lines[3]).toMatch(/^Kim Jong Un,Kim Jong Il,\d\.\d{4},false$/);
    expect(lines).toHaveLength(4);
  });

  it("fails with a clear message when the header lacks name1/name2", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "match-"));
    const file = path.join(dir, "bad.csv");
    writeFileSync(file, "a,b\n1,2\n");
    const bin = path.resolve(process.cwd(), "bin/flowwatch");
    let stderr = "";
    try {
      execFileSync(bin, ["match", "--pairs", file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch (err) {
      stderr = String((err as { stderr?: string }).stderr);
    }
    expect(stderr).toMatch(/bad\.csv: header must hold name1 and name2/);
  });
});
