// Monitor throughput: a local feed of N generated articles (own passages, varied figures, places and
// months) is fetched and ingested end to end, in-process on SQLite and, with FLOWWATCH_TEST_PG set,
// through graphile-worker jobs on PostgreSQL. Politeness is off (one local host). N = $MONITOR_BENCH_N.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openStore } from "../src/store/open.ts";
import { Fetcher } from "../src/monitor/fetcher.ts";
import { tickInProcess } from "../src/monitor/in-process.ts";

const CITIES = [
  "Vladivostok",
  "Dandong",
  "Khabarovsk",
  "Shenyang",
  "Ulan-Ude",
  "Hunchun",
  "Tumangang",
  "Yanji",
];
const MONTHS = ["January", "March", "May", "July", "September", "November"];

function article(i: number): string {
  const city = CITIES[i % CITIES.length];
  const n = 100 + ((i * 37) % 4000);
  const month = MONTHS[i % MONTHS.length];
  const body = [
    `Local officials in ${city} said about ${n} North Korean workers were employed on building sites there in ${month} 2025.`,
    `The officials did not say which contractors had hired them, and the labour office gave no comment when asked about case ${i}.`,
    `Residents described crews of ${10 + (i % 30)} men arriving by bus each morning and leaving after dark.`,
  ];
  return `<!doctype html><html><head><title>Report ${i} from ${city}</title><link rel="canonical" href="/a/${i}"></head><body><article><h1>Report ${i} from ${city}</h1>${body.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
}

async function serve(n: number) {
  let base = "";
  const server = createServer((req, res) => {
    const p = new URL(req.url ?? "/", base).pathname;
    if (p === "/feed.xml") {
      const items = Array.from(
        { length: n },
        (_, i) => `<item><title>Report ${i}</title><link>${base}/a/${i}</link></item>`,
      ).join("");
      return res
        .writeHead(200, { etag: '"b1"' })
        .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>${items}</channel></rss>`);
    }
    const m = /^\/a\/(\d+)$/.exec(p);
    if (m) return res.writeHead(200, { "content-type": "text/html" }).end(article(Number(m[1])));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

const rssMb = () => (process.memoryUsage().rss / 1048576).toFixed(0);

export async function main(): Promise<void> {
  const n = Number(process.env.MONITOR_BENCH_N ?? 200);
  const srv = await serve(n);
  const dir = mkdtempSync(path.join(tmpdir(), "fw-bench-monitor-"));
  try {
    const store = await openStore(path.join(dir, "b.db"));
    await store.sources.add({ url: `${srv.base}/feed.xml`, kind: "rss", everySeconds: 900 });
    const fetcher = new Fetcher({ allowPrivate: true, politenessMs: 0 });
    let t = Date.now();
    const r = await tickInProcess(store, fetcher);
    let s = (Date.now() - t) / 1000;
    console.log(
      `SQLite in-process: ${r.ingested}/${n} articles in ${s.toFixed(1)} s = ${(r.ingested / s).toFixed(1)} docs/s (claims ${r.claims}, errors ${r.errors.length}, rss ${rssMb()} MB)`,
    );
    await fetcher.close();
    await store.close();

    const PG = process.env.FLOWWATCH_TEST_PG;
    if (!PG) return console.log("PostgreSQL: skipped (set FLOWWATCH_TEST_PG)");
    for (const concurrency of [1, 4]) {
      const suffix = randomBytes(4).toString("hex");
      const admin = new pg.Client({ connectionString: PG });
      await admin.connect();
      await admin.query(`CREATE SCHEMA fw_bench_${suffix}`);
      process.env.FLOWWATCH_JOBS_SCHEMA = `fw_bench_jobs_${suffix}`;
      process.env.FLOWWATCH_ASSESS_DELAY = "3600";
      const u = new URL(PG);
      u.searchParams.set("options", `-c search_path=fw_bench_${suffix}`);
      const db = u.toString();
      const { workerUtils, scheduleDue, startWorker } = await import("../src/jobs/queue.ts");
      const { listJobs } = await import("../src/jobs/inspect.ts");
      const pgStore = await openStore(db);
      await pgStore.sources.add({ url: `${srv.base}/feed.xml`, kind: "rss", everySeconds: 900 });
      const utils = await workerUtils(db);
      t = Date.now();
      await scheduleDue(pgStore, utils);
      const runner = await startWorker(db, pgStore, {
        concurrency,
        fetcher: { allowPrivate: true, politenessMs: 0 },
        pollInterval: 200,
      });
      let docs = 0;
      while (docs < n && Date.now() - t < 600_000) {
        await new Promise((res) => setTimeout(res, 500));
        docs = Number(
          (await admin.query(`SELECT count(*) AS n FROM fw_bench_${suffix}.documents`)).rows[0].n,
        );
      }
      s = (Date.now() - t) / 1000;
      const pending = (await listJobs(db)).filter((j) => j.task !== "fw_assess_refresh").length;
      console.log(
        `PostgreSQL graphile-worker, 1 process, concurrency ${concurrency}: ${docs}/${n} in ${s.toFixed(1)} s = ${(docs / s).toFixed(1)} docs/s (pending ${pending}, rss ${rssMb()} MB)`,
      );
      await runner.stop();
      await utils.release();
      await pgStore.close();
      await admin.query(`DROP SCHEMA fw_bench_${suffix} CASCADE`);
      await admin.query(`DROP SCHEMA ${process.env.FLOWWATCH_JOBS_SCHEMA} CASCADE`);
      await admin.end();
    }
  } finally {
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
