// End to end on PostgreSQL: `sources add` + `watch --once` + two `worker` processes ingest the local
// fixture feed; the second poll is a 304 and fetches nothing new. Own store schema and job schema
// per run. Skipped only when FLOWWATCH_TEST_PG is unset (CI sets it).
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listJobs } from "../../src/jobs/inspect.ts";
import { startFeedServer, type FeedServer } from "./feed-server.ts";

const PG = process.env.FLOWWATCH_TEST_PG;
const BIN = path.resolve("bin/flowwatch");
const run = promisify(execFile);

describe.skipIf(!PG)("monitor on PostgreSQL with two workers", () => {
  const suffix = randomBytes(5).toString("hex");
  const storeSchema = `fw_mon_${suffix}`;
  const jobsSchema = `fw_jobs_${suffix}`;
  let db = "";
  let server: FeedServer;
  let admin: pg.Client;
  const workers: ChildProcess[] = [];
  const env = { ...process.env, FLOWWATCH_JOBS_SCHEMA: jobsSchema, FLOWWATCH_ASSESS_DELAY: "0" };
  const cli = (...args: string[]) => run(BIN, [...args, "--db", db], { env, timeout: 120_000 });

  async function settled(): Promise<void> {
    process.env.FLOWWATCH_JOBS_SCHEMA = jobsSchema;
    for (let i = 0; i < 240; i++) {
      if ((await listJobs(db)).length === 0) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`jobs still pending: ${JSON.stringify(await listJobs(db))}`);
  }
  const scalar = async (q: string) => Number((await admin.query(q)).rows[0].n);

  beforeAll(async () => {
    server = await startFeedServer();
    admin = new pg.Client({ connectionString: PG });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${storeSchema}`);
    const u = new URL(PG!);
    u.searchParams.set("options", `-c search_path=${storeSchema}`);
    db = u.toString();
  });

  afterAll(async () => {
    for (const w of workers) w.kill("SIGTERM");
    await Promise.all(
      workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once("exit", r)))),
    );
    await admin.query(`DROP SCHEMA IF EXISTS ${storeSchema} CASCADE`);
    await admin.query(`DROP SCHEMA IF EXISTS ${jobsSchema} CASCADE`);
    await admin.end();
    await server.close();
    delete process.env.FLOWWATCH_JOBS_SCHEMA;
  });

  it("ingests the fixture feed once, then polls a 304", async () => {
    await cli(
      "sources",
      "add",
      `${server.base}/feed.xml`,
      "--kind",
      "rss",
      "--every",
      "1m",
      "--outlet",
      "Harbour Herald",
    );
    const tick = await cli("watch", "--once");
    expect(tick.stdout).toMatch(/queued 1 source fetch job/);
    // A second scheduler right after finds nothing due: the source was claimed once.
    expect((await cli("watch", "--once")).stdout).toMatch(/queued 0 source fetch job/);

    for (let i = 0; i < 2; i++) {
      const w = spawn(BIN, ["worker", "--concurrency", "2", "--allow-private", "--db", db], {
        env,
        stdio: "ignore",
      });
      workers.push(w);
    }
    await settled();
    const t = `${storeSchema}.documents`;
    expect(await scalar(`SELECT count(*) AS n FROM ${t}`)).toBe(2);
    expect(await scalar(`SELECT count(*) AS n FROM ${t} WHERE url LIKE '%utm_%'`)).toBe(0);
    expect(await scalar(`SELECT count(*) AS n FROM ${storeSchema}.monitor_seen_urls`)).toBe(2);
    expect(server.hits.get("/news/ships")).toBe(1);
    expect(server.hits.get("/news/factories")).toBe(1);
    expect(await scalar(`SELECT count(*) AS n FROM ${storeSchema}.assessment_runs`)).toBeGreaterThanOrEqual(
      1,
    );

    // Make the source due again: the feed answers 304 and no article is fetched.
    await admin.query(`UPDATE ${storeSchema}.monitor_sources SET next_due_at = '2000-01-01T00:00:00.000Z'`);
    expect((await cli("watch", "--once")).stdout).toMatch(/queued 1 source fetch job/);
    await settled();
    const list = JSON.parse((await cli("sources", "list", "--json")).stdout) as {
      lastHttpStatus: number;
      documents: number;
    }[];
    expect(list[0]).toMatchObject({ lastHttpStatus: 304, documents: 2 });
    expect(server.hits.get("/feed.xml")).toBe(2);
    expect(server.hits.get("/news/ships")).toBe(1);
    expect(await scalar(`SELECT count(*) AS n FROM ${t}`)).toBe(2);
    const jobs = await cli("jobs");
    expect(jobs.stdout).toMatch(/queued 0, scheduled 0, running 0, retrying 0, failed 0/);
  }, 300_000);
});
