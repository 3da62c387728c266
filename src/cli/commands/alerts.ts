import type { Command } from "commander";
import { DB_HELP } from "../options.ts";
import { cliUser, withStore } from "./watch-list.ts";

interface AlertsOptions {
  user?: string;
  unread?: boolean;
  limit: string;
  markRead?: boolean;
  json?: boolean;
  db?: string;
}

/** `flowwatch alerts [--unread]`, `alerts run`, `alerts deliver`: the inbox and the alerts run step. */
export function register(program: Command): void {
  const alerts = program
    .command("alerts")
    .description(
      "a user's alerts (newest first); `alerts run` matches and delivers, `alerts deliver` retries and sends digests",
    )
    .option("--user <name>", "whose alerts (default $FLOWWATCH_USER)")
    .option("--unread", "only unread alerts")
    .option("--limit <n>", "how many", "50")
    .option("--mark-read", "mark the alerts shown as read")
    .option("--json", "print as JSON")
    .option("--db <db>", DB_HELP)
    .action(async (opts: AlertsOptions) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500)
        throw new Error(`--limit must be a whole number from 1 to 500, got "${opts.limit}"`);
      await withStore(opts.db, async (store) => {
        const username = await cliUser(store, opts.user);
        const { listAlerts, markRead } = await import("../../store/index.ts");
        const { terminalSafe } = await import("../ingest-report.ts");
        const page = await listAlerts(store, username, { unread: opts.unread, limit });
        if (opts.markRead)
          await markRead(
            store,
            username,
            page.items.map((a) => a.id),
          );
        if (opts.json) return console.log(JSON.stringify(page, null, 2));
        console.log(
          opts.unread
            ? `${page.unread} unread alert(s) for ${username}`
            : `${page.unread} unread of ${page.total} alert(s) for ${username}`,
        );
        for (const a of page.items) {
          const p = a.event.payload;
          console.log(
            `${a.readAt ? " " : "*"} #${a.id} ${a.createdAt.slice(0, 16)} [${terminalSafe(a.watchlistLabel)}] ${terminalSafe(p.title)}`,
          );
          console.log(`    ${terminalSafe(p.summary)}`);
        }
      });
    });

  alerts
    .command("run")
    .description(
      "record new events, match them against every watchlist and deliver (ingest, lists import and assess do this themselves)",
    )
    .option("--db <db>", DB_HELP)
    .action(async (opts: { db?: string }) => {
      await withStore(opts.db, async (store, db) => {
        const { runAlerts } = await import("../../alerts/run.ts");
        const r = await runAlerts(store, { db });
        const events = Object.entries(r.recorded)
          .map(([k, n]) => `${k} ${n}`)
          .join(", ");
        console.log(
          `events: ${events}; alerts ${r.matched.alerts}, deliveries ${r.matched.deliveries} (${r.mode})`,
        );
        if (r.delivered) console.log(JSON.stringify(r.delivered));
      });
    });

  alerts
    .command("deliver")
    .description(
      "send due webhooks and e-mails now: retries whose backoff has passed, and digests whose day is up (run it from cron)",
    )
    .option("--force-digest", "send digests now even before their day is up")
    .option("--db <db>", DB_HELP)
    .action(async (opts: { forceDigest?: boolean; db?: string }) => {
      await withStore(opts.db, async (store) => {
        const { deliverDue } = await import("../../alerts/deliver.ts");
        const r = await deliverDue(store, undefined, { forceDigest: opts.forceDigest });
        console.log(
          `webhooks sent ${r.webhooksSent}, failed ${r.webhooksFailed}${r.webhooksDisabled.length ? ` (disabled: watchlist ${r.webhooksDisabled.join(", ")})` : ""}; e-mails ${r.mailsSent}, digests ${r.digestsSent}${r.mailErrors ? `, ${r.mailErrors} mail error(s)` : ""}`,
        );
        if (r.webhooksFailed || r.mailErrors) process.exitCode = 1;
      });
    });
}
