import { outletFromUrl } from "./outletFromUrl.ts";
import path from "node:path";
import type { SourceDocument, SourceFormat } from "../types.ts";
import { parseDate } from "./dates.ts";
import { decodeText } from "./decode.ts";
import { IngestError, type IngestResult } from "./errors.ts";
import { extractHeaders, guessTitle, type HeaderFields } from "./headers.ts";
import { fileStem, itemId, safeStatedId } from "./ids.ts";
import { markdownToText } from "./markdown.ts";
import { contentHash, normalizeText } from "./normalize.ts";
import { assembleParagraphs, toBlocks, withTitle } from "./paragraphs.ts";
import { resolveLimits, type IngestLimits } from "./limits.ts";
import { scanHtml } from "./html-bounds.ts";

/** File extension → format. */
export const FORMATS: Readonly<Record<string, SourceFormat>> = {
  ".txt": "txt",
  ".md": "md",
  ".html": "html",
  ".htm": "html",
  ".pdf": "pdf",
  ".xml": "rss",
  ".rss": "rss",
  ".atom": "rss",
  ".jsonl": "jsonl",
};

export function formatOf(file: string): SourceFormat | null {
  return FORMATS[path.extname(file).toLowerCase()] ?? null;
}

interface Parts {
  id: string;
  sourcePath: string;
  format: SourceFormat;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  paragraphs: string[];
}

function toDocument(p: Parts, limits: IngestLimits): SourceDocument {
  const text = normalizeText(p.paragraphs.join("\n\n"));
  if (!text) throw new IngestError(p.sourcePath, "no article text left after cleaning");
  checkLength(p.sourcePath, text, limits);
  const clean = (s: string | null) => (s ? normalizeText(s).replace(/\s+/g, " ") || null : null);
  return {
    id: p.id,
    contentHash: contentHash(text),
    url: clean(p.url),
    title: clean(p.title),
    outlet: clean(p.outlet) ?? outletFromUrl(clean(p.url)),
    published: p.published,
    text,
    format: p.format,
    sourcePath: p.sourcePath,
  };
}

/** Refuses a text longer than the document limit (checked before the costly cleaning too). */
function checkLength(where: string, text: string, limits: IngestLimits): void {
  if (text.length > limits.maxTextChars)
    throw new IngestError(
      where,
      `document too long (${text.length} characters, limit ${limits.maxTextChars}; raise it with --max-chars)`,
    );
}

const NO_FIELDS: Partial<HeaderFields> = {};

/**
 * Plain text → parts: header lines read and removed, paragraphs assembled, title found. `given`
 * fields (from JSONL or PDF metadata) win over header lines; `fallbackTitle` (a Markdown heading)
 * is used before guessing from the first lines.
 */
function fromPlainText(raw: string, given = NO_FIELDS, fallbackTitle: string | null = null) {
  const { fields, body } = extractHeaders(normalizeText(raw));
  const paragraphs = assembleParagraphs(toBlocks(body));
  const title = given.title ?? fields.title ?? fallbackTitle ?? guessTitle(paragraphs);
  return {
    url: given.url ?? fields.url,
    outlet: given.outlet ?? fields.outlet,
    published: given.published ?? fields.published,
    title,
    paragraphs: withTitle(paragraphs, title),
  };
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

async function fromHtml(file: string, html: string, limits: IngestLimits) {
  const { parseHtmlArticle } = await import("./html.ts");
  const a = parseHtmlArticle(html, file, limits);
  return { ...a, paragraphs: withTitle(assembleParagraphs(a.blocks), a.title) };
}

function parseJsonl(file: string, text: string, limits: IngestLimits): IngestResult[] {
  const stem = fileStem(file);
  const used = new Set<string>();
  const out: IngestResult[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    if (!line.trim()) return;
    try {
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch (err) {
        throw new IngestError(where, `invalid JSON (${(err as Error).message})`);
      }
      if (!rec || typeof rec !== "object" || Array.isArray(rec))
        throw new IngestError(where, "not a JSON object");
      const r = rec as Record<string, unknown>;
      const str = (k: string) =>
        typeof r[k] === "string" && (r[k] as string).trim() ? (r[k] as string).trim() : null;
      const body = str("text");
      if (!body) throw new IngestError(where, 'missing or empty "text" field');
      checkLength(where, body, limits);
      const url = str("url");
      const parts = fromPlainText(body, {
        url: url ?? undefined,
        title: str("title") ?? undefined,
        outlet: str("outlet") ?? str("source") ?? undefined,
        published: parseDate(str("published") ?? str("date")) ?? undefined,
      });
      const statedId = str("id");
      const explicitId = statedId === null ? null : safeStatedId(statedId);
      let id = explicitId ?? itemId(stem, parts.url, i, used);
      if (explicitId) {
        if (used.has(explicitId)) id = `${explicitId}-${i + 1}`;
        used.add(id);
      }
      out.push({ ok: true, doc: toDocument({ ...parts, id, sourcePath: where, format: "jsonl" }, limits) });
    } catch (err) {
      if (!(err instanceof IngestError)) throw err;
      out.push({ ok: false, path: err.path, reason: err.reason });
    }
  });
  if (out.length === 0) throw new IngestError(file, "no JSON lines");
  return out;
}

