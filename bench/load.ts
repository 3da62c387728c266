// Mixed load on a large record: `bin/run-ts bench/load.ts [documents]` (default 25,000 synthetic
// documents of 10 claims). 16 keep-alive connections (BENCH_CONCURRENCY) each send a random mix of
// /api/claims, /api/search, /api/series and /api/health for BENCH_SECONDS (default 20) while the
// estimates are built off the event loop; prints p50/p95/p99 per endpoint, the targets
// (claims and search p95 < 100 ms, series < 500 ms, health < 50 ms) and the server's memory.
import { createHash } from "node:crypto";
import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { openStore } from "../src/store/open.ts";
import { startServer } from "../src/server/index.ts";
import { syntheticDocument } from "./api.ts";

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const PLACES = ["Russia", "China", "Laos", "Mongolia", "Kuwait", "Qatar"];

const MIX: Array<{ name: string; target: number; url: () => string }> = [
  { name: "/api/claims", target: 100, url: () => `/api/claims?offset=${Math.floor(Math.random() * 500)}` },
  {
    name: "/api/search",
    target: 100,
    url: () => `/api/search?q=${PLACES[Math.floor(Math.random() * PLACES.length)]}`,
  },
  { name: "/api/series", target: 500, url: () => "/api/series?figures=false&limit=50" },
  { name: "/api/health", target: 50, url: () => "/api/health" },
];

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export async function main(): Promise<void> {
  const documents = Number(process.argv[2] ?? 25_000);
  const dir = mkdtempSync(path.join(tmpdir(), "flowwatch-bench-load-"));
  const db = path.join(dir, "load.db");
  const store = await openStore(db);
  try {
    const t0 = performance.now();
    for (let i = 0; i < documents; i++) {
      const { text, sentences, claims } = syntheticDocument(i);
      const doc = {
        id: `load-${i}`,
        contentHash: createHash("sha256").update(text).digest("hex"),
        url: null,
        title: `Synthetic report ${i}`,
        outlet: i % 3 ? "Bench Wire" : "Test Gazette",
        published: `${2015 + (i % 10)}-0${1 + (i % 9)}-15`,
        text,
        format: "txt" as const,
        sourcePath: null,
      };
      await store.putDocument(doc, sentences, { claims: claims.map((c) => ({ ...c, docId: doc.id })) });
    }
    console.log(`stored ${documents} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await store.accounts.createUser("loadbench", "load bench phrase", "analyst");
    const headers = { authorization: `Bearer ${await store.accounts.createApiToken("loadbench", "bench")}` };
    const server = await startServer({ store, port: 0, dbLocation: db });
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const latencies = new Map(MIX.map((m) => [m.name, [] as number[]]));
    const errors = new Map<string, number>();
    const get = (url: string) =>
      new Promise<number>((resolve, reject) => {
        http
          .get(server.url + url, { agent, headers }, (res) => {
            res.resume();
            res.on("end", () => resolve(res.statusCode ?? 0));
          })
          .on("error", reject);
      });
    // The server starts building the estimates in a worker at start; wait for it (503 until then).
    const tBuild = performance.now();
    while ((await get("/api/series?figures=false&limit=1")) === 503)
      await new Promise((r) => setTimeout(r, 250));
    console.log(
      `first estimates build (worker): ${((performance.now() - tBuild) / 1000).toFixed(1)} s after start`,
    );
    const rssBefore = process.memoryUsage().rss;
    const deadline = performance.now() + SECONDS * 1000;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < deadline) {
          const m = MIX[Math.floor(Math.random() * MIX.length)];
          const t = performance.now();
          const status = await get(m.url());
          latencies.get(m.name)!.push(performance.now() - t);
          if (status !== 200) errors.set(`${m.name} ${status}`, (errors.get(`${m.name} ${status}`) ?? 0) + 1);
        }
      }),
    );
    agent.destroy();
    console.log(`${CONCURRENCY} connections, ${SECONDS} s, ${documents} documents`);
    for (const m of MIX) {
      const l = latencies.get(m.name)!.sort((a, b) => a - b);
      const p95 = pct(l, 95);
      console.log(
        `${m.name.padEnd(12)} n=${String(l.length).padStart(6)}  p50 ${pct(l, 50).toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  p99 ${pct(l, 99).toFixed(1)} ms  target p95 < ${m.target} ms: ${p95 < m.target ? "met" : "MISSED"}`,
      );
    }
    if (errors.size) console.log(`non-200 answers: ${JSON.stringify(Object.fromEntries(errors))}`);
    console.log(
      `server process rss ${(rssBefore / 1e6).toFixed(0)} MB before, ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB after`,
    );
    await server.close();
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
