// The monitor's HTTP client (undici): conditional GET, gzip/br/deflate, a per-host politeness
// delay, robots.txt, timeouts, a size cap, at most 5 redirects, http(s) only, the private-address
// guard, and retries with exponential backoff and jitter for transient failures (network, 5xx, 429).
import { Agent, request, type Dispatcher } from "undici";
import { isIP } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Readable } from "node:stream";
import { guardedLookup, isPrivateAddress, PrivateAddressError } from "./address-guard.ts";
import { ALLOW_ALL, parseRobots, type Robots } from "./robots.ts";

export const USER_AGENT = "flowwatch-monitor/0.1 (+https://github.com/flowwatch)";

export interface FetcherOptions {
  /** Permit loopback and private addresses (tests, intranet sources). */
  allowPrivate?: boolean;
  /** Whole-request timeout per attempt, ms (default 20 000). */
  timeoutMs?: number;
  /** Largest body accepted, bytes after decompression (default 5 MiB). */
  maxBytes?: number;
  maxRedirects?: number;
  /** Minimum gap between two requests to one host, ms (default 1000: 1 request/s). */
  politenessMs?: number;
  /** Attempts after the first for transient failures (default 3). */
  retries?: number;
  /** First backoff delay, ms; doubles each retry, plus up to as much again of jitter (default 1000). */
  backoffMs?: number;
  robots?: boolean;
  userAgent?: string;
}

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchResult {
  /** 200 (body read) or 304 (not modified, no body). */
  status: number;
  /** The URL after redirects. */
  url: string;
  body: Buffer;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  attempts: number;
}

/** A failure with a reason; `retryable` is false for refusals (guard, robots, size, redirects, 4xx). */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

