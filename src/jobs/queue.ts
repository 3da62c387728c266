// The monitor's stages as graphile-worker jobs on PostgreSQL: fw_fetch_source → fw_ingest_url →
// fw_assess_refresh. Job keys (source / stage / extractor version / URL) make re-queuing idempotent;
// graphile-worker retries failed jobs with exponential backoff and keeps the ones that used up their
// attempts (the dead letters `flowwatch jobs` lists, retries and purges).
import type { Runner, Task, TaskList, WorkerUtils } from "graphile-worker";
import type { Store } from "../store/index.ts";
import type { FetcherOptions } from "../monitor/fetcher.ts";
import { stageKey } from "../pipeline/stages.ts";

/** graphile-worker's schema; `$FLOWWATCH_JOBS_SCHEMA` lets tests (or two deployments) keep apart. */
export function jobsSchema(): string {
  return process.env.FLOWWATCH_JOBS_SCHEMA || "graphile_worker";
}

/** Seconds to gather new documents before one assessment refresh (`$FLOWWATCH_ASSESS_DELAY`). */
function assessDelaySeconds(): number {
  const n = Number(process.env.FLOWWATCH_ASSESS_DELAY ?? 60);
  return Number.isFinite(n) && n >= 0 ? n : 60;
}

export const ATTEMPTS = { fetch: 5, ingest: 5, assess: 3, deliver: 10 } as const;

async function extractorVersion(): Promise<string> {
  const { stageVersion } = await import("../pipeline/stages.ts");
  return stageVersion("extract");
}

export const fetchKey = (sourceId: number) => `fetch:source:${sourceId}`;
/** The pipeline's stage key (src/pipeline/stages.ts) of ingesting (and extracting) one URL. */
export const ingestKey = (version: string, url: string) =>
  stageKey({ documentId: url, stage: "ingest", version });

/** The tasks a worker runs, bound to one open store and one fetcher. */
export async function makeTaskList(
  db: string,
  store: Store,
  fetcherOptions: FetcherOptions,
): Promise<TaskList> {
  const { Fetcher } = await import("../monitor/fetcher.ts");
  const { ingestArticle, pollSource } = await import("../monitor/stages.ts");
  const fetcher = new Fetcher(fetcherOptions);
  const version = await extractorVersion();

  const fetchSource: Task = async (payload, helpers) => {
    const { sourceId } = payload as { sourceId: number };
    const source = await store.sources.get(sourceId);
    if (!source || source.status !== "active") return;
    const poll = await pollSource(store, fetcher, source);
    for (const url of poll.newUrls) {
      await helpers.addJob(
        "fw_ingest_url",
        { sourceId, url },
        { jobKey: ingestKey(version, url), jobKeyMode: "preserve_run_at", maxAttempts: ATTEMPTS.ingest },
      );
    }
    helpers.logger.info(`source ${sourceId}: HTTP ${poll.httpStatus}, ${poll.newUrls.length} new`);
  };

  const ingestUrl: Task = async (payload, helpers) => {
    const { sourceId, url } = payload as { sourceId: number; url: string };
    const source = (await store.sources.get(sourceId)) ?? {
      id: sourceId,
      outlet: null,
      kind: "rss" as const,
    };
    const r = await ingestArticle(store, fetcher, source, url);
    if (r.ingested > 0) {
      await helpers.addJob(
        "fw_assess_refresh",
        {},
        {
          jobKey: "assess-refresh",
          jobKeyMode: "preserve_run_at",
          runAt: new Date(Date.now() + assessDelaySeconds() * 1000),
          maxAttempts: ATTEMPTS.assess,
        },
      );
    }
  };

  const assessRefresh: Task = async () => {
    const { assessStage } = await import("../pipeline/stages.ts");
    await assessStage(db);
  };

  // Alerts: send the webhooks and e-mails due now; come back when the next retry or digest is due.
  const deliverAlerts: Task = async (_payload, helpers) => {
    const { deliverDue, deliverySettings } = await import("../alerts/deliver.ts");
    const { nextDeliveryAt } = await import("../store/index.ts");
    const r = await deliverDue(store, deliverySettings());
    helpers.logger.info(
      `alerts: ${r.webhooksSent} webhooks sent, ${r.webhooksFailed} failed, ${r.mailsSent + r.digestsSent} mails`,
    );
    const next = await nextDeliveryAt(store);
    if (next) await queueDeliveryWith(helpers, new Date(Math.max(Date.parse(next), Date.now() + 1000)));
  };

  return {
    fw_fetch_source: fetchSource,
    fw_ingest_url: ingestUrl,
    fw_assess_refresh: assessRefresh,
    fw_deliver_alerts: deliverAlerts,
  };
}

/** Starts a worker process's runner; resolve `runner.promise` to wait for it to stop. */
export async function startWorker(
  db: string,
  store: Store,
  opts: { concurrency: number; fetcher: FetcherOptions; pollInterval?: number },
): Promise<Runner> {
  const { run } = await import("graphile-worker");
  return run({
    connectionString: db,
    schema: jobsSchema(),
    concurrency: opts.concurrency,
    pollInterval: opts.pollInterval ?? 1000,
    taskList: await makeTaskList(db, store, opts.fetcher),
  });
}

export async function workerUtils(db: string): Promise<WorkerUtils> {
  const { makeWorkerUtils } = await import("graphile-worker");
  const utils = await makeWorkerUtils({ connectionString: db, schema: jobsSchema() });
  await utils.migrate();
  return utils;
}

/**
 * Queues one fetch job per due source. Each due source is claimed by exactly one scheduler (a
 * compare-and-set on next_due_at) and its job key stops a second job while one is pending.
 */
export async function scheduleDue(store: Store, utils: WorkerUtils, now = new Date()): Promise<number> {
  const due = await store.sources.claimDue(now);
  for (const s of due) {
    await utils.addJob(
      "fw_fetch_source",
      { sourceId: s.id },
      { jobKey: fetchKey(s.id), maxAttempts: ATTEMPTS.fetch },
    );
  }
  return due.length;
}

const DELIVER_KEY = "deliver-alerts";

async function queueDeliveryWith(utils: Pick<WorkerUtils, "addJob">, runAt?: Date): Promise<void> {
  await utils.addJob(
    "fw_deliver_alerts",
    {},
    {
      jobKey: DELIVER_KEY,
      jobKeyMode: "replace",
      maxAttempts: ATTEMPTS.deliver,
      ...(runAt ? { runAt } : {}),
    },
  );
}

/** Queues one alerts delivery job (replacing a later one: deliveries now due go out at once). */
export async function queueDelivery(db: string): Promise<void> {
  const utils = await workerUtils(db);
  try {
    await queueDeliveryWith(utils);
  } finally {
    await utils.release();
  }
}
