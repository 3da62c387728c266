// Worker for bench/extract.ts: loads the TypeScript extract stage through tsx and extracts claims
// from each batch of articles it is sent, answering with counts only (claims stay in the worker).
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { extractClaims } = await import("../src/extract/index.ts");

parentPort.on("message", (batch) => {
  let claims = 0;
  let bytes = 0;
  for (const doc of batch) {
    claims += extractClaims(doc).length;
    bytes += Buffer.byteLength(doc.text);
  }
  parentPort.postMessage({ articles: batch.length, bytes, claims });
});
parentPort.postMessage({ ready: true });
