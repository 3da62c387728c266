import { IngestError } from "./errors.ts";
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

/** Extracts the text of a PDF as paragraphs (pdfjs-dist, no worker, no eval, no fonts). */
export async function extractPdfText(path: string, bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes), // pdfjs takes ownership of the buffer it is given
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    throw new IngestError(path, `unreadable PDF (${err instanceof Error ? err.message : String(err)})`);
  }
  try {
    const blocks: Block[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((i) => "str" in i) as unknown as TextItem[];
      for (const p of paragraphs(pageLines(items))) blocks.push([p]);
      page.cleanup();
    }
    const meta = await doc.getMetadata().catch(() => null);
    const info = (meta?.info ?? {}) as Record<string, unknown>;
    const title = typeof info.Title === "string" && info.Title.trim() ? info.Title.trim() : null;
    const rawDate = typeof info.CreationDate === "string" ? info.CreationDate.replace(/^D:/, "") : null;
    return { title, created: parseDate(rawDate?.slice(0, 8) ?? null), blocks };
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw new IngestError(path, `unreadable PDF (${err instanceof Error ? err.message : String(err)})`);
  } finally {
    await doc.destroy();
  }
}
