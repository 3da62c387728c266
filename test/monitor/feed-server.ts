// A local HTTP server on 127.0.0.1 with the fixtures the fetcher and the monitor tests need.
// Every text here was written for these tests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { gzipSync, brotliCompressSync } from "node:zlib";
import type { AddressInfo } from "node:net";

export interface FeedServer {
  base: string;
  hits: Map<string, number>;
  close(): Promise<void>;
}

export const ARTICLES: Record<string, { title: string; body: string }> = {
  "/news/ships": {
    title: "Port records list more cargo calls",
    body:
      "Port records reviewed by the newsroom show that about 300 workers from North Korea arrived in Vladivostok in March 2026. " +
      "The harbour office declined to say which companies hired them. Local builders said the crews worked on two housing sites near the bay.",
  },
  "/news/factories": {
    title: "Garment workshops expand near the border",
    body:
      "Two officials in Dandong told reporters that roughly 1,500 North Korean seamstresses were working in the city's garment workshops in early 2026. " +
      "They said the number had grown since the previous winter. Neither official would give the names of the firms involved.",
  },
};

export function articleHtml(path: string, base: string): string {
  const a = ARTICLES[path];
  const paragraphs = a.body
    .split(/(?<=\.) /)
    .map((s) => `<p>${s}</p>`)
    .join("\n");
  return `<!doctype html><html><head><title>${a.title}</title>
<link rel="canonical" href="${base}${path}">
<meta property="og:site_name" content="Harbour Herald">
<meta property="article:published_time" content="2026-04-02T08:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>${a.title}</h1>${paragraphs}</article>
<footer>Copyright Harbour Herald</footer></body></html>`;
}

export function rssFeed(base: string): string {
  const items = Object.entries(ARTICLES)
    .map(
      ([path, a]) =>
        `<item><title>${a.title}</title><link>${base}${path}?utm_source=rss</link><pubDate>Thu, 02 Apr 2026 08:00:00 GMT</pubDate><description>Short teaser.</description></item>`,
    )
    .join("");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Herald</title><link>${base}/</link>${items}</channel></rss>`;
}

const ETAG = '"feed-v1"';

export async function startFeedServer(opts: { robots?: string } = {}): Promise<FeedServer> {
  const hits = new Map<string, number>();
  let base = "";
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", base);
    const path = url.pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const n = hits.get(path)!;
    switch (path) {
      case "/robots.txt":
        if (!opts.robots) return res.writeHead(404).end();
        return res.writeHead(200, { "content-type": "text/plain" }).end(opts.robots);
      case "/feed.xml":
        if (req.headers["if-none-match"] === ETAG) return res.writeHead(304, { etag: ETAG }).end();
        return res
          .writeHead(200, {
            "content-type": "application/rss+xml",
            etag: ETAG,
            "last-modified": "Thu, 02 Apr 2026 09:00:00 GMT",
          })
          .end(rssFeed(base));
      case "/lm.xml":
        if (req.headers["if-modified-since"] === "Thu, 02 Apr 2026 09:00:00 GMT")
          return res.writeHead(304).end();
        return res.writeHead(200, { "last-modified": "Thu, 02 Apr 2026 09:00:00 GMT" }).end(rssFeed(base));
      case "/gzip":
        return res.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync("compressed with gzip"));
      case "/br":
        return res
          .writeHead(200, { "content-encoding": "br" })
          .end(brotliCompressSync("compressed with brotli"));
      case "/error":
        return res.writeHead(500).end("always broken");
      case "/flaky":
        return n === 1 ? res.writeHead(503).end("try later") : res.writeHead(200).end("recovered");
      case "/missing":
        return res.writeHead(404).end("no such page");
      case "/slow":
        setTimeout(() => res.writeHead(200).end("too late"), 2000).unref();
        return;
      case "/loop":
        return res.writeHead(302, { location: "/loop" }).end();
      case "/hop":
        return res.writeHead(301, { location: `/hop${n}` }).end();
      case "/redirect-once":
        return res.writeHead(302, { location: "/news/ships" }).end();
      case "/big":
        return res.writeHead(200).end(Buffer.alloc(300_000, 120));
      case "/big-chunked": {
        res.writeHead(200, { "transfer-encoding": "chunked" });
        for (let i = 0; i < 30; i++) res.write(Buffer.alloc(10_000, 121));
        return res.end();
      }
      case "/private/page":
        return res.writeHead(200).end("not for robots");
      default:
        if (ARTICLES[path])
          return res
            .writeHead(200, { "content-type": "text/html; charset=utf-8" })
            .end(articleHtml(path, base));
        if (path.startsWith("/hop")) return res.writeHead(200).end("landed");
        return res.writeHead(404).end();
    }
  };
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
