// Real-alias recall: every two names of one list record (OFAC SDN + its "aka" aliases, UN names and
// aliases) are a true match; names of two different records of the same kind that share a word are
// near-misses. Reports precision/recall/F1 at the default threshold, for all records and for the DPRK
// ones, and writes the missed pairs (and false matches) to a file for study.
//   bin/run-ts bench/alias-recall.ts [--out /tmp/alias-misses.txt] [--threshold 0.72] [--dprk]
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readListNames, type ListName } from "./screen.ts";
import { DEFAULT_THRESHOLD, normalizeName, scoreNormalized } from "../src/resolve/names/index.ts";

const LISTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../shared/data/lists");
const MAX_PAIRS_PER_RECORD = 15;

function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

/** Record ids of the DPRK programmes, and "formerly known as" names (a renamed company is not an alias). */
function listFacts(): { dprk: Set<string>; formerly: Set<string> } {
  const dprk = new Set<string>();
  const sdn = readFileSync(path.join(LISTS, "ofac_sdn_20240503/sdn.csv"), "latin1");
  for (const m of sdn.matchAll(/^(\d+),"[^"]*",[^,]*,"([^"]*)"/gm))
    if (/DPRK/.test(m[2])) dprk.add(`ofac:${m[1]}`);
  const formerly = new Set<string>();
  const alt = readFileSync(path.join(LISTS, "ofac_sdn_aux_20250227/alt.csv"), "latin1");
  for (const m of alt.matchAll(/^(\d+),\d+,"(fka|nka)","([^"]*)"/gm))
    formerly.add(`ofac:${m[1]}|${m[3].trim()}`);
  return { dprk, formerly };
}

export interface AliasPair {
  a: ListName;
  b: ListName;
  isMatch: boolean;
  dprk: boolean;
}

export function aliasPairs(): AliasPair[] {
  const { dprk, formerly } = listFacts();
  const byId = new Map<string, ListName[]>();
  for (const n of readListNames()) {
    if (formerly.has(`${n.id}|${n.name}`) || !n.type) continue;
    const list = byId.get(n.id) ?? [];
    if (!list.some((o) => o.name === n.name)) list.push(n);
    byId.set(n.id, list);
  }
  const isDprk = (id: string) => dprk.has(id) || /^un:KP/.test(id);
  const r = rng(7);
  const pairs: AliasPair[] = [];
  const byWord = new Map<string, ListName[]>();
  for (const names of byId.values())
    for (const n of names)
      for (const w of new Set(
        n.name
          .toLowerCase()
          .split(/[^a-z]+/)
          .filter((x) => x.length >= 3),
      )) {
        const list = byWord.get(w) ?? [];
        list.push(n);
        byWord.set(w, list);
      }
  for (const [id, names] of byId) {
    const all: AliasPair[] = [];
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++)
        all.push({ a: names[i], b: names[j], isMatch: true, dprk: isDprk(id) });
    for (let k = 0; k < Math.min(MAX_PAIRS_PER_RECORD, all.length); k++) {
      const pick = k + Math.floor(r() * (all.length - k));
      [all[k], all[pick]] = [all[pick], all[k]];
      pairs.push(all[k]);
    }
    // one near-miss per record: a name of another record of the same kind sharing a word
    const a = names[Math.floor(r() * names.length)];
    const words = a.name
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((x) => x.length >= 3);
    const w = words[Math.floor(r() * words.length)];
    // records that share a spelling are the same party on two lists (OFAC and UN), not a near-miss
    const fold = (x: string) => x.toLowerCase().replace(/[^a-z0-9]+/g, "");
    const mine = new Set(names.map((n) => fold(n.name)));
    const others = (w ? (byWord.get(w) ?? []) : []).filter(
      (o) => o.id !== id && o.type === a.type && !(byId.get(o.id) ?? []).some((x) => mine.has(fold(x.name))),
    );
    if (others.length) {
      const b = others[Math.floor(r() * others.length)];
      pairs.push({ a, b, isMatch: false, dprk: isDprk(id) });
    }
  }
  return pairs;
}

function stats(rows: Array<{ isMatch: boolean; score: number }>, t: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of rows) {
    if (p.score >= t && p.isMatch) tp++;
    else if (p.score >= t) fp++;
    else if (p.isMatch) fn++;
  }
  const P = tp / Math.max(1, tp + fp);
  const R = tp / Math.max(1, tp + fn);
  return `P=${P.toFixed(3)} R=${R.toFixed(3)} F1=${((2 * P * R) / Math.max(1e-9, P + R)).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const threshold = Number(arg("--threshold") ?? DEFAULT_THRESHOLD);
  const out = arg("--out") ?? "/tmp/alias-misses.txt";
  let pairs = aliasPairs();
  if (process.argv.includes("--dprk")) pairs = pairs.filter((p) => p.dprk);
  const cache = new Map<string, ReturnType<typeof normalizeName>>();
  const norm = (n: ListName) => {
    const key = `${n.type}|${n.name}`;
    let v = cache.get(key);
    if (!v) cache.set(key, (v = normalizeName(n.name, n.type ?? "any")));
    return v;
  };
  const started = Date.now();
  const scored = pairs.map((p) => ({ ...p, score: scoreNormalized(norm(p.a), norm(p.b)).score }));
  const seconds = (Date.now() - started) / 1000;
  for (const [label, rows] of [
    ["all", scored],
    ["person", scored.filter((p) => p.a.type === "person")],
    ["organization", scored.filter((p) => p.a.type === "organization")],
    ["dprk", scored.filter((p) => p.dprk)],
  ] as const)
    console.log(`${label.padEnd(12)} ${String(rows.length).padStart(6)} pairs  ${stats(rows, threshold)}`);
  console.log(`scored in ${seconds.toFixed(1)} s at threshold ${threshold}`);
  for (const t of [0.6, 0.65, 0.68, 0.7, 0.72, 0.75])
    console.log(
      `  at ${t.toFixed(2)}: all ${stats(scored, t)}; dprk ${stats(
        scored.filter((p) => p.dprk),
        t,
      )}`,
    );
  const lines = scored
    .filter((p) => p.isMatch !== p.score >= threshold)
    .sort((x, y) => Number(x.isMatch) - Number(y.isMatch) || y.score - x.score)
    .map(
      (p) =>
        `${p.isMatch ? "MISS" : "FALSE"}\t${p.score.toFixed(3)}\t${p.a.type}\t${p.dprk ? "dprk" : ""}\t${p.a.name}\t${p.b.name}`,
    );
  writeFileSync(out, lines.join("\n") + "\n");
  console.log(`${lines.length} errors written to ${out}`);
}
