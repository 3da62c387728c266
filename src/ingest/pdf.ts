import { Worker } from "node:worker_threads";
import { IngestError } from "./errors.ts";
import type { IngestLimits } from "./limits.ts";
import { parseDate } from "./dates.ts";
import type { Block } from "./paragraphs.ts";

interface TextItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL?: boolean;
}

export interface PdfText {
  title: string | null;
  /** From the PDF's CreationDate; only a fallback when the text has no date. */
  created: string | null;
  /** One block per paragraph; each block's lines are already joined into one. */
  blocks: Block[];
}

interface Line {
  text: string;
  y: number;
  height: number;
}

function pageLines(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  let cur: Line | null = null;
  for (const it of items) {
    const y = it.transform[5];
    if (cur && Math.abs(cur.y - y) > Math.max(2, cur.height * 0.5)) {
      lines.push(cur);
      cur = null;
    }
    if (!cur) cur = { text: "", y, height: it.height || 10 };
    cur.text += it.str;
    if (it.hasEOL) {
      lines.push(cur);
      cur = null;
    }
  }
  if (cur) lines.push(cur);
  return lines.filter((l) => l.text.trim() !== "");
}

/** Groups a page's lines into paragraphs: a vertical gap clearly wider than the usual line step breaks. */
function paragraphs(lines: Line[]): string[] {
  // The usual line step is the smallest step between lines (paragraph gaps are wider), ignoring
  // steps smaller than half a line (sub- and superscripts).
  const heights = lines.map((l) => l.height).sort((a, b) => a - b);
  const fontHeight = heights.length ? heights[Math.floor(heights.length / 2)] : 0;
  const steps = lines
    .slice(1)
    .map((l, i) => Math.abs(lines[i].y - l.y))
    .filter((d) => d >= fontHeight * 0.5 && d > 0);
  const usual = steps.length ? Math.min(...steps) : 0;
  const out: string[] = [];
  let cur = "";
  lines.forEach((l, i) => {
    const gap = i > 0 ? Math.abs(lines[i - 1].y - l.y) : 0;
    const t = l.text.replace(/\s+/g, " ").trim();
    if (i > 0 && usual > 0 && gap > usual * 1.4) {
      out.push(cur);
      cur = "";
    }
    if (!cur) cur = t;
    else if (/\p{L}-$/u.test(cur) && /^\p{Ll}/u.test(t)) cur += t;
    else cur += ` ${t}`;
  });
  if (cur) out.push(cur);
  return out;
}

interface PdfReply {
  id: number;
  pages?: TextItem[][];
  info?: { title: string | null; creationDate: string | null };
  error?: string;
}

// One PDF worker per process, started on the first PDF and kept (unref'd) for the next ones; a
// worker that dies (heap cap, timeout) is replaced for the next PDF.
let pdfWorker: Worker | null = null;
let nextId = 0;

function startWorker(memoryMb: number): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL("./pdf-worker.mjs", import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32 },
    });
    w.once("message", () => resolve(w));
    w.once("error", reject);
    w.once("exit", () => {
      if (pdfWorker === w) pdfWorker = null;
    });
  });
}

function runInWorker(path: string, bytes: Uint8Array, limits: IngestLimits): Promise<PdfReply> {
  return new Promise((resolve, reject) => {
    const id = ++nextId;
    let w: Worker;
    let timer: NodeJS.Timeout;
    const done = (fn: () => void) => {
      clearTimeout(timer);
      w.off("message", onMessage);
      w.off("exit", onExit);
      w.unref();
      fn();
    };
    const onMessage = (m: PdfReply) => {
      if (m.id === id) done(() => resolve(m));
    };
    const onExit = () =>
      done(() =>
        reject(
          new IngestError(
            path,
            `unreadable PDF (parser stopped: over the ${limits.pdfMemoryMb} MB memory cap)`,
          ),
        ),
      );
    const go = async () => {
      pdfWorker ??= await startWorker(limits.pdfMemoryMb);
      w = pdfWorker;
      w.ref();
      w.on("message", onMessage);
      w.on("exit", onExit);
      timer = setTimeout(() => {
        w.off("exit", onExit);
        void w.terminate();
        done(() =>
          reject(new IngestError(path, `unreadable PDF (not parsed within ${limits.pdfTimeoutMs / 1000} s)`)),
        );
      }, limits.pdfTimeoutMs);
      // pdfjs takes ownership of the buffer it is given: send a copy.
      w.postMessage({ id, bytes: new Uint8Array(bytes), maxPages: MAX_PAGES });
    };
    go().catch((err) =>
      reject(
        new IngestError(
          path,
          `PDF parser failed to start (${err instanceof Error ? err.message : String(err)})`,
        ),
      ),
    );
  });
}

const MAX_PAGES = 2_000;

/** Extracts the text of a PDF as paragraphs (pdfjs-dist in a memory-capped worker, no eval, no fonts). */
export async function extractPdfText(
  path: string,
  bytes: Uint8Array,
  limits: IngestLimits,
): Promise<PdfText> {
  const reply = await runInWorker(path, bytes, limits);
  if (reply.error || !reply.pages) throw new IngestError(path, reply.error ?? "unreadable PDF");
  const blocks: Block[] = [];
  for (const items of reply.pages) for (const p of paragraphs(pageLines(items))) blocks.push([p]);
  const title = reply.info?.title?.trim() || null;
  const rawDate = reply.info?.creationDate?.replace(/^D:/, "") ?? null;
  return { title, created: parseDate(rawDate?.slice(0, 8) ?? null), blocks };
}
