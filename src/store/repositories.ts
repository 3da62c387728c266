// The store's repositories: each groups the queries over a few tables behind methods bound to the
// store's connection, so code outside src/store never holds a Kysely handle. The functions they
// bind live in the module named for their tables (accounts.ts, sanctions.ts, …).
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";
import * as accounts from "./accounts.ts";
import * as assessment from "./assessment.ts";
import * as entities from "./entities.ts";
import * as entityDetail from "./entity-detail.ts";
import * as reviews from "./reviews.ts";
import * as sanctions from "./sanctions.ts";
import * as sources from "./monitor-sources.ts";
import { claimRepository, type ClaimRepository } from "./claims.ts";

type Db = Kysely<Database>;

/** `(db, ...args) => R` functions as `(...args) => R` methods. */
type Bound<T> = {
  [K in keyof T]: T[K] extends (db: Db, ...args: infer A) => infer R ? (...args: A) => R : never;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function bind<T extends Record<string, (db: Db, ...args: any[]) => unknown>>(db: Db, fns: T): Bound<T> {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(fns)) out[name] = (...args: unknown[]) => fn(db, ...args);
  return out as Bound<T>;
}

const accountFns = {
  countUsers: accounts.countUsers,
  createUser: accounts.createUser,
  listUsers: accounts.listUsers,
  getUser: accounts.getUser,
  authenticate: accounts.authenticate,
  createSession: accounts.createSession,
  getSession: accounts.getSession,
  deleteSession: accounts.deleteSession,
  createApiToken: accounts.createApiToken,
  userForApiToken: accounts.userForApiToken,
  revokeApiTokens: accounts.revokeApiTokens,
  setUserDisabled: accounts.setUserDisabled,
  setPassword: accounts.setPassword,
};

const reviewFns = {
  add: reviews.addReview,
  list: reviews.listReviews,
};

const auditFns = {
  append: reviews.appendAudit,
  list: reviews.listAudit,
};

const sanctionFns = {
  saveListImport: sanctions.saveListImport,
  listStatus: sanctions.listStatus,
  fingerprint: sanctions.listsFingerprint,
  loadAliases: sanctions.loadAliases,
  getRecord: sanctions.getSanctionRecord,
  putPartyHits: sanctions.putPartyHits,
  getPartyHits: sanctions.getPartyHits,
};

const entityFns = {
  upsert: entities.upsertEntities,
  putMentions: entities.putMentions,
  documentsWithoutMentions: entities.documentsWithoutMentions,
  list: entities.listEntities,
  get: entityDetail.getEntity,
  mentionPairs: entities.entityMentionPairs,
};

const assessmentFns = {
  loadInput: assessment.loadAssessmentInput,
  loadReviewedInput: assessment.loadReviewedAssessmentInput,
  partyHits: assessment.loadPartyHits,
  save: assessment.saveAssessment,
  latest: assessment.latestAssessment,
  overrides: assessment.getOverrides,
  putOverride: assessment.putOverride,
  appendCorrection: assessment.appendCorrection,
  corrections: assessment.listCorrections,
  stamp: assessment.assessmentStamp,
};

const sourceFns = {
  add: sources.addSource,
  get: sources.getSource,
  getByUrl: sources.getSourceByUrl,
  list: sources.listSources,
  find: sources.findSource,
  setStatus: sources.setSourceStatus,
  remove: sources.removeSource,
  claimDue: sources.claimDueSources,
  recordFetch: sources.recordFetch,
  unseenUrls: sources.unseenUrls,
  markSeen: sources.markSeen,
  claimsPerSource: sources.claimsPerSource,
};

export type AccountRepository = Bound<typeof accountFns>;
export type ReviewRepository = Bound<typeof reviewFns>;
export type AuditRepository = Bound<typeof auditFns>;
export type SanctionRepository = Bound<typeof sanctionFns>;
export type EntityRepository = Bound<typeof entityFns>;
export type AssessmentRepository = Bound<typeof assessmentFns>;
export type SourceRepository = Bound<typeof sourceFns>;

export interface Repositories {
  /** Claims with reviews applied: listing, facets, one claim. */
  readonly claims: ClaimRepository;
  /** Analyst reviews of claims (append-only). */
  readonly reviews: ReviewRepository;
  /** The audit log (append-only). */
  readonly audit: AuditRepository;
  /** Users, sessions and API tokens. */
  readonly accounts: AccountRepository;
  /** Sanctions lists and the screening hits recorded for documents. */
  readonly sanctions: SanctionRepository;
  /** Gazetteer and candidate entities, and their mentions in documents. */
  readonly entities: EntityRepository;
  /** Assessment input, stored snapshots, reliability overrides and the corrections log. */
  readonly assessments: AssessmentRepository;
  /** Watched sources and the URLs fetched from them. */
  readonly sources: SourceRepository;
}

export function repositories(db: Db): Repositories {
  return {
    claims: claimRepository(db),
    reviews: bind(db, reviewFns),
    audit: bind(db, auditFns),
    accounts: bind(db, accountFns),
    sanctions: bind(db, sanctionFns),
    entities: bind(db, entityFns),
    assessments: bind(db, assessmentFns),
    sources: bind(db, sourceFns),
  };
}
