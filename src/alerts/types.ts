// The records of the alerts stage: what a user watches, the stored events that may concern them,
// and the alerts made from the two.
import type { Subject } from "../types.ts";

export const WATCH_KINDS = ["party", "place", "subject", "source", "query"] as const;
export type WatchKind = (typeof WATCH_KINDS)[number];

export const EVENT_KINDS = [
  "claim",
  "designated_mention",
  "contradiction",
  "designation_added",
  "designation_removed",
  "finding_status",
] as const;
export type AlertEventKind = (typeof EVENT_KINDS)[number];

/** The claims-explorer filter a saved query watches (the same fields as GET /api/claims). */
export interface ClaimQuery {
  subject?: string;
  destination?: string;
  source?: string;
  docId?: string;
  from?: string;
  to?: string;
  reviewed?: boolean;
  decision?: "accept" | "reject" | "correct";
}

export const CLAIM_QUERY_FIELDS = [
  "subject",
  "destination",
  "source",
  "docId",
  "from",
  "to",
  "reviewed",
  "decision",
] as const;

/** What a watchlist watches. */
export interface WatchTarget {
  /** party / place: the registry entity the name resolved to, when it did. */
  entityId?: string | null;
  /** party / place: every spelling to match (the entity's name and aliases, or the name typed). */
  names?: string[];
  subject?: Subject | string;
  source?: string;
  filter?: ClaimQuery;
}

export type EmailMode = "immediate" | "digest";

export interface Watchlist {
  id: number;
  username: string;
  kind: WatchKind;
  label: string;
  target: WatchTarget;
  webhookUrl: string | null;
  webhookDisabled: boolean;
  webhookFailures: number;
  email: string | null;
  emailMode: EmailMode | null;
  /** Id of the last event this watchlist has been matched against. */
  cursor: number;
  createdAt: string;
}

/** The claim an event is about, as much as matching and the message need. */
export interface EventClaim {
  id: number;
  docId: string;
  subject: string;
  event: string;
  quantity: number | [number, number];
  unit: string;
  destination: string | null;
  attributedTo: string | null;
  attributionChain: string[];
  time: string | null;
  outlet: string | null;
  published: string | null;
  evidence: string;
}

/** The facts of an event: what matching looks at and what a message says. All plain text. */
export interface EventPayload {
  title: string;
  summary: string;
  /** The dashboard route that shows it, e.g. `#/claims/12`. */
  link: string;
  docId?: string;
  claim?: EventClaim;
  subjects: string[];
  places: string[];
  names: string[];
  entityIds: string[];
  sources: string[];
}

export interface AlertEvent {
  id: number;
  key: string;
  kind: AlertEventKind;
  at: string;
  payload: EventPayload;
}

/** An event about to be stored: its key makes it unique (recording it twice is a no-op). */
export type NewAlertEvent = Omit<AlertEvent, "id">;

export interface Alert {
  id: number;
  watchlistId: number;
  watchlistLabel: string;
  username: string;
  createdAt: string;
  readAt: string | null;
  event: AlertEvent;
}
