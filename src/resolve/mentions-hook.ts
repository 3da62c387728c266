// Records who is named where: for each newly stored document, finds the registry entities and
// candidate names it mentions and persists the entities and mentions (src/store/entities.ts).
// Candidates are deduplicated by normalised name (case, punctuation, legal form and Korean
// given-name spelling folded), and a candidate whose normalised name is exactly a gazetteer
// name or alias of a compatible type is filed under that gazetteer entity instead.
import type { Entity, EntityType, Mention, SourceDocument } from "../types.ts";
import { loadRegistry, type EntityRegistry } from "./entities/registry.ts";
import { findMentions, type FoundMention } from "./entities/mentions.ts";
import { ID_PREFIX, slugify } from "./entities/gazetteer.ts";
import { normalizeName } from "./names/index.ts";
import type { EntityRepository, UpsertResult } from "../store/index.ts";

/** What recording mentions needs of a store: its entities repository (a Store fits). */
export type MentionStore = { readonly entities: EntityRepository };

/**
 * The normalised form two spellings of one name share: "Chollima Trading Co." and "CHOLLIMA
 * TRADING COMPANY" → `chollima-trading`; "Han Su-bok" and "Han Subok" → `han-subok`. Titles and
 * legal forms are dropped; an empty result falls back to the plain slug.
 */
export function normalisedNameKey(name: string, type: EntityType): string {
  try {
    const n = normalizeName(name, type === "person" ? "person" : "organization");
    const key = slugify(n.tokens.map((t) => t.text).join(" "));
    if (key) return key;
  } catch {
    // A name the matcher cannot read still gets a key.
  }
  return slugify(name);
}

export function candidateEntityId(type: EntityType, name: string): string {
  return `candidate:${ID_PREFIX[type]}:${normalisedNameKey(name, type)}`;
}

// Which gazetteer types a proposed candidate may resolve to.
const RESOLVES_TO: Partial<Record<EntityType, readonly EntityType[]>> = {
  person: ["person"],
  organization: ["organization", "agency", "site"],
};

/** Normalised name → gazetteer entity, per type group; names shared by two entities are left out. */
function gazetteerKeys(registry: EntityRegistry): Map<string, Entity | null> {
  let keys = registry.cache.get("normalised-name-keys") as Map<string, Entity | null> | undefined;
  if (keys) return keys;
  keys = new Map();
  for (const e of registry.entities) {
    const group = e.type === "person" ? "person" : "organization";
    if (!RESOLVES_TO[group]!.includes(e.type)) continue;
    for (const alias of [e.name, ...e.aliases]) {
      const key = `${group}|${normalisedNameKey(alias, e.type)}`;
      // A one-word key ("Sobaeksu", "Shoigu") is too weak to file a longer name under.
      if (!key.includes("-")) continue;
      const prev = keys.get(key);
      keys.set(key, prev === undefined || prev?.id === e.id ? e : null);
    }
  }
  registry.cache.set("normalised-name-keys", keys);
  return keys;
}

const SMALL_WORDS = new Set(
  "a an the of in on at to for and or but by with from as is are was vs via into over after".split(" "),
);

/**
 * True when the line `start` is on reads as a headline: short, no sentence inside it, and
 * nearly every word capitalised ("Spy Agency Says Troops Now Fighting in Kursk"). Candidate
 * finders take such runs of capitals for names, so candidates there are not stored.
 */
