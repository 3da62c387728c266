// Watched sources and the article URLs already fetched from them (tables from migration
// h-monitor_0006_sources). Due sources are claimed with a compare-and-set on next_due_at, so
// several schedulers on several machines never hand out one poll twice.
import type { Kysely, Selectable } from "kysely";
import type { Database, MonitorSourcesTable } from "./schema.ts";

export const SOURCE_KINDS = ["rss", "atom", "jsonfeed", "sitemap", "page"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  id: number;
  url: string;
  kind: SourceKind;
  everySeconds: number;
  outlet: string | null;
  lang: string | null;
  status: "active" | "paused";
  etag: string | null;
  lastModified: string | null;
  lastFetchAt: string | null;
  lastHttpStatus: number | null;
  lastError: string | null;
  nextDueAt: string;
  documents: number;
  createdAt: string;
}

export interface NewSource {
  url: string;
  kind: SourceKind;
  everySeconds: number;
  outlet?: string | null;
  lang?: string | null;
}

function toSource(r: Selectable<MonitorSourcesTable>): Source {
  return {
    id: Number(r.id),
    url: r.url,
    kind: r.kind as SourceKind,
    everySeconds: Number(r.every_seconds),
    outlet: r.outlet,
    lang: r.lang,
    status: r.status === "paused" ? "paused" : "active",
    etag: r.etag,
    lastModified: r.last_modified,
    lastFetchAt: r.last_fetch_at,
    lastHttpStatus: r.last_http_status === null ? null : Number(r.last_http_status),
    lastError: r.last_error,
    nextDueAt: r.next_due_at,
    documents: Number(r.documents),
    createdAt: r.created_at,
  };
}

export function isSourceKind(k: string): k is SourceKind {
  return (SOURCE_KINDS as readonly string[]).includes(k);
}

/** Adds a source, due at once. Refuses a bad URL, kind or interval, and a URL already watched. */
export async function addSource(db: Kysely<Database>, s: NewSource, now = new Date()): Promise<Source> {
  let parsed: URL;
  try {
    parsed = new URL(s.url);
  } catch {
    throw new Error(`invalid URL "${s.url}"`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new Error(`only http(s) sources can be watched, got ${parsed.protocol}`);
  if (!isSourceKind(s.kind)) throw new Error(`invalid kind "${String(s.kind)}": ${SOURCE_KINDS.join(", ")}`);
  if (!Number.isInteger(s.everySeconds) || s.everySeconds < 60)
    throw new Error("a source is polled at most once a minute (--every 1m or more)");
  const url = parsed.toString();
  if (await getSourceByUrl(db, url)) throw new Error(`source ${url} is already watched`);
  const at = now.toISOString();
  await db
    .insertInto("monitor_sources")
    .values({
      url,
      kind: s.kind,
      every_seconds: s.everySeconds,
      outlet: s.outlet ?? null,
      lang: s.lang ?? null,
      status: "active",
      etag: null,
      last_modified: null,
      last_fetch_at: null,
      last_http_status: null,
      last_error: null,
      next_due_at: at,
      documents: 0,
      created_at: at,
    })
    .execute();
  return (await getSourceByUrl(db, url))!;
}

export async function getSourceByUrl(db: Kysely<Database>, url: string): Promise<Source | null> {
  const row = await db.selectFrom("monitor_sources").selectAll().where("url", "=", url).executeTakeFirst();
  return row ? toSource(row) : null;
}

export async function getSource(db: Kysely<Database>, id: number): Promise<Source | null> {
  const row = await db.selectFrom("monitor_sources").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toSource(row) : null;
}

export async function listSources(db: Kysely<Database>): Promise<Source[]> {
  const rows = await db.selectFrom("monitor_sources").selectAll().orderBy("id").execute();
  return rows.map((r) => toSource(r));
}

/** Finds a source by id or by URL (what the CLI accepts). */
export async function findSource(db: Kysely<Database>, ref: string): Promise<Source | null> {
  if (/^\d+$/.test(ref)) return getSource(db, Number(ref));
  return (
    (await getSourceByUrl(db, ref)) ??
    (URL.canParse(ref) ? getSourceByUrl(db, new URL(ref).toString()) : null)
  );
}

export async function setSourceStatus(
  db: Kysely<Database>,
  id: number,
  status: "active" | "paused",
): Promise<boolean> {
  const r = await db.updateTable("monitor_sources").set({ status }).where("id", "=", id).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Removes the source and its seen-URL list; documents already ingested stay (they are evidence). */
export async function removeSource(db: Kysely<Database>, id: number): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    await tx.deleteFrom("monitor_seen_urls").where("source_id", "=", id).execute();
    const r = await tx.deleteFrom("monitor_sources").where("id", "=", id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  });
}

/**
 * Claims the active sources due at `now`: each claim moves next_due_at forward only if nobody else
 * moved it first, so concurrent schedulers split the due sources between them without overlap.
 */
export async function claimDueSources(db: Kysely<Database>, now = new Date()): Promise<Source[]> {
  const at = now.toISOString();
  const due = await db
    .selectFrom("monitor_sources")
    .selectAll()
    .where("status", "=", "active")
    .where("next_due_at", "<=", at)
    .orderBy("next_due_at")
    .execute();
  const claimed: Source[] = [];
  for (const row of due) {
    const next = new Date(now.getTime() + Number(row.every_seconds) * 1000).toISOString();
    const r = await db
      .updateTable("monitor_sources")
      .set({ next_due_at: next })
      .where("id", "=", row.id)
      .where("next_due_at", "=", row.next_due_at)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 1) claimed.push(toSource({ ...row, next_due_at: next }));
  }
  return claimed;
}

