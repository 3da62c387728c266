// The article links a polled source lists: RSS/Atom items (the ingest stage's feed parser),
// JSON Feed items, sitemap <loc>s; a `page` source is itself the article. Links are normalised
// (fragment and tracking parameters dropped) so one article is fetched once.
import { XMLParser } from "fast-xml-parser";
import { parseFeed } from "../ingest/feed.ts";
import type { SourceKind } from "../store/index.ts";

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|yclid|_ga)$/i;

/** Absolute http(s) URL without fragment or tracking parameters; null when not http(s). */
export function normalizeLink(link: string, base: string): string | null {
  let u: URL;
  try {
    u = new URL(link.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  u.hash = "";
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  return u.toString();
}

function jsonFeedLinks(text: string): string[] {
  const feed = JSON.parse(text) as { items?: { url?: unknown; external_url?: unknown }[] };
  if (!Array.isArray(feed.items)) throw new Error("JSON Feed without an items array");
  return feed.items.flatMap((i) =>
    [i.url ?? i.external_url].filter((u): u is string => typeof u === "string"),
  );
}

function sitemapLinks(xml: string): string[] {
  const root = new XMLParser({ ignoreAttributes: true, parseTagValue: false }).parse(xml) as Record<
    string,
    unknown
  >;
  const set = (root.urlset ?? root.sitemapindex) as Record<string, unknown> | undefined;
  if (!set) throw new Error("not a sitemap (no <urlset>)");
  const entries = [set.url ?? set.sitemap].flat().filter(Boolean) as { loc?: unknown }[];
  return entries.map((e) => (typeof e.loc === "string" ? e.loc : "")).filter(Boolean);
}

/** The normalised, de-duplicated article links in a fetched source body, in listed order. */
export function extractLinks(kind: SourceKind, body: string, sourceUrl: string): string[] {
  let raw: string[];
  switch (kind) {
    case "rss":
    case "atom":
      raw = parseFeed(sourceUrl, body).flatMap((item) => (item.url ? [item.url] : []));
      break;
    case "jsonfeed":
      raw = jsonFeedLinks(body);
      break;
    case "sitemap":
      raw = sitemapLinks(body);
      break;
    case "page":
      raw = [sourceUrl];
      break;
  }
  const out = new Set<string>();
  for (const l of raw) {
    const n = normalizeLink(l, sourceUrl);
    if (n) out.add(n);
  }
  return [...out];
}