export function inHeadline(text: string, start: number): boolean {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const to = text.indexOf("\n", start);
  const line = text.slice(from, to < 0 ? text.length : to).trim();
  if (/[.!?]["'”’)]?$/.test(line) || /[.!?]["'”’)]?\s+\p{Lu}/u.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 3 || words.length > 20) return false;
  const capitalised = words.filter((w) => /^[^\p{L}]*[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised / words.length >= 0.8;
}

export interface ResolvedMentions {
  /** Every mention, under its gazetteer or (deduplicated) candidate id. */
  mentions: Mention[];
  /** Candidate entities to store, one per id; the first spelling seen is the name. */
  candidates: Entity[];
}

/**
 * Files each found mention under its final entity id and collects the candidate entities. Given
 * the document text, candidates inside headline-like lines are dropped (see `inHeadline`).
 */
export function resolveFoundMentions(
  found: readonly FoundMention[],
  registry: EntityRegistry,
  text?: string,
): ResolvedMentions {
  const keys = gazetteerKeys(registry);
  const candidates = new Map<string, Entity>();
  const mentions: Mention[] = [];
  for (const m of found) {
    let entityId = m.entityId;
    if (m.candidate) {
      // A name never runs across a paragraph break; a finder that joined two paragraphs misread.
      if (/\n\s*\n/.test(m.text)) continue;
      if (text !== undefined && inHeadline(text, m.start)) continue;
      const group = m.entityType === "person" ? "person" : "organization";
      const known = keys.get(`${group}|${normalisedNameKey(m.text, m.entityType)}`);
      if (known) entityId = known.id;
      else {
        entityId = candidateEntityId(m.entityType, m.text);
        const prev = candidates.get(entityId);
        if (!prev)
          candidates.set(entityId, {
            id: entityId,
            type: m.entityType,
            name: m.text,
            aliases: [],
            identifiers: {},
            candidate: true,
          });
        else if (m.text !== prev.name && !prev.aliases.includes(m.text)) prev.aliases.push(m.text);
      }
    }
    mentions.push({ docId: m.docId, entityId, start: m.start, end: m.end, text: m.text });
  }
  return { mentions, candidates: [...candidates.values()] };
}

// The gazetteer is written once per process and database (and again for a different registry).
const synced = new WeakMap<EntityRepository, WeakSet<EntityRegistry>>();

/** Writes (or refreshes) every gazetteer entity; a no-op after the first call for this database. */
export async function syncGazetteer(
  db: MentionStore,
  registry: EntityRegistry = loadRegistry(),
): Promise<UpsertResult | null> {
  let done = synced.get(db.entities);
  if (!done) synced.set(db.entities, (done = new WeakSet()));
  if (done.has(registry)) return null;
  const result = await db.entities.upsert(registry.entities.map((e) => ({ ...e, candidate: false })));
  done.add(registry);
  return result;
}

export interface RecordMentionsResult {
  mentions: number;
  /** Candidate entities written (new ones and ones that gained a spelling). */
  candidates: number;
  /** True when the document already had mentions stored (nothing written). */
  skipped: boolean;
}

/** Finds and stores the entities and mentions of one stored document. */
export async function recordDocumentMentions(
  db: MentionStore,
  doc: SourceDocument,
  opts: { registry?: EntityRegistry; found?: readonly FoundMention[] } = {},
): Promise<RecordMentionsResult> {
  const registry = opts.registry ?? loadRegistry();
  await syncGazetteer(db, registry);
  // `found`: the document's mentions when the caller already looked (the screen stage shares them).
  const found = opts.found ?? findMentions(doc, registry);
  const { mentions, candidates } = resolveFoundMentions(found, registry, doc.text);
  // Candidates first, so every stored mention has its entity row (writing them again is a no-op).
  const written = candidates.length ? await db.entities.upsert(candidates) : null;
  const put = await db.entities.putMentions(doc.id, mentions);
  return {
    mentions: put.inserted,
    candidates: written ? written.inserted + written.updated : 0,
    skipped: put.skipped,
  };
}

/**
 * Records mentions for stored documents that have none (documents ingested before this hook
 * existed). One failing document is reported through `onError` and the rest go on.
 */
export async function backfillMentions(
  store: MentionStore & { getDocument(id: string): Promise<SourceDocument | null> },
  opts: { registry?: EntityRegistry; onError?: (docId: string, reason: string) => void } = {},
): Promise<{ documents: number; mentions: number; failed: number }> {
  const out = { documents: 0, mentions: 0, failed: 0 };
  const tried = new Set<string>();
  for (;;) {
    // Documents that yield no mention stay "without mentions": skip the ones already tried.
    const ids = (await store.entities.documentsWithoutMentions(tried.size + 500)).filter(
      (id) => !tried.has(id),
    );
    if (!ids.length) return out;
    for (const id of ids) {
      tried.add(id);
      try {
        const doc = await store.getDocument(id);
        if (!doc) continue;
        const r = await recordDocumentMentions(store, doc, opts);
        if (r.mentions) out.documents++;
        out.mentions += r.mentions;
      } catch (err) {
        out.failed++;
        opts.onError?.(id, err instanceof Error ? err.message : String(err));
      }
    }
  }
}

/**
 * Records one stored document's mentions (the pipeline's screen stage does this for each batch).
 * The document it gets is the stored one (its id may carry a `-2` suffix).
 */
export const mentionsHook = {
  name: "record mentions",
  async run(ctx: { store: unknown; doc: SourceDocument }): Promise<void> {
    const entities = (ctx.store as Partial<MentionStore> | null)?.entities;
    if (!entities) throw new Error("record mentions: expected a store (with its entities repository)");
    await recordDocumentMentions({ entities }, ctx.doc);
  },
};
