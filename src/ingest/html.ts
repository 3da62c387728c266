import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parseDate } from "./dates.ts";
import { IngestError } from "./errors.ts";
import { scanHtml } from "./html-bounds.ts";
import type { IngestLimits } from "./limits.ts";
import type { Block } from "./paragraphs.ts";

// HTML → text. Markup never survives: only text nodes are read, and script/style/template content
// is never visited. Boilerplate goes twice: obvious containers (nav, aside, ads, "related stories")
// are removed before Readability picks the article, and again when walking its output.

type El = Element;

const DEFAULT_HTML_LIMITS: HtmlLimits = {
  maxHtmlElements: 100_000,
  maxHtmlDepth: 1_000,
  maxReadabilityElements: 20_000,
};

const SKIP_TAGS = new Set(
  (
    "script style noscript template svg math iframe object embed canvas form button input " +
    "select textarea nav aside footer dialog video audio figure picture img head title meta " +
    "link"
  ).split(" "),
);

// Class/id words that mark page furniture ("related-stories", "ad-slot", "share_bar").
const BOILERPLATE_WORDS = new Set(
  (
    "ad ads advert adverts advertisement adsbygoogle adslot dfp promo promos sponsored sponsor " +
    "related share sharing social newsletter subscribe subscription comments comment cookie " +
    "cookies consent popup modal breadcrumb breadcrumbs sidebar widget recommended " +
    "recommendations outbrain taboola trending paywall nav navbar menu footer masthead toolbar " +
    "readmore tags"
  ).split(" "),
);
const BOILERPLATE_ROLES = new Set([
  "navigation",
  "complementary",
  "banner",
  "contentinfo",
  "search",
  "dialog",
]);
// Containers that may legitimately carry such words (`<body class="has-sidebar">`).
const NEVER_REMOVE = new Set(["html", "body", "main", "article"]);

const BLOCK_TAGS = new Set(
  (
    "p div section article main header h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre " +
    "table thead tbody tr figcaption address hr center details summary"
  ).split(" "),
);

/** Furniture by tag alone: never article text. */
function isSkippedTag(el: El): boolean {
  return SKIP_TAGS.has(el.tagName.toLowerCase());
}

/** Furniture by tag, ARIA role, hidden state or class/id words. */
function isBoilerplate(el: El): boolean {
  const tag = el.tagName.toLowerCase();
  if (NEVER_REMOVE.has(tag)) return false;
  if (SKIP_TAGS.has(tag)) return true;
  const role = el.getAttribute("role");
  if (role && BOILERPLATE_ROLES.has(role.toLowerCase())) return true;
  if (el.getAttribute("aria-hidden") === "true" || el.hasAttribute("hidden")) return true;
  const words = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
  return words.some((w) => BOILERPLATE_WORDS.has(w));
}

function textLength(node: Node): number {
  return (node.textContent ?? "").replace(/\s+/g, "").length;
}

function removeBoilerplate(root: ParentNode & Node): void {
  // A class word can misfire on the wrapper of the whole story (`class="layout-with-sidebar"`):
  // an element holding most of the page's text is never removed for its class or role.
  const total = textLength(root);
  for (const el of Array.from(root.querySelectorAll("*"))) {
    if (!el.isConnected || !isBoilerplate(el)) continue;
    if (!isSkippedTag(el) && total > 0 && textLength(el) > 0.5 * total) continue;
    el.remove();
  }
  // The page's own <header> (logo, menu) goes; an article's <header> holds its headline and stays.
  for (const el of Array.from(root.querySelectorAll("header"))) {
    if (el.isConnected && !el.parentElement?.closest("article")) el.remove();
  }
}

/**
 * Walks a DOM subtree (already cleaned by `removeBoilerplate`) into blocks of lines: block elements
 * start paragraphs, `<br>` starts a line; script, style and other skipped tags are never entered.
 */
export function domToBlocks(root: Node): Block[] {
  const blocks: Block[] = [];
  let line = "";
  let block: string[] = [];
  const endLine = () => {
    const t = line.replace(/\s+/g, " ").trim();
    if (t) block.push(t);
    line = "";
  };
  const endBlock = () => {
    endLine();
    if (block.length) blocks.push(block);
    block = [];
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as El;
    const tag = el.tagName.toLowerCase();
    if (isSkippedTag(el)) return;
    if (tag === "br") return endLine();
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) endBlock();
    if (tag === "td" || tag === "th") line += " ";
    for (const child of Array.from(el.childNodes)) visit(child);
    if (isBlock) endBlock();
  };
  visit(root);
  endBlock();
  return blocks;
}

