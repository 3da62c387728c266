// Builds the assessment for one database in a worker thread, so the server's event loop keeps
// answering (/api/health, /api/claims) while a large record is assessed. The worker lives as long
// as the server: it keeps the store open and the engine of its last build, so when only reviews
// changed it refreshes the reviewed documents instead of assessing everything again (see
// estimates.ts). Each `{ build: id }` message gets one answer with that id; "close" ends the worker.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { openStore } = await import("../../store/index.ts");
const { estimatesFor } = await import("./estimates.ts");
const { loadReference } = await import("../../reference/index.ts");

const store = await openStore(workerData.db);
// the reference data the server was started with, loaded again in this thread
const reference = loadReference(workerData.reference);
parentPort.on("message", async (message) => {
  if (message === "close") {
    await store.close();
    parentPort.close();
    return;
  }
  const id = message.build;
  try {
    parentPort.postMessage({ id, ok: true, data: await estimatesFor(store, reference) });
  } catch (err) {
    parentPort.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
});
