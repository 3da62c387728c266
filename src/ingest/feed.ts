import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseDate } from "./dates.ts";
import { IngestError } from "./errors.ts";
import { htmlFragmentToBlocks } from "./html.ts";
import type { Block } from "./paragraphs.ts";
import { toBlocks } from "./paragraphs.ts";

/** One RSS item or Atom entry, its body still as text blocks. */
export interface FeedItem {
  index: number;
  title: string | null;
  url: string | null;
  published: string | null;
  outlet: string | null;
  blocks: Block[];
}

type Node = Record<string, unknown>;

function text(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number") return String(v).trim() || null;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === "object") return text((v as Node)["#text"]);
  return null;
}

function asArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** RSS `<link>` is text; Atom `<link href rel>` is an attribute, the article being rel="alternate". */
function link(item: Node): string | null {
  const links = asArray(item.link);
  for (const l of links) {
    if (typeof l === "string" && l.trim()) return l.trim();
    if (l && typeof l === "object") {
      const o = l as Node;
      const rel = typeof o["@_rel"] === "string" ? o["@_rel"] : "alternate";
      if (rel === "alternate" && typeof o["@_href"] === "string") return o["@_href"].trim();
      const t = text(o);
      if (t) return t;
    }
  }
  const guid = text(item.guid) ?? text(item.id);
  return guid && /^https?:\/\//i.test(guid) ? guid : null;
}

function body(item: Node, path: string): Block[] {
  const raw =
    text(item["content:encoded"]) ?? text(item.content) ?? text(item.description) ?? text(item.summary) ?? "";
  // Feed bodies are HTML (escaped or CDATA) unless they contain no tag at all.
  return /<[a-z!/][^>]*>/i.test(raw) ? htmlFragmentToBlocks(raw, path) : toBlocks(raw);
}

/** Parses an RSS 2.0 / RSS 1.0 (RDF) / Atom document into items. Throws IngestError when malformed. */
export function parseFeed(path: string, xml: string): FeedItem[] {
  // Entity declarations are how XXE and "billion laughs" attacks start; feeds never need them.
  if (/<!ENTITY\b/i.test(xml))
    throw new IngestError(path, "refused: the feed declares XML entities (<!ENTITY>), which are never read");
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new IngestError(path, `malformed feed XML at line ${valid.err.line}: ${valid.err.msg}`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    textNodeName: "#text",
    processEntities: true,
    htmlEntities: true,
    parseTagValue: false,
    trimValues: true,
  });
  const root = parser.parse(xml) as Node;
  const rss = root.rss as Node | undefined;
  const rdf = root["rdf:RDF"] as Node | undefined;
  const atom = root.feed as Node | undefined;
  let channelTitle: string | null;
  let items: unknown[];
  if (rss && typeof rss === "object") {
    const channel = (asArray(rss.channel)[0] ?? {}) as Node;
    channelTitle = text(channel.title);
    items = asArray(channel.item);
  } else if (rdf && typeof rdf === "object") {
    channelTitle = text((asArray(rdf.channel)[0] as Node | undefined)?.title);
    items = asArray(rdf.item);
  } else if (atom && typeof atom === "object") {
    channelTitle = text(atom.title);
    items = asArray(atom.entry);
  } else {
    throw new IngestError(path, "not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)");
  }
  return items.map((it, index) => {
    const item = (it && typeof it === "object" ? it : {}) as Node;
    return {
      index,
      title: text(item.title),
      url: link(item),
      published: parseDate(
        text(item.pubDate) ?? text(item["dc:date"]) ?? text(item.published) ?? text(item.updated) ?? null,
      ),
      outlet: channelTitle,
      blocks: body(item, `${path}#${index + 1}`),
    };
  });
}
