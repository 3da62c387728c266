// Alerts in the store: matching recorded events against every watchlist (each from its own
// cursor), the in-app inbox, the Atom feed's entries, and the webhook / e-mail delivery queue with
// its log. Matching a watchlist, storing its alerts and deliveries and moving its cursor happen in
// one transaction, and (watchlist, event) is unique: an alert is never lost nor made twice.
import { matchEvents } from "../alerts/match.ts";
import type { Alert, AlertEvent, AlertEventKind, EventPayload, Watchlist } from "../alerts/types.ts";
import { alertsTransaction } from "./alert-recorders.ts";
import { parseJson } from "./entity-rows.ts";
import type { Store } from "./store.ts";
import { alertDb, toWatchlist, type WatchlistsTable } from "./watchlists.ts";

const EVENT_PAGE = 1000;

function toEvent(r: { id?: number; key: string; kind: string; at: string; payload: string }): AlertEvent {
  return {
    id: Number(r.id),
    key: r.key,
    kind: r.kind as AlertEventKind,
    at: r.at,
    payload: parseJson<EventPayload>(r.payload, {
      title: "",
      summary: "",
      link: "#/",
      subjects: [],
      places: [],
      names: [],
      entityIds: [],
      sources: [],
    }),
  };
}

export interface MatchSummary {
  alerts: number;
  deliveries: number;
}

/** Matches the events after each watchlist's cursor; stores alerts and deliveries; moves cursors. */
export async function matchPending(store: Store, now = new Date()): Promise<MatchSummary> {
  const at = now.toISOString();
  return alertsTransaction(store, async (tx) => {
    const watchlists = (await tx.selectFrom("watchlists").selectAll().orderBy("id").execute()).map((r) =>
      toWatchlist(r as WatchlistsTable),
    );
    const summary = { alerts: 0, deliveries: 0 };
    if (watchlists.length === 0) return summary;
    let after = Math.min(...watchlists.map((w) => w.cursor));
    const last = new Map<number, number>(watchlists.map((w) => [w.id, w.cursor]));
    for (;;) {
      const events = (
        await tx
          .selectFrom("alert_events")
          .selectAll()
          .where("id", ">", after)
          .orderBy("id")
          .limit(EVENT_PAGE)
          .execute()
      ).map((r) => toEvent(r as Parameters<typeof toEvent>[0]));
      if (events.length === 0) break;
      const byId = new Map(watchlists.map((w) => [w.id, w]));
      for (const m of matchEvents(watchlists, events)) {
        const w = byId.get(m.watchlistId)!;
        const inserted = await tx
          .insertInto("alerts")
          .values({
            watchlist_id: w.id,
            event_id: m.eventId,
            username: w.username,
            created_at: at,
            read_at: null,
          })
          .onConflict((oc) => oc.columns(["watchlist_id", "event_id"]).doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) continue;
        summary.alerts++;
        const alert = await tx
          .selectFrom("alerts")
          .select("id")
          .where("watchlist_id", "=", w.id)
          .where("event_id", "=", m.eventId)
          .executeTakeFirstOrThrow();
        const channels = [...(w.webhookUrl ? ["webhook"] : []), ...(w.email ? ["email"] : [])];
        for (const channel of channels) {
          await tx
            .insertInto("alert_deliveries")
            .values({
              alert_id: Number(alert.id),
              watchlist_id: w.id,
              channel,
              status: "pending",
              attempts: 0,
              next_attempt_at: at,
              last_error: null,
              sent_at: null,
            })
            .onConflict((oc) => oc.columns(["alert_id", "channel"]).doNothing())
            .execute();
          summary.deliveries++;
        }
      }
      after = events[events.length - 1].id;
      for (const w of watchlists) if (after > w.cursor) last.set(w.id, after);
    }
    for (const w of watchlists)
      if (last.get(w.id)! > w.cursor)
        await tx
          .updateTable("watchlists")
          .set({ cursor: last.get(w.id)! })
          .where("id", "=", w.id)
          .execute();
    return summary;
  });
}

