// Independence: which origin each claim really comes from. Ten outlets repeating one story are one
// origin. Three steps:
//   1. base origin: the end of the attribution chain (aliases normalised), else the outlet — and
//      for a near-duplicate/syndicated copy, the outlet of the earliest copy in its cluster;
//   2. same story: a figure stated on an outlet's own authority that matches an earlier claim
//      (same subject and figure, dates within a week, similar sentence) takes that claim's origin;
//   3. circular reporting: a chain that runs through an outlet which earlier reported the same
//      figure from another origin is traced back to that origin, and flagged.
import {
  DEFAULT_MINHASH,
  LshIndex,
  jaccardSets,
  shingleHashes,
  signature,
  type MinHashOptions,
} from "./minhash.ts";
import { claimPeriod, daysBetween, quantityBounds } from "./figures.ts";
import { resolveSource, type SourceTable } from "./sources.ts";
import type { CircularFlag, ClaimRecord, OriginInfo } from "./types.ts";

export interface IndependenceOptions {
  /** Estimated Jaccard over word 5-shingles at or above which two documents are copies. */
  duplicateThreshold: number;
  /** Days within which two outlets' matching figures may be one story. */
  sameStoryDays: number;
  /** Jaccard over word 3-shingles of the two claim sentences for "same story". */
  sameStorySentenceSimilarity: number;
  minhash: MinHashOptions;
  sources?: SourceTable;
}

export const DEFAULT_INDEPENDENCE: IndependenceOptions = {
  duplicateThreshold: 0.6,
  sameStoryDays: 7,
  sameStorySentenceSimilarity: 0.3,
  minhash: DEFAULT_MINHASH,
};

/**
 * Incremental near-duplicate clustering: MinHash + LSH candidates, union-find merge. The cluster
 * representative is its earliest published member (ties: smallest id), i.e. the likely original.
 */
export class DocumentClusters {
  private readonly lsh: LshIndex;
  private readonly parent = new Map<string, string>();
  private readonly members = new Map<string, string[]>();
  private readonly published = new Map<string, string | null>();
  private readonly rep = new Map<string, string>();

  constructor(private readonly options: IndependenceOptions = DEFAULT_INDEPENDENCE) {
    this.lsh = new LshIndex(options.minhash);
  }

  private find(id: string): string {
    let root = id;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression keeps later look-ups O(1) amortised.
    for (let cur = id; cur !== root;) {
      const next = this.parent.get(cur)!;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }

  private earliest(ids: string[]): string {
    return ids.reduce((best, id) => {
      const a = this.published.get(id) ?? "9999";
      const b = this.published.get(best) ?? "9999";
      return a < b || (a === b && id < best) ? id : best;
    });
  }

  /** Adds a document; returns the ids (itself included) whose representative may have changed. */
  add(docId: string, text: string, published: string | null): string[] {
    if (this.parent.has(docId)) return [];
    this.parent.set(docId, docId);
    this.members.set(docId, [docId]);
    this.published.set(docId, published);
    this.rep.set(docId, docId);
    const sig = signature(text, this.options.minhash);
    const touched = new Set<string>([docId]);
    for (const { id } of this.lsh.nearDuplicates(sig, this.options.duplicateThreshold)) {
      const a = this.find(docId);
      const b = this.find(id);
      if (a === b) continue;
      const [big, small] = this.members.get(a)!.length >= this.members.get(b)!.length ? [a, b] : [b, a];
      this.parent.set(small, big);
      this.members.get(big)!.push(...this.members.get(small)!);
      this.members.delete(small);
    }
    this.lsh.add(docId, sig);
    const root = this.find(docId);
    const group = this.members.get(root)!;
    if (group.length > 1) {
      const representative = this.earliest(group);
      for (const id of group) {
        if (this.rep.get(id) !== representative) touched.add(id);
        this.rep.set(id, representative);
      }
    }
    return [...touched];
  }

  representative(docId: string): string {
    return this.rep.get(docId) ?? docId;
  }

  membersOf(docId: string): string[] {
    return this.parent.has(docId) ? [...this.members.get(this.find(docId))!] : [docId];
  }

  /** docId → representative, for every document in a cluster of two or more. */
  toRecord(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [id, rep] of this.rep) if (id !== rep || this.membersOf(id).length > 1) out[id] = rep;
    return out;
  }
}

/** Outlet metadata of the cluster representative, for claims in syndicated copies. */
export interface OutletOf {
  (docId: string): string | null;
}

/** Step 1: the origin a claim names, or its outlet (the original's outlet for a copy). */
export function baseOrigin(
  record: ClaimRecord,
  representativeDoc: string,
  outletOf: OutletOf,
  sources?: SourceTable,
): OriginInfo {
  const chain = record.claim.attributionChain.filter((s) => s && s.trim());
  const named = chain.length ? chain[chain.length - 1] : record.claim.attributedTo;
  if (named) {
    const src = resolveSource(named, sources);
    const via = chain.length > 1 ? `${chain.join(" ← citing ")}; ` : "";
    return {
      id: src.id,
      name: src.name,
      basis: chain.length > 1 ? "chain" : "attributed",
      reason: `${via}figure attributed to ${named}${src.known && src.name !== named ? ` (= ${src.name})` : ""}`,
    };
  }
  const copy = representativeDoc !== record.claim.docId;
  const outlet = copy ? outletOf(representativeDoc) : record.outlet;
  const docForName = copy ? representativeDoc : record.claim.docId;
  if (!outlet) {
    return {
      id: `outlet:unnamed-${docForName}`,
      name: `unnamed outlet (${docForName})`,
      basis: copy ? "syndicated_copy" : "outlet",
      reason: copy
        ? `near-duplicate of ${representativeDoc}, which names no outlet`
        : "no source named and no outlet known",
    };
  }
  const src = resolveSource(outlet, sources);
  return copy
    ? {
        id: src.id,
        name: src.name,
        basis: "syndicated_copy",
        reason: `document is a near-duplicate of ${representativeDoc} (${outlet}), the earliest copy`,
      }
    : { id: src.id, name: src.name, basis: "outlet", reason: `stated on the authority of ${outlet}` };
}

