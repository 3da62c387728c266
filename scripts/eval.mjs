#!/usr/bin/env node
// `npm run eval [-- --show]`: extracts claims from the seed corpus and the extract dev set with
// `bin/flowwatch extract` (plus the blind set), then prints the shared scorer's verdict for each.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const scorer = path.resolve(root, "../shared/tools/score-claims.mjs");
const show = process.argv.includes("--show");
const sets = [
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

const tmp = mkdtempSync(path.join(tmpdir(), "flowwatch-eval-"));

// The Russian and Korean set, scored per language: a folder of each language's documents and gold
// lines (languages from the set's manifest).
const ruKo = path.resolve(root, "../shared/corpus/real-ru-ko");
try {
  const lang = new Map(
    readFileSync(path.join(ruKo, "manifest.jsonl"), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .map((m) => [m.doc, m.language]),
  );
  const gold = readFileSync(path.join(ruKo, "gold.jsonl"), "utf8").split("\n").filter(Boolean);
  for (const code of ["ru", "ko"]) {
    const dir = path.join(tmp, `real-ru-ko-${code}`);
    mkdirSync(path.join(dir, "docs"), { recursive: true });
    for (const f of readdirSync(path.join(ruKo, "docs")))
      if (lang.get(path.basename(f, ".txt")) === code)
        copyFileSync(path.join(ruKo, "docs", f), path.join(dir, "docs", f));
    writeFileSync(
      path.join(dir, "gold.jsonl"),
      gold.filter((l) => lang.get(JSON.parse(l).doc) === code).join("\n") + "\n",
    );
    sets.push({
      name: `real-ru-ko (${code})`,
      docs: path.join(dir, "docs"),
      gold: path.join(dir, "gold.jsonl"),
    });
  }
} catch (err) {
  console.error(`eval: real-ru-ko: ${err.message}`);
}
let failed = false;
try {
  for (const set of sets) {
    console.log(`\n## ${set.name} (${path.relative(root, set.docs)})`);
    const pred = path.join(tmp, `${set.name.replace(/\W+/g, "-")}.jsonl`);
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
