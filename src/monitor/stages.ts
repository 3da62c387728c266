// The monitor's stages, the same whether a graphile-worker job or the in-process loop runs them:
// poll a source (conditional GET → new article links) and ingest one article URL (fetch, clean
// with the ingest stage's HTML reader, keep the canonical URL, then the regular pipeline:
// split, extract, store, then the screen stage).
import { parseFileResults } from "../ingest/parse.ts";
import { slugify } from "../ingest/ids.ts";
import { ingestIntoStore, type IngestSummary } from "../pipeline/ingest.ts";
import { defaultAfterStages, type AfterStage } from "../pipeline/stages.ts";
import type { Store } from "../store/index.ts";
import type { SourceDocument } from "../types.ts";
import { type Source } from "../store/index.ts";
import { FetchError, type Fetcher } from "./fetcher.ts";
import { extractLinks, normalizeLink } from "./links.ts";

export interface PollResult {
  httpStatus: number;
  /** Article URLs not fetched before. */
  newUrls: string[];
}

/** Polls one source; records the outcome (validators, status, error) on the source either way. */
export async function pollSource(store: Store, fetcher: Fetcher, source: Source): Promise<PollResult> {
  let res;
  try {
    res = await fetcher.fetch(source.url, { etag: source.etag, lastModified: source.lastModified });
  } catch (err) {
    const status = err instanceof FetchError ? err.status : null;
    await store.sources.recordFetch(source.id, { httpStatus: status, error: (err as Error).message });
    throw err;
  }
  if (res.status === 304) {
    await store.sources.recordFetch(source.id, { httpStatus: 304 });
    return { httpStatus: 304, newUrls: [] };
  }
  let links: string[];
  try {
    links = extractLinks(source.kind, res.body.toString("utf8"), res.url);
  } catch (err) {
    await store.sources.recordFetch(source.id, {
      httpStatus: 200,
      error: `unreadable ${source.kind}: ${(err as Error).message}`,
    });
    throw err;
  }
  await store.sources.recordFetch(source.id, {
    httpStatus: 200,
    etag: res.etag,
    lastModified: res.lastModified,
  });
  // A page source is re-read on every change; its content hash keeps unchanged text out.
  const newUrls = source.kind === "page" ? links : await store.sources.unseenUrls(links);
  return { httpStatus: 200, newUrls };
}

export interface ArticleResult extends IngestSummary {
  docId: string | null;
  canonicalUrl: string;
}

let afterStages: Promise<AfterStage[]> | null = null;

/** Fetches, cleans and ingests one article; a URL already seen is skipped (not an error). */
export async function ingestArticle(
  store: Store,
  fetcher: Fetcher,
  source: Pick<Source, "id" | "outlet" | "kind">,
  url: string,
): Promise<ArticleResult> {
  if (source.kind !== "page" && (await store.sources.unseenUrls([url])).length === 0) {
    return { ingested: 0, duplicates: 1, failed: 0, claims: 0, docId: null, canonicalUrl: url };
  }
  const res = await fetcher.fetch(url);
  const name = `${slugify(new URL(res.url).pathname.replace(/\.[a-z0-9]+$/i, "")) || "page"}.html`;
  const results = await parseFileResults(name, res.body);
  const first = results[0];
  if (!first?.ok) throw new Error(`cannot read ${url}: ${first ? first.reason : "no document"}`);
  const canonical =
    (first.doc.url && normalizeLink(first.doc.url, res.url)) || normalizeLink(res.url, res.url) || res.url;
  const doc: SourceDocument = {
    ...first.doc,
    url: canonical,
    outlet: source.outlet ?? first.doc.outlet,
    sourcePath: url,
  };
  afterStages ??= defaultAfterStages();
  const after = await afterStages;
  const errors: string[] = [];
  const summary = await ingestIntoStore(store, [url], {
    after,
    stages: {
      async *readDocuments() {
        yield { ok: true as const, doc };
      },
    },
    onError: (_path, reason) => errors.push(reason),
  });
  if (summary.failed > 0) throw new Error(`ingest of ${url} failed: ${errors.join("; ")}`);
  const docId = store.findByContentHash ? await store.findByContentHash(doc.contentHash) : null;
  await store.sources.markSeen(
    { url, sourceId: source.id, canonicalUrl: canonical, docId, contentHash: doc.contentHash },
    summary.ingested > 0,
  );
  if (canonical !== url) {
    await store.sources.markSeen(
      { url: canonical, sourceId: source.id, canonicalUrl: canonical, docId, contentHash: doc.contentHash },
      false,
    );
  }
  return { ...summary, docId, canonicalUrl: canonical };
}
