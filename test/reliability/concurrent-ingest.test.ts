// Two `flowwatch ingest` runs into one SQLite file at once (issue 12, item 4): both finish
// cleanly, every document is stored once, and every stored document has all its mentions —
// written in the same transaction as the document, never left for a hook that lost the lock.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";
import { buildRealCorpus } from "../../bench/real-corpus.ts";
import { openStore } from "../../src/store/open.ts";
import { loadRegistry } from "../../src/resolve/entities/registry.ts";
import { findMentions } from "../../src/resolve/entities/mentions.ts";
import { resolveFoundMentions } from "../../src/resolve/mentions-hook.ts";

const run = promisify(execFile);
const bin = path.resolve("bin/flowwatch");
const root = mkdtempSync(path.join(tmpdir(), "fw-concurrent-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it("two concurrent SQLite ingests leave every document with its mentions", { timeout: 240_000 }, async () => {
  const corpus = path.join(root, "corpus");
  const files = buildRealCorpus(corpus, 2);
  const db = path.join(root, "shared.db");
  const ingest = () =>
    run(process.execPath, [bin, "ingest", "--threads", "1", "--db", db, corpus], { encoding: "utf8" }).then(
      (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({
        code: e.code,
        out: e.stdout,
        err: e.stderr,
      }),
    );
  const [a, b] = await Promise.all([ingest(), ingest()]);
  for (const r of [a, b]) {
    expect(r.err).not.toMatch(/locked|busy/i);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/failed 0 /);
  }
  const counts = [a, b].map((r) =>
    /ingested (\d+)(?: \([^)]*\))?, duplicates (\d+)/.exec(r.out)!.slice(1).map(Number),
  );
  expect(counts[0][0] + counts[1][0]).toBe(files);
  expect(counts[0][0] + counts[0][1]).toBe(files);

  const store = await openStore(db);
  try {
    const registry = loadRegistry();
    const ids = (await store.kysely.selectFrom("documents").select("id").execute()).map((r) => r.id);
    expect(ids).toHaveLength(files);
    let withMentions = 0;
    for (const id of ids) {
      const doc = (await store.getDocument(id))!;
      const expected = resolveFoundMentions(findMentions(doc, registry), registry, doc.text).mentions.length;
      const stored = await store.kysely
        .selectFrom("mentions")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("doc_id", "=", id)
        .executeTakeFirstOrThrow();
      expect(Number(stored.n), id).toBe(expected);
      if (expected > 0) withMentions++;
    }
    expect(withMentions).toBeGreaterThan(files / 2);
  } finally {
    await store.close();
  }
});
