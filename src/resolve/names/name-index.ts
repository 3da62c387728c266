// NameIndex: candidate generation by blocking keys, then scoreNames on the candidates only.
// Keys per record: each token's phonetic key, the Korean syllable key of Korean names, adjacent
// tokens written together, and single-deletion variants of the two most informative tokens
// (typo tolerance, SymSpell-style). Keys are hashed into 2^k buckets stored as one CSR posting
// array (Uint32Array), so a million aliases cost a few tens of MB and no per-key JS objects.
import { normalizeName, type NameType, type NormalizedName } from "./normalize.ts";
import { phoneticKey } from "./phonetic.ts";
import { abjadSkeleton } from "./arabic.ts";
import { quickScore, scoreNormalized, DEFAULT_THRESHOLD } from "./score.ts";

export interface IndexRecord {
  id: string;
  name: string;
  type?: string;
}

export interface IndexQueryOptions {
  limit?: number;
  type?: string;
  threshold?: number;
}

export interface IndexHit {
  id: string;
  name: string;
  score: number;
  explanation: string[];
}

/** Names whose postings exceed this are too common to generate candidates on their own. */
const MAX_POSTINGS = 2_000;
/** How many best-overlapping candidates are scored in full. */
const MAX_SCORED = 25;
const MAX_MISSES_AFTER_HIT = 8;
/** Normalised record names kept between queries (bounded; cleared when full). */
const CACHE_LIMIT = 2_000;

const MAGIC = Buffer.from("FWNAMEIX");
const INDEX_FORMAT = 1;
/**
 * Changes whenever normalisation or blocking keys change, so that an index stored by an older
 * matcher is rebuilt instead of silently missing candidates. Bump it with any such change.
 */
export const MATCHER_VERSION = "2026-12-03.5";

const bytes = (a: Uint32Array | Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
/** `count` little-endian u32 values at `at`, copied into an aligned array. */
function u32(data: Buffer, at: number, count: number): Uint32Array<ArrayBuffer> {
  const out = new Uint32Array(count);
  new Uint8Array(out.buffer).set(data.subarray(at, at + count * 4));
  return out;
}
const clean = (s: string) => s.replace(/[\t\n\r]+/g, " ");

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function normalizedType(type: string | undefined): NameType {
  if (type === "person") return "person";
  if (type === "organization" || type === "organisation" || type === "company" || type === "entity")
    return "organization";
  return "any";
}

interface KeyedToken {
  weight: number;
  keys: string[];
}

/**
 * Blocking keys grouped by the token that produced them; `deletions` adds typo keys. Consonant
 * skeleton keys ("s:") let a name in Arabic script find its Latin spellings: records carry them for
 * every token (`forRecord`), queries only for tokens romanised from Arabic script.
 */
export function blockingKeys(n: NormalizedName, deletionsFor: number, forRecord = false): KeyedToken[] {
  const out: KeyedToken[] = [];
  const ranked = n.tokens
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.role !== "particle")
    .sort((a, b) => b.t.weight * Math.min(8, b.t.key.length) - a.t.weight * Math.min(8, a.t.key.length));
  const typoTokens = new Set(ranked.slice(0, deletionsFor).map((r) => r.i));
  n.tokens.forEach((t, i) => {
    if (t.role === "particle") return;
    const keys = [`t:${t.key}`];
    if (t.korean && t.korean.length) keys.push(`k:${t.korean.map((s) => s.loose).join(".")}`);
    if ((forRecord || t.abjad) && t.role !== "number") {
      const skeleton = abjadSkeleton(t.text);
      if (skeleton.length >= 2) keys.push(`s:${skeleton}`);
    }
    if (typoTokens.has(i) && t.key.length >= 4 && t.role !== "number") {
      keys.push(`d:${t.key}`);
      for (let p = 0; p < t.key.length; p++) keys.push(`d:${t.key.slice(0, p)}${t.key.slice(p + 1)}`);
    }
    out.push({ weight: t.weight, keys });
  });
  // tokens written together elsewhere ("Good Will" / "Goodwill", "SergeiLavrov")
  if (!n.korean && n.tokens.length >= 2 && n.tokens.length <= 5) {
    for (let i = 0; i + 1 < n.tokens.length; i++) {
      const joined = n.tokens[i].text + n.tokens[i + 1].text;
      out.push({
        weight: Math.max(n.tokens[i].weight, n.tokens[i + 1].weight),
        keys: [`t:${phoneticKey(joined)}`],
      });
    }
  }
  return out;
}

