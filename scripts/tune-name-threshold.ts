// Chooses DEFAULT_THRESHOLD on a labelled pair file (default: the public name bench):
//   bin/run-ts scripts/tune-name-threshold.ts [pairs.csv]
// Prints the best threshold of each half checked on the other half, and per-group scores.
import path from "node:path";
import { parseCsvRows } from "../src/cli/commands/match.ts";
import {
  bestThreshold,
  f1At,
  half,
  readLabelledPairs,
  scorePairs,
} from "../src/resolve/names/tune-threshold.ts";

const file = process.argv[2] ?? path.resolve(process.cwd(), "../shared/data/matching/name_bench_cases.csv");
const scored = scorePairs(readLabelledPairs(file, parseCsvRows));
const halves = [scored.filter((p) => half(p) === 0), scored.filter((p) => half(p) === 1)];
for (const [i, j] of [
  [0, 1],
  [1, 0],
]) {
  const best = bestThreshold(halves[i]);
  const other = f1At(halves[j], best.threshold);
  console.log(
    `half ${i} (${halves[i].length} pairs): best threshold ${best.threshold.toFixed(2)} F1 ${best.f1.toFixed(3)}; ` +
      `on half ${j} (${halves[j].length} pairs): F1 ${other.f1.toFixed(3)}`,
  );
}
const all = bestThreshold(scored);
console.log(`all pairs: best threshold ${all.threshold.toFixed(2)} F1 ${all.f1.toFixed(3)}`);
for (const group of [...new Set(scored.map((p) => p.group))]) {
  const r = f1At(
    scored.filter((p) => p.group === group),
    all.threshold,
  );
  console.log(`  ${group}: P=${r.precision.toFixed(3)} R=${r.recall.toFixed(3)} F1=${r.f1.toFixed(3)}`);
}
