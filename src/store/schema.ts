// The typed shape of every table, as the migrations in ./migrations create it. Queries through
// `Kysely<Database>` are checked against this by the compiler. Other stages that add tables
// (sanctions, assessment) extend it by declaration merging or their own interface.
import type { Generated } from "kysely";

/** A stored source document: immutable evidence (UPDATE and DELETE are refused by triggers). */
export interface DocumentsTable {
  id: string;
  /** Insertion sequence: the stable integer key the SQLite FTS5 index points at. */
  seq: Generated<number>;
  content_hash: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  text: string;
  format: string;
  source_path: string | null;
  /** ISO timestamp of the first ingest. */
  ingested_at: string;
  /** Language detected at ingest (`en`, `ru`, `ko`); null for older rows. */
  lang: string | null;
}

export interface SentencesTable {
  doc_id: string;
  idx: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface ClaimsTable {
  id: Generated<number>;
  doc_id: string;
  quantity_low: number;
  /** Equal to quantity_low when the figure is not a range. */
  quantity_high: number;
  qualifier: string;
  unit: string;
  subject: string;
  event: string;
  destination: string | null;
  attributed_to: string | null;
  /** JSON array of strings, nearest source first. */
  attribution_chain: string;
  time: string | null;
  modality: string;
  evidence: string;
  sentence_start: number;
  sentence_end: number;
  span_start: number;
  span_end: number;
  extractor_version: string | null;
  created_at: string;
}

export interface EntitiesTable {
  id: string;
  type: string;
  name: string;
  /** JSON array of strings. */
  aliases: string;
  /** JSON object of string → string. */
  identifiers: string;
  /** 0/1 (an integer on both databases, because better-sqlite3 cannot bind booleans). */
  candidate: number;
}

export interface MentionsTable {
  doc_id: string;
  entity_id: string;
  start: number;
  end: number;
  text: string;
}

export interface AnnotationsTable {
  id: Generated<number>;
  /** What is annotated: `document`, `sentence`, `claim`, `entity`, `mention`, … */
  target_type: string;
  target_id: string;
  /** `note`, `review`, `correction`, `flag`, … */
  kind: string;
  /** JSON value. */
  body: string;
  author: string | null;
  created_at: string;
}

export interface Database {
  documents: DocumentsTable;
  sentences: SentencesTable;
  claims: ClaimsTable;
  entities: EntitiesTable;
  mentions: MentionsTable;
  annotations: AnnotationsTable;
}

export type DialectName = "sqlite" | "postgres";
