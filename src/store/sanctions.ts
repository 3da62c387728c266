// Sanctions lists in the store: one version of each list at a time, replaced atomically, plus the
// screening hits recorded for parties named in documents. Works on SQLite and PostgreSQL.
import type { Insertable, Kysely, Selectable, Transaction } from "kysely";
import type { ListId, ListImport, ListRecord, ListRecordType } from "../types.ts";
import type {
  Database,
  PartyHitsTable,
  SanctionAliasesTable,
  SanctionListsTable,
  SanctionRecordsTable,
} from "./schema.ts";

export interface SanctionListStatus {
  listId: string;
  published: string | null;
  importedAt: string;
  sourceFile: string;
  recordCount: number;
  aliasCount: number;
  problemCount: number;
}

/** Thrown when an import would replace a stored list with one that looks wrong; `--force` overrides. */
export class ListRefusedError extends Error {
  constructor(
    readonly listId: string,
    message: string,
  ) {
    super(message);
    this.name = "ListRefusedError";
  }
}

/** Thrown when an import would replace a stored list with an older version. */
export class ListVersionError extends ListRefusedError {
  constructor(
    listId: string,
    readonly stored: string,
    readonly incoming: string,
  ) {
    super(
      listId,
      `${listId}: the stored version was published ${stored}; refusing to replace it with the older ${incoming} (use --force)`,
    );
    this.name = "ListVersionError";
  }
}

/** Thrown when an import holds far fewer records than the stored version (a truncated file?). */
export class ListShrinkError extends ListRefusedError {
  constructor(
    listId: string,
    readonly stored: number,
    readonly incoming: number,
    readonly maxDrop: number,
  ) {
    super(
      listId,
      `${listId}: the stored version has ${stored} records, this one ${incoming} (${Math.round((100 * (stored - incoming)) / stored)}% fewer, more than the ${Math.round(100 * maxDrop)}% allowed); refusing to replace it (use --force if the list really shrank)`,
    );
    this.name = "ListShrinkError";
  }
}

/** Share of the stored records a new version may lose without `force`. */
export const DEFAULT_MAX_DROP = 0.2;

// SQLite allows 32,766 bound variables per statement (older builds 999); PostgreSQL 65,535.
const RECORD_BATCH = 400;
const ALIAS_BATCH = 2000;

async function insertBatched<T extends "sanction_records" | "sanction_aliases" | "party_hits">(
  trx: Transaction<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
  size: number,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    // Kysely cannot check a table chosen by a type parameter; the rows are typed by the caller.
    const batch = rows.slice(i, i + size) as Parameters<ReturnType<typeof trx.insertInto<T>>["values"]>[0];
    await trx.insertInto(table).values(batch).execute();
  }
}

/**
 * Stores one list version, replacing the previous one in a single transaction (a failure leaves
 * the old version in place). Unless `force`, refuses an older publication than the stored one and a
 * version with more than `maxDrop` (default 20%) fewer records.
 */
export async function saveListImport(
  db: Kysely<Database>,
  list: ListImport,
  opts: { force?: boolean; now?: Date; maxDrop?: number } = {},
): Promise<SanctionListStatus> {
  const k = db;
  const aliasRows: SanctionAliasesTable[] = [];
  const recordRows: SanctionRecordsTable[] = list.records.map((r) => {
    aliasRows.push({ list_id: list.listId, source_id: r.sourceId, alias: r.name, is_primary: 1 });
    for (const alias of r.aliases)
      aliasRows.push({ list_id: list.listId, source_id: r.sourceId, alias, is_primary: 0 });
    return {
      list_id: list.listId,
      source_id: r.sourceId,
      type: r.type,
      name: r.name,
      programmes: JSON.stringify(r.programmes),
      dob: r.dob ?? null,
      nationality: r.nationality ?? null,
      remarks: r.remarks ?? null,
      listed_on: r.listedOn ?? null,
      addresses: JSON.stringify(r.addresses ?? []),
    };
  });
  const status: SanctionListsTable = {
    list_id: list.listId,
    published: list.published,
    imported_at: (opts.now ?? new Date()).toISOString(),
    source_file: list.sourceFiles.join(", "),
    record_count: recordRows.length,
    alias_count: aliasRows.length - recordRows.length,
    problem_count: list.problems.length,
  };
  await k.transaction().execute(async (trx) => {
    const stored = await trx
      .selectFrom("sanction_lists")
      .select(["published", "record_count"])
      .where("list_id", "=", list.listId)
      .executeTakeFirst();
    const maxDrop = opts.maxDrop ?? DEFAULT_MAX_DROP;
    const before = Number(stored?.record_count ?? 0);
    if (!opts.force && before > 0 && recordRows.length < before * (1 - maxDrop))
      throw new ListShrinkError(list.listId, before, recordRows.length, maxDrop);
    if (
      !opts.force &&
      stored?.published &&
      list.published &&
      list.published.slice(0, 10) < stored.published.slice(0, 10)
    ) {
      throw new ListVersionError(list.listId, stored.published, list.published);
    }
    await trx.deleteFrom("sanction_aliases").where("list_id", "=", list.listId).execute();
    await trx.deleteFrom("sanction_records").where("list_id", "=", list.listId).execute();
    await trx.deleteFrom("sanction_lists").where("list_id", "=", list.listId).execute();
    await insertBatched(trx, "sanction_records", recordRows, RECORD_BATCH);
    await insertBatched(trx, "sanction_aliases", aliasRows, ALIAS_BATCH);
    await trx.insertInto("sanction_lists").values(status).execute();
  });
  return toStatus(status);
}

