// Watchlists per user (tables from migration 2026_12_03_alerts_watchlists). A watchlist is
// configuration, not evidence: it is created, its channels changed and it is removed in place.
// Its feed token is stored only as a SHA-256 (shown once, rotated on demand); the webhook secret
// is stored as is because every delivery is signed with it.
import type { Entity } from "../types.ts";
import { hashSecret, newSecret } from "../auth/tokens.ts";
import { resolveTarget, WatchInputError } from "../alerts/targets.ts";
import type { EmailMode, WatchKind, WatchTarget, Watchlist } from "../alerts/types.ts";
import type { Store } from "./store.ts";
import type { WatchlistsTable } from "./schema.ts";
import { parseJson, toEntity } from "./entity-rows.ts";
import { recordEvents } from "./alert-recorders.ts";
import { loadRegistry } from "../resolve/entities/registry.ts";

export type { AlertTables, WatchlistsTable } from "./schema.ts";

/** The store's database handle (the alert tables are part of the one `Database` type). */
export const alertDb = (store: Store) => store.kysely;

export const FEED_TOKEN_PREFIX = "fwf_";

export interface NewWatchlist {
  username: string;
  kind: string;
  /** A name, subject or source; for `query` a claims filter (object, JSON or `a=b&c=d`). */
  value: unknown;
  webhookUrl?: string | null;
  email?: string | null;
  emailMode?: EmailMode | null;
}

export interface CreatedWatchlist {
  watchlist: Watchlist;
  /** The secret of the Atom feed URL: shown once, only its hash is stored. */
  feedToken: string;
  /** Signs webhook bodies (X-Flowwatch-Signature); null without a webhook. */
  webhookSecret: string | null;
}

export function toWatchlist(r: WatchlistsTable): Watchlist {
  return {
    id: Number(r.id),
    username: r.username,
    kind: r.kind as WatchKind,
    label: r.label,
    target: parseJson<WatchTarget>(r.target, {}),
    webhookUrl: r.webhook_url,
    webhookDisabled: Number(r.webhook_disabled) === 1,
    webhookFailures: Number(r.webhook_failures),
    email: r.email,
    emailMode: (r.email_mode as EmailMode | null) ?? null,
    cursor: Number(r.cursor),
    createdAt: r.created_at,
  };
}

function checkChannels(w: Pick<NewWatchlist, "webhookUrl" | "email" | "emailMode">): void {
  if (w.webhookUrl) {
    let u: URL;
    try {
      u = new URL(w.webhookUrl);
    } catch {
      throw new WatchInputError(`webhook: invalid URL "${w.webhookUrl}"`);
    }
    if (u.protocol !== "http:" && u.protocol !== "https:")
      throw new WatchInputError(`webhook: only http(s) URLs, got ${u.protocol}`);
  }
  if (w.email && !/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(w.email))
    throw new WatchInputError(`email: "${w.email}" is not an e-mail address`);
  if (w.emailMode && w.emailMode !== "immediate" && w.emailMode !== "digest")
    throw new WatchInputError(`email mode must be immediate or digest, got "${String(w.emailMode)}"`);
}

/**
 * Entities to resolve a party or place name against: those stored (gazetteer and candidates found
 * in documents) plus the gazetteer itself, which a database that has ingested nothing yet lacks.
 */
export async function entitiesForMatching(store: Store): Promise<Entity[]> {
  const rows = (await store.kysely.selectFrom("entities").selectAll().execute()).map(toEntity);
  const stored = new Set(rows.map((e) => e.id));
  return [...rows, ...loadRegistry().entities.filter((e) => !stored.has(e.id))];
}

/** The id of the newest stored event: a new watchlist starts after it. */
async function lastEventId(store: Store): Promise<number> {
  const r = await alertDb(store)
    .selectFrom("alert_events")
    .select((eb) => eb.fn.max("id").as("max"))
    .executeTakeFirst();
  return Number(r?.max ?? 0);
}

