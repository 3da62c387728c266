// API latency over a synthetic store: `bin/run-ts bench/api.ts [documents]` (default 1000 documents,
// 10 claims each). Requests go through Fastify's inject (routing, validation, serialisation, SQLite),
// not the network. Prints p50/p95 per endpoint. Every request carries an analyst's API token, so the
// auth hook (token lookup, permission check) is part of each measurement; one claim in 20 is reviewed.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { openStore } from "../src/store/open.ts";
import { buildServer } from "../src/server/app.ts";
import { createApiToken, createUser } from "../src/store/accounts.ts";
import { addReview } from "../src/store/reviews.ts";
import type { Claim, Sentence } from "../src/types.ts";

const PLACES = ["Russia", "China", "Laos", "Mongolia", "Kuwait", "Qatar", "Poland", "Vietnam"];
const SUBJECTS = ["workers", "construction_workers", "it_workers", "troops", "revenue"] as const;

function syntheticDocument(i: number) {
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

export async function main(): Promise<void> {
  const documents = Number(process.argv[2] ?? 1000);
  const dir = mkdtempSync(path.join(tmpdir(), "flowwatch-bench-api-"));
  const store = await openStore(path.join(dir, "bench.db"));
  try {
    let started = performance.now();
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

    await createUser(store, "bench", "bench password 1", "analyst");
    const headers = { authorization: `Bearer ${await createApiToken(store, "bench", "bench")}` };
    for (let id = 1; id <= documents * 10; id += 20) {
      await addReview(store, {
        claimId: id,
        decision: id % 3 === 0 ? "reject" : "correct",
        correction: id % 3 === 0 ? null : { quantity: id },
        author: "bench",
      });
    }
    const app = await buildServer({ store });
    const cases: [string, () => string][] = [
      ["GET /api/claims (first page of 50)", () => "/api/claims"],
      ["GET /api/claims?subject&destination", () => "/api/claims?subject=troops&destination=russia"],
      ["GET /api/claims?source&from&to", () => "/api/claims?source=ministry&from=2018&to=2020-06"],
      ["GET /api/claims?limit=500&offset=deep", () => `/api/claims?limit=500&offset=${documents * 5}`],
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
    const runs = 100;
    for (const [label, url] of cases) {
      const times: number[] = [];
      for (let r = 0; r < runs; r++) {
        started = performance.now();
        const res = await app.inject({ method: "GET", url: url(), headers });
        times.push(performance.now() - started);
        if (res.statusCode !== (label.includes("403") ? 403 : 200))
          throw new Error(`${label}: HTTP ${res.statusCode} ${res.body}`);
      }
      times.sort((a, b) => a - b);
      console.log(
        `${label.padEnd(40)} p50 ${percentile(times, 50).toFixed(2)} ms  p95 ${percentile(times, 95).toFixed(2)} ms`,
      );
    }
    await app.close();
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