/** Claims that can be one story or a circular report share subject, unit and the same figure. */
export function figureGroupKey(record: ClaimRecord): string {
  const [low, high] = quantityBounds(record.claim.quantity);
  return `${record.claim.subject}|${record.claim.unit}|${low}|${high}`;
}

function orderDate(record: ClaimRecord): string {
  return record.published?.slice(0, 10) ?? claimPeriod(record).date ?? "9999";
}

export interface GroupResolution {
  origins: Map<string, OriginInfo>;
  circular: CircularFlag[];
}

const sentenceShingles = new WeakMap<ClaimRecord, Set<number>>();
function shinglesOf(record: ClaimRecord): Set<number> {
  let s = sentenceShingles.get(record);
  if (!s) sentenceShingles.set(record, (s = new Set(shingleHashes(record.claim.evidence, 3))));
  return s;
}

/**
 * Steps 2 and 3 over one figure group (claims with the same subject, unit and figure), processed
 * oldest first so an earlier claim's origin is final before later claims lean on it.
 */
export function resolveFigureGroup(
  records: ClaimRecord[],
  base: Map<string, OriginInfo>,
  options: IndependenceOptions = DEFAULT_INDEPENDENCE,
): GroupResolution {
  const dates = new Map(records.map((r) => [r.key, orderDate(r)]));
  const ordered = [...records].sort(
    (a, b) => dates.get(a.key)!.localeCompare(dates.get(b.key)!) || a.key.localeCompare(b.key),
  );
  const origins = new Map<string, OriginInfo>();
  const circular: CircularFlag[] = [];
  // Earlier reporters of this figure by outlet id, filled in as we walk forward in time.
  const byOutlet = new Map<string, ClaimRecord[]>();

  for (let i = 0; i < ordered.length; i++) {
    const record = ordered[i];
    const date = dates.get(record.key)!;
    let origin = base.get(record.key)!;

    if (origin.basis === "outlet") {
      // Same story: scan back through the claims of the last few days only (sorted by date).
      for (let j = i - 1; j >= 0; j--) {
        const e = ordered[j];
        const eDate = dates.get(e.key)!;
        if (daysBetween(eDate, date) > options.sameStoryDays) {
          if (eDate !== "9999") break;
          continue;
        }
        if (e.claim.docId === record.claim.docId || origins.get(e.key)!.id === origin.id) continue;
        if (jaccardSets(shinglesOf(e), shinglesOf(record)) < options.sameStorySentenceSimilarity) continue;
        // The earliest matching claim in the window is the story's first appearance.
        let first = e;
        for (let k = j - 1; k >= 0; k--) {
          const f = ordered[k];
          if (daysBetween(dates.get(f.key)!, date) > options.sameStoryDays) break;
          if (
            f.claim.docId !== record.claim.docId &&
            jaccardSets(shinglesOf(f), shinglesOf(record)) >= options.sameStorySentenceSimilarity
          )
            first = f;
        }
        const firstOrigin = origins.get(first.key)!;
        origin = {
          id: firstOrigin.id,
          name: firstOrigin.name,
          basis: "same_story",
          reason: `same figure, same subject and a near-identical sentence as ${first.outlet ?? first.claim.docId} (${dates.get(first.key)}), so one story: origin ${firstOrigin.name}`,
        };
        break;
      }
    } else {
      // Walk the chain from the origin end: the first link that is an earlier reporter of this
      // figure under a different origin is where the figure really came from.
      const links = [...record.claim.attributionChain].reverse();
      if (!links.length && record.claim.attributedTo) links.push(record.claim.attributedTo);
      for (const link of links) {
        const linkId = resolveSource(link, options.sources).id;
        const prior = byOutlet.get(linkId)?.find((e) => e.claim.docId !== record.claim.docId);
        if (!prior) continue;
        const priorOrigin = origins.get(prior.key)!;
        if (priorOrigin.id === origin.id || priorOrigin.id === linkId) break;
        const flag: CircularFlag = {
          claimKey: record.key,
          citedVia: link,
          earlierClaimKey: prior.key,
          trueOrigin: priorOrigin.id,
        };
        circular.push(flag);
        origin = {
          id: priorOrigin.id,
          name: priorOrigin.name,
          basis: "circular",
          reason: `circular: presented as ${origin.name}, but the chain runs through ${link}, which reported the same figure on ${dates.get(prior.key)} from ${priorOrigin.name}`,
          circular: flag,
        };
        break;
      }
    }
    origins.set(record.key, origin);
    if (record.outlet) {
      const outletId = resolveSource(record.outlet, options.sources).id;
      const list = byOutlet.get(outletId);
      if (list) list.push(record);
      else byOutlet.set(outletId, [record]);
    }
  }
  return { origins, circular };
}
