import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { execFileSync, spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.ts";
import { assess } from "../../src/assess/index.ts";
import type { Store } from "../../src/store/store.ts";
import { allFixtures } from "./fixtures.ts";

const dir = mkdtempSync(path.join(tmpdir(), "fw-assess-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function seeded(file: string): Promise<Store> {
  const store = await openStore(file);
  for (const { doc, claims } of allFixtures()) {
    await store.putDocument(
      {
        ...doc,
        contentHash: createHash("sha256").update(doc.text).digest("hex"),
        format: "txt",
        sourcePath: null,
      },
      [],
      { claims },
    );
  }
  return store;
}

describe("assessment persistence", () => {
  it("reads documents and claims back from the store and gives the same series as in memory", async () => {
    const store = await seeded(path.join(dir, "a.db"));
    try {
      const input = await store.assessments.loadInput();
      expect(input.batch).toHaveLength(allFixtures().length);
      const fromDb = assess(input.batch).snapshot;
      const inMemory = assess(allFixtures()).snapshot;
      const summary = (s: typeof fromDb) =>
        s.series.map((x) => [x.key, x.periods.map((p) => [p.origins, p.headline?.value])]);
      expect(summary(fromDb)).toEqual(summary(inMemory));
      const runId = await store.assessments.save(fromDb, { documents: 5, claims: 10 });
      const latest = await store.assessments.latest();
      expect(latest?.runId).toBe(runId);
      expect(latest?.snapshot.findings.map((f) => f.id)).toEqual(fromDb.findings.map((f) => f.id));
      // The store keeps the snapshot as JSON; reading it back as the assessment's type is the caller's call.
      const stored = latest!.snapshot as unknown as typeof fromDb;
      const moreThan = stored.series
        .flatMap((s) => s.periods.flatMap((p) => p.figures))
        .find((f) => f.qualifier === "more_than")!;
      expect(moreThan.interval[1]).toBe(Infinity);
    } finally {
      await store.close();
    }
  });

  it("keeps overrides editable and corrections append-only", async () => {
    const store = await openStore(path.join(dir, "b.db"));
    try {
      await store.assessments.putOverride("ru-gov", "C", "matches imagery", "analyst");
      await store.assessments.putOverride("ru-gov", "E", "retracted", "analyst");
      expect(await store.assessments.overrides()).toEqual({ "ru-gov": { grade: "E", reason: "retracted" } });
      const entry = await store.assessments.appendCorrection({
        findingId: "F-1",
        kind: "right_of_reply",
        author: "embassy",
        text: "Denied.",
      });
      expect(entry.seq).toBe(1);
      const db = store.kysely as unknown as Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      await expect(db.updateTable("finding_corrections").set({ text: "x" }).execute()).rejects.toThrow(
        /append-only/,
      );
      await expect(db.deleteFrom("finding_corrections").execute()).rejects.toThrow(/append-only/);
      expect((await store.assessments.corrections("F-1")).map((c) => c.text)).toEqual(["Denied."]);
    } finally {
      await store.close();
    }
  });

  it("writes a Markdown dossier and a guarded CSV from the command line", async () => {
    const file = path.join(dir, "c.db");
    await (await seeded(file)).close();
    const bin = path.resolve("bin/flowwatch");
    const out = path.join(dir, "dossier.md");
    execFileSync(bin, ["report", "--format", "md", "--out", out, "--db", file, "--topic", "labor"], {
      stdio: "pipe",
    });
    const md = readFileSync(out, "utf8");
    expect(md).toContain("## Findings");
    expect(md).toMatch(/\[\^1\]: /);
    const csv = execFileSync(bin, ["export", "--format", "csv", "--what", "findings", "--db", file], {
      encoding: "utf8",
    });
    expect(csv.split("\r\n")[0]).toBe(
      "finding,topic,period,status,statement,paragraphs,relations,origins,supporting_claims,parties,series",
    );
    // With --out, the file gets the rows and the terminal a line saying what was written.
    const outFile = path.join(dir, "findings.csv");
    const run = spawnSync(
      bin,
      ["export", "--format", "csv", "--what", "findings", "--db", file, "--out", outFile],
      {
        encoding: "utf8",
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    const rows = readFileSync(outFile, "utf8").trim().split("\r\n").length - 1;
    expect(rows).toBeGreaterThan(0);
    expect(run.stderr).toContain(`wrote ${rows} findings rows (csv) to ${outFile}`);
  }, 60_000);
});
