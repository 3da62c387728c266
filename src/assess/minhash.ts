// Seeded MinHash over word 5-shingles, with LSH banding to find near-duplicate (syndicated,
// re-headlined, boilerplate-appended) documents without comparing every pair.
// Deterministic: the same seed gives the same signatures on every machine and run.

export interface MinHashOptions {
  /** Number of hash functions (signature length). */
  permutations: number;
  /** Words per shingle. */
  shingleSize: number;
  /** LSH bands; permutations must be divisible by it. rows = permutations / bands. */
  bands: number;
  seed: number;
}

export const DEFAULT_MINHASH: MinHashOptions = { permutations: 128, shingleSize: 5, bands: 32, seed: 0x5eed };

/** Lower-cased word tokens (letters and digits of any script). */
export function words(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** FNV-1a 32-bit over a string's UTF-16 code units. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's 32-bit finaliser: a cheap, well-mixed bijection on 32-bit integers. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Distinct hashed word n-shingles of a text (one shingle of everything when it is shorter). */
export function shingleHashes(text: string, size = DEFAULT_MINHASH.shingleSize): Uint32Array {
  const tokens = words(text);
  const set = new Set<number>();
  if (tokens.length === 0) return new Uint32Array(0);
  if (tokens.length < size) set.add(fnv1a32(tokens.join(" ")));
  for (let i = 0; i + size <= tokens.length; i++) set.add(fnv1a32(tokens.slice(i, i + size).join(" ")));
  return Uint32Array.from(set);
}

/** Per-permutation seeds derived from the master seed, so permutation i is the same everywhere. */
function permutationSeeds(options: MinHashOptions): Uint32Array {
  const seeds = new Uint32Array(options.permutations);
  for (let i = 0; i < options.permutations; i++)
    seeds[i] = fmix32((options.seed + Math.imul(i + 1, 0x9e3779b9)) >>> 0);
  return seeds;
}

const seedCache = new Map<string, Uint32Array>();
function seedsFor(options: MinHashOptions): Uint32Array {
  const key = `${options.seed}:${options.permutations}`;
  let seeds = seedCache.get(key);
  if (!seeds) seedCache.set(key, (seeds = permutationSeeds(options)));
  return seeds;
}

/** MinHash signature: for each seeded hash function, the minimum over the shingles. */
export function signature(text: string, options: MinHashOptions = DEFAULT_MINHASH): Uint32Array {
  const shingles = shingleHashes(text, options.shingleSize);
  const seeds = seedsFor(options);
  const sig = new Uint32Array(options.permutations).fill(0xffffffff);
  for (let p = 0; p < seeds.length; p++) {
    const seed = seeds[p];
    let min = 0xffffffff;
    for (let s = 0; s < shingles.length; s++) {
      const h = fmix32((shingles[s] ^ seed) >>> 0);
      if (h < min) min = h;
    }
    sig[p] = min;
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of positions where two signatures agree. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length)
    throw new Error(`minhash: signature lengths differ (${a.length} vs ${b.length})`);
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length ? same / a.length : 0;
}

/** Exact Jaccard similarity of two prebuilt sets. */
export function jaccardSets(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Exact Jaccard similarity of two sets of shingle hashes (used on short claim sentences). */
export function jaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 && b.length === 0) return 0;
  const setA = new Set(Array.from(a));
  let inter = 0;
  const setB = new Set(Array.from(b));
  for (const x of setB) if (setA.has(x)) inter++;
  return inter / (setA.size + setB.size - inter);
}

/**
 * LSH index: a signature is cut into bands; two documents sharing any band bucket are candidates.
 * With 32 bands of 4 rows a pair at Jaccard 0.6 is a candidate 99 % of the time, at 0.3 about 23 %;
 * candidates are then checked against the threshold on the full signature.
 */
export class LshIndex {
  private readonly buckets = new Map<string, string[]>();
  private readonly signatures = new Map<string, Uint32Array>();
  constructor(private readonly options: MinHashOptions = DEFAULT_MINHASH) {
    if (options.permutations % options.bands !== 0) {
      throw new Error(
        `minhash: ${options.permutations} permutations are not divisible into ${options.bands} bands`,
      );
    }
  }

  private bandKeys(sig: Uint32Array): string[] {
    const rows = this.options.permutations / this.options.bands;
    const keys: string[] = [];
    for (let b = 0; b < this.options.bands; b++) {
      let h = b;
      for (let r = 0; r < rows; r++) h = fmix32((h ^ sig[b * rows + r]) >>> 0) ^ Math.imul(r + 1, 0x27d4eb2d);
      keys.push(`${b}:${(h >>> 0).toString(36)}`);
    }
    return keys;
  }

  /** Ids already in the index that share a band with `sig`. */
  candidates(sig: Uint32Array): string[] {
    const found = new Set<string>();
    for (const key of this.bandKeys(sig)) for (const id of this.buckets.get(key) ?? []) found.add(id);
    return [...found];
  }

  add(id: string, sig: Uint32Array): void {
    if (this.signatures.has(id)) return;
    this.signatures.set(id, sig);
    for (const key of this.bandKeys(sig)) {
      const list = this.buckets.get(key);
      if (list) list.push(id);
      else this.buckets.set(key, [id]);
    }
  }

  signatureOf(id: string): Uint32Array | undefined {
    return this.signatures.get(id);
  }

  /** Candidates whose estimated Jaccard with `sig` reaches the threshold, best first. */
  nearDuplicates(sig: Uint32Array, threshold: number): { id: string; similarity: number }[] {
    return this.candidates(sig)
      .map((id) => ({ id, similarity: estimateJaccard(sig, this.signatures.get(id)!) }))
      .filter((c) => c.similarity >= threshold)
      .sort((x, y) => y.similarity - x.similarity || x.id.localeCompare(y.id));
  }
}
