// Entities and their mentions in the store. Entities are reference data (gazetteer entries are
// refreshed when the gazetteer changes, candidates are added when first seen); mentions point into
// the stored documents by character offset and are written once per document. Listing is here;
// one entity in full (mentions in context, documents, designations) is in ./entity-detail.ts.
// Works on SQLite and PostgreSQL.
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from "kysely";
import type { Entity, EntityType, Mention } from "../types.ts";
import type { Database } from "./schema.ts";
import type { SanctionsDatabase } from "./sanctions.ts";
import type { Page } from "./store.ts";
import { likeContains } from "./claim-query.ts";

export type Db = Database & SanctionsDatabase;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;
export const typed = (db: AnyDb) => db as unknown as Kysely<Db>;

// SQLite binds at most 32,766 variables per statement; 6 columns × 400 rows stays far below.
const BATCH = 400;
const MAX_PAGE = 500;

export interface EntitySummary extends Entity {
  candidate: boolean;
  /** Mentions stored for the entity, over all documents. */
  mentionCount: number;
  /** Distinct documents naming it. */
  documentCount: number;
}

export interface EntityFilter {
  type?: EntityType | string;
  /** true: only candidates (names first seen in documents); false: only gazetteer entities. */
  candidate?: boolean;
  /** Case-insensitive substring of the id, name or any alias. */
  q?: string;
  /** Only entities named in this document. */
  docId?: string;
  /** true: only entities with at least one mention. */
  mentioned?: boolean;
  limit?: number;
  offset?: number;
}

interface EntityRow {
  id: string;
  type: string;
  name: string;
  aliases: string;
  identifiers: string;
  candidate: number;
}

export function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function toEntity(r: EntityRow): Entity & { candidate: boolean } {
  return {
    id: r.id,
    type: r.type as EntityType,
    name: r.name,
    aliases: parseJson<string[]>(r.aliases, []),
    identifiers: parseJson<Record<string, string>>(r.identifiers, {}),
    candidate: Number(r.candidate) === 1,
  };
}

function toRow(e: Entity): EntityRow {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: JSON.stringify(e.aliases ?? []),
    identifiers: JSON.stringify(e.identifiers ?? {}),
    candidate: e.candidate ? 1 : 0,
  };
}

function entityProblem(e: Entity): string | null {
  if (!e || typeof e !== "object") return "not an entity object";
  if (typeof e.id !== "string" || !e.id.trim()) return `entity without an id (${JSON.stringify(e.name)})`;
  if (typeof e.name !== "string" || !e.name.trim()) return `${e.id}: empty name`;
  if (typeof e.type !== "string" || !e.type) return `${e.id}: no type`;
  if (!Array.isArray(e.aliases ?? [])) return `${e.id}: aliases must be an array`;
  return null;
}

export interface UpsertResult {
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * Writes entities. Gazetteer entities (candidate false) are inserted, or refreshed when the
 * gazetteer changed their type, name, aliases or identifiers. Candidates are inserted when new;
 * an existing candidate only gains spellings it did not have as aliases. A candidate never
 * overwrites a gazetteer row. Throws (writing nothing) when an entity is malformed.
 */
export async function upsertEntities(db: AnyDb, entities: readonly Entity[]): Promise<UpsertResult> {
  const problems = entities.map(entityProblem).filter((p): p is string => p !== null);
  if (problems.length) throw new Error(`upsertEntities: ${problems.join("; ")}`);
  // The last occurrence of an id wins, as it would with one write after another.
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    const prev = byId.get(e.id);
    byId.set(
      e.id,
      prev && e.candidate
        ? {
            ...e,
            aliases: [...new Set([...prev.aliases, prev.name, ...e.aliases])].filter((a) => a !== e.name),
          }
        : e,
    );
  }
  const result: UpsertResult = { inserted: 0, updated: 0, unchanged: 0 };
  const all = [...byId.values()];
  await typed(db)
    .transaction()
    .execute(async (trx) => {
      for (let i = 0; i < all.length; i += BATCH) {
        const batch = all.slice(i, i + BATCH);
        const existing = new Map(
          (
            await trx
              .selectFrom("entities")
              .selectAll()
              .where(
                "id",
                "in",
                batch.map((e) => e.id),
              )
              .execute()
          ).map((r) => [r.id, r]),
        );
        const fresh = batch.filter((e) => !existing.has(e.id)).map(toRow);
        if (fresh.length) {
          // A concurrent writer may have added the same id since the read: keep its row.
          const res = await trx
            .insertInto("entities")
            .values(fresh)
            .onConflict((oc) => oc.column("id").doNothing())
            .executeTakeFirst();
          result.inserted += Number(res.numInsertedOrUpdatedRows ?? fresh.length);
        }
        for (const e of batch) {
          const row = existing.get(e.id);
          if (!row) continue;
          const change = changeFor(row, e);
          if (!change) {
            result.unchanged++;
            continue;
          }
          await trx.updateTable("entities").set(change).where("id", "=", e.id).execute();
          result.updated++;
        }
      }
    });
  return result;
}

