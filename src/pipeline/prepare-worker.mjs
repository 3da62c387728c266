// Worker thread of src/pipeline/pool.ts: loads the TypeScript stages through tsx once, then
// answers each task { id, kind, files: [path], limits } with one outcome per file, in order: the
// file is read here (bounded, regular files only) and then parsed and split/extracted —
// `prepareFile` results for "ingest", `extractFile` results for "extract" — or its read error.
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { prepareFile, extractFile, readForWorker } = await import("./prepare.ts");

parentPort.on("message", async ({ id, kind, files, limits }) => {
  try {
    const run = kind === "extract" ? extractFile : prepareFile;
    const results = [];
    for (const file of files) {
      const read = readForWorker(file, limits);
      results.push("error" in read ? { error: read.error } : { result: await run(file, read.bytes, limits) });
    }
    parentPort.postMessage({ id, results });
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort.postMessage({ ready: true });
