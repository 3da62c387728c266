// The shapes the dashboard reads from the API. Claims share the stage types (src/types.ts); the
// rest mirror the response schemas of src/server/ for the fields the views use.
import type { Claim, Span } from "../../../types.ts";

export type { Claim, Span };
export type Quantity = Claim["quantity"];

export interface Review {
  id: number;
  claimId: number;
  decision: "accept" | "reject" | "correct";
  author: string;
  note?: string | null;
  createdAt: string;
  correction?: Record<string, unknown> | null;
}

/** A claim as GET /api/claims returns it: the reviewed view plus where it was published. */
export interface ApiClaim extends Claim {
  id: number;
  outlet?: string | null;
  published?: string | null;
  url?: string | null;
  lang?: string | null;
  review?: Review | null;
  original?: Claim | null;
}

/** A page of any list endpoint. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  nextCursor?: string | null;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  format: string;
  lang?: string | null;
  claimCount: number;
  ingestedAt?: string;
}

// Response shapes defined beside the code that builds them (type-only imports: nothing of the
// server reaches the browser bundle).
export type {
  SearchHit,
  EntitySummary,
  EntityDetail,
  EntityDesignation,
  EntityMentionDetail,
} from "../../../store/index.ts";
export type { Network, NetworkEdge, NetworkNode } from "../../../assess/network.ts";
export type { PlacesReport, PlaceSummary, PlaceClaim } from "../../../assess/place-summary.ts";
export type {
  ApiFamily,
  FigureOut,
  FindingOut,
  PeriodOut,
  SeriesOut,
} from "../../../server/services/estimate-views.ts";

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  detail: Record<string, unknown>;
}

/** GET /api/documents/:id: the document, its text and its claims (reviewed view). */
export interface DocumentDetail extends DocumentSummary {
  text: string;
  claims: ApiClaim[];
}

/** GET /api/series: a page of series with the record's summary. */
export interface SeriesPage extends Page<import("../../../server/services/estimate-views.ts").SeriesOut> {
  summary: {
    counts: Record<string, number>;
    contradictionCount: number;
    circularCount: number;
    contradictions: {
      id: string;
      seriesKey: string;
      subject: string | null;
      family: string | null;
      place: string | null;
      period: string;
      claimIds: (number | null)[];
      origins: string[];
      originNames?: string[];
      figures: (number | [number, number])[];
      reason: string;
    }[];
    circular: {
      claimId: number | null;
      earlierClaimId: number | null;
      citedVia: string;
      trueOrigin: string;
    }[];
    builtAt?: string;
  };
}

/** GET /api/screen: list records whose aliases match a name, each with the matcher's explanation. */
export interface ScreenResult {
  query: string;
  type: string | null;
  threshold: number;
  hits: {
    listId: string;
    sourceId: string;
    name: string;
    type: string;
    programmes: string[];
    matchedAlias: string;
    score: number;
    explanation: string[];
    dob?: string;
    nationality?: string;
    entities: { id: string; name: string; type: string }[];
  }[];
  entities: { id: string; name: string; type: string; score?: number; matchedAlias?: string }[];
}

/** A watched source (GET /api/monitor/sources). */
export interface MonitorSource {
  id: number;
  url: string;
  kind: string;
  everySeconds: number;
  outlet: string | null;
  lang: string | null;
  status: "active" | "paused";
  lastFetchAt: string | null;
  lastHttpStatus: number | null;
  lastError: string | null;
  nextDueAt: string;
  documents: number;
  claims: number;
  createdAt: string;
}

/** GET /api/monitor/jobs (admins). */
export interface JobsReport {
  engine: "graphile-worker" | "in-process";
  counts: Record<string, number>;
  failures: {
    id: string;
    task: string;
    key: string | null;
    state: string;
    attempts: number;
    maxAttempts: number;
    lastError: string | null;
    runAt: string;
  }[];
}

// Watchlists and alerts (src/alerts/types.ts); the API leaves out the owner and the matching cursor.
import type { Alert, WatchKind, Watchlist } from "../../../alerts/types.ts";
export type WatchKindName = WatchKind;
export type WatchlistItem = Omit<Watchlist, "username" | "cursor">;
export type AlertItem = Omit<Alert, "username">;
/** GET /api/alerts */
export interface AlertPage {
  items: AlertItem[];
  total: number;
  unread: number;
}
/** POST /api/watchlists */
export interface CreatedWatchlistResponse {
  watchlist: WatchlistItem;
  feedUrl: string;
  webhookSecret: string | null;
}
