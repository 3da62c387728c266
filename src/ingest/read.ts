import { IngestError, type IngestResult } from "./errors.ts";
import { resolveLimits, type IngestLimits } from "./limits.ts";
import { parseFileResults } from "./parse.ts";
import { readFileBounded } from "./read-file.ts";
import { walkInputs } from "./walk.ts";

export interface ReadOptions {
  /** Called before each file is read (for progress bars). */
  onFile?: (path: string, index: number, total: number) => void;
  /** Size and shape limits (defaults: `defaultLimits()`). */
  limits?: Partial<IngestLimits>;
  /** Files read ahead while earlier ones are parsed (default 8). */
  readAhead?: number;
}

/** Parses one file's bytes into results; never throws (an error becomes one `{ ok: false }`). */
export async function parseToResults(
  file: string,
  bytes: Uint8Array,
  limits: Partial<IngestLimits>,
): Promise<IngestResult[]> {
  try {
    return await parseFileResults(file, bytes, limits);
  } catch (err) {
    if (err instanceof IngestError) return [{ ok: false, path: err.path, reason: err.reason }];
    // A stack overflow or similar inside a parser: one line naming the file, and the batch goes on.
    return [
      {
        ok: false,
        path: file,
        reason: `internal error: ${err instanceof Error ? err.message : String(err)}`,
      },
    ];
  }
}

/**
 * Reads the files in order, keeping up to `ahead` reads in flight: the disk works while the
 * caller parses. Yields each file's bytes or its one-line error, in input order.
 */
export async function* readAheadFiles(
  files: readonly string[],
  maxBytes: number,
  ahead = 8,
): AsyncGenerator<{ file: string; index: number; bytes: Uint8Array | null; error?: IngestError }> {
  const pending: Promise<Uint8Array | IngestError>[] = [];
  const start = (i: number) =>
    readFileBounded(files[i], maxBytes).catch((err: unknown) =>
      err instanceof IngestError ? err : new IngestError(files[i], String(err)),
    );
  let next = 0;
  for (let i = 0; i < files.length; i++) {
    while (next < files.length && next < i + Math.max(1, ahead)) pending.push(start(next++));
    const got = await pending.shift()!;
    if (got instanceof IngestError) yield { file: files[i], index: i, bytes: null, error: got };
    else yield { file: files[i], index: i, bytes: got };
  }
}

/**
 * Reads every document under `paths`. Never throws for bad input: a missing path, an unreadable,
 * oversized, special or unparsable file and a bad JSONL line or feed item each become one
 * `{ ok: false }` event naming it, and the batch goes on.
 */
export async function* readDocuments(paths: string[], opts: ReadOptions = {}): AsyncGenerator<IngestResult> {
  const limits = resolveLimits(opts.limits);
  const { files, errors } = await walkInputs(paths);
  for (const e of errors) yield { ok: false, ...e };
  for await (const f of readAheadFiles(files, limits.maxFileBytes, opts.readAhead)) {
    opts.onFile?.(f.file, f.index, files.length);
    if (!f.bytes) {
      yield { ok: false, path: f.error!.path, reason: f.error!.reason };
      continue;
    }
    yield* await parseToResults(f.file, f.bytes, limits);
  }
}
