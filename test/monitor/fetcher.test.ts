import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Fetcher, FetchError } from "../../src/monitor/fetcher.ts";
import { guardedLookup, isPrivateAddress } from "../../src/monitor/address-guard.ts";
import { startFeedServer, type FeedServer } from "./feed-server.ts";

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer({ robots: "User-agent: *\nDisallow: /private/\n" });
});
afterAll(() => server.close());

const fast = (extra = {}) =>
  new Fetcher({ allowPrivate: true, politenessMs: 0, backoffMs: 5, retries: 2, timeoutMs: 2000, ...extra });

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error("expected a failure");
}

describe("Fetcher", () => {
  it("answers 304 when the ETag still matches, 200 with the validators otherwise", async () => {
    const f = fast();
    const first = await f.fetch(`${server.base}/feed.xml`);
    expect(first.status).toBe(200);
    expect(first.etag).toBe('"feed-v1"');
    expect(first.body.toString()).toContain("<rss");
    const second = await f.fetch(`${server.base}/feed.xml`, { etag: first.etag });
    expect(second.status).toBe(304);
    expect(second.body.length).toBe(0);
    await f.close();
  });

  it("sends If-Modified-Since from Last-Modified", async () => {
    const f = fast();
    const first = await f.fetch(`${server.base}/lm.xml`);
    const second = await f.fetch(`${server.base}/lm.xml`, { lastModified: first.lastModified });
    expect([first.status, second.status]).toEqual([200, 304]);
    await f.close();
  });

  it("decodes gzip and brotli bodies", async () => {
    const f = fast();
    expect((await f.fetch(`${server.base}/gzip`)).body.toString()).toBe("compressed with gzip");
    expect((await f.fetch(`${server.base}/br`)).body.toString()).toBe("compressed with brotli");
    await f.close();
  });

  it("retries a 500 with backoff, then reports it with the attempt count", async () => {
    const f = fast();
    const before = server.hits.get("/error") ?? 0;
    const e = await failure(f.fetch(`${server.base}/error`));
    expect(e.message).toMatch(/HTTP 500 .*after 3 attempts/);
    expect(e.status).toBe(500);
    expect((server.hits.get("/error") ?? 0) - before).toBe(3);
    await f.close();
  });

  it("recovers when a retry succeeds", async () => {
    const f = fast();
    const r = await f.fetch(`${server.base}/flaky`);
    expect(r.body.toString()).toBe("recovered");
    expect(r.attempts).toBe(2);
    await f.close();
  });

  it("does not retry a 404", async () => {
    const f = fast();
    const e = await failure(f.fetch(`${server.base}/missing`));
    expect(e.retryable).toBe(false);
    expect(server.hits.get("/missing")).toBe(1);
    await f.close();
  });

  it("times out a slow response", async () => {
    const f = fast({ timeoutMs: 300, retries: 0 });
    const started = Date.now();
    const e = await failure(f.fetch(`${server.base}/slow`));
    expect(e.message).toMatch(/timeout|abort/i);
    expect(Date.now() - started).toBeLessThan(1500);
    await f.close();
  });

  it("stops a redirect loop after 5 redirects and follows a short chain", async () => {
    const f = fast();
    const e = await failure(f.fetch(`${server.base}/loop`));
    expect(e.message).toMatch(/too many redirects/);
    expect(server.hits.get("/loop")).toBe(6);
    const ok = await f.fetch(`${server.base}/redirect-once`);
    expect(ok.url).toBe(`${server.base}/news/ships`);
    await f.close();
  });

  it("refuses an oversized body, declared or streamed", async () => {
    const f = fast({ maxBytes: 100_000 });
    expect((await failure(f.fetch(`${server.base}/big`))).message).toMatch(/cap/);
    expect((await failure(f.fetch(`${server.base}/big-chunked`))).message).toMatch(/cap/);
    await f.close();
  });

  it("obeys robots.txt", async () => {
    const f = fast();
    expect((await failure(f.fetch(`${server.base}/private/page`))).message).toMatch(/robots\.txt/);
    expect(server.hits.get("/private/page")).toBeUndefined();
    await f.close();
  });

  it("refuses non-http schemes", async () => {
    const f = fast();
    expect((await failure(f.fetch("file:///etc/passwd"))).message).toMatch(/only http/);
    await f.close();
  });

  it("waits between two requests to one host (politeness)", async () => {
    const f = fast({ politenessMs: 200 });
    const started = Date.now();
    await f.fetch(`${server.base}/gzip`);
    await f.fetch(`${server.base}/br`);
    // robots.txt, /gzip, /br: three requests, two gaps of 200 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    await f.close();
  });
});

describe("private-address guard", () => {
  it("refuses loopback without --allow-private, before any request", async () => {
    const f = new Fetcher({ politenessMs: 0, retries: 0 });
    const before = server.hits.get("/feed.xml") ?? 0;
    const e = await failure(f.fetch(`${server.base}/feed.xml`));
    expect(e.message).toMatch(/private address 127\.0\.0\.1/);
    expect(e.retryable).toBe(false);
    expect(server.hits.get("/feed.xml") ?? 0).toBe(before);
    await f.close();
  });

  it("classifies addresses", () => {
    for (const a of [
      "127.0.0.1",
      "10.1.2.3",
      "172.20.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "::1",
      "fe80::1",
      "fd00::5",
      "::ffff:10.0.0.1",
      "0.0.0.0",
    ])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "172.32.0.1"])
      expect(isPrivateAddress(a), a).toBe(false);
  });

  it("fails the DNS lookup of a name that resolves to loopback", async () => {
    const err = await new Promise<Error | null>((resolve) =>
      guardedLookup("localhost", {}, (e) => resolve(e)),
    );
    expect(err?.message).toMatch(/private address/);
  });
});
