// The event recorders: each reads one kind of stored fact written since it last looked and
// records an alert event for it (src/alerts/events.ts builds them). Each keeps where it got to in
// `alert_recorders`; on its very first run it only notes the present (no flood of old events).
// Events are unique by key, so a recorder that looks twice at the same fact records it once.
import { sql, type Transaction } from "kysely";
import {
  claimEvent,
  contradictionEvent,
  designatedMentionEvent,
  designationEvent,
  findingStatusEvent,
  type Designation,
  type SentenceMention,
} from "../alerts/events.ts";
import type { NewAlertEvent } from "../alerts/types.ts";
import type { AssessmentSnapshot, Series } from "../assess/types.ts";
import { IDENTIFIER_LISTS } from "../resolve/entities/registry.ts";
import { claimFromRow, type ClaimJoinRow } from "./rows.ts";
import { parseJson } from "./entity-rows.ts";
import type { Store } from "./store.ts";
import type { AlertTables, Database } from "./schema.ts";

type Tx = Transaction<Database>;
const PAGE = 500;
/** PostgreSQL may commit a lower serial after a higher one: look back this many claim ids each run. */
const PG_CLAIM_LOOKBACK = 1000;
/** One lock id for every alerts run on PostgreSQL (two processes never record or match at once). */
export const ALERTS_LOCK = 7_316_016;

/** Runs `fn` in a transaction that no other alerts run overlaps (advisory lock on PostgreSQL). */
export async function alertsTransaction<T>(store: Store, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return store.kysely.transaction().execute(async (tx) => {
    if (store.dialect === "postgres") await sql`select pg_advisory_xact_lock(${ALERTS_LOCK})`.execute(tx);
    return fn(tx);
  });
}

async function getMark(tx: Tx, name: string): Promise<string | null> {
  const r = await tx
    .selectFrom("alert_recorders")
    .select("value")
    .where("name", "=", name)
    .executeTakeFirst();
  return r ? String(r.value) : null;
}

async function setMark(tx: Tx, name: string, value: string): Promise<void> {
  await tx
    .insertInto("alert_recorders")
    .values({ name, value })
    .onConflict((oc) => oc.column("name").doUpdateSet({ value }))
    .execute();
}

/** Inserts the events whose key is new; returns how many were new. */
export async function insertEvents(tx: Tx, events: NewAlertEvent[]): Promise<number> {
  let added = 0;
  for (let i = 0; i < events.length; i += PAGE) {
    const batch = events.slice(i, i + PAGE);
    const known = new Set(
      (
        await tx
          .selectFrom("alert_events")
          .select("key")
          .where(
            "key",
            "in",
            batch.map((e) => e.key),
          )
          .execute()
      ).map((r) => String(r.key)),
    );
    const rows = batch
      .filter((e) => !known.has(e.key))
      .map((e) => ({ key: e.key, kind: e.kind, at: e.at, payload: JSON.stringify(e.payload) }));
    // Ids follow insertion order, which the per-watchlist cursors rely on.
    for (const row of rows) {
      const r = await tx
        .insertInto("alert_events")
        .values(row)
        .onConflict((oc) => oc.column("key").doNothing())
        .executeTakeFirst();
      added += Number(r.numInsertedOrUpdatedRows ?? 0);
    }
  }
  return added;
}

async function maxOf(
  tx: Tx,
  table: "claims" | "party_hits" | "assessment_runs",
  column: string,
): Promise<string | null> {
  const { rows } = await sql<{
    m: unknown;
  }>`select max(${sql.ref(column)}) as m from ${sql.table(table)}`.execute(tx);
  const m = rows[0]?.m;
  return m === null || m === undefined ? null : String(m);
}

