// On PostgreSQL with graphile-worker's queue set up, the alerts run step queues fw_deliver_alerts
// instead of delivering in-process, and a worker pass sends the signed webhook.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliveryMode, runAlerts } from "../../src/alerts/run.ts";
import { verifySignature, SIGNATURE_HEADER } from "../../src/alerts/webhook.ts";
import { listJobs } from "../../src/jobs/inspect.ts";
import { makeTaskList, workerUtils } from "../../src/jobs/queue.ts";
import type { Store } from "../../src/store/store.ts";
import { createWatchlist } from "../../src/store/watchlists.ts";
import { claimOn, makeDoc, sentencesOf } from "../store/fixtures.ts";
import { postgresEngine, type Engine } from "./engines.ts";
import { webhookReceiver, type WebhookReceiver } from "./receivers.ts";

const PG = process.env.FLOWWATCH_TEST_PG;

describe.skipIf(!PG)("alert delivery as a graphile-worker job", () => {
  const jobsSchema = `fw_alert_jobs_${randomBytes(4).toString("hex")}`;
  let engine: Engine;
  let store: Store;
  let hooks: WebhookReceiver;
  const saved = { ...process.env };

  beforeAll(async () => {
    process.env.FLOWWATCH_JOBS_SCHEMA = jobsSchema;
    process.env.FLOWWATCH_WEBHOOK_ALLOW_PRIVATE = "1";
    delete process.env.FLOWWATCH_ALERTS_DELIVERY;
    engine = await postgresEngine();
    store = await engine.open();
    hooks = await webhookReceiver(4144);
  });
  afterAll(async () => {
    await store.close();
    await engine.cleanup();
    await hooks.close();
    const admin = new pg.Client({ connectionString: PG });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${jobsSchema} CASCADE`);
    await admin.end();
    process.env = saved;
  });

  it("queues the delivery and a worker sends it", async () => {
    expect(await deliveryMode(store)).toBe("inline"); // no queue yet
    const utils = await workerUtils(engine.db); // sets up graphile-worker's schema
    await utils.release();
    expect(await deliveryMode(store)).toBe("queue");

    const w = await createWatchlist(store, {
      username: "ana",
      kind: "subject",
      value: "troops",
      webhookUrl: hooks.url("/q"),
    });
    const doc = makeDoc("q1", "Around 3,300 soldiers were flown east in August.", {
      published: "2025-08-20",
    });
    await store.putDocument(doc, sentencesOf(doc.text), {
      claims: [claimOn(doc, "3,300", { subject: "troops" })],
    });
    const r = await runAlerts(store, { db: engine.db });
    expect(r.mode).toBe("queue");
    expect(r.delivered).toBeUndefined();
    expect(hooks.hits).toHaveLength(0);
    expect((await listJobs(engine.db)).map((j) => j.task)).toEqual(["fw_deliver_alerts"]);

    const { runOnce } = await import("graphile-worker");
    await runOnce({
      connectionString: engine.db,
      schema: jobsSchema,
      taskList: await makeTaskList(engine.db, store, { allowPrivate: true }),
    });
    expect(hooks.hits).toHaveLength(1);
    expect(
      verifySignature(
        w.webhookSecret!,
        hooks.hits[0].body,
        hooks.hits[0].headers[SIGNATURE_HEADER] as string,
      ),
    ).toBe(true);
    expect(await listJobs(engine.db)).toEqual([]);
  });
});
