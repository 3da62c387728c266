import { readFile } from "node:fs/promises";
import { describeFsError, IngestError, type IngestResult } from "./errors.ts";
import { parseFileResults } from "./parse.ts";
import { walkInputs } from "./walk.ts";

export interface ReadOptions {
  /** Called before each file is read (for progress bars). */
  onFile?: (path: string, index: number, total: number) => void;
}

/**
 * Reads every document under `paths`. Never throws for bad input: a missing path, an unreadable or
 * unparsable file and a bad JSONL line or feed item each become one `{ ok: false }` event naming it,
 * and the batch goes on.
 */
export async function* readDocuments(paths: string[], opts: ReadOptions = {}): AsyncGenerator<IngestResult> {
  const { files, errors } = await walkInputs(paths);
  for (const e of errors) yield { ok: false, ...e };
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    opts.onFile?.(file, i, files.length);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (err) {
      yield { ok: false, path: file, reason: describeFsError(err) };
      continue;
    }
    let results: IngestResult[];
    try {
      results = await parseFileResults(file, bytes);
    } catch (err) {
      if (err instanceof IngestError) results = [{ ok: false, path: err.path, reason: err.reason }];
      else
        results = [
          {
            ok: false,
            path: file,
            reason: `internal error: ${err instanceof Error ? err.message : String(err)}`,
          },
        ];
    }
    yield* results;
  }
}
