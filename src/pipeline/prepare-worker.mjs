// Worker thread of src/pipeline/pool.ts: loads the TypeScript stages through tsx once, then
// answers each task { id, kind, files: [{ file, bytes }], limits } with one result per file, in
// order: `prepareFile` results for "ingest", `extractFile` results for "extract".
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { prepareFile, extractFile } = await import("./prepare.ts");

parentPort.on("message", async ({ id, kind, files, limits }) => {
  try {
    const run = kind === "extract" ? extractFile : prepareFile;
    const results = [];
    for (const f of files) results.push(await run(f.file, f.bytes, limits));
    parentPort.postMessage({ id, results });
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort.postMessage({ ready: true });
