import type { Command } from "commander";
import { DB_HELP } from "../options.ts";

interface JobsOptions {
  retry?: boolean;
  purge?: boolean;
  json?: boolean;
  db?: string;
}

/** `flowwatch jobs`: the PostgreSQL job queue: counts by state, failures with reasons, retry, purge. */
export function register(program: Command): void {
  program
    .command("jobs")
    .description(
      "show monitor jobs by state and failed jobs with reasons; --retry or --purge the failed ones",
    )
    .option("--retry", "queue every failed job again (attempts reset)")
    .option("--purge", "delete every failed job")
    .option("--json", "print the jobs as JSON")
    .option("--db <db>", DB_HELP)
    .action(async (opts: JobsOptions) => {
      const { defaultDb, isPostgresUrl } = await import("../../store/index.ts");
      const db = opts.db ?? defaultDb();
      if (!isPostgresUrl(db))
        throw new Error(
          "the job queue lives on PostgreSQL; on SQLite `flowwatch watch` runs jobs in-process",
        );
      const { workerUtils } = await import("../../jobs/queue.ts");
      const { listJobs, countByState } = await import("../../jobs/inspect.ts");
      const utils = await workerUtils(db);
      try {
        let jobs = await listJobs(db);
        const failed = jobs.filter((j) => j.state === "failed").map((j) => j.id);
        if (opts.retry && failed.length) {
          await utils.rescheduleJobs(failed, { runAt: new Date(), attempts: 0 });
          console.log(`re-queued ${failed.length} failed job(s)`);
        }
        if (opts.purge && failed.length) {
          await utils.completeJobs(failed);
          console.log(`purged ${failed.length} failed job(s)`);
        }
        if (opts.retry || opts.purge) jobs = await listJobs(db);
        if (opts.json) {
          process.stdout.write(JSON.stringify({ counts: countByState(jobs), jobs }, null, 2) + "\n");
          return;
        }
        const counts = countByState(jobs);
        console.log(
          Object.entries(counts)
            .map(([k, v]) => `${k} ${v}`)
            .join(", "),
        );
        for (const j of jobs.filter((x) => x.state === "failed" || x.state === "retrying")) {
          console.log(
            `${j.state}\t#${j.id}\t${j.task}\t${j.attempts}/${j.maxAttempts}\t${j.key ?? ""}\t${(j.lastError ?? "").split("\n")[0]}`,
          );
        }
      } finally {
        await utils.release();
      }
    });
}