export interface AlertFilter {
  unread?: boolean;
  watchlistId?: number;
  limit?: number;
  offset?: number;
}

function baseAlertQuery(store: Store) {
  return alertDb(store)
    .selectFrom("alerts as a")
    .innerJoin("alert_events as e", "e.id", "a.event_id")
    .innerJoin("watchlists as w", "w.id", "a.watchlist_id")
    .select([
      "a.id as alert_id",
      "a.watchlist_id",
      "a.username",
      "a.created_at",
      "a.read_at",
      "w.label",
      "e.id",
      "e.key",
      "e.kind",
      "e.at",
      "e.payload",
    ]);
}

type AlertRow = {
  alert_id: number;
  watchlist_id: number;
  username: string;
  created_at: string;
  read_at: string | null;
  label: string;
  id: number;
  key: string;
  kind: string;
  at: string;
  payload: string;
};

function toAlert(r: AlertRow): Alert {
  return {
    id: Number(r.alert_id),
    watchlistId: Number(r.watchlist_id),
    watchlistLabel: r.label,
    username: r.username,
    createdAt: r.created_at,
    readAt: r.read_at,
    event: toEvent(r),
  };
}

/** A user's alerts, newest first. */
export async function listAlerts(
  store: Store,
  username: string,
  f: AlertFilter = {},
): Promise<{ items: Alert[]; total: number; unread: number }> {
  let q = baseAlertQuery(store).where("a.username", "=", username);
  if (f.unread) q = q.where("a.read_at", "is", null);
  if (f.watchlistId !== undefined) q = q.where("a.watchlist_id", "=", f.watchlistId);
  const rows = await q
    .orderBy("a.id", "desc")
    .limit(Math.min(Math.max(f.limit ?? 50, 1), 500))
    .offset(Math.max(f.offset ?? 0, 0))
    .execute();
  let countQ = alertDb(store)
    .selectFrom("alerts as a")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("a.username", "=", username);
  if (f.unread) countQ = countQ.where("a.read_at", "is", null);
  if (f.watchlistId !== undefined) countQ = countQ.where("a.watchlist_id", "=", f.watchlistId);
  const total = Number((await countQ.executeTakeFirst())?.n ?? 0);
  return {
    items: rows.map((r) => toAlert(r as AlertRow)),
    total,
    unread: await unreadCount(store, username),
  };
}

