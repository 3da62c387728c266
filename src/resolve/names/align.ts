// Token alignment between two normalised names. Candidate units are single tokens, runs of 2–3
// adjacent tokens written together on the other side ("Goodwill" ~ "Good Will", "SergeiLavrov"),
// and acronyms of organisation names ("KOMID" ~ "Korea Mining Development …"). Pairs are taken
// greedily by similarity so each token is used once; what is left over is "extra".
import { phoneticKey } from "./phonetic.ts";
import { editSimilarityAtLeast } from "./similarity.ts";
import { tokenSimilarity } from "./token-similarity.ts";
import { compareSyllables, parseKoreanSyllables } from "./korean.ts";

/** Paek Sol ~ Baeksol: a run and a word that read as the same Korean syllables. */
function sameKoreanSyllables(x: string, y: string): boolean {
  const sx = parseKoreanSyllables(x);
  const sy = sx && sx.length >= 2 ? parseKoreanSyllables(y) : null;
  return (
    !!sx && !!sy && sx.length === sy.length && sx.every((s, i) => compareSyllables(s, sy[i]) === "strict")
  );
}
import type { NameToken, NormalizedName } from "./normalize.ts";

export interface AlignedPair {
  a: number[]; // token indexes in name A
  b: number[];
  similarity: number;
  reason: string;
  weight: number;
}

export interface Alignment {
  pairs: AlignedPair[];
  extraA: number[];
  extraB: number[];
}

interface Unit {
  idx: number[];
  text: string;
  key: string;
  weight: number;
}

function mergedUnits(tokens: NameToken[]): Unit[] {
  const units: Unit[] = [];
  for (let start = 0; start < tokens.length; start++) {
    let text = tokens[start].text;
    let weight = tokens[start].weight;
    for (let end = start + 1; end < Math.min(tokens.length, start + 3); end++) {
      text += tokens[end].text;
      weight = Math.max(weight, tokens[end].weight);
      if (tokens[end].korean || tokens[start].korean) break;
      units.push({ idx: range(start, end), text, key: "", weight });
    }
  }
  return units;
}

function range(start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i <= end; i++) out.push(i);
  return out;
}

/** Indexes of `words` spelled out by `acronym` (prefixes of 1–3 letters, low-weight words skippable), or null. */
export function acronymRun(acronym: string, words: NameToken[]): number[] | null {
  if (acronym.length < 2 || acronym.length > 8 || words.length < 2) return null;
  for (let start = 0; start < words.length; start++) {
    const used = walk(acronym, 0, words, start, []);
    if (used && used.filter((u) => u.contributes).length >= 2) return used.map((u) => u.index);
  }
  return null;
}

function walk(
  acronym: string,
  pos: number,
  words: NameToken[],
  wi: number,
  used: Array<{ index: number; contributes: boolean }>,
): Array<{ index: number; contributes: boolean }> | null {
  if (pos === acronym.length) {
    // absorb trailing generic words (Trading, Company) after a complete acronym
    let i = wi;
    const tail = [...used];
    while (i < words.length && words[i].weight < 0.5) tail.push({ index: i++, contributes: false });
    return tail;
  }
  if (wi >= words.length) return null;
  const word = words[wi].text;
  // initials first (NATA = National Aerospace Technology Administration), then 2–3 letter prefixes (KOMID)
  for (let len = 1; len <= Math.min(3, word.length, acronym.length - pos); len++) {
    if (acronym.startsWith(word.slice(0, len), pos)) {
      const r = walk(acronym, pos + len, words, wi + 1, [...used, { index: wi, contributes: true }]);
      if (r) return r;
    }
  }
  if (words[wi].weight < 0.5 && used.length > 0)
    return walk(acronym, pos, words, wi + 1, [...used, { index: wi, contributes: false }]);
  return null;
}

