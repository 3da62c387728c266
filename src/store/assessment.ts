// Assessment persistence over the store's Kysely connection (SQLite or PostgreSQL): reading the
// documents, claims and screening hits the assessment needs, saving snapshots of series and
// findings, analyst reliability overrides, and the append-only corrections log.
import { sql, type Kysely } from "kysely";
import type {
  AssessDocument,
  Claim,
  CorrectionEntry,
  PartyHit,
  Reliability,
  ReliabilityOverrides,
} from "../types.ts";
import type { Database } from "./schema.ts";
import { claimFromRow } from "./rows.ts";
import { listReviews, reviewBatch, type ReviewStatus } from "./reviews.ts";

type Db = Kysely<Database>;

/**
 * What the store reads of an assessment snapshot: its findings, stored one row each so they can be
 * looked up by id; the whole snapshot is kept as JSON beside them. The assessment's own
 * AssessmentSnapshot fits this shape.
 */
export interface SnapshotRecord {
  findings: readonly {
    id: string;
    seriesKey: string;
    period: string;
    topic: string;
    status: string;
    statement: string;
  }[];
}

export interface AssessmentInput {
  batch: { doc: AssessDocument; claims: (Claim & { id: number })[] }[];
  parties: PartyHit[];
}

/** Every document with its claims, oldest first; `since` keeps documents published on/after it. */
export async function loadAssessmentInput(db: Db, opts: { since?: string } = {}): Promise<AssessmentInput> {
  let docsQuery = db.selectFrom("documents").select(["id", "url", "title", "outlet", "published", "text"]);
  if (opts.since) docsQuery = docsQuery.where("published", ">=", opts.since);
  const docs: AssessDocument[] = await docsQuery.orderBy("published").orderBy("id").execute();
  const rows = await db
    .selectFrom("claims as c")
    .innerJoin("documents as d", "d.id", "c.doc_id")
    .selectAll("c")
    .select(["d.outlet", "d.published", "d.url"])
    .orderBy("c.id")
    .execute();
  const byDoc = new Map<string, (Claim & { id: number })[]>();
  for (const row of rows) {
    const { outlet: _o, published: _p, url: _u, ...claim } = claimFromRow(row);
    const list = byDoc.get(claim.docId) ?? [];
    list.push(claim);
    byDoc.set(claim.docId, list);
  }
  return {
    batch: docs.map((doc) => ({ doc, claims: byDoc.get(doc.id) ?? [] })),
    parties: await loadPartyHits(db),
  };
}

/**
 * The assessment input as analysts reviewed it (see reviewBatch): rejected claims out,
 * corrections overlaid. `review` gives each claim's review status for listings and exports.
 */
export async function loadReviewedAssessmentInput(
  db: Db,
  opts: { since?: string } = {},
): Promise<AssessmentInput & { review: Map<number, ReviewStatus>; rejected: number; corrected: number }> {
  const input = await loadAssessmentInput(db, opts);
  const reviewed = reviewBatch(input.batch, await listReviews(db));
  return {
    batch: reviewed.batch,
    parties: input.parties,
    review: reviewed.status,
    rejected: reviewed.rejected.length,
    corrected: reviewed.corrected,
  };
}

/** Screening hits joined with their list records. */
export async function loadPartyHits(db: Db): Promise<PartyHit[]> {
  const rows = await db
    .selectFrom("party_hits as h")
    .leftJoin("sanction_records as r", (j) =>
      j.onRef("r.list_id", "=", "h.list_id").onRef("r.source_id", "=", "h.source_id"),
    )
    .select([
      "h.doc_id",
      "h.mention_text",
      "h.list_id",
      "h.source_id",
      "h.entity_id",
      "h.span_start",
      "h.span_end",
      "h.score",
      "r.name",
      "r.type",
      "r.programmes",
    ])
    .execute();
  return rows.map((r) => ({
    docId: String(r.doc_id),
    name: String(r.name ?? r.mention_text),
    listId: String(r.list_id),
    programmes: parseList(r.programmes),
    score: Number(r.score),
    span: { start: Number(r.span_start), end: Number(r.span_end) },
    type: r.type ? String(r.type) : undefined,
    sourceId: String(r.source_id),
    entityId: r.entity_id ? String(r.entity_id) : null,
  }));
}