/** New claims, with the entities named in their sentence. */
async function recordClaims(tx: Tx, store: Store, at: string): Promise<number> {
  const mark = await getMark(tx, "claims");
  if (mark === null) {
    await setMark(tx, "claims", (await maxOf(tx, "claims", "id")) ?? "0");
    return 0;
  }
  let after = Math.max(0, Number(mark) - (store.dialect === "postgres" ? PG_CLAIM_LOOKBACK : 0));
  let added = 0;
  let last = Number(mark);
  for (;;) {
    const rows = (await tx
      .selectFrom("claims as c")
      .innerJoin("documents as d", "d.id", "c.doc_id")
      .selectAll("c")
      .select(["d.outlet", "d.published", "d.url"])
      .where("c.id", ">", after)
      .orderBy("c.id")
      .limit(PAGE)
      .execute()) as ClaimJoinRow[];
    if (rows.length === 0) break;
    const docIds = [...new Set(rows.map((r) => r.doc_id))];
    const mentions = await tx
      .selectFrom("mentions as m")
      .leftJoin("entities as e", "e.id", "m.entity_id")
      .select(["m.doc_id", "m.entity_id", "m.start", "m.end", "m.text", "e.name", "e.type"])
      .where("m.doc_id", "in", docIds)
      .execute();
    const events = rows.map((row) => {
      const c = claimFromRow(row);
      const inSentence: SentenceMention[] = mentions
        .filter(
          (m) =>
            m.doc_id === c.docId && Number(m.start) >= c.sentence.start && Number(m.end) <= c.sentence.end,
        )
        .map((m) => ({ entityId: String(m.entity_id), text: String(m.text), name: m.name, type: m.type }));
      return claimEvent(
        {
          id: c.id,
          docId: c.docId,
          subject: c.subject,
          event: c.event,
          quantity: c.quantity,
          unit: c.unit,
          destination: c.destination ?? null,
          attributedTo: c.attributedTo ?? null,
          attributionChain: c.attributionChain ?? [],
          time: c.time ?? null,
          outlet: c.outlet,
          published: c.published,
          evidence: c.evidence,
        },
        inSentence,
        at,
      );
    });
    added += await insertEvents(tx, events);
    after = Number(rows[rows.length - 1].id);
    last = Math.max(last, after);
  }
  await setMark(tx, "claims", String(last));
  return added;
}

/** Parties named in documents that screening matched to a list record. */
async function recordPartyHits(tx: Tx, at: string): Promise<number> {
  const mark = await getMark(tx, "party_hits");
  const newest = await maxOf(tx, "party_hits", "screened_at");
  if (mark === null) {
    await setMark(tx, "party_hits", newest ?? "");
    return 0;
  }
  if (!newest || newest < mark) return 0;
  const rows = await tx
    .selectFrom("party_hits as h")
    .innerJoin("documents as d", "d.id", "h.doc_id")
    .leftJoin("sanction_records as r", (j) =>
      j.onRef("r.list_id", "=", "h.list_id").onRef("r.source_id", "=", "h.source_id"),
    )
    .select([
      "h.doc_id",
      "h.mention_text",
      "h.span_start",
      "h.span_end",
      "h.entity_id",
      "h.list_id",
      "h.source_id",
      "h.screened_at",
      "d.title",
      "d.outlet",
      "r.name",
      "r.programmes",
    ])
    // Hits screened at the mark itself are looked at again: their keys keep them single.
    .where("h.screened_at", ">=", mark)
    .orderBy("h.screened_at")
    .execute();
  const events = rows.map((r) =>
    designatedMentionEvent(
      {
        docId: String(r.doc_id),
        docTitle: r.title,
        outlet: r.outlet,
        mentionText: String(r.mention_text),
        start: Number(r.span_start),
        end: Number(r.span_end),
        entityId: r.entity_id,
        listId: String(r.list_id),
        sourceId: String(r.source_id),
        recordName: r.name,
        programmes: parseJson<string[]>(r.programmes ?? "[]", []),
      },
      at,
    ),
  );
  const added = await insertEvents(tx, events);
  await setMark(tx, "party_hits", newest);
  return added;
}

/** Entity ids per list record, from the registry entities' identifiers (ofac, un, uk, …). */
async function linkedEntities(tx: Tx): Promise<Map<string, string[]>> {
  const rows = await tx.selectFrom("entities").select(["id", "identifiers"]).execute();
  const out = new Map<string, string[]>();
  for (const r of rows) {
    for (const [k, v] of Object.entries(parseJson<Record<string, string>>(String(r.identifiers), {}))) {
      const listId = IDENTIFIER_LISTS[k];
      if (!listId) continue;
      const key = `${listId}|${v}`;
      out.set(key, [...(out.get(key) ?? []), String(r.id)]);
    }
  }
  return out;
}