function toStatus(r: SanctionListsTable): SanctionListStatus {
  return {
    listId: r.list_id,
    published: r.published,
    importedAt: r.imported_at,
    sourceFile: r.source_file,
    recordCount: Number(r.record_count),
    aliasCount: Number(r.alias_count),
    problemCount: Number(r.problem_count),
  };
}

export async function listStatus(db: Kysely<Database>): Promise<SanctionListStatus[]> {
  const rows = await db.selectFrom("sanction_lists").selectAll().orderBy("list_id").execute();
  return rows.map(toStatus);
}

/** Changes whenever any list is imported: the screening index cache key. */
export async function listsFingerprint(db: Kysely<Database>): Promise<string> {
  return (await listStatus(db)).map((s) => `${s.listId}@${s.importedAt}#${s.recordCount}`).join("|");
}

export interface StoredAlias {
  listId: string;
  sourceId: string;
  alias: string;
  isPrimary: boolean;
  type: ListRecordType;
}

export async function loadAliases(db: Kysely<Database>): Promise<StoredAlias[]> {
  const rows = await db
    .selectFrom("sanction_aliases as a")
    .innerJoin("sanction_records as r", (j) =>
      j.onRef("r.list_id", "=", "a.list_id").onRef("r.source_id", "=", "a.source_id"),
    )
    .select(["a.list_id", "a.source_id", "a.alias", "a.is_primary", "r.type"])
    .execute();
  return rows.map((r) => ({
    listId: r.list_id,
    sourceId: r.source_id,
    alias: r.alias,
    isPrimary: Number(r.is_primary) === 1,
    type: r.type as ListRecordType,
  }));
}

function toRecord(r: Selectable<SanctionRecordsTable>, aliases: string[]): ListRecord {
  const addresses = JSON.parse(r.addresses) as string[];
  return {
    listId: r.list_id as ListId,
    sourceId: r.source_id,
    type: r.type as ListRecordType,
    name: r.name,
    aliases,
    programmes: JSON.parse(r.programmes) as string[],
    ...(r.dob ? { dob: r.dob } : {}),
    ...(r.nationality ? { nationality: r.nationality } : {}),
    ...(r.remarks ? { remarks: r.remarks } : {}),
    ...(r.listed_on ? { listedOn: r.listed_on } : {}),
    ...(addresses.length ? { addresses } : {}),
  };
}

/** One stored record with its aliases, or null. */
export async function getSanctionRecord(
  db: Kysely<Database>,
  listId: string,
  sourceId: string,
): Promise<ListRecord | null> {
  const k = db;
  const row = await k
    .selectFrom("sanction_records")
    .selectAll()
    .where("list_id", "=", listId)
    .where("source_id", "=", sourceId)
    .executeTakeFirst();
  if (!row) return null;
  const aliases = await k
    .selectFrom("sanction_aliases")
    .select("alias")
    .where("list_id", "=", listId)
    .where("source_id", "=", sourceId)
    .where("is_primary", "=", 0)
    .execute();
  return toRecord(
    row,
    aliases.map((a) => a.alias),
  );
}

export interface PartyHit {
  docId: string;
  mentionText: string;
  start: number;
  end: number;
  entityId: string | null;
  listId: string;
  sourceId: string;
  matchedAlias: string;
  score: number;
  explanation: string[];
}

/** Replaces the screening hits stored for one document. */
export async function putPartyHits(
  db: Kysely<Database>,
  docId: string,
  hits: PartyHit[],
  now = new Date(),
): Promise<number> {
  const rows: PartyHitsTable[] = hits.map((h) => ({
    doc_id: docId,
    mention_text: h.mentionText,
    span_start: h.start,
    span_end: h.end,
    entity_id: h.entityId,
    list_id: h.listId,
    source_id: h.sourceId,
    matched_alias: h.matchedAlias,
    score: h.score,
    explanation: JSON.stringify(h.explanation),
    screened_at: now.toISOString(),
  }));
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("party_hits").where("doc_id", "=", docId).execute();
    await insertBatched(trx, "party_hits", rows, 500);
  });
  return rows.length;
}

export async function getPartyHits(db: Kysely<Database>, docId: string): Promise<PartyHit[]> {
  const rows = await db
    .selectFrom("party_hits")
    .selectAll()
    .where("doc_id", "=", docId)
    .orderBy("span_start")
    .orderBy("score", "desc")
    .execute();
  return rows.map((r) => ({
    docId: r.doc_id,
    mentionText: r.mention_text,
    start: Number(r.span_start),
    end: Number(r.span_end),
    entityId: r.entity_id,
    listId: r.list_id,
    sourceId: r.source_id,
    matchedAlias: r.matched_alias,
    score: Number(r.score),
    explanation: JSON.parse(r.explanation) as string[],
  }));
}