function parseList(json: unknown): string[] {
  if (typeof json !== "string") return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

/** Stores a snapshot and its findings as a new run; returns the run id. */
export async function saveAssessment(
  db: Db,
  snapshot: SnapshotRecord,
  counts: { documents: number; claims: number },
  now = new Date(),
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto("assessment_runs")
      .values({
        created_at: now.toISOString(),
        document_count: counts.documents,
        claim_count: counts.claims,
        snapshot: JSON.stringify(snapshot, (_k, v) => (v === Infinity ? null : v)),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const runId = Number(inserted.id);
    const rows = snapshot.findings.map((f) => ({
      run_id: runId,
      id: f.id,
      series_key: f.seriesKey,
      period: f.period,
      topic: f.topic,
      status: f.status,
      statement: f.statement,
      body: JSON.stringify(f),
    }));
    for (let i = 0; i < rows.length; i += 200)
      await trx
        .insertInto("assessment_findings")
        .values(rows.slice(i, i + 200))
        .execute();
    return runId;
  });
}

/** The most recent stored snapshot, or null. Open upper bounds come back as Infinity. */
export async function latestAssessment(
  db: Db,
): Promise<{ runId: number; createdAt: string; snapshot: SnapshotRecord & Record<string, unknown> } | null> {
  const row = await db
    .selectFrom("assessment_runs")
    .selectAll()
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const snapshot = JSON.parse(String(row.snapshot), (k, v) =>
    k === "interval" && Array.isArray(v) && v[1] === null ? [v[0], Infinity] : v,
  );
  return { runId: Number(row.id), createdAt: String(row.created_at), snapshot };
}

export async function getOverrides(db: Db): Promise<ReliabilityOverrides> {
  const rows = await db.selectFrom("reliability_overrides").selectAll().execute();
  const out: ReliabilityOverrides = {};
  for (const r of rows)
    out[String(r.origin_id)] = { grade: r.grade as Reliability, reason: r.reason ?? undefined };
  return out;
}

export async function putOverride(
  db: Db,
  originId: string,
  grade: Reliability,
  reason: string | null,
  author: string | null,
  now = new Date(),
): Promise<void> {
  if (!/^[A-F]$/.test(grade)) throw new Error(`override for ${originId}: grade "${grade}" is not A-F`);
  const values = { origin_id: originId, grade, reason, author, updated_at: now.toISOString() };
  await db
    .insertInto("reliability_overrides")
    .values(values)
    .onConflict((oc) =>
      oc.column("origin_id").doUpdateSet({ grade, reason, author, updated_at: values.updated_at }),
    )
    .execute();
}

/** Appends a correction or right-of-reply entry; entries are never edited (a trigger refuses). */
export async function appendCorrection(
  db: Db,
  entry: Omit<CorrectionEntry, "seq" | "at">,
  now = new Date(),
): Promise<CorrectionEntry> {
  if (!entry.text.trim()) throw new Error(`correction for ${entry.findingId}: text is empty`);
  const row = await db
    .insertInto("finding_corrections")
    .values({
      finding_id: entry.findingId,
      kind: entry.kind,
      author: entry.author,
      text: entry.text,
      at: now.toISOString(),
    })
    .returning("seq")
    .executeTakeFirstOrThrow();
  return { ...entry, seq: Number(row.seq), at: now.toISOString() };
}

export async function listCorrections(db: Db, findingId?: string): Promise<CorrectionEntry[]> {
  let q = db.selectFrom("finding_corrections").selectAll().orderBy("seq");
  if (findingId) q = q.where("finding_id", "=", findingId);
  const rows = await q.execute();
  return rows.map((r) => ({
    seq: Number(r.seq),
    at: String(r.at),
    findingId: String(r.finding_id),
    kind: r.kind as CorrectionEntry["kind"],
    author: String(r.author),
    text: String(r.text),
  }));
}

/**
 * Counts and maxima that change whenever something the assessment depends on changes: documents,
 * claims, reviews, screening hits and reliability overrides (a cheap cache key for a built assessment).
 */
export async function assessmentStamp(db: Db): Promise<string> {
  const parts: string[] = [];
  for (const [table, column] of [
    ["documents", null],
    ["claims", "id"],
    ["reviews", "id"],
    ["party_hits", null],
    ["reliability_overrides", null],
  ] as const) {
    const row = await db
      .selectFrom(table)
      .select((eb) => [
        eb.fn.countAll().as("n"),
        column ? sql<number>`max(${sql.ref(column)})`.as("m") : sql<null>`null`.as("m"),
      ])
      .executeTakeFirst();
    parts.push(`${table}:${row?.n ?? 0}:${row?.m ?? ""}`);
  }
  return parts.join("|");
}
