// One entity in full: its row, a page of its mentions with the sentence around each, the
// documents naming it, and its sanctions designations (records the gazetteer links it to by list
// id, and records screening matched its mentions to). Works on SQLite and PostgreSQL.
import type { Kysely } from "kysely";
import { IDENTIFIER_LISTS, type Entity } from "../types.ts";
import type { Database } from "./schema.ts";
import { clampLimit, clampOffset, parseJson, toEntity, type EntitySummary } from "./entity-rows.ts";

// An entity named everywhere (a country) lists its newest documents only; documentCount has them all.
const MAX_DOCUMENTS = 1000;

export interface EntityMentionDetail {
  docId: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  start: number;
  end: number;
  /** The name as written in the document. */
  text: string;
  /** The stored sentence the mention is in (null when the document has no sentence there). */
  sentence: { index: number; paragraph: number; start: number; end: number; text: string } | null;
}

export interface EntityDocument {
  docId: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  mentionCount: number;
}

export interface EntityDesignation {
  listId: string;
  sourceId: string;
  /** The record's primary name on the list. */
  name: string;
  type: string;
  programmes: string[];
  listedOn: string | null;
  /** `identifier`: the gazetteer links the entity to this record; `screening`: a mention matched it by name. */
  via: Array<"identifier" | "screening">;
  /** 1 for an identifier link, else the best screening score (0..1). */
  score: number;
  /** The list alias that matched best (the primary name for an identifier link). */
  matchedAlias: string;
  explanation: string[];
  /** Documents in which a mention of the entity was screened to this record. */
  documents: string[];
}

export interface EntityDetail extends EntitySummary {
  /** A page of mentions, newest document first, then by position. */
  mentions: EntityMentionDetail[];
  mentionLimit: number;
  mentionOffset: number;
  /** The documents naming the entity, newest first (at most 1,000; `documentCount` counts all). */
  documents: EntityDocument[];
  designations: EntityDesignation[];
}

/**
 * One entity with a page of its mentions (each with its document and sentence), every document
 * naming it, and its sanctions designations; null when no such entity is stored.
 */
export async function getEntity(
  db: Kysely<Database>,
  id: string,
  opts: { mentionLimit?: number; mentionOffset?: number } = {},
): Promise<EntityDetail | null> {
  const k = db;
  const row = await k.selectFrom("entities").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return null;
  const entity = toEntity(row);
  const mentionLimit = clampLimit(opts.mentionLimit, 100);
  const mentionOffset = clampOffset(opts.mentionOffset);

  const mentionRows = await k
    .selectFrom("mentions as m")
    .innerJoin("documents as d", "d.id", "m.doc_id")
    // The sentence containing the mention's first character.
    .leftJoin("sentences as s", (j) =>
      j.onRef("s.doc_id", "=", "m.doc_id").onRef("s.start", "<=", "m.start").onRef("s.end", ">", "m.start"),
    )
    .select([
      "m.doc_id",
      "m.start",
      "m.end",
      "m.text",
      "d.title",
      "d.outlet",
      "d.published",
      "s.idx as s_idx",
      "s.paragraph as s_paragraph",
      "s.start as s_start",
      "s.end as s_end",
      "s.text as s_text",
    ])
    .where("m.entity_id", "=", id)
    .orderBy("d.published", (ob) => ob.desc().nullsLast())
    .orderBy("m.doc_id")
    .orderBy("m.start")
    .orderBy("s.idx")
    .limit(mentionLimit)
    .offset(mentionOffset)
    .execute();
  const mentions: EntityMentionDetail[] = [];
  for (const r of mentionRows) {
    const last = mentions[mentions.length - 1];
    // Overlapping stored sentences would repeat a mention: keep the first.
    if (last && last.docId === r.doc_id && last.start === Number(r.start) && last.end === Number(r.end))
      continue;
    mentions.push({
      docId: r.doc_id,
      title: r.title,
      outlet: r.outlet,
      published: r.published,
      start: Number(r.start),
      end: Number(r.end),
      text: r.text,
      sentence:
        r.s_text === null || r.s_text === undefined
          ? null
          : {
              index: Number(r.s_idx),
              paragraph: Number(r.s_paragraph),
              start: Number(r.s_start),
              end: Number(r.s_end),
              text: r.s_text,
            },
    });
  }

  const docRows = await k
    .selectFrom("mentions as m")
    .innerJoin("documents as d", "d.id", "m.doc_id")
    .select((eb) => ["m.doc_id", "d.title", "d.outlet", "d.published", eb.fn.countAll().as("n")])
    .where("m.entity_id", "=", id)
    .groupBy(["m.doc_id", "d.title", "d.outlet", "d.published"])
    .orderBy("d.published", (ob) => ob.desc().nullsLast())
    .orderBy("m.doc_id")
    .limit(MAX_DOCUMENTS)
    .execute();
  const counts = await k
    .selectFrom("mentions")
    .select((eb) => [eb.fn.countAll().as("n"), eb.fn.count("doc_id").distinct().as("docs")])
    .where("entity_id", "=", id)
    .executeTakeFirstOrThrow();
  const documents: EntityDocument[] = docRows.map((r) => ({
    docId: r.doc_id,
    title: r.title,
    outlet: r.outlet,
    published: r.published,
    mentionCount: Number(r.n),
  }));

  return {
    ...entity,
    mentionCount: Number(counts.n),
    documentCount: Number(counts.docs),
    mentions,
    mentionLimit,
    mentionOffset,
    documents,
    designations: await designationsOf(k, entity),
  };
}

