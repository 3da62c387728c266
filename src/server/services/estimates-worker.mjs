// Builds the assessment for one database in a worker thread, so the server's event loop keeps
// answering (/api/health, /api/claims) while a large record is assessed. One build per worker: the
// worker exits afterwards and its memory goes with it.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { openStore } = await import("../../store/index.ts");
const { estimatesFor } = await import("./estimates.ts");

const store = await openStore(workerData.db);
try {
  parentPort.postMessage({ ok: true, data: await estimatesFor(store) });
} catch (err) {
  parentPort.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
} finally {
  await store.close();
}