export function alignTokens(na: NormalizedName, nb: NormalizedName): Alignment {
  const A = na.tokens;
  const B = nb.tokens;
  const candidates: AlignedPair[] = [];
  const bothHangul = na.script === "hangul" && nb.script === "hangul";
  for (let i = 0; i < A.length; i++) {
    for (let j = 0; j < B.length; j++) {
      const m = tokenSimilarity(A[i], B[j], bothHangul);
      candidates.push({
        a: [i],
        b: [j],
        similarity: m.similarity,
        reason: m.reason,
        weight: (A[i].weight + B[j].weight) / 2,
      });
    }
  }
  // tokens with a near-identical single partner need no merge or acronym reading
  const goodA = new Uint8Array(A.length);
  const goodB = new Uint8Array(B.length);
  for (const c of candidates) {
    if (c.similarity >= 0.95) {
      goodA[c.a[0]] = 1;
      goodB[c.b[0]] = 1;
    }
  }
  if (goodA.every((g) => g === 1) && goodB.every((g) => g === 1))
    return greedy(candidates, A.length, B.length);
  // tokens written together on one side and apart on the other
  if (A.length !== B.length || A.length > 1) {
    for (const [xs, ys, flip] of [
      [A, B, false],
      [B, A, true],
    ] as Array<[NameToken[], NameToken[], boolean]>) {
      if (xs.length < 2) continue;
      const goodX = flip ? goodB : goodA;
      const goodY = flip ? goodA : goodB;
      for (const unit of mergedUnits(xs)) {
        if (unit.idx.some((i) => goodX[i])) continue;
        for (let j = 0; j < ys.length; j++) {
          const y = ys[j];
          if (goodY[j] || Math.abs(y.text.length - unit.text.length) > 3) continue;
          if (!unit.key) unit.key = phoneticKey(unit.text);
          let sim =
            unit.text === y.text
              ? 1
              : unit.key === y.key
                ? 0.95
                : editSimilarityAtLeast(unit.key, y.key, 0.85);
          if (sim < 0.92 && sameKoreanSyllables(unit.text, y.text)) sim = 0.92;
          if (sim < 0.85) continue;
          const reason = sim === 1 ? "written together" : "written together, similar spelling";
          const pair = { similarity: sim + 0.001, reason, weight: (unit.weight + y.weight) / 2 };
          candidates.push(flip ? { a: [j], b: unit.idx, ...pair } : { a: unit.idx, b: [j], ...pair });
        }
      }
    }
  }
  if (na.type === "organization" || nb.type === "organization") {
    for (const [xs, ys, flip] of [
      [A, B, false],
      [B, A, true],
    ] as Array<[NameToken[], NameToken[], boolean]>) {
      // acronyms stand alone or with one qualifier ("KOMID", "PLA China")
      if (xs.length > 2 || ys.length < 2) continue;
      for (let i = 0; i < xs.length; i++) {
        if (!/^[a-z]+$/.test(xs[i].text) || ys.some((y) => y.text === xs[i].text)) continue;
        const run = acronymRun(xs[i].text, ys);
        if (!run || run.length < 2) continue;
        const pair = {
          similarity: 0.9,
          reason: "acronym",
          weight: Math.max(xs[i].weight, ...run.map((r) => ys[r].weight)),
        };
        candidates.push(flip ? { a: run, b: [i], ...pair } : { a: [i], b: run, ...pair });
      }
    }
  }
  return greedy(candidates, A.length, B.length);
}

function greedy(candidates: AlignedPair[], lengthA: number, lengthB: number): Alignment {
  candidates.sort(
    (x, y) => y.similarity - x.similarity || y.a.length + y.b.length - (x.a.length + x.b.length),
  );
  const usedA = new Uint8Array(lengthA);
  const usedB = new Uint8Array(lengthB);
  const pairs: AlignedPair[] = [];
  for (const c of candidates) {
    if (c.a.some((i) => usedA[i]) || c.b.some((j) => usedB[j])) continue;
    for (const i of c.a) usedA[i] = 1;
    for (const j of c.b) usedB[j] = 1;
    pairs.push({ ...c, similarity: Math.min(1, c.similarity) });
  }
  const extraA: number[] = [];
  const extraB: number[] = [];
  for (let i = 0; i < lengthA; i++) if (!usedA[i]) extraA.push(i);
  for (let j = 0; j < lengthB; j++) if (!usedB[j]) extraB.push(j);
  return { pairs, extraA, extraB };
}
