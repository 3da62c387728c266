// The pipeline as explicit stages: ingest → extract → screen → assess. Each is a plain function;
// each run of a stage on a document is named by a key (documentId, stage, version), so a job queue
// (src/jobs/) can schedule a stage without the pipeline knowing about it and a re-queued stage at
// the same version is recognised as done. Nothing is registered globally: `ingestIntoStore` runs
// the stored-document stages it is given (`after`), and the CLI, the monitor and the bench pass
// `defaultAfterStages()`.
import type { Claim, Sentence, SourceDocument } from "../types.ts";
import type { Store } from "../store/index.ts";
import type { IngestLimits } from "../ingest/limits.ts";
import type { IngestResult } from "../ingest/errors.ts";

export const STAGES = ["ingest", "extract", "screen", "assess"] as const;
export type StageName = (typeof STAGES)[number];

/** One run of one stage on one document. */
export interface StageKey {
  documentId: string;
  stage: StageName;
  version: string;
}

/** `extract:v2026-12-02.1:doc-id`: a job key, the same for the same stage, version and document. */
export function stageKey(k: StageKey): string {
  return `${k.stage}:v${k.version}:${k.documentId}`;
}

/** Bumped when reading files changes what documents are produced. */
export const INGEST_VERSION = "1";
/** Bumped when the assessment changes what it derives from the same claims. */
export const ASSESS_VERSION = "1";

/** The version of each stage's output, from the stage's own constant. */
export async function stageVersion(stage: StageName): Promise<string> {
  switch (stage) {
    case "ingest":
      return INGEST_VERSION;
    case "extract": {
      const extract = (await import("../extract/index.ts")) as { EXTRACTOR_VERSION?: unknown };
      return typeof extract.EXTRACTOR_VERSION === "string" ? extract.EXTRACTOR_VERSION : "0";
    }
    case "screen":
      return (await import("../resolve/names/name-index.ts")).MATCHER_VERSION;
    case "assess":
      return ASSESS_VERSION;
  }
}

/** ingest: a file's bytes → its documents (or one error per document that cannot be read). */
export async function ingestStage(
  file: string,
  bytes: Uint8Array,
  limits: Partial<IngestLimits> = {},
): Promise<IngestResult[]> {
  const { parseToResults } = await import("../ingest/read.ts");
  return parseToResults(file, bytes, limits);
}

/** extract: a document → its sentences and claims. Pure and deterministic. */
export async function extractStage(doc: SourceDocument): Promise<{ sentences: Sentence[]; claims: Claim[] }> {
  const { extractClaims, splitSentences } = await import("../extract/index.ts");
  return {
    sentences: splitSentences(doc.text),
    claims: extractClaims({ id: doc.id, text: doc.text, published: doc.published, title: doc.title }),
  };
}

/** A document just stored, under its stored id (a `-2` suffix when the file's id was taken). */
export interface StoredDocument {
  doc: SourceDocument;
  sentences: Sentence[];
  /** The claims stored with it, `docId` set to the stored id. */
  claims: Claim[];
}

/**
 * A stage run on documents right after they are stored, inside the same transaction (`store` is
 * bound to it), a batch at a time: if it throws, the batch is rolled back and stored again one
 * document per transaction, so only the document it fails on is lost (and reported).
 */
export interface AfterStage {
  /** Shown in error messages: `error: <path>: after ingest (<name>): <reason>`. */
  name: string;
  stage?: StageName;
  /** Once per ingest, before the first document and outside any transaction (shared setup). */
  prepare?(store: Store): Promise<unknown> | void;
  run(store: Store, docs: readonly StoredDocument[]): Promise<void> | void;
}

/**
 * screen: the parties named in each stored document — entities and candidate names recorded as
 * mentions, then screened against the imported sanctions lists. Mentions are found once per
 * document and shared by both steps.
 */
export async function screenStage(): Promise<AfterStage> {
  const mentions = await import("../resolve/mentions-hook.ts");
  const { screenDocumentParties, screenMemo } = await import("../resolve/screen.ts");
  const { findMentions } = await import("../resolve/entities/mentions.ts");
  const { loadRegistry } = await import("../resolve/entities/registry.ts");
  const registry = loadRegistry();
  return {
    name: "screen",
    stage: "screen",
    // The gazetteer is written once, before the first document's transaction.
    prepare: (store) => mentions.syncGazetteer(store, registry),
    async run(store, docs) {
      const db = store;
      // List lookups are asked once per batch (the lists cannot change inside its transaction).
      const memo = screenMemo();
      for (const { doc } of docs) {
        const found = findMentions(doc, registry);
        try {
          await mentions.recordDocumentMentions(db, doc, { registry, found });
        } catch (err) {
          throw new Error(`record mentions: ${err instanceof Error ? err.message : String(err)}`, {
            cause: err,
          });
        }
        await screenDocumentParties(db, doc, { registry, found, memo });
      }
    },
  };
}

/** assess: rebuild series and findings from every stored claim and save a snapshot. */
export async function assessStage(db: string): Promise<number> {
  const { refreshAssessment } = await import("../monitor/assess-refresh.ts");
  return refreshAssessment(db);
}

/** The stages every CLI ingest (ingest, demo, the monitor's jobs) runs after storing: screen. */
export async function defaultAfterStages(): Promise<AfterStage[]> {
  return [await screenStage()];
}
