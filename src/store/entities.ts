// Entities and their mentions in the store. Entities are reference data (gazetteer entries are
// refreshed when the gazetteer changes, candidates are added when first seen); mentions point into
// the stored documents by character offset and are written once per document. Listing is here;
// one entity in full (mentions in context, documents, designations) is in ./entity-detail.ts.
// Works on SQLite and PostgreSQL.
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from "kysely";
import type { Entity, Mention } from "../types.ts";
import type { Database } from "./schema.ts";
import type { Page } from "./records.ts";
import { likeContains } from "./claim-query.ts";
import {
  clampLimit,
  clampOffset,
  toEntity,
  toRow,
  entityProblem,
  type EntityFilter,
  type EntityRow,
  type EntitySummary,
} from "./entity-rows.ts";

// SQLite binds at most 32,766 variables per statement; 6 columns × 400 rows stays far below.
const BATCH = 400;

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
export async function upsertEntities(
  db: Kysely<Database>,
  entities: readonly Entity[],
): Promise<UpsertResult> {
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
  await db.transaction().execute(async (trx) => {
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
  db: Kysely<Database>,
  docId: string,
  mentions: readonly Mention[],
): Promise<PutMentionsResult> {
  const k = db;
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
export async function documentsWithoutMentions(db: Kysely<Database>, limit = 1000): Promise<string[]> {
  const rows = await db
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

type ListEb = ExpressionBuilder<Database & { e: Database["entities"] }, "e">;

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

/** Entities with their mention counts, most mentioned first (then by name), filtered and paginated. */
export async function listEntities(
  db: Kysely<Database>,
  filter: EntityFilter = {},
): Promise<Page<EntitySummary>> {
  const k = db;
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

/** Distinct (document, entity) pairs with the entity's name and type, at most `limit` of them. */
export async function entityMentionPairs(
  db: Kysely<Database>,
  limit: number,
): Promise<{ docId: string; entityId: string; name: string; type: string }[]> {
  const rows = await db
    .selectFrom("mentions as m")
    .innerJoin("entities as e", "e.id", "m.entity_id")
    .select(["m.doc_id", "m.entity_id", "e.name", "e.type"])
    .distinct()
    .limit(limit)
    .execute();
  return rows.map((r) => ({ docId: r.doc_id, entityId: r.entity_id, name: r.name, type: r.type }));
}
