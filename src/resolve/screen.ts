// Screening: matches a name against every stored sanctions-list alias with the shared name matcher
// (`./names`), and screens the parties named in a document. The alias index is built once per
// process and database and rebuilt when a list import changes `sanction_lists`.
import type { EntityType, ListRecordType, SourceDocument } from "../types.ts";
import type { SanctionRepository, Store, StoredPartyHit as PartyHit } from "../store/index.ts";
import {
  NameIndex,
  DEFAULT_THRESHOLD,
  loadOrBuildIndex,
  loadOrBuildStaticIndex,
  writeIndexFile,
} from "./names/index.ts";
import { loadRegistry, type EntityRegistry } from "./entities/registry.ts";
import { findMentions, type FoundMention } from "./entities/mentions.ts";
import { IDENTIFIER_LISTS } from "./entities/registry.ts";

/** What screening needs of a store: its sanctions repository (a Store fits). */
export type ScreeningStore = { readonly sanctions: SanctionRepository };

/** The pipeline hands hooks a Store; anything else is a wiring mistake worth a clear error. */
function screeningStoreOf(x: unknown): ScreeningStore {
  const sanctions = (x as Partial<Store> | null)?.sanctions;
  if (!sanctions) throw new Error("screen: expected a store (with its sanctions repository)");
  return { sanctions };
}

export type ScreenType = "person" | "organization";

export interface LinkedEntity {
  id: string;
  name: string;
  type: EntityType;
}

export interface ScreenHit {
  listId: string;
  sourceId: string;
  /** The record's primary name. */
  name: string;
  type: ListRecordType;
  programmes: string[];
  /** The alias (or primary name) that matched best. */
  matchedAlias: string;
  score: number;
  explanation: string[];
  dob?: string;
  nationality?: string;
  /** Gazetteer entities whose identifiers point at this record. */
  entities: LinkedEntity[];
}

export interface ScreenResult {
  query: string;
  type: ScreenType | null;
  threshold: number;
  hits: ScreenHit[];
  /** Registry entities whose names match the query. */
  entities: Array<LinkedEntity & { score: number; matchedAlias: string }>;
}

export interface ScreenOptions {
  type?: ScreenType;
  limit?: number;
  threshold?: number;
  registry?: EntityRegistry;
  /** File the alias index is loaded from / stored in (`indexFileFor(db)`); none: built in memory. */
  indexFile?: string;
  /** Answers shared by the documents of one batch (see `screenMemo`). */
  memo?: ScreenMemo;
}

/**
 * Lookups that cannot change within one transaction — the alias index (which asks the database
 * for the lists' fingerprint) and list records — kept for the documents of one batch, so
 * screening a batch does not ask again for every name.
 */
export interface ScreenMemo {
  index?: Promise<CachedIndex>;
  records: Map<string, ReturnType<SanctionRepository["getRecord"]>>;
}

export function screenMemo(): ScreenMemo {
  return { records: new Map() };
}

function sanctionRecord(db: ScreeningStore, listId: string, sourceId: string, memo?: ScreenMemo) {
  if (!memo) return db.sanctions.getRecord(listId, sourceId);
  const key = `${listId}|${sourceId}`;
  let hit = memo.records.get(key);
  if (!hit) memo.records.set(key, (hit = db.sanctions.getRecord(listId, sourceId)));
  return hit;
}

interface CachedIndex {
  fingerprint: string;
  /** One index record per alias, keyed `listId|sourceId`: the index keeps each record's best alias. */
  index: NameIndex;
  aliasCount: number;
}

// Keyed by the repository: one per opened store (and per write scope, which pins a connection).
const indexCache = new WeakMap<SanctionRepository, CachedIndex>();

/**
 * The alias index for this database, rebuilt only when a list was imported since the last build.
 * With `indexFile` (see `indexFileFor`) it is loaded from that file when the file fits the stored
 * lists, and stored there when it had to be built.
 */
export async function aliasIndex(db: ScreeningStore, indexFile?: string): Promise<CachedIndex> {
  const fingerprint = await db.sanctions.fingerprint();
  const cached = indexCache.get(db.sanctions);
  if (cached && cached.fingerprint === fingerprint) return cached;
  // one load per new fingerprint, however many requests ask meanwhile; the cache entry is replaced
  // in one assignment when the new index is complete
  const pending = loading.get(db.sanctions);
  if (pending?.fingerprint === fingerprint) return pending.promise;
  const promise = loadOrBuildIndex(indexFile, fingerprint, async () =>
    (await db.sanctions.loadAliases()).map((a) => ({
      id: `${a.listId}|${a.sourceId}`,
      name: a.alias,
      type: a.type,
    })),
  ).then((index) => {
    const built = { fingerprint, index, aliasCount: index.size };
    indexCache.set(db.sanctions, built);
    return built;
  });
  loading.set(db.sanctions, { fingerprint, promise });
  try {
    return await promise;
  } finally {
    if (loading.get(db.sanctions)?.promise === promise) loading.delete(db.sanctions);
  }
}
const loading = new WeakMap<SanctionRepository, { fingerprint: string; promise: Promise<CachedIndex> }>();

