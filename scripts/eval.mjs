#!/usr/bin/env node
// `npm run eval [-- --show]`: extracts claims with `bin/flowwatch extract` and prints the shared
// scorer's verdict for the real English articles first, then the real Russian and Korean articles
// (one language at a time), then the seeds, the extract dev set and the blind set.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const scorer = path.resolve(root, "../shared/tools/score-claims.mjs");
const show = process.argv.includes("--show");
const tmp = mkdtempSync(path.join(tmpdir(), "flowwatch-eval-"));
const ruKo = path.resolve(root, "../shared/corpus/real-ru-ko");

/** A subset of a corpus (docs `from`..`to`) copied into a temp folder with its gold lines. */
function subset(name, dir, from, to) {
  const out = path.join(tmp, name);
  mkdirSync(path.join(out, "docs"), { recursive: true });
  const inRange = (id) => id >= from && id <= to;
  for (let n = Number(from); n <= Number(to); n++) {
    const id = String(n).padStart(from.length, "0");
    try {
      copyFileSync(path.join(dir, "docs", `${id}.txt`), path.join(out, "docs", `${id}.txt`));
    } catch {
      // a gap in the numbering
    }
  }
  const gold = readFileSync(path.join(dir, "gold.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim() && inRange(JSON.parse(l).doc));
  writeFileSync(path.join(out, "gold.jsonl"), gold.map((l) => l + "\n").join(""));
  return { name, docs: path.join(out, "docs"), gold: path.join(out, "gold.jsonl") };
}

const sets = [
  {
    name: "real (English)",
    docs: path.resolve(root, "../shared/corpus/real/docs"),
    gold: path.resolve(root, "../shared/corpus/real/gold.jsonl"),
  },
  subset("real-ru", ruKo, "001", "020"),
  subset("real-ko", ruKo, "021", "030"),
  {
    name: "seeds",
    docs: path.resolve(root, "../shared/corpus/seeds/docs"),
    gold: path.resolve(root, "../shared/corpus/seeds/gold.jsonl"),
  },
  {
    name: "devset",
    docs: path.join(root, "test/fixtures/extract/devset/docs"),
    gold: path.join(root, "test/fixtures/extract/devset/gold.jsonl"),
  },
  {
    // written and annotated blind (never tuned on): measures generalisation, not fit
    name: "blindset",
    docs: path.join(root, "test/fixtures/extract/blindset/docs"),
    gold: path.join(root, "test/fixtures/extract/blindset/gold.jsonl"),
  },
];

let failed = false;
try {
  for (const set of sets) {
    console.log(`\n## ${set.name} (${set.docs.startsWith(tmp) ? "subset" : path.relative(root, set.docs)})`);
    const pred = path.join(tmp, `${set.name.replace(/\W+/g, "-")}.pred.jsonl`);
    try {
      const out = execFileSync(path.join(root, "bin/flowwatch"), ["extract", "--format", "jsonl", set.docs], {
        encoding: "utf8",
        maxBuffer: 1 << 28,
      });
      writeFileSync(pred, out);
      const args = [
        scorer,
        "--gold",
        set.gold,
        "--pred",
        pred,
        "--docs",
        set.docs,
        ...(show ? ["--show"] : []),
      ];
      process.stdout.write(execFileSync(process.execPath, args, { encoding: "utf8" }));
    } catch (err) {
      failed = true;
      console.error(`eval: ${set.name}: ${err.stderr || err.message}`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;
