// The alerts run step, called after an ingest, a list import, a rescreen and an assessment refresh:
// record the events stored since the last run, match them against every watchlist, then deliver
// (in-process on SQLite; as a fw_deliver_alerts job when a PostgreSQL job queue is configured).
import type { Store } from "../store/index.ts";
import { recordEvents, type RecordSummary } from "../store/index.ts";
import { matchPending, type MatchSummary } from "../store/index.ts";
import { deliverDue, deliverySettings, type DeliverySettings, type DeliverySummary } from "./deliver.ts";

export type DeliveryMode = "inline" | "queue" | "off";

/**
 * `$FLOWWATCH_ALERTS_DELIVERY` (`inline`, `queue`, `off`), else `queue` on PostgreSQL when
 * graphile-worker's schema is there (a worker runs the job) and `inline` otherwise.
 */
export async function deliveryMode(
  store: Store,
  env: NodeJS.ProcessEnv = process.env,
): Promise<DeliveryMode> {
  const v = env.FLOWWATCH_ALERTS_DELIVERY;
  if (v === "inline" || v === "queue" || v === "off") return v;
  if (store.dialect !== "postgres") return "inline";
  const { jobsSchema } = await import("../jobs/queue.ts");
  const { schemaExists } = await import("../store/index.ts");
  return (await schemaExists(store, jobsSchema())) ? "queue" : "inline";
}

export interface AlertsRunSummary {
  recorded: RecordSummary;
  matched: MatchSummary;
  mode: DeliveryMode;
  delivered?: DeliverySummary;
}

export interface RunOptions {
  /** The database location, needed to queue a job on PostgreSQL. */
  db?: string;
  mode?: DeliveryMode;
  settings?: DeliverySettings;
}

export async function runAlerts(store: Store, opts: RunOptions = {}): Promise<AlertsRunSummary> {
  const recorded = await recordEvents(store);
  const matched = await matchPending(store);
  const mode = opts.mode ?? (await deliveryMode(store));
  if (mode === "off") return { recorded, matched, mode };
  if (mode === "queue" && opts.db) {
    if (matched.deliveries > 0) {
      const { queueDelivery } = await import("../jobs/queue.ts");
      await queueDelivery(opts.db);
    }
    return { recorded, matched, mode };
  }
  return {
    recorded,
    matched,
    mode: "inline",
    delivered: await deliverDue(store, opts.settings ?? deliverySettings()),
  };
}

/** For the CLI: one line, or nothing when nothing happened. */
export function describeRun(r: AlertsRunSummary): string | null {
  const events = Object.values(r.recorded).reduce((a, b) => a + b, 0);
  const d0 = r.delivered;
  // Quiet unless someone is told something: an ingest's output stays as it was without watchlists.
  if (
    r.matched.alerts === 0 &&
    !(d0 && d0.webhooksSent + d0.webhooksFailed + d0.mailsSent + d0.digestsSent > 0)
  )
    return null;
  const d = r.delivered;
  const parts = d
    ? [
        d.webhooksSent ? `${d.webhooksSent} webhook(s) sent` : "",
        d.webhooksFailed ? `${d.webhooksFailed} webhook attempt(s) failed` : "",
        d.mailsSent ? `${d.mailsSent} e-mail(s)` : "",
        d.digestsSent ? `${d.digestsSent} digest(s)` : "",
      ].filter(Boolean)
    : r.mode === "queue" && r.matched.deliveries
      ? ["deliveries queued"]
      : [];
  const sent = parts.length ? `; ${parts.join(", ")}` : "";
  return `alerts: ${events} new event(s), ${r.matched.alerts} alert(s)${sent}`;
}

/** Runs the alerts step after another command; a failure is reported, never fatal to that command. */
export async function runAlertsAfter(
  store: Store,
  db: string | undefined,
  what: string,
  print: (line: string) => void = (l) => console.log(l),
): Promise<void> {
  try {
    const line = describeRun(await runAlerts(store, { db }));
    if (line) print(line);
  } catch (err) {
    console.error(`flowwatch: warning: alerts after ${what} failed: ${(err as Error).message}`);
  }
}