export class NameIndex {
  private ids: string[] = [];
  private names: string[] = [];
  private typeCodes = new Uint8Array(0);
  private typeNames: string[] = [""];
  private bucketBits = 16;
  private offsets = new Uint32Array(0);
  private postings = new Uint32Array(0);
  // 8 hash bits above the bucket bits, per posting: filters out keys that merely share a bucket
  private fingerprints = new Uint8Array(0);
  // per-query scratch, reused
  private overlap = new Float32Array(0);
  private stamp = new Uint32Array(0);
  private queryNo = 0;
  private normalizedCache = new Map<number, NormalizedName>();
  /** candidates touched and scored by the last query (for benchmarks) */
  lastStats = { touched: 0, scored: 0 };

  get size(): number {
    return this.ids.length;
  }

  /** Build an index over records (id need not be unique: several aliases of one entity share it). */
  static build(records: Iterable<IndexRecord>): NameIndex {
    const index = new NameIndex();
    index.load(records);
    return index;
  }

  private load(records: Iterable<IndexRecord>): void {
    const typeIndex = new Map<string, number>([["", 0]]);
    const codes: number[] = [];
    let pairBuckets = new Uint32Array(1 << 20);
    let pairRecords = new Uint32Array(1 << 20);
    let pairs = 0;
    const list = Array.isArray(records) ? (records as IndexRecord[]) : [...records];
    this.bucketBits = Math.max(16, Math.min(24, Math.ceil(Math.log2(Math.max(1, list.length) * 4))));
    const mask = (1 << this.bucketBits) - 1;
    const seen = new Set<number>(); // bucket | fingerprint << 24
    for (const record of list) {
      const recordNo = this.ids.length;
      this.ids.push(record.id);
      this.names.push(record.name);
      const typeKey = record.type ?? "";
      let code = typeIndex.get(typeKey);
      if (code === undefined) {
        code = typeIndex.size;
        typeIndex.set(typeKey, code);
        this.typeNames.push(typeKey);
      }
      codes.push(code);
      let normalized: NormalizedName;
      try {
        normalized = normalizeName(record.name, normalizedType(record.type));
      } catch {
        continue; // an unreadable name is kept in the table but never proposed
      }
      seen.clear();
      for (const token of blockingKeys(normalized, 2, true)) {
        for (const key of token.keys) {
          const h = fnv1a(key);
          seen.add(((h & mask) | ((h >>> 24) << 24)) >>> 0);
        }
      }
      if (pairs + seen.size > pairBuckets.length) {
        const grow = (a: Uint32Array) => {
          const b = new Uint32Array(a.length * 2);
          b.set(a);
          return b;
        };
        pairBuckets = grow(pairBuckets);
        pairRecords = grow(pairRecords);
      }
      for (const bucket of seen) {
        pairBuckets[pairs] = bucket;
        pairRecords[pairs] = recordNo;
        pairs++;
      }
    }
    this.typeCodes = Uint8Array.from(codes.map((c) => Math.min(c, 255)));
    const offsets = new Uint32Array((1 << this.bucketBits) + 1);
    for (let i = 0; i < pairs; i++) offsets[(pairBuckets[i] & mask) + 1]++;
    for (let b = 1; b < offsets.length; b++) offsets[b] += offsets[b - 1];
    const fill = offsets.slice(0, offsets.length - 1);
    const postings = new Uint32Array(pairs);
    const fingerprints = new Uint8Array(pairs);
    for (let i = 0; i < pairs; i++) {
      const slot = fill[pairBuckets[i] & mask]++;
      postings[slot] = pairRecords[i];
      fingerprints[slot] = pairBuckets[i] >>> 24;
    }
    this.offsets = offsets;
    this.postings = postings;
    this.fingerprints = fingerprints;
    this.overlap = new Float32Array(this.ids.length);
    this.stamp = new Uint32Array(this.ids.length);
  }