/** List records linked by the entity's identifiers, plus those its mentions were screened to. */
async function designationsOf(k: Kysely<Database>, entity: Entity): Promise<EntityDesignation[]> {
  const found = new Map<string, EntityDesignation>();
  const record = async (listId: string, sourceId: string) =>
    k
      .selectFrom("sanction_records")
      .selectAll()
      .where("list_id", "=", listId)
      .where("source_id", "=", sourceId)
      .executeTakeFirst();
  const designation = (r: NonNullable<Awaited<ReturnType<typeof record>>>): EntityDesignation => ({
    listId: r.list_id,
    sourceId: r.source_id,
    name: r.name,
    type: r.type,
    programmes: parseJson<string[]>(r.programmes, []),
    listedOn: r.listed_on,
    via: [],
    score: 0,
    matchedAlias: r.name,
    explanation: [],
    documents: [],
  });

  for (const [key, value] of Object.entries(entity.identifiers)) {
    const listId = IDENTIFIER_LISTS[key];
    if (!listId) continue;
    // Only records in the stored version of the list (a newer version may have delisted them).
    const r = await record(listId, value);
    if (!r) continue;
    const d = designation(r);
    d.via.push("identifier");
    d.score = 1;
    d.explanation.push(`gazetteer entity ${entity.id} is linked to ${listId} ${value}`);
    found.set(`${listId}|${value}`, d);
  }

  // Hits recorded for this entity id, or for a mention stored under it (the screening hook may
  // have filed a mention under the id the finder proposed before it was resolved).
  const hits = await k
    .selectFrom("party_hits as h")
    .selectAll("h")
    .where((eb) =>
      eb.or([
        eb("h.entity_id", "=", entity.id),
        eb.exists(
          eb
            .selectFrom("mentions as m")
            .select("m.doc_id")
            .where("m.entity_id", "=", entity.id)
            .whereRef("m.doc_id", "=", "h.doc_id")
            .whereRef("m.start", "=", "h.span_start")
            .whereRef("m.end", "=", "h.span_end"),
        ),
      ]),
    )
    .orderBy("h.score", "desc")
    .execute();
  for (const h of hits) {
    const key = `${h.list_id}|${h.source_id}`;
    let d = found.get(key);
    if (!d) {
      const r = await record(h.list_id, h.source_id);
      if (!r) continue;
      d = designation(r);
      found.set(key, d);
    }
    // Hits come best first: the first one per record gives its score, alias and explanation.
    if (!d.via.includes("screening")) {
      d.via.push("screening");
      if (!d.via.includes("identifier")) {
        d.score = Number(h.score);
        d.matchedAlias = h.matched_alias;
      }
      for (const line of parseJson<string[]>(h.explanation, []))
        if (!d.explanation.includes(line)) d.explanation.push(line);
    }
    if (!d.documents.includes(h.doc_id)) d.documents.push(h.doc_id);
  }
  return [...found.values()].sort((a, b) => b.score - a.score || a.listId.localeCompare(b.listId));
}