/** Drops a body we will not read; undici reports the abort as an error event, which is expected here. */
function discard(stream: Readable): void {
  stream.on("error", () => {});
  stream.destroy();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const header = (h: Dispatcher.ResponseData["headers"], name: string): string | null => {
  const v = h[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
};

export class Fetcher {
  private readonly opts: Required<FetcherOptions>;
  private readonly agent: Agent;
  private readonly nextSlot = new Map<string, number>();
  private readonly robotsCache = new Map<string, { robots: Robots; until: number }>();

  constructor(opts: FetcherOptions = {}) {
    this.opts = {
      allowPrivate: false,
      timeoutMs: 20_000,
      maxBytes: 5 * 1024 * 1024,
      maxRedirects: 5,
      politenessMs: 1000,
      retries: 3,
      backoffMs: 1000,
      robots: true,
      userAgent: USER_AGENT,
      ...opts,
    };
    this.agent = new Agent({
      connect: this.opts.allowPrivate ? {} : { lookup: guardedLookup as never },
      headersTimeout: this.opts.timeoutMs,
      bodyTimeout: this.opts.timeoutMs,
    });
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  /** GET with retries; 304 when the validators still match. Throws FetchError. */
  async fetch(url: string, validators: Validators = {}): Promise<FetchResult> {
    let attempt = 0;
    for (;;) {
      try {
        return { ...(await this.fetchOnce(url, validators)), attempts: attempt + 1 };
      } catch (err) {
        const e = toFetchError(err);
        if (!e.retryable || attempt >= this.opts.retries) {
          if (attempt > 0) e.message += ` (after ${attempt + 1} attempts)`;
          throw e;
        }
        const base = this.opts.backoffMs * 2 ** attempt;
        await sleep(base + Math.random() * base);
        attempt++;
      }
    }
  }

  private async fetchOnce(url: string, validators: Validators): Promise<Omit<FetchResult, "attempts">> {
    let current = url;
    for (let hop = 0; ; hop++) {
      const target = this.checkUrl(current);
      if (this.opts.robots && !(await this.robotsFor(target)).isAllowed(target.pathname + target.search)) {
        throw new FetchError(`refused: robots.txt disallows ${current}`, false);
      }
      const res = await this.get(target, hop === 0 ? validators : {});
      if ([301, 302, 303, 307, 308].includes(res.statusCode)) {
        discard(res.body);
        const location = header(res.headers, "location");
        if (!location) throw new FetchError(`HTTP ${res.statusCode} without Location from ${current}`, false);
        if (hop + 1 > this.opts.maxRedirects)
          throw new FetchError(`too many redirects (more than ${this.opts.maxRedirects}) from ${url}`, false);
        current = new URL(location, current).toString();
        continue;
      }
      const meta = {
        url: current,
        contentType: header(res.headers, "content-type"),
        etag: header(res.headers, "etag"),
        lastModified: header(res.headers, "last-modified"),
      };
      if (res.statusCode === 304) {
        discard(res.body);
        return { ...meta, status: 304, body: Buffer.alloc(0) };
      }
      if (res.statusCode !== 200) {
        discard(res.body);
        const transient = res.statusCode >= 500 || res.statusCode === 429 || res.statusCode === 408;
        throw new FetchError(`HTTP ${res.statusCode} from ${current}`, transient, res.statusCode);
      }
      const body = await this.readBody(res, current);
      return { ...meta, status: 200, body };
    }
  }

  private checkUrl(url: string): URL {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      throw new FetchError(`invalid URL ${url}`, false);
    }
    if (u.protocol !== "http:" && u.protocol !== "https:")
      throw new FetchError(`refused: only http(s) URLs are fetched, got ${u.protocol}`, false);
    // A literal address never goes through DNS, so the connect-time lookup guard would not see it.
    const host = u.hostname.replace(/^\[|\]$/g, "");
    if (!this.opts.allowPrivate && isIP(host) && isPrivateAddress(host)) {
      throw new FetchError(new PrivateAddressError(host, host).message, false);
    }
    if (!this.opts.allowPrivate && host.toLowerCase() === "localhost")
      throw new FetchError(new PrivateAddressError(host, "127.0.0.1").message, false);
    return u;
  }

  /** Waits for the host's politeness slot, then sends one GET. */
  private async get(u: URL, validators: Validators): Promise<Dispatcher.ResponseData> {
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot.get(u.host) ?? 0);
    this.nextSlot.set(u.host, slot + this.opts.politenessMs);
    if (slot > now) await sleep(slot - now);
    const headers: Record<string, string> = {
      "user-agent": this.opts.userAgent,
      "accept-encoding": "gzip, br, deflate",
      accept: "*/*",
    };
    if (validators.etag) headers["if-none-match"] = validators.etag;
    if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
    return request(u, {
      method: "GET",
      headers,
      dispatcher: this.agent,
      signal: AbortSignal.timeout(this.opts.timeoutMs),
    });
  }

  private async readBody(res: Dispatcher.ResponseData, url: string): Promise<Buffer> {
    const max = this.opts.maxBytes;
    const declared = Number(header(res.headers, "content-length"));
    if (Number.isFinite(declared) && declared > max) {
      discard(res.body);
      throw new FetchError(`refused: body of ${url} is ${declared} bytes, over the ${max}-byte cap`, false);
    }
    const encoding = (header(res.headers, "content-encoding") ?? "").trim().toLowerCase();
    let stream: Readable = res.body;
    if (encoding === "gzip" || encoding === "x-gzip") stream = res.body.pipe(createGunzip());
    else if (encoding === "br") stream = res.body.pipe(createBrotliDecompress());
    else if (encoding === "deflate") stream = res.body.pipe(createInflate());
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of stream) {
        size += (chunk as Buffer).length;
        if (size > max) throw new FetchError(`refused: body of ${url} exceeds the ${max}-byte cap`, false);
        chunks.push(chunk as Buffer);
      }
    } catch (err) {
      discard(res.body);
      discard(stream);
      throw err;
    }
    return Buffer.concat(chunks);
  }

  private async robotsFor(u: URL): Promise<Robots> {
    const cached = this.robotsCache.get(u.origin);
    if (cached && cached.until > Date.now()) return cached.robots;
    let robots = ALLOW_ALL;
    try {
      const res = await this.get(new URL("/robots.txt", u.origin), {});
      if (res.statusCode === 200)
        robots = parseRobots((await this.readBody(res, u.origin)).toString("utf8"), "flowwatch");
      else discard(res.body);
    } catch (err) {
      if (
        err instanceof PrivateAddressError ||
        (err as { cause?: unknown }).cause instanceof PrivateAddressError
      )
        throw toFetchError(err);
      // An unreachable robots.txt is treated as absent; the page request reports real trouble.
    }
    this.robotsCache.set(u.origin, { robots, until: Date.now() + 3600_000 });
    return robots;
  }
}

function toFetchError(err: unknown): FetchError {
  if (err instanceof FetchError) return err;
  const e = err as Error & { code?: string; cause?: Error & { code?: string } };
  const cause = e.cause;
  if (e instanceof PrivateAddressError || cause instanceof PrivateAddressError)
    return new FetchError((cause instanceof PrivateAddressError ? cause : e).message, false);
  if (
    e?.name === "TimeoutError" ||
    e?.code === "UND_ERR_HEADERS_TIMEOUT" ||
    e?.code === "UND_ERR_BODY_TIMEOUT"
  )
    return new FetchError(`timeout: ${e.message}`, true);
  return new FetchError(
    `network error: ${e?.message ?? String(err)}${cause?.message ? ` (${cause.message})` : ""}`,
    true,
  );
}
