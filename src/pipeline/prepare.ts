// The CPU work of ingest and extract for one file, the same in a worker thread and in-process:
// parse the bytes into documents, split sentences, extract claims. Pure given its inputs, so the
// output never depends on which thread ran it.
import type { Claim, Sentence, SourceDocument } from "../types.ts";
import { toContractClaim } from "../types.ts";
import type { IngestLimits } from "../ingest/limits.ts";
import { parseToResults } from "../ingest/read.ts";
import { readFileBoundedSync } from "../ingest/read-file.ts";
import { IngestError } from "../ingest/errors.ts";
import { resolveLimits } from "../ingest/limits.ts";
import { extractClaims, splitSentences } from "../extract/index.ts";

/** One document ready to store, or one error line. */
export type Prepared =
  | { ok: true; doc: SourceDocument; sentences: Sentence[]; claims: Claim[] }
  | { ok: false; path: string; reason: string };

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Splits and extracts one parsed document; a throwing stage becomes its error line. */
export function prepareDocument(doc: SourceDocument): Prepared {
  const where = doc.sourcePath ?? doc.id;
  let sentences: Sentence[];
  try {
    sentences = splitSentences(doc.text);
  } catch (err) {
    return { ok: false, path: where, reason: `sentence split failed: ${message(err)}` };
  }
  try {
    const claims = extractClaims({ id: doc.id, text: doc.text, published: doc.published, title: doc.title });
    return { ok: true, doc, sentences, claims };
  } catch (err) {
    return { ok: false, path: where, reason: `claim extraction failed: ${message(err)}` };
  }
}

/** A file's documents, split and extracted (for `ingest`). */
export async function prepareFile(
  file: string,
  bytes: Uint8Array,
  limits: Partial<IngestLimits>,
): Promise<Prepared[]> {
  const out: Prepared[] = [];
  for (const r of await parseToResults(file, bytes, limits)) out.push(r.ok ? prepareDocument(r.doc) : r);
  return out;
}

/** What `flowwatch extract` prints for one file: claim lines (JSON) and error lines. */
export interface ExtractedFile {
  docs: number;
  failed: number;
  claims: number;
  /** One JSON-encoded contract claim per element, in document and span order. */
  lines: string[];
  errors: string[];
}

/** A file's contract claims, already JSON-encoded (cheap to send back from a worker). */
export async function extractFile(
  file: string,
  bytes: Uint8Array,
  limits: Partial<IngestLimits>,
): Promise<ExtractedFile> {
  const out: ExtractedFile = { docs: 0, failed: 0, claims: 0, lines: [], errors: [] };
  for (const r of await parseToResults(file, bytes, limits)) {
    if (!r.ok) {
      out.failed++;
      out.errors.push(`${r.path}: ${r.reason}`);
      continue;
    }
    out.docs++;
    let found: Claim[];
    try {
      found = extractClaims({
        id: r.doc.id,
        text: r.doc.text,
        published: r.doc.published,
        title: r.doc.title,
      });
    } catch (err) {
      out.failed++;
      out.errors.push(`${r.doc.sourcePath ?? r.doc.id}: ${message(err)}`);
      continue;
    }
    out.claims += found.length;
    for (const c of found) out.lines.push(JSON.stringify(toContractClaim(c)));
  }
  return out;
}

/** The file's bytes, or its one-line error (read in the worker: no bytes cross threads). */
export function readForWorker(
  file: string,
  limits: Partial<IngestLimits>,
): { bytes: Uint8Array } | { error: { path: string; reason: string } } {
  try {
    return { bytes: readFileBoundedSync(file, resolveLimits(limits).maxFileBytes) };
  } catch (err) {
    const e = err instanceof IngestError ? err : new IngestError(file, message(err));
    return { error: { path: e.path, reason: e.reason } };
  }
}
