import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.ts";
import { ingestWithReport, summaryLine, terminalSafe } from "../../src/cli/ingest-report.ts";
import { sentencesOf } from "../store/fixtures.ts";

const root = mkdtempSync(path.join(tmpdir(), "fw-cli-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join("") };
}

function folder(name: string): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "one.txt"), "A ministry said 700 workers left for the coast in March.\n");
  writeFileSync(path.join(dir, "two.txt"), "Nothing is counted in this short note about the weather.\n");
  writeFileSync(path.join(dir, "hollow.txt"), "");
  return dir;
}

describe("ingest reporting", () => {
  it("prints one error line per failure and the summary line, and counts the errors", async () => {
    const dir = folder("report");
    const store = await openStore(":memory:");
    const out = sink();
    const err = sink();
    const result = await ingestWithReport(store, [dir, path.join(dir, "gone.txt")], {
      stdout: out.stream,
      stderr: err.stream,
      stages: { splitSentences: sentencesOf, extractClaims: () => [] },
    });
    await store.close();
    expect(out.text()).toBe("ingested 2 (en 2), duplicates 0, failed 2 (claims 0)\n");
    const lines = err.text().trim().split("\n").sort();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(`^error: ${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/gone\\.txt: .+`),
    );
    expect(lines[1]).toMatch(/^error: .*hollow\.txt: .+/);
    expect(result.errors).toBe(2);
  });

  it("formats the summary as the README shows it", () => {
    expect(summaryLine({ ingested: 30, duplicates: 2, failed: 1, claims: 57 })).toBe(
      "ingested 30, duplicates 2, failed 1 (claims 57)",
    );
    expect(
      summaryLine({ ingested: 3, duplicates: 0, failed: 0, claims: 9, languages: { ru: 1, en: 1, ko: 1 } }),
    ).toBe("ingested 3 (en 1, ko 1, ru 1), duplicates 0, failed 0 (claims 9)");
  });

  it("strips terminal control sequences from untrusted text", () => {
    expect(terminalSafe("evil\u001b[2J\u001b]0;title\u0007name\r.txt")).toBe("evil[2J]0;titlename.txt");
    expect(terminalSafe("keeps\ttabs and ünïcode")).toBe("keeps\ttabs and ünïcode");
  });

  const cli = fileURLToPath(new URL("../../bin/flowwatch", import.meta.url));
  const realStages = existsSync(new URL("../../src/extract/index.ts", import.meta.url));
  it.skipIf(!realStages)("`flowwatch ingest` exits 1 when a file fails but stores the rest", async () => {
    const dir = folder("cli");
    const db = path.join(root, "cli.db");
    const run = promisify(execFile);
    const first = await run(process.execPath, [cli, "ingest", dir, "--db", db]).then(
      () => ({ code: 0, stdout: "", stderr: "" }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/^ingested 2 \(en 2\), duplicates 0, failed 1 \(claims \d+\)$/m);
    expect(first.stderr).toMatch(/^error: .*hollow\.txt: /m);
    const docs = await run(process.execPath, [cli, "documents", "--db", db, "--json"]);
    expect(JSON.parse(docs.stdout).total).toBe(2);
    const again = await run(process.execPath, [cli, "ingest", path.join(dir, "one.txt"), "--db", db]);
    expect(again.stdout).toMatch(/^ingested 0, duplicates 1, failed 0/m);
  });
});
