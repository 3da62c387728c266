// Extraction throughput on REAL text: the 30 articles of ../shared/corpus/real/docs, copied
// `--copies N` times (default 100; each copy's figures and URL varied, see real-corpus.ts) into a
// temporary folder, run through the same code as `flowwatch extract` (files read ahead, parsed
// and extracted on worker threads, output in input order). Prints articles/s, CPU seconds per
// 1,000 articles, peak RSS, and whether the output is byte-identical across thread counts.
//   bin/run-ts bench/extract.ts [--copies 100] [--threads 2]
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { processFiles } from "../src/pipeline/parallel.ts";
import { defaultThreads } from "../src/pipeline/pool.ts";
import { buildRealCorpus } from "./real-corpus.ts";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

export function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
}

interface Run {
  articles: number;
  claims: number;
  seconds: number;
  cpuSeconds: number;
  peakRss: number;
  /** Peak RSS over the first quarter of the articles: flat memory means about the same as peakRss. */
  quarterRss: number;
  digest: string;
}

/** Files under the bench folder (one article each). */
function total(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".txt")).length;
}

async function run(dir: string, threads: number): Promise<Run> {
  const hash = createHash("sha256");
  let articles = 0;
  let claims = 0;
  let peakRss = process.memoryUsage().rss;
  let quarterRss = 0;
  const expected = total(dir);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for await (const o of processFiles("extract", [dir], { threads })) {
    if ("error" in o) throw new Error(`${o.error.path}: ${o.error.reason}`);
    articles += o.result.docs;
    claims += o.result.claims;
    for (const l of o.result.lines) hash.update(l + "\n");
    if (articles % 100 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (articles <= expected / 4) quarterRss = peakRss;
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return {
    articles,
    claims,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRss,
    quarterRss,
    digest: hash.digest("hex").slice(0, 16),
  };
}

function line(label: string, r: Run): string {
  return (
    `${label}: ${r.articles} articles, ${r.claims} claims in ${r.seconds.toFixed(2)} s = ` +
    `${(r.articles / r.seconds).toFixed(0)} articles/s; CPU ${((r.cpuSeconds / r.articles) * 1000).toFixed(2)} s per 1,000 articles ` +
    `(${(r.articles / r.cpuSeconds).toFixed(0)} articles per CPU-second, all threads); peak RSS ${(r.peakRss / 2 ** 20).toFixed(0)} MiB ` +
    `(${(r.quarterRss / 2 ** 20).toFixed(0)} MiB after the first quarter); ` +
    `output sha256 ${r.digest}`
  );
}

export async function main(): Promise<void> {
  const copies = arg("--copies", 100);
  const threads = arg("--threads", defaultThreads());
  const dir = mkdtempSync(path.join(tmpdir(), "fw-bench-extract-"));
  try {
    const files = buildRealCorpus(dir, copies);
    console.log(
      `extract bench: ${files} real articles (${copies} × ../shared/corpus/real/docs), ${threads} worker threads; load ${load()}`,
    );
    // The first run pays the worker start-up (loading the stages); the second is the steady state.
    const first = await run(dir, threads);
    console.log(line(`run 1 (${threads} threads, incl. start-up)`, first));
    const second = await run(dir, threads);
    console.log(line(`run 2 (${threads} threads)`, second));
    const single = await run(dir, 1);
    console.log(line("run 3 (in-process, 1 thread)", single));
    const same = first.digest === second.digest && second.digest === single.digest;
    console.log(
      `output byte-identical across runs and thread counts: ${same ? "yes" : "NO"}; load ${load()}`,
    );
    if (!same) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