function meta(doc: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el =
      doc.querySelector(`meta[property="${name}"]`) ??
      doc.querySelector(`meta[name="${name}"]`) ??
      doc.querySelector(`meta[itemprop="${name}"]`);
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return null;
}

/** Finds `key` in JSON-LD blocks (objects, arrays and `@graph`s). */
function jsonLd(doc: Document, pick: (o: Record<string, unknown>) => unknown): string | null {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? "");
    } catch {
      continue; // a broken JSON-LD block is common and harmless
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const o = stack.pop();
      if (Array.isArray(o)) stack.push(...o);
      else if (o && typeof o === "object") {
        const v = pick(o as Record<string, unknown>);
        if (typeof v === "string" && v.trim()) return v.trim();
        const graph = (o as Record<string, unknown>)["@graph"];
        if (graph) stack.push(graph);
      }
    }
  }
  return null;
}

export interface HtmlArticle {
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  blocks: Block[];
}

type HtmlLimits = Pick<IngestLimits, "maxHtmlElements" | "maxHtmlDepth" | "maxReadabilityElements">;

/** Refuses markup too big or too deep to parse safely (see html-bounds.ts). */
function checkShape(file: string, html: string, limits: HtmlLimits): void {
  const shape = scanHtml(html, limits.maxHtmlElements, limits.maxHtmlDepth);
  if (shape.elements > limits.maxHtmlElements)
    throw new IngestError(file, `HTML has more than ${limits.maxHtmlElements} elements, not parsed`);
  if (shape.depth > limits.maxHtmlDepth)
    throw new IngestError(file, `HTML nested deeper than ${limits.maxHtmlDepth} elements, not parsed`);
}

/** Metadata and article text of an HTML page (Readability, falling back to the cleaned body). */
export function parseHtmlArticle(
  html: string,
  file = "(html)",
  limits: HtmlLimits = DEFAULT_HTML_LIMITS,
): HtmlArticle {
  checkShape(file, html, limits);
  const { document } = parseHTML(html.includes("<html") ? html : `<html><body>${html}</body></html>`);
  const title =
    meta(document, "og:title", "twitter:title") ??
    document.querySelector("title")?.textContent?.trim() ??
    document.querySelector("h1")?.textContent?.trim() ??
    null;
  const published = parseDate(
    meta(
      document,
      "article:published_time",
      "datePublished",
      "date",
      "pubdate",
      "publishdate",
      "dc.date",
      "DC.date.issued",
      "parsely-pub-date",
    ) ??
      jsonLd(document, (o) => o.datePublished) ??
      document.querySelector("time[datetime]")?.getAttribute("datetime") ??
      null,
  );
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() || meta(document, "og:url");
  const outlet =
    meta(document, "og:site_name", "application-name") ??
    jsonLd(document, (o) => (o.publisher as Record<string, unknown> | undefined)?.name);

  if (document.body) removeBoilerplate(document.body);
  const bodyBlocks = document.body ? domToBlocks(document.body) : [];
  let blocks = bodyBlocks;
  try {
    const article = new Readability(document as unknown as Document, {
      charThreshold: 200,
      maxElemsToParse: limits.maxReadabilityElements,
    }).parse();
    if (article?.content) {
      const parsed = parseHTML(`<html><body>${article.content}</body></html>`).document;
      removeBoilerplate(parsed.body);
      const rb = domToBlocks(parsed.body);
      const chars = (bs: Block[]) => bs.reduce((n, b) => n + b.join(" ").length, 0);
      // Readability sometimes picks one small box of a short page; then the cleaned body is better.
      if (chars(rb) >= 0.4 * chars(bodyBlocks)) blocks = rb;
    }
  } catch {
    // Readability failed on odd markup: keep the cleaned body text.
  }
  return { title: title || null, url: url || null, outlet: outlet || null, published, blocks };
}

/** Text blocks of an HTML fragment (a feed item's content), without Readability. */
export function htmlFragmentToBlocks(
  fragment: string,
  file = "(html)",
  limits: HtmlLimits = DEFAULT_HTML_LIMITS,
): Block[] {
  checkShape(file, fragment, limits);
  const { document } = parseHTML(`<html><body>${fragment}</body></html>`);
  removeBoilerplate(document.body);
  return domToBlocks(document.body);
}