async function parseFeedFile(file: string, xml: string, limits: IngestLimits): Promise<IngestResult[]> {
  const shape = scanHtml(xml, limits.maxHtmlElements, limits.maxHtmlDepth);
  if (shape.elements > limits.maxHtmlElements || shape.depth > limits.maxHtmlDepth)
    throw new IngestError(file, "feed XML too large or nested too deep, not parsed");
  const { parseFeed } = await import("./feed.ts");
  const stem = fileStem(file);
  const used = new Set<string>();
  const items = parseFeed(file, xml);
  if (items.length === 0) throw new IngestError(file, "feed has no items");
  return items.map((item): IngestResult => {
    const where = `${file}#${item.index + 1}`;
    try {
      const paragraphs = withTitle(assembleParagraphs(item.blocks), item.title);
      const id = itemId(stem, item.url, item.index, used);
      return {
        ok: true,
        doc: toDocument({ ...item, id, paragraphs, sourcePath: where, format: "rss" }, limits),
      };
    } catch (err) {
      if (!(err instanceof IngestError)) throw err;
      return { ok: false, path: where, reason: err.reason };
    }
  });
}

/**
 * Parses one file into results, one per document or per bad item (a JSONL line, a feed item).
 * Throws IngestError when the whole file is unusable (empty, binary, malformed feed, unreadable PDF).
 */
export async function parseFileResults(
  file: string,
  bytes: Uint8Array,
  given: Partial<IngestLimits> = {},
): Promise<IngestResult[]> {
  const limits = resolveLimits(given);
  const format = formatOf(file);
  if (!format) throw new IngestError(file, `unsupported file type "${path.extname(file) || "(none)"}"`);
  const single = (
    parts: Omit<Parts, "id" | "sourcePath" | "format">,
    fmt: SourceFormat = format,
  ): IngestResult[] => [
    { ok: true, doc: toDocument({ ...parts, id: fileStem(file), sourcePath: file, format: fmt }, limits) },
  ];
  switch (format) {
    case "pdf": {
      if (bytes.length === 0) throw new IngestError(file, "empty file");
      if (Buffer.from(bytes.subarray(0, 1024)).toString("latin1").indexOf("%PDF-") < 0) {
        throw new IngestError(file, "not a PDF (no %PDF- header)");
      }
      const { extractPdfText } = await import("./pdf.ts");
      const pdf = await extractPdfText(file, bytes, limits);
      const raw = pdf.blocks.map((b) => b.join(" ")).join("\n\n");
      const parts = fromPlainText(raw);
      // Metadata is a fallback only: PDF titles are often file names ("Microsoft Word - draft3").
      return single({ ...parts, title: parts.title ?? pdf.title, published: parts.published ?? pdf.created });
    }
    case "html":
      return single(await fromHtml(file, decodeText(file, bytes, { html: true }), limits));
    case "rss":
      return parseFeedFile(file, decodeText(file, bytes), limits);
    case "jsonl":
      return parseJsonl(file, decodeText(file, bytes), limits);
    case "md": {
      const raw = decodeText(file, bytes);
      checkLength(file, raw, limits);
      const md = markdownToText(raw);
      return single(fromPlainText(md.text, {}, md.heading));
    }
    case "txt": {
      const text = decodeText(file, bytes);
      // Saved web pages often end up as .txt; read them as the HTML they are.
      if (looksLikeHtml(text)) return single(await fromHtml(file, text, limits), "html");
      checkLength(file, text, limits);
      return single(fromPlainText(text));
    }
  }
}

/**
 * Parses one file into documents. Pure apart from PDF parsing. Throws IngestError (`"<path>: <reason>"`)
 * for an empty or binary file, a malformed feed, an unreadable PDF, or any bad item inside the file
 * (use `readDocuments` to keep the good items of a file with some bad ones).
 */
export async function parseFile(
  file: string,
  bytes: Uint8Array,
  limits: Partial<IngestLimits> = {},
): Promise<SourceDocument[]> {
  const results = await parseFileResults(file, bytes, limits);
  const bad = results.find((r) => !r.ok);
  if (bad && !bad.ok) throw new IngestError(bad.path, bad.reason);
  return results.flatMap((r) => (r.ok ? [r.doc] : []));
}
