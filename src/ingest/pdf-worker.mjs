// Worker thread for src/ingest/pdf.ts: runs pdfjs on one PDF at a time under the heap cap the
// parent set (resourceLimits), so a hostile PDF kills this worker, not the ingest. Plain JS so it
// starts without the TypeScript loader. Answers { pages: TextItem[][], info } or { error }.
import { parentPort } from "node:worker_threads";

const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");

parentPort.on("message", async ({ id, bytes, maxPages }) => {
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: bytes,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    parentPort.postMessage({ id, error: `unreadable PDF (${err?.message ?? String(err)})` });
    return;
  }
  try {
    if (doc.numPages > maxPages) {
      parentPort.postMessage({ id, error: `PDF has ${doc.numPages} pages, more than the ${maxPages} read` });
      return;
    }
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        content.items
          .filter((i) => "str" in i)
          .map((i) => ({ str: i.str, transform: i.transform, height: i.height, hasEOL: i.hasEOL })),
      );
      page.cleanup();
    }
    const meta = await doc.getMetadata().catch(() => null);
    const info = meta?.info ?? {};
    parentPort.postMessage({
      id,
      pages,
      info: {
        title: typeof info.Title === "string" ? info.Title : null,
        creationDate: typeof info.CreationDate === "string" ? info.CreationDate : null,
      },
    });
  } catch (err) {
    parentPort.postMessage({ id, error: `unreadable PDF (${err?.message ?? String(err)})` });
  } finally {
    await doc.destroy();
  }
});
parentPort.postMessage({ ready: true });