/** Build the alias index now and store it in `indexFile` (called after a list import). */
export async function storeAliasIndex(db: ScreeningStore, indexFile: string | undefined): Promise<void> {
  if (!indexFile) return;
  const fingerprint = await db.sanctions.fingerprint();
  const index = NameIndex.build(
    (await db.sanctions.loadAliases()).map((a) => ({
      id: `${a.listId}|${a.sourceId}`,
      name: a.alias,
      type: a.type,
    })),
  );
  writeIndexFile(indexFile, fingerprint, index);
  indexCache.set(db.sanctions, { fingerprint, index, aliasCount: index.size });
}

/** The gazetteer's name index; with `indexFile`, stored beside the alias index (`….gazetteer`). */
function registryIndex(registry: EntityRegistry, indexFile?: string): NameIndex {
  let index = registry.cache.get("name-index") as NameIndex | undefined;
  if (!index) {
    const records = registry.entities.flatMap((e) =>
      [e.name, ...e.aliases].map((name) => ({ id: e.id, name, type: e.type })),
    );
    index = loadOrBuildStaticIndex(indexFile && `${indexFile}.gazetteer`, records);
    registry.cache.set("name-index", index);
  }
  return index;
}

const linked = (registry: EntityRegistry, listId: string, sourceId: string): LinkedEntity[] =>
  registry.linkedTo(listId, sourceId).map((e) => ({ id: e.id, name: e.name, type: e.type }));

/** Screens one name against every stored list; hits are grouped per list record, best first. */
export async function screenName(
  db: ScreeningStore,
  name: string,
  opts: ScreenOptions = {},
): Promise<ScreenResult> {
  const query = name.trim();
  if (!query) throw new Error("screen: the name to screen is empty");
  const registry = opts.registry ?? loadRegistry();
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const limit = opts.limit ?? 10;
  const { index } = await (opts.memo
    ? (opts.memo.index ??= aliasIndex(db, opts.indexFile))
    : aliasIndex(db, opts.indexFile));
  const ranked = index.query(query, { limit, threshold, ...(opts.type ? { type: opts.type } : {}) });
  const hits: ScreenHit[] = [];
  for (const { id, name: matchedAlias, score, explanation } of ranked) {
    const cut = id.indexOf("|");
    const record = await sanctionRecord(db, id.slice(0, cut), id.slice(cut + 1), opts.memo);
    if (!record) continue;
    hits.push({
      listId: record.listId,
      sourceId: record.sourceId,
      name: record.name,
      type: record.type,
      programmes: record.programmes,
      matchedAlias,
      score,
      explanation,
      ...(record.dob ? { dob: record.dob } : {}),
      ...(record.nationality ? { nationality: record.nationality } : {}),
      entities: linked(registry, record.listId, record.sourceId),
    });
  }
  const entityMatches = new Map<string, LinkedEntity & { score: number; matchedAlias: string }>();
  for (const m of registryIndex(registry, opts.indexFile).query(query, { limit: 20, threshold })) {
    const e = registry.get(m.id);
    if (!e || entityMatches.has(e.id)) continue;
    if (opts.type && !(opts.type === "person" ? e.type === "person" : e.type !== "person")) continue;
    entityMatches.set(e.id, { id: e.id, name: e.name, type: e.type, score: m.score, matchedAlias: m.name });
  }
  // A gazetteer alias can reach a record its list spells very differently ("Alabuga" → the SEZ's
  // long legal name): records linked to a matching entity are hits too, scored by that match.
  const seen = new Set(hits.map((h) => `${h.listId}|${h.sourceId}`));
  for (const match of entityMatches.values()) {
    const entity = registry.get(match.id)!;
    for (const [key, sourceId] of Object.entries(entity.identifiers)) {
      const listId = IDENTIFIER_LISTS[key];
      if (!listId || seen.has(`${listId}|${sourceId}`)) continue;
      const record = await sanctionRecord(db, listId, sourceId, opts.memo);
      if (!record || (opts.type && (record.type === "person") !== (opts.type === "person"))) continue;
      seen.add(`${listId}|${sourceId}`);
      hits.push({
        listId,
        sourceId,
        name: record.name,
        type: record.type,
        programmes: record.programmes,
        matchedAlias: record.name,
        score: match.score,
        explanation: [
          `"${query}" matches gazetteer entity ${entity.id} (alias "${match.matchedAlias}", score ${match.score.toFixed(3)})`,
          `${entity.id} is linked to ${listId} ${sourceId} in the gazetteer`,
        ],
        ...(record.dob ? { dob: record.dob } : {}),
        ...(record.nationality ? { nationality: record.nationality } : {}),
        entities: linked(registry, listId, sourceId),
      });
    }
  }
  hits.sort((a, b) => b.score - a.score);
  hits.splice(limit);
  return {
    query,
    type: opts.type ?? null,
    threshold,
    hits,
    entities: [...entityMatches.values()].slice(0, 5),
  };
}