  /** Best matches for `name`, highest score first; only candidates sharing a blocking key are scored. */
  query(name: string, opts: IndexQueryOptions = {}): IndexHit[] {
    const limit = opts.limit ?? 10;
    const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
    const query = normalizeName(name, normalizedType(opts.type));
    if (query.tokens.length === 0 || this.ids.length === 0) return [];
    // an untyped query is compared with each record as the record's kind (person or organisation)
    const asKind = new Map<string, NormalizedName>([[query.type, query]]);
    const queryAs = (kind: "person" | "organization") => {
      let q = asKind.get(kind);
      if (!q) {
        q = opts.type === undefined ? normalizeName(name, kind) : query;
        asKind.set(kind, q);
      }
      return q;
    };
    const mask = (1 << this.bucketBits) - 1;
    const touched: number[] = [];
    const groups = blockingKeys(query, 2);
    if (opts.type === undefined) {
      const other = queryAs(query.type === "person" ? "organization" : "person");
      if (other.tokens.length !== query.tokens.length) groups.push(...blockingKeys(other, 2));
    }
    const deferred: Array<{ bucket: number; fingerprint: number; weight: number; tokenNo: number }> = [];
    for (const group of groups) {
      this.queryNo++;
      if (this.queryNo === 0xffffffff) {
        this.stamp.fill(0);
        this.queryNo = 1;
      }
      // a record gets the token's weight once, however many of the token's keys it shares
      const tokenNo = this.queryNo;
      for (const key of group.keys) {
        const h = fnv1a(key);
        const bucket = h & mask;
        const fingerprint = h >>> 24;
        const start = this.offsets[bucket];
        const end = this.offsets[bucket + 1];
        if (end - start > MAX_POSTINGS) {
          deferred.push({ bucket, fingerprint, weight: group.weight, tokenNo });
          continue;
        }
        for (let p = start; p < end; p++) {
          if (this.fingerprints[p] === fingerprint)
            this.credit(this.postings[p], tokenNo, group.weight, touched);
        }
      }
    }
    // very common keys (shared by > MAX_POSTINGS records) add weight only to records a rarer key
    // proposed; on their own (nothing else matched) they propose at most MAX_POSTINGS records each
    const proposedByRare = touched.length > 0;
    for (const { bucket, fingerprint, weight, tokenNo } of deferred) {
      const start = this.offsets[bucket];
      const end = proposedByRare
        ? this.offsets[bucket + 1]
        : Math.min(this.offsets[bucket + 1], start + MAX_POSTINGS);
      for (let p = start; p < end; p++) {
        if (this.fingerprints[p] !== fingerprint) continue;
        const record = this.postings[p];
        if (proposedByRare && this.overlap[record] === 0) continue;
        this.credit(record, tokenNo, weight, touched);
      }
    }
    const queryWeight = query.tokens.reduce((sum, t) => sum + t.weight, 0);
    const typeCode = opts.type === undefined ? -1 : this.typeNames.indexOf(opts.type);
    const typeOk = (r: number) =>
      opts.type === undefined || this.typeCodes[r] === 0 || (typeCode >= 0 && this.typeCodes[r] === typeCode);
    // only candidates sharing a good part of the query's evidence are worth a full comparison
    const minimum = 0.45 * queryWeight;
    const candidates = touched.filter((r) => this.overlap[r] >= minimum && typeOk(r));
    candidates.sort((a, b) => this.overlap[b] - this.overlap[a]);
    const floor = candidates.length ? 0.6 * this.overlap[candidates[0]] : 0;
    const scored: Array<{ record: number; score: number }> = [];
    const bestById = new Map<string, number>();
    let scoredCount = 0;
    let misses = 0;
    for (const r of candidates.slice(0, Math.max(MAX_SCORED, limit * 2))) {
      if (this.overlap[r] < floor) break;
      // ranked by shared evidence: a long run of misses after a hit means the rest are weaker still
      if (scored.length >= 1 && misses >= MAX_MISSES_AFTER_HIT) break;
      scoredCount++;
      const record = this.normalized(r);
      const score = quickScore(queryAs(record.type), record, { threshold });
      if (score < threshold) {
        misses++;
        continue;
      }
      misses = 0;
      // one hit per id: its best-scoring alias
      const previous = bestById.get(this.ids[r]);
      if (previous !== undefined) {
        if (scored[previous].score < score) scored[previous] = { record: r, score };
        continue;
      }
      bestById.set(this.ids[r], scored.length);
      scored.push({ record: r, score });
    }
    this.lastStats = { touched: touched.length, scored: scoredCount };
    scored.sort((a, b) => b.score - a.score);
    const hits: IndexHit[] = scored.slice(0, limit).map(({ record }) => {
      const normalized = this.normalized(record);
      const result = scoreNormalized(queryAs(normalized.type), normalized, { threshold });
      return {
        id: this.ids[record],
        name: this.names[record],
        score: result.score,
        explanation: result.explanation,
      };
    });
    for (const r of touched) this.overlap[r] = 0;
    return hits;
  }

