// `bin/run-ts bench/store.ts`: store throughput and query latency on SQLite (and PostgreSQL when
// FLOWWATCH_TEST_PG or the local default is reachable). Synthetic documents, invented figures.
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "../src/store/open.ts";
import type { Store } from "../src/store/store.ts";
import type { Claim, Sentence, SourceDocument } from "../src/types.ts";

const DOCS = Number(process.env.BENCH_DOCS ?? 1000);
const PLACES = ["Kursk", "Vladivostok", "Tatarstan", "Khabarovsk", "Omsk", "Moscow"];
const SUBJECTS = ["workers", "troops", "it_workers", "construction_workers"] as const;
const SOURCES = ["a ministry", "a border agency", "regional press", "an intelligence service"];

function synthetic(i: number): { doc: SourceDocument; sentences: Sentence[]; claims: Claim[] } {
  const sentences: Sentence[] = [];
  const claims: Claim[] = [];
  let text = "";
  for (let s = 0; s < 12; s++) {
    const place = PLACES[(i + s) % PLACES.length];
    const n = ((i * 37 + s * 101) % 9000) + 100;
    const sentence = `According to ${SOURCES[s % SOURCES.length]}, ${n.toLocaleString("en-US")} ${SUBJECTS[s % 4].replace("_", " ")} were counted near ${place} in report ${i}.`;
    const start = text.length + (text ? 1 : 0);
    text += (text ? " " : "") + sentence;
    sentences.push({
      index: s,
      paragraph: Math.floor(s / 4),
      start,
      end: start + sentence.length,
      text: sentence,
    });
    if (s % 3 === 0) {
      const figure = n.toLocaleString("en-US");
      const at = text.indexOf(figure, start);
      claims.push({
        docId: `bench${i}`,
        quantity: s % 6 === 0 ? [n, n + 500] : n,
        qualifier: s % 6 === 0 ? "range" : "approx",
        unit: "persons",
        subject: SUBJECTS[s % 4],
        event: "stock_estimate",
        destination: place,
        attributedTo: SOURCES[s % SOURCES.length],
        attributionChain: [SOURCES[s % SOURCES.length]],
        time: `${2022 + (i % 4)}-${String((s % 12) + 1).padStart(2, "0")}`,
        modality: "reported",
        evidence: sentence,
        sentence: { start, end: start + sentence.length },
        span: { start: at, end: at + figure.length },
      });
    }
  }
  const doc: SourceDocument = {
    id: `bench${i}`,
    contentHash: createHash("sha256").update(text).digest("hex"),
    url: null,
    title: `Synthetic report ${i}`,
    outlet: i % 2 ? "Bench Wire" : "Test Gazette",
    published: `${2022 + (i % 4)}-0${(i % 9) + 1}-1${i % 10}`,
    text,
    format: "txt",
    sourcePath: null,
  };
  return { doc, sentences, claims };
}

async function time<T>(fn: () => Promise<T>, runs = 20): Promise<number> {
  const t = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  return (performance.now() - t) / runs;
}

async function measure(name: string, store: Store): Promise<void> {
  const inputs = Array.from({ length: DOCS }, (_, i) => synthetic(i));
  const t0 = performance.now();
  for (const x of inputs) await store.putDocument(x.doc, x.sentences, { claims: x.claims });
  const put = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  for (const x of inputs.slice(0, 200)) await store.putDocument(x.doc, x.sentences);
  const dup = (performance.now() - t1) / 200;
  const claims = (await store.listClaims({ limit: 1 })).total;
  const list = await time(() => store.listClaims({ limit: 50 }));
  const filtered = await time(() =>
    store.listClaims({ subject: "troops", source: "intelligence", from: "2024", limit: 50 }),
  );
  const search = await time(() => store.search("troops Kursk", { limit: 20 }));
  const phrase = await time(() => store.search('"border agency" Omsk*', { limit: 20 }));
  console.log(
    `${name}: ${DOCS} documents (${claims} claims) stored in ${put.toFixed(1)} s = ${(DOCS / put).toFixed(0)} docs/s; ` +
      `duplicate check ${dup.toFixed(2)} ms/doc`,
  );
  console.log(
    `${name}: listClaims page ${list.toFixed(1)} ms, filtered ${filtered.toFixed(1)} ms; ` +
      `search ${search.toFixed(1)} ms, phrase+prefix ${phrase.toFixed(1)} ms`,
  );
}

/** The whole pipeline (read, split, extract, store) over the bundled demo articles. */
async function measurePipeline(file: string): Promise<void> {
  const { ingestIntoStore } = await import("../src/pipeline/index.ts");
  const demo = fileURLToPath(new URL("../data/demo", import.meta.url));
  const store = await openStore(file);
  const t0 = performance.now();
  const first = await ingestIntoStore(store, [demo]);
  const ms = performance.now() - t0;
  const t1 = performance.now();
  const again = await ingestIntoStore(store, [demo]);
  const rerun = performance.now() - t1;
  await store.close();
  console.log(
    `pipeline: data/demo ${first.ingested} documents, ${first.claims} claims in ${ms.toFixed(0)} ms ` +
      `(${(ms / Math.max(first.ingested, 1)).toFixed(1)} ms/doc); re-run ${again.duplicates} duplicates in ${rerun.toFixed(0)} ms`,
  );
}

export async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "fw-bench-"));
  try {
    const sqlite = await openStore(path.join(dir, "bench.db"));
    await measure("sqlite", sqlite);
    await sqlite.close();
    await measurePipeline(path.join(dir, "pipeline.db"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const url = process.env.FLOWWATCH_TEST_PG || "postgres://postgres@127.0.0.1:5432/test";
  const { default: pg } = await import("pg");
  const schema = `fw_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (err) {
    console.log(`postgres: skipped (${(err as Error).message})`);
    return;
  }
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
    const store = await openStore(
      `${url}${url.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    );
    await measure("postgres", store);
    await store.close();
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname))
  await main();