/** Creates a watchlist; alerts start with the events recorded after this moment. */
export async function createWatchlist(
  store: Store,
  w: NewWatchlist,
  now = new Date(),
): Promise<CreatedWatchlist> {
  if (!w.username) throw new WatchInputError("a watchlist belongs to a user");
  checkChannels(w);
  const needsEntities = w.kind === "party" || w.kind === "place";
  const resolved = resolveTarget(w.kind, w.value, needsEntities ? await entitiesForMatching(store) : []);
  const existing = await alertDb(store)
    .selectFrom("watchlists")
    .select("id")
    .where("username", "=", w.username)
    .where("kind", "=", w.kind)
    .where("target_key", "=", resolved.key)
    .executeTakeFirst();
  if (existing)
    throw new WatchInputError(`already watching ${w.kind} "${resolved.label}" (watchlist ${existing.id})`);
  // Record what is already stored first: the watchlist starts after it.
  await recordEvents(store, now);
  const feedToken = FEED_TOKEN_PREFIX + newSecret(24);
  const webhookSecret = w.webhookUrl ? newSecret(32) : null;
  const row: WatchlistsTable = {
    username: w.username,
    kind: w.kind,
    label: resolved.label,
    target: JSON.stringify(resolved.target),
    target_key: resolved.key,
    feed_token_hash: hashSecret(feedToken),
    webhook_url: w.webhookUrl || null,
    webhook_secret: webhookSecret,
    webhook_failures: 0,
    webhook_disabled: 0,
    email: w.email || null,
    email_mode: w.email ? (w.emailMode ?? "immediate") : null,
    digest_sent_at: null,
    cursor: await lastEventId(store),
    created_at: now.toISOString(),
  };
  const { id } = await alertDb(store)
    .insertInto("watchlists")
    .values(row)
    .returning("id")
    .executeTakeFirstOrThrow();
  return { watchlist: toWatchlist({ ...row, id: Number(id) }), feedToken, webhookSecret };
}

export async function listWatchlists(store: Store, username?: string): Promise<Watchlist[]> {
  let q = alertDb(store).selectFrom("watchlists").selectAll().orderBy("id");
  if (username !== undefined) q = q.where("username", "=", username);
  return (await q.execute()).map((r) => toWatchlist(r as WatchlistsTable));
}

export async function getWatchlist(store: Store, id: number): Promise<Watchlist | null> {
  const r = await alertDb(store).selectFrom("watchlists").selectAll().where("id", "=", id).executeTakeFirst();
  return r ? toWatchlist(r as WatchlistsTable) : null;
}

/** The watchlist a feed token opens, or null (the token is compared by its hash). */
export async function watchlistByFeedToken(store: Store, token: string): Promise<Watchlist | null> {
  if (!token.startsWith(FEED_TOKEN_PREFIX)) return null;
  const r = await alertDb(store)
    .selectFrom("watchlists")
    .selectAll()
    .where("feed_token_hash", "=", hashSecret(token))
    .executeTakeFirst();
  return r ? toWatchlist(r as WatchlistsTable) : null;
}

/** A new feed token (the old URL stops working). */
export async function rotateFeedToken(store: Store, id: number): Promise<string> {
  const token = FEED_TOKEN_PREFIX + newSecret(24);
  await alertDb(store)
    .updateTable("watchlists")
    .set({ feed_token_hash: hashSecret(token) })
    .where("id", "=", id)
    .execute();
  return token;
}

/** Removes a watchlist with its alerts, deliveries and delivery log; `username` limits it to its owner. */
export async function removeWatchlist(store: Store, id: number, username?: string): Promise<boolean> {
  return alertDb(store)
    .transaction()
    .execute(async (tx) => {
      let q = tx.selectFrom("watchlists").select("id").where("id", "=", id);
      if (username !== undefined) q = q.where("username", "=", username);
      if (!(await q.executeTakeFirst())) return false;
      await tx.deleteFrom("alert_delivery_log").where("watchlist_id", "=", id).execute();
      await tx.deleteFrom("alert_deliveries").where("watchlist_id", "=", id).execute();
      await tx.deleteFrom("alerts").where("watchlist_id", "=", id).execute();
      await tx.deleteFrom("watchlists").where("id", "=", id).execute();
      return true;
    });
}

/** The webhook secret (for signing) of a watchlist. */
export async function webhookSecret(store: Store, id: number): Promise<string | null> {
  const r = await alertDb(store)
    .selectFrom("watchlists")
    .select("webhook_secret")
    .where("id", "=", id)
    .executeTakeFirst();
  return r?.webhook_secret ?? null;
}

/** Re-enables a webhook disabled after failures. */
export async function enableWebhook(store: Store, id: number): Promise<void> {
  await alertDb(store)
    .updateTable("watchlists")
    .set({ webhook_disabled: 0, webhook_failures: 0 })
    .where("id", "=", id)
    .execute();
}
