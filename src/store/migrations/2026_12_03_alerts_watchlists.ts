// Watchlists and alerts (issue 16). `alert_events` is the log of stored events worth telling someone
// about (a claim inserted, a designated party named, a contradiction, a designation added or removed,
// a finding's status changing), each once by its unique `key`. `alerts` ties an event to a watchlist
// (unique per pair, so an alert is never made twice) and each watchlist keeps the id of the last
// event it has seen (`cursor`), so nothing is lost across a restart. Deliveries (webhook, e-mail)
// are rows too, with a log of every attempt.
import type { Kysely } from "kysely";
import type { DialectName } from "../schema.ts";
import { dialectOf } from "../dialect.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: DialectName = dialectOf(db)): Promise<void> {
  const pg = dialect === "postgres";
  const serial = (t: string) =>
    db.schema
      .createTable(t)
      .addColumn("id", pg ? "serial" : "integer", (c) =>
        pg ? c.primaryKey() : c.primaryKey().autoIncrement(),
      );

  await serial("watchlists")
    .addColumn("username", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    // JSON: what is watched (names and entity id, a subject, a source, a claims filter).
    .addColumn("target", "text", (c) => c.notNull())
    // A normalised form of the target: one watchlist per user and target.
    .addColumn("target_key", "text", (c) => c.notNull())
    // sha256 of the secret feed token (the token itself is shown once).
    .addColumn("feed_token_hash", "text", (c) => c.notNull().unique())
    .addColumn("webhook_url", "text")
    .addColumn("webhook_secret", "text")
    .addColumn("webhook_failures", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("webhook_disabled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("email", "text")
    .addColumn("email_mode", "text")
    .addColumn("digest_sent_at", "text")
    .addColumn("cursor", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("watchlists_user_target", ["username", "kind", "target_key"])
    .execute();

  await serial("alert_events")
    .addColumn("key", "text", (c) => c.notNull().unique())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .execute();

  // Where each event recorder got to (claims id, party-hit time, assessment run, list versions).
  await db.schema
    .createTable("alert_recorders")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();

  // The designations last seen per list, to tell added from removed after a re-import.
  await db.schema
    .createTable("alert_designations")
    .addColumn("list_id", "text", (c) => c.notNull())
    .addColumn("source_id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("aliases", "text", (c) => c.notNull().defaultTo("[]"))
    .addPrimaryKeyConstraint("alert_designations_pk", ["list_id", "source_id"])
    .execute();

  await serial("alerts")
    .addColumn("watchlist_id", "integer", (c) => c.notNull().references("watchlists.id").onDelete("cascade"))
    .addColumn("event_id", "integer", (c) => c.notNull().references("alert_events.id"))
    .addColumn("username", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("read_at", "text")
    .addUniqueConstraint("alerts_watchlist_event", ["watchlist_id", "event_id"])
    .execute();
  await db.schema.createIndex("alerts_user_read").on("alerts").columns(["username", "read_at"]).execute();

  await serial("alert_deliveries")
    .addColumn("alert_id", "integer", (c) => c.notNull().references("alerts.id").onDelete("cascade"))
    .addColumn("watchlist_id", "integer", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("pending"))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .addColumn("last_error", "text")
    .addColumn("sent_at", "text")
    .addUniqueConstraint("alert_deliveries_alert_channel", ["alert_id", "channel"])
    .execute();
  await db.schema
    .createIndex("alert_deliveries_due")
    .on("alert_deliveries")
    .columns(["status", "next_attempt_at"])
    .execute();

  await serial("alert_delivery_log")
    .addColumn("delivery_id", "integer", (c) => c.notNull())
    .addColumn("watchlist_id", "integer", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("attempt", "integer", (c) => c.notNull())
    .addColumn("ok", "integer", (c) => c.notNull())
    .addColumn("status_code", "integer")
    .addColumn("error", "text")
    .execute();
  await db.schema
    .createIndex("alert_delivery_log_watchlist")
    .on("alert_delivery_log")
    .column("watchlist_id")
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "alert_delivery_log",
    "alert_deliveries",
    "alerts",
    "alert_designations",
    "alert_recorders",
    "alert_events",
    "watchlists",
  ])
    await db.schema.dropTable(t).ifExists().execute();
}