/** The columns to update on `row` for the incoming entity, or null when nothing changes. */
function changeFor(row: EntityRow, e: Entity): Partial<EntityRow> | null {
  const stored = toEntity(row);
  if (e.candidate) {
    if (!stored.candidate) return null;
    const aliases = [...stored.aliases];
    for (const a of [e.name, ...e.aliases]) if (a !== stored.name && !aliases.includes(a)) aliases.push(a);
    return aliases.length > stored.aliases.length ? { aliases: JSON.stringify(aliases) } : null;
  }
  const next = toRow(e);
  const same =
    row.type === next.type &&
    row.name === next.name &&
    row.aliases === next.aliases &&
    row.identifiers === next.identifiers &&
    Number(row.candidate) === 0;
  if (same) return null;
  return {
    type: next.type,
    name: next.name,
    aliases: next.aliases,
    identifiers: next.identifiers,
    candidate: 0,
  };
}

export interface PutMentionsResult {
  inserted: number;
  /** True when the document already had mentions: nothing was written. */
  skipped: boolean;
}

/**
 * Stores the mentions found in one document, once: when the document already has mentions nothing
 * is written. Every mention must lead back to the stored text (its `text` is the document text at
 * its offsets); otherwise the whole call is refused with every problem listed.
 */
export async function putMentions(
  db: AnyDb,
  docId: string,
  mentions: readonly Mention[],
): Promise<PutMentionsResult> {
  const k = typed(db);
  return k.transaction().execute(async (trx) => {
    const doc = await trx.selectFrom("documents").select("text").where("id", "=", docId).executeTakeFirst();
    if (!doc) throw new Error(`putMentions: no stored document "${docId}"`);
    const already = await trx
      .selectFrom("mentions")
      .select("doc_id")
      .where("doc_id", "=", docId)
      .limit(1)
      .executeTakeFirst();
    if (already) return { inserted: 0, skipped: true };
    const problems: string[] = [];
    mentions.forEach((m, i) => {
      const at = `mention ${i} (${JSON.stringify(m.text)})`;
      if (m.docId !== undefined && m.docId !== docId) problems.push(`${at}: belongs to "${m.docId}"`);
      else if (!m.entityId) problems.push(`${at}: no entity id`);
      else if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end <= m.start)
        problems.push(`${at}: bad offsets ${m.start}..${m.end}`);
      else if (doc.text.slice(m.start, m.end) !== m.text)
        problems.push(
          `${at}: the text at ${m.start}..${m.end} is ${JSON.stringify(doc.text.slice(m.start, m.end))}`,
        );
    });
    if (problems.length) throw new Error(`putMentions: document "${docId}": ${problems.join("; ")}`);
    const rows = mentions.map((m) => ({
      doc_id: docId,
      entity_id: m.entityId,
      start: m.start,
      end: m.end,
      text: m.text,
    }));
    for (let i = 0; i < rows.length; i += BATCH)
      await trx
        .insertInto("mentions")
        .values(rows.slice(i, i + BATCH))
        .execute();
    return { inserted: rows.length, skipped: false };
  });
}

