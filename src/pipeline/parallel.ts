// Runs the per-file work (read, parse, split, extract) over many files: paths go in small groups
// to worker threads, which read the files themselves (so reads happen in parallel, ahead of the
// main thread), or, for one thread or a few files, files are read ahead and processed in-process.
// Results are handed on in input order, so output is byte-identical whatever the thread count.
// Memory stays flat: only a window of groups is in flight.
import type { IngestLimits } from "../ingest/limits.ts";
import { resolveLimits } from "../ingest/limits.ts";
import { readAheadFiles } from "../ingest/read.ts";
import { walkInputs } from "../ingest/walk.ts";
import { chunked, defaultThreads, orderedMap, WorkerPool } from "./pool.ts";
import type { ExtractedFile, Prepared } from "./prepare.ts";
import { bundledWorker } from "./worker-bundle.ts";

export interface ParallelOptions {
  /** Worker threads; 1 runs in-process. Default: one per core, or 1 for fewer than 32 files. */
  threads?: number;
  limits?: Partial<IngestLimits>;
  /** Called as each file's result is handed on (for progress bars). */
  onFile?: (path: string, index: number, total: number) => void;
}

type Kind = "ingest" | "extract";
type ResultOf<K extends Kind> = K extends "extract" ? ExtractedFile : Prepared[];

/** One input: a file's result, or a path that could not be walked or read. */
export type FileOutcome<K extends Kind> =
  { file: string; result: ResultOf<K> } | { file: string; error: { path: string; reason: string } };

const FILES_PER_TASK = 8;
const SMALL_RUN = 32;

export function threadsFor(files: number, requested?: number): number {
  if (requested !== undefined && Number.isFinite(requested) && requested >= 1) return Math.floor(requested);
  return files < SMALL_RUN ? 1 : defaultThreads();
}

export async function* processFiles<K extends Kind>(
  kind: K,
  paths: string[],
  opts: ParallelOptions = {},
): AsyncGenerator<FileOutcome<K>> {
  const limits = resolveLimits(opts.limits);
  const { files, errors } = await walkInputs(paths);
  for (const e of errors) yield { file: e.path, error: e };
  const threads = threadsFor(files.length, opts.threads);
  let done = 0;
  const progress = (file: string) => opts.onFile?.(file, done++, files.length);

  if (threads <= 1) {
    const prep = await import("./prepare.ts");
    for await (const f of readAheadFiles(files, limits.maxFileBytes, 8)) {
      progress(f.file);
      if (!f.bytes) yield { file: f.file, error: { path: f.error!.path, reason: f.error!.reason } };
      else {
        const result = (
          kind === "extract"
            ? await prep.extractFile(f.file, f.bytes, limits)
            : await prep.prepareFile(f.file, f.bytes, limits)
        ) as ResultOf<K>;
        yield { file: f.file, result };
      }
    }
    return;
  }

  const script =
    (await bundledWorker(new URL("./worker-entry.ts", import.meta.url))) ??
    new URL("./prepare-worker.mjs", import.meta.url);
  const pool = new WorkerPool(script, threads);
  try {
    // Workers read their own files (synchronously, off the main thread): only paths cross threads.
    type Reply = { result: ResultOf<K> } | { error: { path: string; reason: string } };
    async function* paths(): AsyncGenerator<string> {
      yield* files;
    }
    const groups = chunked(paths(), FILES_PER_TASK);
    const runGroup = async (group: string[]): Promise<FileOutcome<K>[]> => {
      let replies: Reply[] = [];
      let failure: string | null = null;
      try {
        replies = await pool.run<Reply[]>({ kind, limits, files: group });
      } catch (err) {
        failure = err instanceof Error ? err.message : String(err);
      }
      return group.map((file, i): FileOutcome<K> => {
        const r = replies[i];
        if (failure !== null || r === undefined)
          return { file, error: { path: file, reason: failure ?? "no result from worker" } };
        return "error" in r ? { file, error: r.error } : { file, result: r.result };
      });
    };
    const run = async (group: string[]): Promise<FileOutcome<K>[]> => {
      const outcomes = await runGroup(group);
      // A worker that died took the whole group with it: retry its files one by one, so only
      // the file that kills a worker is reported.
      if (
        group.length > 1 &&
        outcomes.some((o) => "error" in o && o.error.reason.startsWith("worker thread"))
      )
        return (await Promise.all(group.map((f) => runGroup([f])))).flat();
      return outcomes;
    };
    for await (const outcomes of orderedMap(groups, run, threads * 3)) {
      for (const o of outcomes) {
        progress(o.file);
        yield o;
      }
    }
  } finally {
    await pool.close();
  }
}
