// Threshold choice on a labelled pair file (run by scripts/tune-name-threshold.ts).
// Rows are split into two halves by a hash of the pair; the best-F1 threshold of each half is checked
// on the other half, so the chosen value is not fitted to the rows it is reported on.
import { readFileSync } from "node:fs";
import { scoreNames } from "./score.ts";

export interface LabelledPair {
  group: string;
  name1: string;
  name2: string;
  type?: "person" | "organization";
  isMatch: boolean;
}

export interface ScoredPair extends LabelledPair {
  score: number;
}

/** Read a CSV with name1, name2, is_match (and optional case_group, schema) columns. */
export function readLabelledPairs(
  file: string,
  parseCsv: (text: string) => Array<{ fields: string[] }>,
): LabelledPair[] {
  const rows = parseCsv(readFileSync(file, "utf8"));
  const header = rows[0].fields.map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const [g, s, n1, n2, m] = ["case_group", "schema", "name1", "name2", "is_match"].map(col);
  if (n1 < 0 || n2 < 0 || m < 0) throw new Error(`${file}: header needs name1, name2, is_match`);
  return rows.slice(1).map(({ fields }) => ({
    group: g >= 0 ? fields[g] : "all",
    name1: fields[n1],
    name2: fields[n2],
    type: s < 0 ? undefined : /^(person|individual)$/i.test(fields[s] ?? "") ? "person" : "organization",
    isMatch: /^(true|1|yes)$/i.test(fields[m] ?? ""),
  }));
}

export function scorePairs(pairs: LabelledPair[]): ScoredPair[] {
  return pairs.map((p) => ({ ...p, score: scoreNames(p.name1, p.name2, { type: p.type }).score }));
}

export function f1At(
  pairs: ScoredPair[],
  threshold: number,
): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of pairs) {
    const predicted = p.score >= threshold;
    if (predicted && p.isMatch) tp++;
    else if (predicted) fp++;
    else if (p.isMatch) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function bestThreshold(pairs: ScoredPair[]): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.5; t <= 0.95 + 1e-9; t += 0.01) {
    const { f1 } = f1At(pairs, t);
    if (f1 > best.f1) best = { threshold: Math.round(t * 100) / 100, f1 };
  }
  return best;
}

/** Deterministic half (0 or 1) of a pair, from a string hash. */
export function half(p: LabelledPair): number {
  let h = 2166136261;
  for (const ch of `${p.name1}\u0000${p.name2}`) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return (h >>> 0) % 2;
}
