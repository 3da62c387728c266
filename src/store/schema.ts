// The typed shape of every table, as the migrations in ./migrations create it. Every query in
// src/store goes through `Kysely<Database>` and is checked against this by the compiler; a migration
// that adds a table or column adds it here too.
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
  /** How sure the extractor was, in [0, 1]; null for claims stored before 2026_12_03_store_claim_confidence. */
  confidence: number | null;
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

// 0002_sanctions: one stored version of each sanctions list, and the screening hits.
export interface SanctionListsTable {
  list_id: string;
  published: string | null;
  imported_at: string;
  source_file: string;
  record_count: number;
  alias_count: number;
  problem_count: number;
}

export interface SanctionRecordsTable {
  list_id: string;
  source_id: string;
  type: string;
  name: string;
  /** JSON array of strings. */
  programmes: string;
  dob: string | null;
  nationality: string | null;
  remarks: string | null;
  listed_on: string | null;
  /** JSON array of strings. */
  addresses: string;
}

export interface SanctionAliasesTable {
  list_id: string;
  source_id: string;
  alias: string;
  /** 1 for the record's primary name. */
  is_primary: number;
}

export interface PartyHitsTable {
  doc_id: string;
  mention_text: string;
  span_start: number;
  span_end: number;
  entity_id: string | null;
  list_id: string;
  source_id: string;
  matched_alias: string;
  score: number;
  /** JSON array of strings. */
  explanation: string;
  screened_at: string;
}

// 0003_assessment: stored snapshots, analyst reliability overrides, the corrections log.
export interface AssessmentRunsTable {
  id: Generated<number>;
  created_at: string;
  document_count: number;
  claim_count: number;
  /** JSON of the AssessmentSnapshot (open upper bounds stored as null). */
  snapshot: string;
}

export interface AssessmentFindingsTable {
  run_id: number;
  id: string;
  series_key: string;
  period: string;
  topic: string;
  status: string;
  statement: string;
  /** JSON of the Finding. */
  body: string;
}

export interface ReliabilityOverridesTable {
  origin_id: string;
  grade: string;
  reason: string | null;
  author: string | null;
  updated_at: string;
}

export interface FindingCorrectionsTable {
  seq: Generated<number>;
  finding_id: string;
  kind: string;
  author: string;
  text: string;
  at: string;
}

// 0004_accounts: users, sessions, API tokens, claim reviews and the audit log.
export interface UsersTable {
  username: string;
  password_hash: string;
  role: string;
  created_at: string;
  /** 0/1. */
  disabled: number;
}

export interface SessionsTable {
  id_hash: string;
  username: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id_hash: string;
  username: string;
  label: string;
  created_at: string;
  /** 0/1. */
  revoked: number;
}

export interface ReviewsTable {
  id: Generated<number>;
  claim_id: number;
  decision: string;
  /** JSON of the Correction, for `correct`. */
  correction: string | null;
  note: string;
  author: string;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  target_type: string;
  target_id: string;
  /** JSON object. */
  detail: string;
}

// h-monitor_0006_sources: watched sources and the article URLs already fetched from them.
export interface MonitorSourcesTable {
  id: Generated<number>;
  url: string;
  kind: string;
  every_seconds: number;
  outlet: string | null;
  lang: string | null;
  status: string;
  etag: string | null;
  last_modified: string | null;
  last_fetch_at: string | null;
  last_http_status: number | null;
  last_error: string | null;
  next_due_at: string;
  documents: number;
  created_at: string;
}

export interface MonitorSeenUrlsTable {
  url: string;
  source_id: number;
  canonical_url: string | null;
  doc_id: string | null;
  content_hash: string | null;
  fetched_at: string;
}

export interface Database {
  documents: DocumentsTable;
  sentences: SentencesTable;
  claims: ClaimsTable;
  entities: EntitiesTable;
  mentions: MentionsTable;
  annotations: AnnotationsTable;
  sanction_lists: SanctionListsTable;
  sanction_records: SanctionRecordsTable;
  sanction_aliases: SanctionAliasesTable;
  party_hits: PartyHitsTable;
  assessment_runs: AssessmentRunsTable;
  assessment_findings: AssessmentFindingsTable;
  reliability_overrides: ReliabilityOverridesTable;
  finding_corrections: FindingCorrectionsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  reviews: ReviewsTable;
  audit_log: AuditLogTable;
  monitor_sources: MonitorSourcesTable;
  monitor_seen_urls: MonitorSeenUrlsTable;
  watchlists: WatchlistsTable;
  alert_events: AlertEventsTable;
  alert_recorders: { name: string; value: string };
  alert_designations: { list_id: string; source_id: string; name: string; aliases: string };
  alerts: AlertsTable;
  alert_deliveries: AlertDeliveriesTable;
  alert_delivery_log: AlertDeliveryLogTable;
}

// ---- alerts (migration 2026_12_03_alerts_watchlists) ----

export interface WatchlistsTable {
  id?: number;
  username: string;
  kind: string;
  label: string;
  target: string;
  target_key: string;
  feed_token_hash: string;
  webhook_url: string | null;
  webhook_secret: string | null;
  webhook_failures: number;
  webhook_disabled: number;
  email: string | null;
  email_mode: string | null;
  digest_sent_at: string | null;
  cursor: number;
  created_at: string;
}

export interface AlertEventsTable {
  id?: number;
  key: string;
  kind: string;
  at: string;
  payload: string;
}

export interface AlertsTable {
  id?: number;
  watchlist_id: number;
  event_id: number;
  username: string;
  created_at: string;
  read_at: string | null;
}

export interface AlertDeliveriesTable {
  id?: number;
  alert_id: number;
  watchlist_id: number;
  channel: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  sent_at: string | null;
}

export interface AlertDeliveryLogTable {
  id?: number;
  delivery_id: number;
  watchlist_id: number;
  channel: string;
  at: string;
  attempt: number;
  ok: number;
  status_code: number | null;
  error: string | null;
}

/** The alert tables (migration 2026_12_03_alerts_watchlists), part of `Database`. */
export interface AlertTables {
  watchlists: WatchlistsTable;
  alert_events: AlertEventsTable;
  alert_recorders: { name: string; value: string };
  alert_designations: { list_id: string; source_id: string; name: string; aliases: string };
  alerts: AlertsTable;
  alert_deliveries: AlertDeliveriesTable;
  alert_delivery_log: AlertDeliveryLogTable;
}

export type DialectName = "sqlite" | "postgres";
