// The store's public entry: everything outside src/store imports the database through this file
// only. Open a store (openStore / withStore), then read and write through its methods (documents)
// and repositories (store.claims, store.reviews, store.audit, store.accounts, store.sanctions,
// store.entities, store.assessments, store.sources). No Kysely type or handle is exported here.
export { DEFAULT_DB, defaultDb, openStore, withStore } from "./open.ts";
export { isPostgresUrl } from "./dialect.ts";
export type { Store, PutDocumentResult, PutOptions } from "./store.ts";
export type {
  ClaimFilter,
  Decision,
  DocumentSummary,
  Page,
  SearchHit,
  StoredClaim,
  StoredDocument,
} from "./records.ts";
export type {
  Repositories,
  AccountRepository,
  AssessmentRepository,
  AuditRepository,
  EntityRepository,
  ReviewRepository,
  SanctionRepository,
  SourceRepository,
} from "./repositories.ts";
export type { ClaimGroup, ClaimRepository } from "./claims.ts";

// Claims: the listing's vocabulary and the check every stored claim passes.
export { BadCursorError, CLAIM_SORTS, type ClaimFacetName } from "./claim-query.ts";
export { claimProblem } from "./rows.ts";

// Reviews: pure helpers over review records (the reviewed-claims view every consumer uses).
export {
  applyReviews,
  isClaimTime,
  reviewBatch,
  reviewStatusOf,
  validateCorrection,
  type AuditEntry,
  type Correction,
  type Review,
  type ReviewStatus,
  type ReviewedClaim,
} from "./reviews.ts";

export { SESSION_HOURS, type Session, type User } from "./accounts.ts";
export {
  DEFAULT_MAX_DROP,
  ListRefusedError,
  ListShrinkError,
  ListVersionError,
  type PartyHit as StoredPartyHit,
  type SanctionListStatus,
  type StoredAlias,
} from "./sanctions.ts";
export type { EntityFilter, EntitySummary } from "./entity-rows.ts";
export type { PutMentionsResult, UpsertResult } from "./entities.ts";
export type {
  EntityDesignation,
  EntityDetail,
  EntityDocument,
  EntityMentionDetail,
} from "./entity-detail.ts";
export type { AssessmentInput, SnapshotRecord } from "./assessment.ts";
export {
  SOURCE_KINDS,
  isSourceKind,
  type FetchOutcome,
  type NewSource,
  type SeenUrl,
  type Source,
  type SourceKind,
} from "./monitor-sources.ts";

// A long write run (an ingest) on one connection, with the caller deciding the transactions.
export { isBusy, withWriteScope, type WriteScope } from "./scope.ts";

// Watchlists and alerts (migration 2026_12_03_alerts_watchlists): per-user watchlists, the events
// recorded from stored facts, the alerts they match and their deliveries.
export {
  FEED_TOKEN_PREFIX,
  createWatchlist,
  enableWebhook,
  entitiesForMatching,
  getWatchlist,
  listWatchlists,
  removeWatchlist,
  rotateFeedToken,
  watchlistByFeedToken,
  webhookSecret,
  type CreatedWatchlist,
  type NewWatchlist,
} from "./watchlists.ts";
export {
  deliveryCounts,
  deliveryLog,
  digestSentAt,
  dueDeliveries,
  listAlerts,
  markRead,
  matchPending,
  nextDeliveryAt,
  recordAttempt,
  recordDigestSent,
  unreadCount,
  watchlistAlerts,
  type AlertFilter,
  type AttemptOutcome,
  type DeliveryLogEntry,
  type MatchSummary,
  type PendingDelivery,
} from "./alerts.ts";
export { recordEvents, type RecordSummary } from "./alert-recorders.ts";
export { schemaExists } from "./jobs-schema.ts";
