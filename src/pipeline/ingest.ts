// ingest → extract → store for a batch of paths. Each document is stored with its sentences and
// claims in one transaction; a bad file, a failed extraction or a failed write is reported and
// the batch goes on. Re-running the same ingest stores nothing new (duplicates by content hash).
import type { Claim, Sentence, SourceDocument } from "../types.ts";
import type { Store } from "../store/store.ts";
import { claimProblem } from "../store/rows.ts";
import { postIngestHooks, type PostIngestHook } from "./hooks.ts";

export type ReadResult = { ok: true; doc: SourceDocument } | { ok: false; path: string; reason: string };

/** The stage functions the pipeline runs; the defaults are the ingest and extract stages. */
export interface PipelineStages {
  readDocuments(
    paths: string[],
    opts: { onFile?: (path: string, index: number, total: number) => void },
  ): AsyncIterable<ReadResult>;
  splitSentences(text: string): Sentence[];
  extractClaims(doc: SourceDocument): Claim[] | Promise<Claim[]>;
  extractorVersion?: string;
  /** The language of a text (`en`, `ru`, `ko`), stored with the document. */
  detectLanguage?(text: string): string;
}

export interface IngestOptions {
  /** `done` files of `total` finished; `path` is the file being read next (or the last one). */
  onProgress?(done: number, total: number, path: string): void;
  /** One call per document that could not be read or stored, and per failed post-ingest hook. */
  onError?(path: string, reason: string): void;
  /** A claim left out because its offsets or evidence do not match the text (the document is stored). */
  onWarning?(path: string, message: string): void;
  /** Replaces some stages (tests, other readers). */
  stages?: Partial<PipelineStages>;
  /** Defaults to the shared `postIngestHooks` list. */
  hooks?: readonly PostIngestHook[];
}

export interface IngestSummary {
  ingested: number;
  duplicates: number;
  failed: number;
  claims: number;
  /** Documents stored, per language (absent when the stages detect none). */
  languages?: Record<string, number>;
}

/** Loads only the stages not given, so a caller that brings its own never imports the others. */
async function resolveStages(given: Partial<PipelineStages>): Promise<PipelineStages> {
  const stages = { ...given };
  if (!stages.readDocuments) stages.readDocuments = (await import("../ingest/index.ts")).readDocuments;
  if (!stages.splitSentences || !stages.extractClaims) {
    const extract = await import("../extract/index.ts");
    stages.splitSentences ??= extract.splitSentences;
    stages.extractClaims ??= extract.extractClaims;
    stages.detectLanguage ??= extract.detectLanguage;
    const version = (extract as { EXTRACTOR_VERSION?: unknown }).EXTRACTOR_VERSION;
    if (stages.extractorVersion === undefined && typeof version === "string")
      stages.extractorVersion = version;
  }
  return stages as PipelineStages;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function ingestIntoStore(
  store: Store,
  paths: string[],
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const stages = await resolveStages(opts.stages ?? {});
  const hooks = opts.hooks ?? postIngestHooks;
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

  for await (const result of stages.readDocuments(paths, { onFile })) {
    if (!result.ok) {
      fail(result.path, result.reason);
      continue;
    }
    const doc = { ...result.doc, lang: result.doc.lang ?? stages.detectLanguage?.(result.doc.text) ?? null };
    const where = doc.sourcePath ?? doc.id;
    let stored: { id: string; sentences: Sentence[]; claims: Claim[] } | null;
    try {
      stored = await storeOne(store, stages, doc, (m) => opts.onWarning?.(where, m));
    } catch (err) {
      fail(where, message(err));
      continue;
    }
    if (!stored) {
      summary.duplicates++;
      continue;
    }
    summary.ingested++;
    summary.claims += stored.claims.length;
    if (doc.lang && summary.languages) summary.languages[doc.lang] = (summary.languages[doc.lang] ?? 0) + 1;
    const ctx = { store, doc: { ...doc, id: stored.id }, sentences: stored.sentences, claims: stored.claims };
    for (const hook of hooks) {
      try {
        await hook.run(ctx);
      } catch (err) {
        // The document is stored; the hook's failure is reported but is not a failed document.
        opts.onError?.(where, `after ingest (${hook.name}): ${message(err)}`);
      }
    }
  }
  if (total > 0) opts.onProgress?.(total, total, lastPath);
  return summary;
}

/** Splits, extracts and stores one document; null when its content was already stored. */
async function storeOne(
  store: Store,
  stages: PipelineStages,
  doc: SourceDocument,
  warn: (message: string) => void,
): Promise<{ id: string; sentences: Sentence[]; claims: Claim[] } | null> {
  // Skip the extraction work for content we already hold.
  if (store.findByContentHash && (await store.findByContentHash(doc.contentHash))) return null;
  let sentences: Sentence[];
  let claims: Claim[];
  try {
    sentences = stages.splitSentences(doc.text);
  } catch (err) {
    throw new Error(`sentence split failed: ${message(err)}`);
  }
  try {
    claims = await stages.extractClaims(doc);
  } catch (err) {
    throw new Error(`claim extraction failed: ${message(err)}`);
  }
  // A claim that does not lead back to its exact sentence is left out (and reported) rather than
  // failing the document: the store would refuse it and, with it, every other claim of the document.
  claims = claims.filter((c) => {
    const problem = claimProblem(doc.text, c);
    if (problem) warn(`claim left out (${String(c.evidence ?? "").slice(0, 50)}…): ${problem}`);
    return !problem;
  });
  const result = await store.putDocument(doc, sentences, {
    claims,
    extractorVersion: stages.extractorVersion,
  });
  if (!result.inserted) return null;
  return { id: result.id, sentences, claims: claims.map((c) => ({ ...c, docId: result.id })) };
}
