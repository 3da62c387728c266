// The body of a pipeline worker thread (src/pipeline/pool.ts): answers each task
// { id, kind, files: [path], limits } with one outcome per file, in order. The file is read here
// (bounded, regular files only), then parsed and split/extracted — `prepareFile` results for
// "ingest", `extractFile` results for "extract" — or its read error is returned.
// Started either as one precompiled JavaScript bundle (worker-bundle.ts) or, when that cannot be
// built, through tsx (prepare-worker.mjs).
import { parentPort } from "node:worker_threads";
import { extractFile, prepareFile, readForWorker } from "./prepare.ts";
import type { IngestLimits } from "../ingest/limits.ts";

interface Task {
  id: number;
  kind: "ingest" | "extract";
  files: string[];
  limits: Partial<IngestLimits>;
}

const port = parentPort;
if (port) {
  port.on("message", async ({ id, kind, files, limits }: Task) => {
    try {
      const run = kind === "extract" ? extractFile : prepareFile;
      const results = [];
      for (const file of files) {
        const read = readForWorker(file, limits);
        results.push(
          "error" in read ? { error: read.error } : { result: await run(file, read.bytes, limits) },
        );
      }
      port.postMessage({ id, results });
    } catch (err) {
      port.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
    }
  });
  port.postMessage({ ready: true });
}
