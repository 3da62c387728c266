// ingest → extract → store → (screen) for a batch of paths. Parsing and extraction run on worker
// threads (src/pipeline/parallel.ts) when the default stages are used; storing runs here, in
// batches: each batch of documents is one transaction holding every document with its sentences,
// claims and everything the stages run after storing write (mentions, screening; passed in as
// `after`, see stages.ts), so a document is either
// stored whole or not at all. When anything in a batch fails, the batch is rolled back and its
// documents are stored one transaction each, so only the failing document is lost, counted and
// reported; a re-run picks it up. Re-running the same ingest stores nothing new (duplicates by
// content hash). On SQLite the write lock is taken per transaction (BEGIN IMMEDIATE) and a busy
// database is waited for, so two ingests into one file interleave safely.
import type { Claim, Sentence, SourceDocument } from "../types.ts";
import type { PutDocumentResult, Store } from "../store/index.ts";
import type { IngestLimits } from "../ingest/limits.ts";
import { claimProblem } from "../store/index.ts";
import { isBusy, withWriteScope, type WriteScope } from "../store/index.ts";
import type { AfterStage, StoredDocument } from "./stages.ts";
import { prefetch } from "./pool.ts";

export type ReadResult = { ok: true; doc: SourceDocument } | { ok: false; path: string; reason: string };

/** The stage functions the pipeline runs; the defaults are the ingest and extract stages. */
export interface PipelineStages {
  readDocuments(
    paths: string[],
    opts: { onFile?: (path: string, index: number, total: number) => void; limits?: Partial<IngestLimits> },
  ): AsyncIterable<ReadResult>;
  splitSentences(text: string): Sentence[];
  extractClaims(doc: SourceDocument): Claim[] | Promise<Claim[]>;
  extractorVersion?: string;
  /** The document's language (`en`, `ru`, `ko`), stored with it and counted in the summary. */
  detectLanguage?(text: string): string;
}

export interface IngestOptions {
  /** `done` files of `total` finished; `path` is the file being read next (or the last one). */
  onProgress?(done: number, total: number, path: string): void;
  /** One call per document that could not be read or stored (a failed `after` stage included). */
  onError?(path: string, reason: string): void;
  /** A claim left out because its offsets or evidence do not match the text (the document is stored). */
  onWarning?(path: string, message: string): void;
  /** Replaces some stages (tests, other readers); then everything runs on the calling thread. */
  stages?: Partial<PipelineStages>;
  /** Stages run on each batch of newly stored documents, in its transaction (default: none). */
  after?: readonly AfterStage[];
  /** Worker threads for parsing and extraction (default: one per core; 1 = in-process). */
  threads?: number;
  limits?: Partial<IngestLimits>;
  /** Documents per transaction (default 100). */
  batchSize?: number;
}

export interface IngestSummary {
  ingested: number;
  duplicates: number;
  failed: number;
  claims: number;
  /** Documents stored, per language (absent when the stages detect none). */
  languages?: Record<string, number>;
}

/** A read document, with its sentences and claims when a worker already extracted them. */
type Item =
  | { ok: true; doc: SourceDocument; sentences?: Sentence[]; claims?: Claim[] }
  | { ok: false; path: string; reason: string };

const DEFAULT_BATCH = 100;
// How long a batch waits for another writer's lock (beyond the busy timeout of each statement).
const BUSY_RETRY_MS = 120_000;

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

async function loadExtract(): Promise<
  Pick<PipelineStages, "splitSentences" | "extractClaims" | "extractorVersion" | "detectLanguage">
> {
  const extract = await import("../extract/index.ts");
  const version = (extract as { EXTRACTOR_VERSION?: unknown }).EXTRACTOR_VERSION;
  return {
    splitSentences: extract.splitSentences,
    extractClaims: extract.extractClaims,
    detectLanguage: extract.detectLanguage,
    extractorVersion: typeof version === "string" ? version : undefined,
  };
}

