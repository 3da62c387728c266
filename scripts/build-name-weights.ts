// Regenerates data/names/token-frequencies.json from the sanctions lists in ../shared/data/lists:
//   bin/run-ts scripts/build-name-weights.ts
// Counts in how many list names each normalised token occurs and keeps those seen at least 5 times.
import { writeFileSync } from "node:fs";
import { readListNames } from "../bench/screen.ts";
import { normalizeName } from "../src/resolve/names/index.ts";

export function countTokens(names: Iterable<{ name: string; type?: string }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { name, type } of names) {
    const n = normalizeName(
      name,
      type === "person" ? "person" : type === "organization" ? "organization" : "any",
    );
    for (const text of new Set(n.tokens.map((t) => t.text))) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}

const counts = countTokens(readListNames());
const kept = [...counts].filter(([t, c]) => c >= 5 && /^[a-z0-9]+$/.test(t)).sort((a, b) => b[1] - a[1]);
const file = new URL("../data/names/token-frequencies.json", import.meta.url);
writeFileSync(file, JSON.stringify(Object.fromEntries(kept)) + "\n");
console.log(`${kept.length} tokens written to ${file.pathname}`);
