// Extraction throughput: streams a generated corpus (≥ 50 MB by default; `--mb N` to change) of
// articles built from the dev-set passages with varied numbers plus filler paragraphs, in batches,
// to one worker thread per core, and prints articles/s, MB/s and peak RSS at 25/50/100 %.
//   bin/run-ts bench/extract.ts [--mb 50]
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

const here = path.dirname(fileURLToPath(import.meta.url));
const devDocs = path.resolve(here, "../test/fixtures/extract/devset/docs");

const FILLER = [
  "Analysts say the relationship has moved from symbolic gestures to practical cooperation across several sectors.",
  "Officials in both capitals have avoided giving details, and independent verification remains difficult.",
  "Satellite imagery and shipping records have become the main tools for outside observers tracking the trade.",
  "Human rights groups warn that workers sent abroad have little control over their contracts or their pay.",
  "The arrangement is widely seen as a breach of international sanctions, though enforcement has weakened.",
  "Diplomats expect the issue to come up again at the next round of talks at the United Nations.",
  "Local residents told reporters that new dormitories had appeared near several construction sites.",
  "The ministry did not respond to a request for comment on Friday.",
];

/** A small deterministic PRNG so every run builds the same corpus. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function* articles(targetBytes: number): Generator<{ id: string; text: string; published: string }> {
  const passages = readdirSync(devDocs)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) =>
      readFileSync(path.join(devDocs, f), "utf8")
        .replace(/^DATE:.*$/m, "")
        .trim(),
    );
  const rand = prng(42);
  let bytes = 0;
  for (let n = 0; bytes < targetBytes; n++) {
    const parts: string[] = [`Report ${n}: regional cooperation update`];
    const k = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < k; i++) {
      // Vary every digit so no two articles are alike.
      parts.push(
        passages[Math.floor(rand() * passages.length)].replace(/\d/g, () => String(Math.floor(rand() * 10))),
      );
      parts.push(
        Array.from(
          { length: 4 + Math.floor(rand() * 6) },
          () => FILLER[Math.floor(rand() * FILLER.length)],
        ).join(" "),
      );
    }
    const text = parts.join("\n\n");
    bytes += Buffer.byteLength(text);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, "0");
    yield { id: `bench${n}`, text, published: `2025-${month}-15` };
  }
}

export async function main(): Promise<void> {
  const mbArg = process.argv.indexOf("--mb");
  const targetMb = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 50;
  const target = targetMb * 1e6;
  const threads = Math.max(1, os.availableParallelism());
  const batchSize = 100;
  console.log(
    `extract bench: ${targetMb} MB generated corpus, ${threads} worker threads, batches of ${batchSize}`,
  );

  const workers = await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<Worker>((resolve, reject) => {
          const w = new Worker(new URL("./extract-worker.mjs", import.meta.url));
          w.once("message", () => resolve(w));
          w.once("error", reject);
        }),
    ),
  );

  const source = articles(target);
  let done = { articles: 0, bytes: 0, claims: 0 };
  let peakRss = process.memoryUsage().rss;
  const marks = [0.25, 0.5, 1];
  const started = performance.now();
  let last = { t: started, articles: 0 };
  const report = () => {
    while (marks.length && done.bytes >= target * marks[0]) {
      const now = performance.now();
      const s = (now - started) / 1000;
      const segment = (done.articles - last.articles) / ((now - last.t) / 1000);
      last = { t: now, articles: done.articles };
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      console.log(
        `${String(marks.shift()! * 100).padStart(3)}%  ${done.articles} articles  ${(done.bytes / 1e6).toFixed(1)} MB  ` +
          `${(done.articles / s).toFixed(0)} articles/s (this stretch ${segment.toFixed(0)})  ${(done.bytes / 1e6 / s).toFixed(2)} MB/s  ` +
          `${done.claims} claims  peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
      );
    }
  };

  // Each worker keeps two batches in flight; the generator is pulled only as batches complete,
  // so memory stays flat however large the corpus is.
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve) => {
          let inFlight = 0;
          let exhausted = false;
          const send = () => {
            if (exhausted) return;
            const batch = [];
            for (let i = 0; i < batchSize; i++) {
              const next = source.next();
              if (next.done) {
                exhausted = true;
                break;
              }
              batch.push(next.value);
            }
            if (batch.length) {
              inFlight++;
              w.postMessage(batch);
            }
          };
          w.on("message", (m: { articles: number; bytes: number; claims: number }) => {
            inFlight--;
            done = {
              articles: done.articles + m.articles,
              bytes: done.bytes + m.bytes,
              claims: done.claims + m.claims,
            };
            peakRss = Math.max(peakRss, process.memoryUsage().rss);
            report();
            send();
            if (inFlight === 0 && exhausted) resolve();
          });
          send();
          send();
          if (inFlight === 0) resolve();
        }),
    ),
  );
  report();
  await Promise.all(workers.map((w) => w.terminate()));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