/** The documents to store, in input order: from worker threads, or from the given stages in-process. */
async function* items(
  paths: string[],
  opts: IngestOptions,
  onFile: (path: string, index: number, total: number) => void,
): AsyncGenerator<Item> {
  const given = opts.stages ?? {};
  if (given.readDocuments || given.splitSentences || given.extractClaims) {
    const read = given.readDocuments ?? (await import("../ingest/index.ts")).readDocuments;
    yield* read(paths, { onFile, limits: opts.limits });
    return;
  }
  const { processFiles } = await import("./parallel.ts");
  for await (const o of processFiles("ingest", paths, {
    threads: opts.threads,
    limits: opts.limits,
    onFile,
  })) {
    if ("error" in o) yield { ok: false, ...o.error };
    else yield* o.result;
  }
}

interface Ready {
  doc: SourceDocument;
  sentences: Sentence[];
  claims: Claim[];
}

export async function ingestIntoStore(
  store: Store,
  paths: string[],
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const given = opts.stages ?? {};
  const defaults =
    given.splitSentences && given.extractClaims && given.extractorVersion !== undefined
      ? null
      : await loadExtract();
  const stages = {
    splitSentences: given.splitSentences ?? defaults!.splitSentences,
    extractClaims: given.extractClaims ?? defaults!.extractClaims,
    extractorVersion: given.extractorVersion ?? defaults?.extractorVersion,
    detectLanguage: given.detectLanguage ?? defaults?.detectLanguage,
  };
  const after = opts.after ?? [];
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH);
  const summary: IngestSummary = { ingested: 0, duplicates: 0, failed: 0, claims: 0, languages: {} };
  const fail = (path: string, reason: string) => {
    summary.failed++;
    opts.onError?.(path, reason);
  };

  let total = 0;
  let lastPath = "";
  const onFile = (path: string, index: number, count: number) => {
    total = count;
    lastPath = path;
    opts.onProgress?.(index, count, path);
  };

  await withWriteScope(store, async (scope) => {
    for (const stage of after) {
      try {
        await stage.prepare?.(scope.store);
      } catch (err) {
        opts.onError?.("(ingest)", `before ingest (${stage.name}): ${message(err)}`);
        summary.failed++;
      }
    }
    let batch: Item[] = [];
    const flush = async () => {
      const ready = await readyToStore(scope.store, batch, stages, fail, (d, m) =>
        opts.onWarning?.(d.sourcePath ?? d.id, m),
      );
      summary.duplicates += ready.duplicates;
      batch = [];
      if (ready.docs.length)
        await storeBatch(scope, ready.docs, stages.extractorVersion, after, summary, fail);
    };
    // Reading and extraction run ahead while a batch is stored (bounded: two batches).
    for await (const item of prefetch(items(paths, opts, onFile), batchSize * 2)) {
      batch.push(item);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  });
  if (total > 0) opts.onProgress?.(total, total, lastPath);
  return summary;
}

/**
 * Reports the items that failed to read, drops the documents already stored (one query for the
 * batch), and splits and extracts the rest when no worker did. Claims that do not lead back to
 * their sentence are left out with a warning rather than failing the document.
 */
async function readyToStore(
  store: Store,
  batch: Item[],
  stages: Pick<PipelineStages, "splitSentences" | "extractClaims" | "detectLanguage">,
  fail: (path: string, reason: string) => void,
  warn: (doc: SourceDocument, message: string) => void,
): Promise<{ docs: Ready[]; duplicates: number }> {
  const docs: Ready[] = [];
  let duplicates = 0;
  const fresh = batch.filter((i): i is Extract<Item, { ok: true }> => {
    if (!i.ok) fail(i.path, i.reason);
    return i.ok;
  });
  const known = await knownHashes(
    store,
    fresh.map((i) => i.doc.contentHash),
  );
  const inBatch = new Set<string>();
  for (const item of fresh) {
    const doc = { ...item.doc, lang: item.doc.lang ?? stages.detectLanguage?.(item.doc.text) ?? null };
    if (known.has(doc.contentHash) || inBatch.has(doc.contentHash)) {
      duplicates++;
      continue;
    }
    inBatch.add(doc.contentHash);
    const where = doc.sourcePath ?? doc.id;
    let sentences = item.sentences;
    let claims = item.claims;
    try {
      sentences ??= stages.splitSentences(doc.text);
    } catch (err) {
      fail(where, `sentence split failed: ${message(err)}`);
      continue;
    }
    try {
      claims ??= await stages.extractClaims(doc);
    } catch (err) {
      fail(where, `claim extraction failed: ${message(err)}`);
      continue;
    }
    claims = claims.filter((c) => {
      const problem = claimProblem(doc.text, c);
      if (problem) warn(doc, `claim left out (${String(c.evidence ?? "").slice(0, 50)}…): ${problem}`);
      return !problem;
    });
    docs.push({ doc, sentences, claims });
  }
  return { docs, duplicates };
}

