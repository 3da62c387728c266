// `bin/run-ts bench/store.ts`: store throughput and query latency on SQLite (and PostgreSQL when
// FLOWWATCH_TEST_PG or the local default is reachable). Synthetic documents, invented figures.
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openStore } from "../src/store/open.ts";
import type { Store } from "../src/store/store.ts";
import type { Claim, Sentence, SourceDocument } from "../src/types.ts";
import { buildRealCorpus } from "./real-corpus.ts";

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

/**
 * The whole `flowwatch ingest` pipeline (read, parse, split, extract on worker threads; store with
 * the default hooks — mentions and screening — in batched transactions) over REAL articles:
 * `BENCH_COPIES` (default 20) × ../shared/corpus/real/docs, each copy's figures varied.
 */
async function measurePipeline(name: string, db: string, corpus: string, files: number): Promise<void> {
  const { ingestIntoStore, defaultAfterStages } = await import("../src/pipeline/index.ts");
  const { load } = await import("./extract.ts");
  const after = await defaultAfterStages();
  const store = await openStore(db);
  let peakRss = process.memoryUsage().rss;
  let quarterRss = 0;
  const t0 = performance.now();
  const first = await ingestIntoStore(store, [corpus], {
    after,
    onError: (p, r) => console.log(`  error: ${p}: ${r}`),
    onProgress(done) {
      if (done % 100 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
      if (done <= files / 4) quarterRss = peakRss;
    },
  });
  const s = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const again = await ingestIntoStore(store, [corpus], { after });
  const rerun = (performance.now() - t1) / 1000;
  await store.close();
  console.log(
    `${name} pipeline: ${files} real articles → ${first.ingested} documents, ${first.claims} claims, ${first.failed} failed ` +
      `in ${s.toFixed(1)} s = ${(first.ingested / s).toFixed(0)} documents/s (with mentions and screening); ` +
      `re-run ${again.duplicates} duplicates in ${rerun.toFixed(1)} s; peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB ` +
      `(${(quarterRss / 2 ** 20).toFixed(0)} MiB after the first quarter); load ${load()}`,
  );
}

export async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "fw-bench-"));
  const corpus = path.join(dir, "corpus");
  const files = buildRealCorpus(corpus, Number(process.env.BENCH_COPIES ?? 20));
  try {
    const sqlite = await openStore(path.join(dir, "bench.db"));
    await measure("sqlite", sqlite);
    await sqlite.close();
    await measurePipeline("sqlite", path.join(dir, "pipeline.db"), corpus, files);
    await pgPart(corpus, files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function pgPart(corpus: string, files: number): Promise<void> {
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
    const pipelineSchema = `${schema}_p`;
    await admin.query(`CREATE SCHEMA ${pipelineSchema}`);
    try {
      await measurePipeline(
        "postgres",
        `${url}${url.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${pipelineSchema}`)}`,
        corpus,
        files,
      );
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS ${pipelineSchema} CASCADE`);
    }
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname))
  await main();
