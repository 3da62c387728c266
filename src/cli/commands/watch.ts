import type { Command } from "commander";
import { DB_HELP } from "../options.ts";

interface WatchOptions {
  once?: boolean;
  interval: string;
  allowPrivate?: boolean;
  db?: string;
}

/**
 * `flowwatch watch`: schedules the sources that are due. On PostgreSQL it queues fetch jobs for
 * `flowwatch worker` processes (any number of schedulers may run); on SQLite it runs the stages itself.
 */
export function register(program: Command): void {
  program
    .command("watch")
    .description("poll due sources: queue jobs on PostgreSQL, or fetch and ingest in-process on SQLite")
    .option("--once", "one scheduling tick, then exit")
    .option("--interval <duration>", "time between ticks", "30s")
    .option("--allow-private", "let sources reach loopback and private addresses (tests, intranets)")
    .option("--db <db>", DB_HELP)
    .action(async (opts: WatchOptions) => {
      const { parseDuration } = await import("../../monitor/duration.ts");
      const { withStore, isPostgresUrl } = await import("../../store/index.ts");
      const intervalMs = parseDuration(opts.interval) * 1000;
      await withStore(opts, async (store, db) => {
        let stop = false;
        const onSignal = () => (stop = true);
        process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
        const wait = async () => {
          for (let waited = 0; waited < intervalMs && !stop; waited += 250)
            await new Promise((r) => setTimeout(r, 250));
        };
        try {
          if (isPostgresUrl(db)) {
            const { workerUtils, scheduleDue } = await import("../../jobs/queue.ts");
            const utils = await workerUtils(db);
            try {
              do {
                const n = await scheduleDue(store, utils);
                if (n > 0 || opts.once)
                  console.log(`${new Date().toISOString()} queued ${n} source fetch job(s)`);
                if (!opts.once) await wait();
              } while (!opts.once && !stop);
            } finally {
              await utils.release();
            }
          } else {
            const { Fetcher } = await import("../../monitor/fetcher.ts");
            const { tickInProcess } = await import("../../monitor/in-process.ts");
            const { refreshAssessment } = await import("../../monitor/assess-refresh.ts");
            const fetcher = new Fetcher({ allowPrivate: opts.allowPrivate });
            try {
              do {
                const r = await tickInProcess(store, fetcher, {
                  refreshAssessment: async () => void (await refreshAssessment(db)),
                });
                if (r.sources > 0 || opts.once)
                  console.log(
                    `${new Date().toISOString()} polled ${r.sources} (${r.notModified} not modified), ${r.newUrls} new links, ingested ${r.ingested}, duplicates ${r.duplicates} (claims ${r.claims})`,
                  );
                for (const e of r.errors) console.error(`error: ${e}`);
                // alerts: webhook retries and digests that fell due since the last tick (new
                // documents were already matched by the assessment refresh)
                if (r.ingested === 0) {
                  const { runAlertsAfter } = await import("../../alerts/run.ts");
                  await runAlertsAfter(store, db, "watch");
                }
                if (!opts.once) await wait();
              } while (!opts.once && !stop);
            } finally {
              await fetcher.close();
            }
          }
        } finally {
          process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
        }
      });
    });
}
