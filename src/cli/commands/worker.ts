import type { Command } from "commander";
import { DB_HELP } from "../options.ts";

/** `flowwatch worker`: runs the monitor's queued stages (fetch, ingest, assess-refresh) on PostgreSQL. */
export function register(program: Command): void {
  program
    .command("worker")
    .description(
      "run queued monitor jobs (fetch → ingest → assess-refresh) against PostgreSQL; start as many as you like",
    )
    .option("--concurrency <n>", "jobs run at once in this process", "4")
    .option("--allow-private", "let sources reach loopback and private addresses (tests, intranets)")
    .option("--db <db>", DB_HELP)
    .action(async (opts: { concurrency: string; allowPrivate?: boolean; db?: string }) => {
      const concurrency = Number(opts.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1)
        throw new Error(`--concurrency must be a whole number ≥ 1, got "${opts.concurrency}"`);
      const { withStore, defaultDb, isPostgresUrl } = await import("../../store/index.ts");
      if (!isPostgresUrl(opts.db ?? defaultDb()))
        throw new Error(
          "worker needs a postgres:// database (on SQLite, `flowwatch watch` runs the stages itself)",
        );
      await withStore(opts, async (store, db) => {
        const { startWorker } = await import("../../jobs/queue.ts");
        const runner = await startWorker(db, store, {
          concurrency,
          fetcher: { allowPrivate: opts.allowPrivate },
        });
        await runner.promise;
      });
    });
}
