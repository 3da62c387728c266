// Finds where registry entities are named in a document, and proposes unknown names as candidates.
import type { Entity, EntityType, Mention, SourceDocument } from "../../types.ts";
import type { EntityRegistry } from "./registry.ts";
import { AliasTrie } from "./alias-trie.ts";
import { proposeCandidates } from "./candidates.ts";
import { ID_PREFIX, slugify } from "./gazetteer.ts";

/** A mention with what `findMentions` knows about its entity. Assignable to `Mention`. */
export interface FoundMention extends Mention {
  entityType: EntityType;
  /** The gazetteer alias that matched, or the proposed name for a candidate. */
  alias: string;
  /** True when the name is not in the registry (a proposed new entity). */
  candidate: boolean;
}

export function aliasTrie(registry: EntityRegistry): AliasTrie {
  let trie = registry.cache.get("alias-trie") as AliasTrie | undefined;
  if (!trie) registry.cache.set("alias-trie", (trie = new AliasTrie(registry.entities)));
  return trie;
}

export function candidateId(type: EntityType, name: string): string {
  return `candidate:${ID_PREFIX[type]}:${slugify(name)}`;
}

/**
 * Every place the document names a registry entity (case- and punctuation-tolerant, whole words,
 * longest alias wins), plus candidate persons and organisations the registry does not know.
 */
export function findMentions(
  doc: SourceDocument,
  registry: EntityRegistry,
  opts: { candidates?: boolean } = {},
): FoundMention[] {
  const known: FoundMention[] = aliasTrie(registry)
    .find(doc.text)
    .map((m) => ({
      docId: doc.id,
      entityId: m.entity.id,
      start: m.start,
      end: m.end,
      text: m.text,
      entityType: m.entity.type,
      alias: m.alias,
      candidate: false,
    }));
  if (opts.candidates === false) return known;
  // Known names are blanked out (offsets kept) so a candidate never swallows one:
  // "Pyongyang-based Chollima Trading Company" proposes only "Chollima Trading Company".
  const parts: string[] = [];
  let at = 0;
  for (const k of known) {
    parts.push(doc.text.slice(at, k.start), "x".repeat(k.end - k.start));
    at = k.end;
  }
  parts.push(doc.text.slice(at));
  const masked = parts.join("");
  const proposed: FoundMention[] = [];
  for (const c of proposeCandidates(masked)) {
    proposed.push({
      docId: doc.id,
      entityId: candidateId(c.type, c.text),
      start: c.start,
      end: c.end,
      text: doc.text.slice(c.start, c.end),
      entityType: c.type,
      alias: c.text,
      candidate: true,
    });
  }
  return [...known, ...proposed].sort((a, b) => a.start - b.start);
}

/** The candidate entities proposed by `findMentions`, one per distinct id. */
export function candidateEntities(mentions: FoundMention[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const m of mentions) {
    if (!m.candidate || byId.has(m.entityId)) continue;
    byId.set(m.entityId, {
      id: m.entityId,
      type: m.entityType,
      name: m.text,
      aliases: [],
      identifiers: {},
      candidate: true,
    });
  }
  return [...byId.values()];
}
