// Transliteration-aware similarity: vowels are what transliterations of Arabic, Persian, Belarusian
// (akanye: Darashenka/Doroshenko) and Greek disagree on most (Hamid/Hamed, Rimi/Remi, Qasim/Qassem),
// while consonants carry the name. An edit distance where swapping one vowel for another, or
// dropping a vowel, costs less than touching a consonant, on phonetic keys.

const VOWEL = new Uint8Array(128);
for (const v of "aeiou") VOWEL[v.charCodeAt(0)] = 1;

const VOWEL_SWAP = 0.35;
const VOWEL_GAP = 0.6;

let prev = new Float64Array(32);
let cur = new Float64Array(32);

/** Weighted edit distance: vowel↔vowel 0.35, vowel inserted/dropped 0.6, anything else 1. */
export function vowelWeightedDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (m + 1 > prev.length) {
    prev = new Float64Array(m * 2 + 2);
    cur = new Float64Array(m * 2 + 2);
  }
  const gap = (c: number) => (VOWEL[c] ? VOWEL_GAP : 1);
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + gap(b.charCodeAt(j - 1));
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = prev[0] + gap(ca);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      const sub = ca === cb ? 0 : VOWEL[ca] && VOWEL[cb] ? VOWEL_SWAP : 1;
      let v = prev[j - 1] + sub;
      const del = prev[j] + gap(ca);
      if (del < v) v = del;
      const ins = cur[j - 1] + gap(cb);
      if (ins < v) v = ins;
      cur[j] = v;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

/**
 * 1 − weighted distance / longer length, for keys that share their first letter (a transliteration
 * keeps the onset) and are at least four letters long; 0 otherwise.
 */
export function vowelTolerantSimilarity(a: string, b: string): number {
  if (a.length < 4 || b.length < 4 || a[0] !== b[0] || a.length > 24 || b.length > 24) return 0;
  // the final h of Arabic/Persian ة, written or not (Hanifeh/Hanifa, Haniyah/Haniya)
  a = a.replace(/(?<=[aeiou])h$/, "");
  b = b.replace(/(?<=[aeiou])h$/, "");
  return Math.max(0, 1 - vowelWeightedDistance(a, b) / Math.max(a.length, b.length));
}
