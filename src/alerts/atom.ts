// A watchlist's alerts as an Atom 1.0 feed (RFC 4287), for any feed reader. Built with
// fast-xml-parser's XMLBuilder, which escapes every text node and attribute: article text in a
// summary is plain text (`type="text"`), never markup.
import { XMLBuilder } from "fast-xml-parser";
import type { Alert, Watchlist } from "./types.ts";

export interface FeedOptions {
  /** The feed's own URL (with its secret token). */
  selfUrl: string;
  /** Where the dashboard lives, e.g. `https://flowwatch.example/`; alert links are resolved against it. */
  baseUrl: string;
  /** Used as `updated` when there is no alert yet. */
  now?: Date;
}

// Control characters other than tab and newlines are not allowed in XML 1.0.
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");

export function buildAtomFeed(
  w: Pick<Watchlist, "id" | "label" | "kind">,
  alerts: Alert[],
  o: FeedOptions,
): string {
  const updated = alerts[0]?.createdAt ?? (o.now ?? new Date()).toISOString();
  const feed = {
    "?xml": { "@_version": "1.0", "@_encoding": "utf-8" },
    feed: {
      "@_xmlns": "http://www.w3.org/2005/Atom",
      id: `urn:flowwatch:watchlist:${w.id}`,
      title: clean(`flowwatch: ${w.kind} ${w.label}`),
      updated,
      link: [
        { "@_rel": "self", "@_type": "application/atom+xml", "@_href": o.selfUrl },
        { "@_rel": "alternate", "@_type": "text/html", "@_href": new URL("#/alerts", o.baseUrl).toString() },
      ],
      author: { name: "flowwatch" },
      generator: "flowwatch",
      entry: alerts.map((a) => ({
        id: `urn:flowwatch:alert:${a.watchlistId}:${a.event.id}`,
        title: { "@_type": "text", "#text": clean(a.event.payload.title) },
        updated: a.createdAt,
        published: a.event.at,
        category: { "@_term": a.event.kind },
        link: {
          "@_rel": "alternate",
          "@_type": "text/html",
          "@_href": new URL(a.event.payload.link, o.baseUrl).toString(),
        },
        summary: { "@_type": "text", "#text": clean(a.event.payload.summary) },
      })),
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });
  return builder.build(feed) as string;
}