  private normalized(record: number): NormalizedName {
    let n = this.normalizedCache.get(record);
    if (!n) {
      if (this.normalizedCache.size >= CACHE_LIMIT) this.normalizedCache.clear();
      n = normalizeName(this.names[record], normalizedType(this.typeNames[this.typeCodes[record]]));
      this.normalizedCache.set(record, n);
    }
    return n;
  }

  private credit(record: number, tokenNo: number, weight: number, touched: number[]): void {
    if (this.stamp[record] === tokenNo) return;
    if (this.overlap[record] === 0) touched.push(record);
    this.stamp[record] = tokenNo;
    this.overlap[record] += weight;
  }

  /**
   * The index as bytes, to be stored and loaded again without normalising every alias (a cold
   * process loads it instead of rebuilding it). `meta` is kept verbatim (e.g. the lists' fingerprint).
   */
  serialize(meta = ""): Buffer {
    const header = Buffer.from(
      JSON.stringify({
        version: INDEX_FORMAT,
        matcher: MATCHER_VERSION,
        meta,
        bucketBits: this.bucketBits,
        typeNames: this.typeNames,
        records: this.ids.length,
        postings: this.postings.length,
      }),
    );
    // one record per line: id TAB name (neither may contain a newline or tab)
    const table = Buffer.from(
      this.ids.map((id, i) => `${clean(id)}\t${clean(this.names[i])}`).join("\n"),
      "utf8",
    );
    const pad = (n: number) => (4 - (n % 4)) % 4;
    const lengths = Buffer.alloc(8);
    lengths.writeUInt32LE(header.length, 0);
    lengths.writeUInt32LE(table.length, 4);
    return Buffer.concat([
      MAGIC,
      lengths,
      header,
      Buffer.alloc(pad(header.length)),
      table,
      Buffer.alloc(pad(table.length)),
      bytes(this.offsets),
      bytes(this.postings),
      bytes(this.fingerprints),
      bytes(this.typeCodes),
    ]);
  }

  /** The index stored by `serialize`, or undefined when the bytes are from another format or matcher version. */
  static deserialize(data: Buffer): { index: NameIndex; meta: string } | undefined {
    if (data.length < MAGIC.length + 8 || !data.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    let at = MAGIC.length;
    const headerLength = data.readUInt32LE(at);
    const tableLength = data.readUInt32LE(at + 4);
    at += 8;
    const header = JSON.parse(data.toString("utf8", at, at + headerLength)) as {
      version: number;
      matcher: string;
      meta: string;
      bucketBits: number;
      typeNames: string[];
      records: number;
      postings: number;
    };
    if (header.version !== INDEX_FORMAT || header.matcher !== MATCHER_VERSION) return undefined;
    at += headerLength + ((4 - (headerLength % 4)) % 4);
    const lines = tableLength ? data.toString("utf8", at, at + tableLength).split("\n") : [];
    at += tableLength + ((4 - (tableLength % 4)) % 4);
    const index = new NameIndex();
    index.ids = new Array<string>(lines.length);
    index.names = new Array<string>(lines.length);
    for (let i = 0; i < lines.length; i++) {
      const tab = lines[i].indexOf("\t");
      index.ids[i] = lines[i].slice(0, tab);
      index.names[i] = lines[i].slice(tab + 1);
    }
    // the arrays are copied out of the file buffer so that they are aligned whatever its offset
    const slots = (1 << header.bucketBits) + 1;
    index.bucketBits = header.bucketBits;
    index.typeNames = header.typeNames;
    index.offsets = u32(data, at, slots);
    at += slots * 4;
    index.postings = u32(data, at, header.postings);
    at += header.postings * 4;
    index.fingerprints = Uint8Array.from(data.subarray(at, at + header.postings));
    at += header.postings;
    index.typeCodes = Uint8Array.from(data.subarray(at, at + header.records));
    if (lines.length !== header.records || index.typeCodes.length !== header.records) return undefined;
    index.overlap = new Float32Array(header.records);
    index.stamp = new Uint32Array(header.records);
    return { index, meta: header.meta };
  }

  /** Approximate memory held by the index arrays, in bytes (excluding the name strings). */
  memoryBytes(): number {
    return (
      this.offsets.byteLength +
      this.postings.byteLength +
      this.typeCodes.byteLength +
      this.overlap.byteLength +
      this.stamp.byteLength
    );
  }
}
