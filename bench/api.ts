// API load over loopback against a synthetic store: `bin/run-ts bench/api.ts [documents]` (default
// 10,000 documents with 10 claims each = 100,000 claims). The server listens on 127.0.0.1 and a
// bounded load loop (CONCURRENCY keep-alive connections, SECONDS per endpoint, at most MAX_REQUESTS)
// measures requests/s and p50/p95/p99 latency per endpoint. Every request carries an analyst's API
// token, so the auth hook (token lookup, permission check) is part of each measurement; one claim in
// 20 is reviewed.
import { createHash } from "node:crypto";
import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { openStore } from "../src/store/open.ts";
import { startServer } from "../src/server/index.ts";
import type { Claim, Sentence } from "../src/types.ts";

const PLACES = ["Russia", "China", "Laos", "Mongolia", "Kuwait", "Qatar", "Poland", "Vietnam"];
const SUBJECTS = ["workers", "construction_workers", "it_workers", "troops", "revenue"] as const;

export function syntheticDocument(i: number) {
  const sentences: Sentence[] = [];
  const claims: Omit<Claim, "docId">[] = [];
  let text = "";
  for (let s = 0; s < 10; s++) {
    const place = PLACES[(i + s) % PLACES.length];
    const n = 100 + ((i * 37 + s * 11) % 9000);
    const figure = n.toLocaleString("en-US");
    const sentence = `Report ${i}.${s} counted about ${figure} people sent to ${place} in ${2015 + ((i + s) % 10)}.`;
    const start = text.length;
    text += (s ? " " : "") + sentence;
    const sStart = s ? start + 1 : start;
    sentences.push({ index: s, paragraph: 0, start: sStart, end: sStart + sentence.length, text: sentence });
    const at = sStart + sentence.indexOf("about");
    claims.push({
      quantity: n,
      qualifier: "approx",
      unit: "persons",
      subject: SUBJECTS[(i + s) % SUBJECTS.length],
      event: "deployment_reported",
      destination: place,
      attributedTo: s % 2 ? "the ministry" : null,
      attributionChain: s % 2 ? ["the ministry"] : [],
      time: String(2015 + ((i + s) % 10)),
      modality: "reported",
      evidence: sentence,
      sentence: { start: sStart, end: sStart + sentence.length },
      span: { start: at, end: at + `about ${figure}`.length },
    });
  }
  return { text, sentences, claims };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const MAX_REQUESTS = 50_000;

/** Sends GETs from CONCURRENCY keep-alive connections for SECONDS; returns every latency in ms. */
async function load(base: string, url: () => string, headers: Record<string, string>, expected: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  const deadline = performance.now() + SECONDS * 1000;
  const get = (path: string) =>
    new Promise<number>((resolve, reject) => {
      const req = http.get(base + path, { agent, headers }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      req.on("error", reject);
    });
  const worker = async () => {
    while (performance.now() < deadline && latencies.length < MAX_REQUESTS) {
      const path = url();
      const t0 = performance.now();
      const status = await get(path);
      latencies.push(performance.now() - t0);
      if (status !== expected) throw new Error(`GET ${path}: HTTP ${status}, expected ${expected}`);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return { latencies: latencies.sort((a, b) => a - b), rps: latencies.length / elapsed };
}

export async function main(): Promise<void> {
  const documents = Number(process.argv[2] ?? 10_000);
  const dir = mkdtempSync(path.join(tmpdir(), "flowwatch-bench-api-"));
  const store = await openStore(path.join(dir, "bench.db"));
  try {
    const started = performance.now();
    for (let i = 0; i < documents; i++) {
      const { text, sentences, claims } = syntheticDocument(i);
      const doc = {
        id: `bench-${i}`,
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
    console.log(
      `stored ${documents} documents, ${documents * 10} claims in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    await store.accounts.createUser("bench", "bench password 1", "analyst");
    const headers = { authorization: `Bearer ${await store.accounts.createApiToken("bench", "bench")}` };
    for (let id = 1; id <= documents * 10; id += 20) {
      await store.reviews.add({
        claimId: id,
        decision: id % 3 === 0 ? "reject" : "correct",
        correction: id % 3 === 0 ? null : { quantity: id },
        author: "bench",
      });
    }
    // A cursor half-way down the listing, to compare keyset paging with a deep offset.
    const deepCursor = (await store.listClaims({ limit: 1, offset: documents * 5 - 1 })).nextCursor!;
    const server = await startServer({ store, port: 0, host: "127.0.0.1" });
    console.log(`loopback load: ${CONCURRENCY} connections, ${SECONDS} s per endpoint`);
    const cases: [string, () => string][] = [
      ["GET /api/claims (first page of 50)", () => "/api/claims"],
      ["GET /api/claims?subject&destination", () => "/api/claims?subject=troops&destination=russia"],
      ["GET /api/claims?source&from&to", () => "/api/claims?source=ministry&from=2018&to=2020-06"],
      ["GET /api/claims?limit=500&offset=deep", () => `/api/claims?limit=500&offset=${documents * 5}`],
      ["GET /api/claims?limit=500&cursor=deep", () => `/api/claims?limit=500&cursor=${deepCursor}`],
      ["GET /api/claims/:id", () => `/api/claims/${1 + Math.floor(Math.random() * documents * 10)}`],
      ["GET /api/documents/:id", () => `/api/documents/bench-${Math.floor(Math.random() * documents)}`],
      ["GET /api/claims?reviewed=false", () => "/api/claims?reviewed=false&offset=100"],
      ["GET /api/claims?decision=correct", () => "/api/claims?decision=correct"],
      [
        "GET /api/claims/:id/reviews",
        () => `/api/claims/${1 + 20 * Math.floor((Math.random() * documents) / 2)}/reviews`,
      ],
      ["GET /api/audit (admin needed: 403)", () => "/api/audit"],
      ["GET /api/documents", () => "/api/documents?offset=100"],
      ["GET /api/search?q=", () => `/api/search?q=${PLACES[Math.floor(Math.random() * PLACES.length)]}`],
    ];
    for (const [label, url] of cases) {
      const { latencies, rps } = await load(server.url, url, headers, label.includes("403") ? 403 : 200);
      const ms = (p: number) => percentile(latencies, p).toFixed(2);
      console.log(
        `${label.padEnd(40)} ${rps.toFixed(0).padStart(6)} req/s  p50 ${ms(50)} ms  p95 ${ms(95)} ms  p99 ${ms(99)} ms`,
      );
    }
    await server.close();
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
