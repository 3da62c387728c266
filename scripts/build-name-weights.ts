// Regenerates data/names/token-frequencies.json from the sanctions lists in ../shared/data/lists:
//   bin/run-ts scripts/build-name-weights.ts
// Counts in how many list RECORDS (parties) each normalised token occurs and keeps those seen at
// least 5 times. Records, not names: a party listed with twenty aliases would otherwise make its own
// distinctive name look common (Al-Haramayn, Kuryonggang), and one rare shared word is the strongest
// evidence a screener has.
import { writeFileSync } from "node:fs";
import { readListNames } from "../bench/screen.ts";
import { normalizeName } from "../src/resolve/names/index.ts";

export function countTokens(
  names: Iterable<{ id?: string; name: string; type?: string }>,
): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  let anonymous = 0;
  for (const { id, name, type } of names) {
    const n = normalizeName(
      name,
      type === "person" ? "person" : type === "organization" ? "organization" : "any",
    );
    const owner = id ?? `#${anonymous++}`;
    for (const t of n.tokens) {
      let owners = seen.get(t.text);
      if (!owners) seen.set(t.text, (owners = new Set()));
      owners.add(owner);
    }
  }
  return new Map([...seen].map(([text, owners]) => [text, owners.size]));
}

const counts = countTokens(readListNames());
const kept = [...counts].filter(([t, c]) => c >= 5 && /^[a-z0-9]+$/.test(t)).sort((a, b) => b[1] - a[1]);
const file = new URL("../data/names/token-frequencies.json", import.meta.url);
writeFileSync(file, JSON.stringify(Object.fromEntries(kept)) + "\n");
console.log(`${kept.length} tokens written to ${file.pathname}`);