/** Designations added or removed when a list is imported again (the first import is the baseline). */
async function recordDesignations(tx: Tx, at: string): Promise<number> {
  const lists = await tx.selectFrom("sanction_lists").select(["list_id", "imported_at"]).execute();
  let added = 0;
  let links: Map<string, string[]> | null = null;
  for (const l of lists) {
    const listId = String(l.list_id);
    const version = String(l.imported_at);
    const mark = await getMark(tx, `list:${listId}`);
    if (mark === version) continue;
    const records = await tx
      .selectFrom("sanction_records")
      .select(["source_id", "name"])
      .where("list_id", "=", listId)
      .execute();
    const aliasRows = await tx
      .selectFrom("sanction_aliases")
      .select(["source_id", "alias"])
      .where("list_id", "=", listId)
      .where("is_primary", "=", 0)
      .execute();
    const aliases = new Map<string, string[]>();
    for (const a of aliasRows)
      aliases.set(String(a.source_id), [...(aliases.get(String(a.source_id)) ?? []), String(a.alias)]);
    const now = new Map<string, Designation>(
      records.map((r) => [
        String(r.source_id),
        {
          listId,
          sourceId: String(r.source_id),
          name: String(r.name),
          aliases: aliases.get(String(r.source_id)) ?? [],
        },
      ]),
    );
    if (mark !== null) {
      const before = new Map<string, Designation>(
        (await tx.selectFrom("alert_designations").selectAll().where("list_id", "=", listId).execute()).map(
          (r) => [
            String(r.source_id),
            {
              listId,
              sourceId: String(r.source_id),
              name: String(r.name),
              aliases: parseJson<string[]>(String(r.aliases), []),
            },
          ],
        ),
      );
      links ??= await linkedEntities(tx);
      const events: NewAlertEvent[] = [];
      for (const [id, d] of now)
        if (!before.has(id))
          events.push(designationEvent("added", d, version, at, links.get(`${listId}|${id}`) ?? []));
      for (const [id, d] of before)
        if (!now.has(id))
          events.push(designationEvent("removed", d, version, at, links.get(`${listId}|${id}`) ?? []));
      added += await insertEvents(tx, events);
    }
    await tx.deleteFrom("alert_designations").where("list_id", "=", listId).execute();
    const rows = [...now.values()].map((d) => ({
      list_id: listId,
      source_id: d.sourceId,
      name: d.name,
      aliases: JSON.stringify(d.aliases),
    }));
    for (let i = 0; i < rows.length; i += PAGE)
      await tx
        .insertInto("alert_designations")
        .values(rows.slice(i, i + PAGE))
        .execute();
    await setMark(tx, `list:${listId}`, version);
  }
  return added;
}

function parseSnapshot(text: string): AssessmentSnapshot {
  return JSON.parse(text) as AssessmentSnapshot;
}

/** New contradictions and findings whose status changed, run by assessment run. */
async function recordAssessments(tx: Tx, at: string): Promise<number> {
  const mark = await getMark(tx, "assessment");
  if (mark === null) {
    await setMark(tx, "assessment", (await maxOf(tx, "assessment_runs", "id")) ?? "0");
    return 0;
  }
  const runs = await tx
    .selectFrom("assessment_runs")
    .select(["id"])
    .where("id", ">", Number(mark))
    .orderBy("id")
    .execute();
  let added = 0;
  for (const run of runs) {
    const runId = Number(run.id);
    const [current, previous] = await Promise.all([
      tx.selectFrom("assessment_runs").select("snapshot").where("id", "=", runId).executeTakeFirstOrThrow(),
      tx
        .selectFrom("assessment_runs")
        .select(["id", "snapshot"])
        .where("id", "<", runId)
        .orderBy("id", "desc")
        .limit(1)
        .executeTakeFirst(),
    ]);
    const snap = parseSnapshot(String(current.snapshot));
    const prev = previous ? parseSnapshot(String(previous.snapshot)) : null;
    const series = new Map<string, Series>(snap.series.map((s) => [s.key, s]));
    const events: NewAlertEvent[] = [];
    const seen = new Set((prev?.contradictions ?? []).map((c) => c.id));
    for (const c of snap.contradictions)
      if (!seen.has(c.id)) events.push(contradictionEvent(c, series.get(c.seriesKey), at));
    if (prev) {
      const before = new Map(prev.findings.map((f) => [f.id, f.status]));
      for (const f of snap.findings) {
        const was = before.get(f.id);
        if (was && was !== f.status)
          events.push(
            findingStatusEvent(
              {
                id: f.id,
                statement: f.statement,
                seriesKey: f.seriesKey,
                period: f.period,
                from: was,
                to: f.status,
                runId,
                parties: f.parties.map((p) => ({ name: p.name, entityId: p.entityId ?? null })),
                origins: f.origins,
              },
              series.get(f.seriesKey),
              at,
            ),
          );
      }
    }
    added += await insertEvents(tx, events);
    await setMark(tx, "assessment", String(runId));
  }
  return added;
}

export interface RecordSummary {
  claims: number;
  mentions: number;
  designations: number;
  assessment: number;
}

/**
 * Records the events for everything stored since the last call. Notes the present on first use
 * (createWatchlist calls it, so a watchlist never misses what comes after it).
 */
export async function recordEvents(store: Store, now = new Date()): Promise<RecordSummary> {
  const at = now.toISOString();
  return alertsTransaction(store, async (tx) => ({
    claims: await recordClaims(tx, store, at),
    mentions: await recordPartyHits(tx, at),
    designations: await recordDesignations(tx, at),
    assessment: await recordAssessments(tx, at),
  }));
}

export type { AlertTables };