export interface FetchOutcome {
  httpStatus: number | null;
  etag?: string | null;
  lastModified?: string | null;
  error?: string | null;
}

/** Records a poll's result; validators are kept from the previous poll unless new ones came. */
export async function recordFetch(
  db: Kysely<Database>,
  id: number,
  o: FetchOutcome,
  now = new Date(),
): Promise<void> {
  await db
    .updateTable("monitor_sources")
    .set({
      last_fetch_at: now.toISOString(),
      last_http_status: o.httpStatus,
      last_error: o.error ?? null,
      ...(o.etag !== undefined ? { etag: o.etag } : {}),
      ...(o.lastModified !== undefined ? { last_modified: o.lastModified } : {}),
    })
    .where("id", "=", id)
    .execute();
}

/** The URLs of `urls` not fetched before (from any source). */
export async function unseenUrls(db: Kysely<Database>, urls: string[]): Promise<string[]> {
  if (urls.length === 0) return [];
  const seen = new Set<string>();
  for (let i = 0; i < urls.length; i += 500) {
    const rows = await db
      .selectFrom("monitor_seen_urls")
      .select("url")
      .where("url", "in", urls.slice(i, i + 500))
      .execute();
    for (const r of rows) seen.add(r.url);
  }
  return [...new Set(urls)].filter((u) => !seen.has(u));
}

export interface SeenUrl {
  url: string;
  sourceId: number;
  canonicalUrl: string | null;
  docId: string | null;
  contentHash: string | null;
}

/** Marks a URL fetched (idempotent) and counts a new document for its source. */
export async function markSeen(
  db: Kysely<Database>,
  s: SeenUrl,
  newDocument: boolean,
  now = new Date(),
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const r = await tx
      .insertInto("monitor_seen_urls")
      .values({
        url: s.url,
        source_id: s.sourceId,
        canonical_url: s.canonicalUrl,
        doc_id: s.docId,
        content_hash: s.contentHash,
        fetched_at: now.toISOString(),
      })
      .onConflict((oc) => oc.column("url").doNothing())
      .executeTakeFirst();
    const inserted = Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
    if (inserted && newDocument) {
      await tx
        .updateTable("monitor_sources")
        .set((eb) => ({ documents: eb("documents", "+", 1) }))
        .where("id", "=", s.sourceId)
        .execute();
    }
    return inserted;
  });
}

/** How many stored claims came from each source's documents (by source id). */
export async function claimsPerSource(db: Kysely<Database>): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom("monitor_seen_urls as s")
    .innerJoin("claims as c", "c.doc_id", "s.doc_id")
    .select(["s.source_id as sourceId", (eb) => eb.fn.countAll<number | string>().as("claims")])
    .groupBy("s.source_id")
    .execute();
  return new Map(rows.map((r) => [Number(r.sourceId), Number(r.claims)]));
}