/** Stored documents that have no mentions yet (for a backfill), in insertion order. */
export async function documentsWithoutMentions(db: AnyDb, limit = 1000): Promise<string[]> {
  const rows = await typed(db)
    .selectFrom("documents as d")
    .select("d.id")
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom("mentions as m").select("m.doc_id").whereRef("m.doc_id", "=", "d.id"))),
    )
    .orderBy("d.seq")
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

type ListEb = ExpressionBuilder<Db & { e: Db["entities"] }, "e">;

function entityWhere(eb: ListEb, f: EntityFilter): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [];
  if (f.type) conditions.push(eb("e.type", "=", f.type));
  if (f.candidate !== undefined) conditions.push(eb("e.candidate", "=", f.candidate ? 1 : 0));
  const q = f.q?.trim();
  if (q) {
    const pattern = likeContains(q);
    // aliases is JSON text: a substring of it is a substring of some alias (or spans two, rarely).
    conditions.push(
      eb.or(
        (["e.id", "e.name", "e.aliases"] as const).map(
          (c) => sql<SqlBool>`lower(${eb.ref(c)}) LIKE ${pattern} ESCAPE '\\'`,
        ),
      ),
    );
  }
  const mentionsOf = (docId?: string) => {
    let sub = eb.selectFrom("mentions as m").select("m.entity_id").whereRef("m.entity_id", "=", "e.id");
    if (docId) sub = sub.where("m.doc_id", "=", docId);
    return eb.exists(sub);
  };
  if (f.docId) conditions.push(mentionsOf(f.docId));
  if (f.mentioned === true) conditions.push(mentionsOf());
  if (f.mentioned === false) conditions.push(eb.not(mentionsOf()));
  return eb.and(conditions);
}

export const clampLimit = (n: number | undefined, dflt: number) =>
  Math.max(1, Math.min(MAX_PAGE, Math.floor(Number.isFinite(n) ? (n as number) : dflt)));
export const clampOffset = (n: number | undefined) =>
  Math.max(0, Math.floor(Number.isFinite(n) ? (n as number) : 0));

/** Entities with their mention counts, most mentioned first (then by name), filtered and paginated. */
export async function listEntities(db: AnyDb, filter: EntityFilter = {}): Promise<Page<EntitySummary>> {
  const k = typed(db);
  const limit = clampLimit(filter.limit, 50);
  const offset = clampOffset(filter.offset);
  const counts = k
    .selectFrom("mentions")
    .select((eb) => [
      "entity_id",
      eb.fn.countAll().as("mention_count"),
      eb.fn.count("doc_id").distinct().as("document_count"),
    ])
    .groupBy("entity_id")
    .as("mc");
  const rows = await k
    .selectFrom("entities as e")
    .leftJoin(counts, "mc.entity_id", "e.id")
    .selectAll("e")
    .select([
      sql<number>`coalesce(mc.mention_count, 0)`.as("mention_count"),
      sql<number>`coalesce(mc.document_count, 0)`.as("document_count"),
    ])
    .where((eb) => entityWhere(eb, filter))
    .orderBy(sql`coalesce(mc.mention_count, 0)`, "desc")
    .orderBy("e.name")
    .orderBy("e.id")
    .limit(limit)
    .offset(offset)
    .execute();
  const total = await k
    .selectFrom("entities as e")
    .select((eb) => eb.fn.countAll().as("n"))
    .where((eb) => entityWhere(eb, filter))
    .executeTakeFirstOrThrow();
  return {
    items: rows.map((r) => ({
      ...toEntity(r),
      mentionCount: Number(r.mention_count),
      documentCount: Number(r.document_count),
    })),
    total: Number(total.n),
    limit,
    offset,
  };
}

export {
  getEntity,
  type EntityDetail,
  type EntityMentionDetail,
  type EntityDocument,
  type EntityDesignation,
} from "./entity-detail.ts";