export async function unreadCount(store: Store, username: string): Promise<number> {
  const r = await alertDb(store)
    .selectFrom("alerts")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("username", "=", username)
    .where("read_at", "is", null)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Marks the user's alerts read (these ids, or all when `ids` is omitted); returns how many changed. */
export async function markRead(
  store: Store,
  username: string,
  ids?: number[],
  now = new Date(),
): Promise<number> {
  if (ids && ids.length === 0) return 0;
  let q = alertDb(store)
    .updateTable("alerts")
    .set({ read_at: now.toISOString() })
    .where("username", "=", username)
    .where("read_at", "is", null);
  if (ids) q = q.where("id", "in", ids);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

/** The newest alerts of one watchlist (for its Atom feed). */
export async function watchlistAlerts(store: Store, watchlistId: number, limit = 50): Promise<Alert[]> {
  const rows = await baseAlertQuery(store)
    .where("a.watchlist_id", "=", watchlistId)
    .orderBy("a.id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => toAlert(r as AlertRow));
}

// ---- deliveries ----

export interface PendingDelivery {
  deliveryId: number;
  channel: "webhook" | "email";
  attempts: number;
  alert: Alert;
  watchlist: Watchlist;
  webhookSecret: string | null;
}

/** Deliveries due at `now` on one channel (webhooks of disabled watchlists are left waiting). */
export async function dueDeliveries(
  store: Store,
  channel: "webhook" | "email",
  now = new Date(),
  limit = 200,
): Promise<PendingDelivery[]> {
  let q = alertDb(store)
    .selectFrom("alert_deliveries as d")
    .innerJoin("alerts as a", "a.id", "d.alert_id")
    .innerJoin("alert_events as e", "e.id", "a.event_id")
    .innerJoin("watchlists as w", "w.id", "d.watchlist_id")
    .selectAll("w")
    .select([
      "d.id as delivery_id",
      "d.attempts",
      "a.id as alert_id",
      "a.watchlist_id",
      "a.username as alert_username",
      "a.created_at as alert_created_at",
      "a.read_at as alert_read_at",
      "e.id as event_id",
      "e.key",
      "e.kind as event_kind",
      "e.at",
      "e.payload",
    ])
    .where("d.channel", "=", channel)
    .where("d.status", "=", "pending")
    .where("d.next_attempt_at", "<=", now.toISOString())
    .orderBy("d.id")
    .limit(limit);
  if (channel === "webhook") q = q.where("w.webhook_disabled", "=", 0);
  const rows = await q.execute();
  return rows.map((r) => {
    const row = r as unknown as WatchlistsTable & Record<string, unknown>;
    return {
      deliveryId: Number(row.delivery_id),
      channel,
      attempts: Number(row.attempts),
      watchlist: toWatchlist(row),
      webhookSecret: row.webhook_secret,
      alert: toAlert({
        alert_id: Number(row.alert_id),
        watchlist_id: Number(row.watchlist_id),
        username: String(row.alert_username),
        created_at: String(row.alert_created_at),
        read_at: (row.alert_read_at as string | null) ?? null,
        label: String(row.label),
        id: Number(row.event_id),
        key: String(row.key),
        kind: String(row.event_kind),
        at: String(row.at),
        payload: String(row.payload),
      }),
    };
  });
}

export interface AttemptOutcome {
  ok: boolean;
  statusCode?: number | null;
  error?: string | null;
  /** When to try again after a failure; null gives up (status `failed`). */
  retryAt?: Date | null;
}

/**
 * Records one delivery attempt: the log row, the delivery's state, and for webhooks the
 * watchlist's consecutive-failure count (disabled at `maxFailures`). Returns whether it disabled it.
 */
export async function recordAttempt(
  store: Store,
  d: Pick<PendingDelivery, "deliveryId" | "channel" | "attempts"> & { watchlistId: number },
  o: AttemptOutcome,
  opts: { maxFailures?: number; now?: Date } = {},
): Promise<{ disabled: boolean }> {
  const now = (opts.now ?? new Date()).toISOString();
  const attempt = d.attempts + 1;
  return alertDb(store)
    .transaction()
    .execute(async (tx) => {
      await tx
        .insertInto("alert_delivery_log")
        .values({
          delivery_id: d.deliveryId,
          watchlist_id: d.watchlistId,
          channel: d.channel,
          at: now,
          attempt,
          ok: o.ok ? 1 : 0,
          status_code: o.statusCode ?? null,
          error: o.error ? o.error.slice(0, 500) : null,
        })
        .execute();
      await tx
        .updateTable("alert_deliveries")
        .set({
          attempts: attempt,
          status: o.ok ? "sent" : o.retryAt ? "pending" : "failed",
          next_attempt_at: o.retryAt ? o.retryAt.toISOString() : now,
          last_error: o.ok ? null : (o.error ?? `HTTP ${o.statusCode}`).slice(0, 500),
          sent_at: o.ok ? now : null,
        })
        .where("id", "=", d.deliveryId)
        .execute();
      if (d.channel !== "webhook") return { disabled: false };
      if (o.ok) {
        await tx
          .updateTable("watchlists")
          .set({ webhook_failures: 0 })
          .where("id", "=", d.watchlistId)
          .execute();
        return { disabled: false };
      }
      const w = await tx
        .selectFrom("watchlists")
        .select("webhook_failures")
        .where("id", "=", d.watchlistId)
        .executeTakeFirst();
      const failures = Number(w?.webhook_failures ?? 0) + 1;
      const disabled = failures >= (opts.maxFailures ?? 5);
      await tx
        .updateTable("watchlists")
        .set({ webhook_failures: failures, ...(disabled ? { webhook_disabled: 1 } : {}) })
        .where("id", "=", d.watchlistId)
        .execute();
      return { disabled };
    });
}

/** Marks e-mail deliveries sent together (a digest), with one log row each. */
export async function recordDigestSent(
  store: Store,
  watchlistId: number,
  deliveries: Pick<PendingDelivery, "deliveryId" | "attempts">[],
  now = new Date(),
): Promise<void> {
  const at = now.toISOString();
  await alertDb(store)
    .transaction()
    .execute(async (tx) => {
      for (const d of deliveries) {
        await tx
          .updateTable("alert_deliveries")
          .set({ status: "sent", attempts: d.attempts + 1, sent_at: at, last_error: null })
          .where("id", "=", d.deliveryId)
          .execute();
        await tx
          .insertInto("alert_delivery_log")
          .values({
            delivery_id: d.deliveryId,
            watchlist_id: watchlistId,
            channel: "email",
            at,
            attempt: d.attempts + 1,
            ok: 1,
            status_code: null,
            error: null,
          })
          .execute();
      }
      await tx.updateTable("watchlists").set({ digest_sent_at: at }).where("id", "=", watchlistId).execute();
    });
}

/** When the watchlist's last digest went out (null: never). */
export async function digestSentAt(store: Store, watchlistId: number): Promise<string | null> {
  const r = await alertDb(store)
    .selectFrom("watchlists")
    .select("digest_sent_at")
    .where("id", "=", watchlistId)
    .executeTakeFirst();
  return r?.digest_sent_at ?? null;
}

export interface DeliveryLogEntry {
  id: number;
  deliveryId: number;
  channel: string;
  at: string;
  attempt: number;
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

/** A watchlist's delivery log, newest first. */
export async function deliveryLog(
  store: Store,
  watchlistId: number,
  limit = 100,
): Promise<DeliveryLogEntry[]> {
  const rows = await alertDb(store)
    .selectFrom("alert_delivery_log")
    .selectAll()
    .where("watchlist_id", "=", watchlistId)
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    deliveryId: Number(r.delivery_id),
    channel: r.channel,
    at: r.at,
    attempt: Number(r.attempt),
    ok: Number(r.ok) === 1,
    statusCode: r.status_code === null ? null : Number(r.status_code),
    error: r.error,
  }));
}

/** Delivery counts by channel and status (for `flowwatch alerts --status` and tests). */
export async function deliveryCounts(store: Store): Promise<Record<string, number>> {
  const rows = await alertDb(store)
    .selectFrom("alert_deliveries")
    .select(["channel", "status", (eb) => eb.fn.countAll().as("n")])
    .groupBy(["channel", "status"])
    .execute();
  return Object.fromEntries(rows.map((r) => [`${r.channel}:${r.status}`, Number(r.n)]));
}

/** The earliest pending delivery not yet due (webhooks of disabled watchlists excepted), or null. */
export async function nextDeliveryAt(store: Store): Promise<string | null> {
  const r = await alertDb(store)
    .selectFrom("alert_deliveries as d")
    .innerJoin("watchlists as w", "w.id", "d.watchlist_id")
    .select((eb) => eb.fn.min("d.next_attempt_at").as("at"))
    .where("d.status", "=", "pending")
    .where((eb) => eb.or([eb("d.channel", "=", "email"), eb("w.webhook_disabled", "=", 0)]))
    .executeTakeFirst();
  return r?.at ? String(r.at) : null;
}