const PARTY_TYPES = new Set<EntityType>(["person", "organization", "site", "agency"]);
// Government bodies have generic names ("Main Intelligence Directorate" is Russia's GRU on the OFAC
// list, not Ukraine's GUR): they are linked to list records by gazetteer identifier only.
const SCREENED_BY_NAME = new Set<EntityType>(["person", "organization", "site"]);

/**
 * Screens every person and organisation named in a document (gazetteer mentions and proposed
 * candidates) and stores the hits in `party_hits`, replacing earlier hits for the document.
 * Gazetteer entities carrying a list identifier (`ofac`, `un`, …) also yield a direct hit;
 * agencies get only those (their names are too generic to screen).
 */
export async function screenDocumentParties(
  db: ScreeningStore,
  doc: SourceDocument,
  opts: {
    registry?: EntityRegistry;
    threshold?: number;
    hitsPerParty?: number;
    /** The document's mentions when the caller already found them (the pipeline's screen stage). */
    found?: readonly FoundMention[];
    memo?: ScreenMemo;
  } = {},
): Promise<PartyHit[]> {
  const registry = opts.registry ?? loadRegistry();
  const perParty = opts.hitsPerParty ?? 3;
  const parties = (opts.found ?? findMentions(doc, registry)).filter((m) => PARTY_TYPES.has(m.entityType));
  // Screen each distinct entity once; every mention of it shares the result.
  const byEntity = new Map<string, FoundMention[]>();
  for (const m of parties) byEntity.set(m.entityId, [...(byEntity.get(m.entityId) ?? []), m]);
  const out: PartyHit[] = [];
  for (const [entityId, mentions] of byEntity) {
    const entity = registry.get(entityId);
    const type: ScreenType = mentions[0].entityType === "person" ? "person" : "organization";
    const found = new Map<
      string,
      { listId: string; sourceId: string; matchedAlias: string; score: number; explanation: string[] }
    >();
    const keep = (h: {
      listId: string;
      sourceId: string;
      matchedAlias: string;
      score: number;
      explanation: string[];
    }) => {
      const key = `${h.listId}|${h.sourceId}`;
      const prev = found.get(key);
      if (!prev || h.score > prev.score) found.set(key, h);
    };
    for (const [key, value] of Object.entries(entity?.identifiers ?? {})) {
      const listId = IDENTIFIER_LISTS[key];
      // Only records present in the stored version of the list (a newer version may have delisted them).
      if (listId && (await sanctionRecord(db, listId, value, opts.memo)))
        keep({
          listId,
          sourceId: value,
          matchedAlias: entity!.name,
          score: 1,
          explanation: [`gazetteer entity ${entityId} is linked to ${listId} ${value}`],
        });
    }
    // The canonical name covers mentions written in Hangul or Cyrillic.
    const names = SCREENED_BY_NAME.has(mentions[0].entityType)
      ? new Set([mentions[0].text, ...(entity ? [entity.name] : [])])
      : new Set<string>();
    for (const name of names) {
      const result = await screenName(db, name, {
        type,
        limit: perParty,
        threshold: opts.threshold,
        registry,
        memo: opts.memo,
      });
      for (const h of result.hits)
        keep({
          listId: h.listId,
          sourceId: h.sourceId,
          matchedAlias: h.matchedAlias,
          score: h.score,
          explanation: h.explanation,
        });
    }
    const hits = [...found.values()].sort((a, b) => b.score - a.score).slice(0, Math.max(perParty, 1));
    for (const m of mentions) {
      for (const h of hits)
        out.push({
          docId: doc.id,
          mentionText: m.text,
          start: m.start,
          end: m.end,
          entityId: m.entityId,
          ...h,
        });
    }
  }
  await db.sanctions.putPartyHits(doc.id, out);
  return out;
}

/** Screens one stored document's parties (the pipeline's screen stage does this for each batch). */
export const screenPartiesHook = {
  name: "screen parties",
  async run(ctx: { store: unknown; doc: SourceDocument }): Promise<void> {
    await screenDocumentParties(screeningStoreOf(ctx.store), ctx.doc);
  },
};