async function knownHashes(store: Store, hashes: string[]): Promise<Set<string>> {
  if (!hashes.length) return new Set();
  if (store.findContentHashes) return store.findContentHashes(hashes);
  const out = new Set<string>();
  if (store.findByContentHash) for (const h of hashes) if (await store.findByContentHash(h)) out.add(h);
  return out;
}

/** Waits for another writer's lock, retrying the whole transaction while the database is busy. */
async function withBusyRetry<T>(fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!isBusy(err) || Date.now() - started > BUSY_RETRY_MS) throw err;
      await new Promise((r) => setTimeout(r, Math.min(1000, 25 * attempt) + Math.random() * 25));
    }
  }
}

type Stored = { ready: Ready; id: string; inserted: boolean };

/** Stores the documents, then runs the `after` stages on the new ones, inside the caller's transaction. */
async function storeAll(
  store: Store,
  docs: readonly Ready[],
  extractorVersion: string | undefined,
  after: readonly AfterStage[],
): Promise<Stored[]> {
  const out: Stored[] = [];
  const fresh: StoredDocument[] = [];
  let results: PutDocumentResult[] = [];
  try {
    // A whole batch in a few multi-row statements when the store can; one document at a time
    // otherwise (and when a failed batch is retried document by document).
    if (docs.length > 1 && store.putDocuments)
      results = await store.putDocuments(
        docs.map((r) => ({ doc: r.doc, sentences: r.sentences, claims: r.claims })),
        { extractorVersion },
      );
    else
      for (const r of docs)
        results.push(await store.putDocument(r.doc, r.sentences, { claims: r.claims, extractorVersion }));
  } catch (err) {
    throw Object.assign(new Error(message(err)), { cause: err });
  }
  for (const [i, r] of docs.entries()) {
    const result = results[i];
    out.push({ ready: r, id: result.id, inserted: result.inserted });
    if (result.inserted)
      fresh.push({
        doc: { ...r.doc, id: result.id },
        sentences: r.sentences,
        claims: r.claims.map((c) => ({ ...c, docId: result.id })),
      });
  }
  if (fresh.length)
    for (const stage of after) {
      try {
        await stage.run(store, fresh);
      } catch (err) {
        if (isBusy(err)) throw err;
        throw new Error(`after ingest (${stage.name}): ${message(err)}`, { cause: err });
      }
    }
  return out;
}

async function storeBatch(
  scope: WriteScope,
  docs: Ready[],
  extractorVersion: string | undefined,
  after: readonly AfterStage[],
  summary: IngestSummary,
  fail: (path: string, reason: string) => void,
): Promise<void> {
  const count = (stored: Stored[]) => {
    for (const s of stored) {
      if (!s.inserted) summary.duplicates++;
      else {
        summary.ingested++;
        summary.claims += s.ready.claims.length;
        const lang = s.ready.doc.lang;
        if (lang && summary.languages) summary.languages[lang] = (summary.languages[lang] ?? 0) + 1;
      }
    }
  };
  try {
    count(
      await withBusyRetry(() =>
        scope.transaction(() => storeAll(scope.store, docs, extractorVersion, after)),
      ),
    );
    return;
  } catch (err) {
    if (docs.length === 1) {
      fail(docs[0].doc.sourcePath ?? docs[0].doc.id, message(err));
      return;
    }
  }
  // Something in the batch failed and nothing of it was kept: one transaction per document.
  for (const r of docs) {
    try {
      count(
        await withBusyRetry(() =>
          scope.transaction(() => storeAll(scope.store, [r], extractorVersion, after)),
        ),
      );
    } catch (err) {
      fail(r.doc.sourcePath ?? r.doc.id, message(err));
    }
  }
}
