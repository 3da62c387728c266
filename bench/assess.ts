// Assessment benchmark: 100,000 generated claims over ~20,000 documents (a tenth of them
// syndicated copies). Prints the full build time and memory, then the cost of adding one
// document incrementally. Run: bin/run-ts bench/assess.ts  (FW_BENCH_DOCS to change the size).
import { AssessmentEngine } from "../src/assess/engine.ts";
import type { AssessDocument } from "../src/assess/types.ts";
import type { Claim, EventType, Subject } from "../src/types.ts";

// Deterministic PRNG so every run measures the same data.
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCAB =
  "north korea russia workers troops sent border agency report officials said estimate thousands region factory construction plant contract wages labour dispatched arrived figure intelligence ministry season camp site province visa students drone front deployment shipment artillery rounds container port rail city month year early late new additional secret hiring records".split(
    " ",
  );
const SUBJECTS: Subject[] = [
  "workers",
  "construction_workers",
  "it_workers",
  "nationals",
  "troops",
  "deminers",
  "munitions",
  "missiles",
  "revenue",
  "casualties",
];
const EVENTS: EventType[] = [
  "deployment_planned",
  "deployment_reported",
  "stock_estimate",
  "entries",
  "revenue_estimate",
  "casualties",
];
const PLACES = [
  "Russia",
  "Kursk",
  "Tatarstan",
  "Alabuga",
  "Primorsky Krai",
  "Moscow",
  "China",
  "Dandong",
  "Vladivostok",
  "Khabarovsk",
];
const SOURCES = [
  "South Korea's spy agency",
  "NIS",
  "Ukrainian intelligence",
  "Kremlin",
  "Yonhap",
  "Reuters",
  "US officials",
  "Daily NK",
  "local media",
  "HUR",
];
const OUTLETS = [
  "Yonhap",
  "Reuters",
  "Kyiv Independent",
  "NK News",
  "JoongAng Ilbo",
  "Daily NK",
  "Outlet A",
  "Outlet B",
  "Outlet C",
  "Outlet D",
];

function pick<T>(rand: () => number, list: T[], skew = 1.6): T {
  // Skewed choice: the first items come up far more often, like real reporting.
  return list[Math.min(list.length - 1, Math.floor(list.length * rand() ** skew))];
}

function makeDoc(
  rand: () => number,
  i: number,
  copyOf?: { doc: AssessDocument; claims: Claim[] },
): { doc: AssessDocument; claims: Claim[] } {
  const id = `bench-${i}`;
  const year = 2017 + Math.floor(rand() * 10);
  const published = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rand() * 28)).padStart(2, "0")}`;
  if (copyOf) {
    const text = `${copyOf.doc.text}\n\nDistributed by a syndication service ${i}.`;
    return {
      doc: { ...copyOf.doc, id, outlet: pick(rand, OUTLETS, 1), text, url: `https://example.org/${id}` },
      claims: copyOf.claims.map((c) => ({ ...c, docId: id })),
    };
  }
  const sentences: string[] = [];
  const claims: Claim[] = [];
  for (let s = 0; s < 5; s++) {
    const words = Array.from({ length: 14 }, () => VOCAB[Math.floor(rand() * VOCAB.length)]);
    const quantity = (1 + Math.floor(rand() * 60)) * 500;
    const sentence = `${words.slice(0, 7).join(" ")} ${quantity} ${words.slice(7).join(" ")}.`;
    sentences.push(sentence);
    const subject = pick(rand, SUBJECTS);
    const chainLength = Math.floor(rand() * 3);
    const chain = Array.from({ length: chainLength }, () => pick(rand, SOURCES));
    claims.push({
      docId: id,
      quantity,
      qualifier: rand() < 0.5 ? "exact" : "approx",
      unit: subject === "revenue" ? "USD" : "persons",
      subject,
      event: pick(rand, EVENTS),
      destination: pick(rand, PLACES),
      attributedTo: chain[0] ?? null,
      attributionChain: chain,
      time: rand() < 0.7 ? String(year) : null,
      modality: "reported",
      evidence: sentence,
      sentence: { start: 0, end: sentence.length },
      span: { start: s * 1000, end: s * 1000 + 5 },
    });
  }
  return {
    doc: {
      id,
      url: `https://example.org/${id}`,
      title: `Bench ${i}`,
      outlet: pick(rand, OUTLETS, 1),
      published,
      text: sentences.join(" "),
    },
    claims,
  };
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

export async function main(): Promise<void> {
  const docCount = Number(process.env.FW_BENCH_DOCS ?? 20_000);
  const rand = mulberry32(42);
  const batch: { doc: AssessDocument; claims: Claim[] }[] = [];
  for (let i = 0; i < docCount; i++) {
    const copy = i > 10 && rand() < 0.1 ? batch[Math.floor(rand() * batch.length)] : undefined;
    batch.push(makeDoc(rand, i, copy));
  }
  const claimCount = batch.reduce((n, b) => n + b.claims.length, 0);
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const engine = new AssessmentEngine();
  let t = performance.now();
  for (const { doc, claims } of batch) engine.addDocument(doc, claims);
  const addMs = performance.now() - t;
  t = performance.now();
  const stats = engine.refresh();
  const refreshMs = performance.now() - t;
  t = performance.now();
  const snapshot = engine.snapshot();
  const snapshotMs = performance.now() - t;
  globalThis.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  console.log(`documents ${docCount}, claims ${claimCount}`);
  console.log(
    `full build: add ${(addMs / 1000).toFixed(2)} s (MinHash+LSH), refresh ${(refreshMs / 1000).toFixed(2)} s (origins, series, findings), snapshot ${snapshotMs.toFixed(0)} ms; total ${((addMs + refreshMs + snapshotMs) / 1000).toFixed(2)} s`,
  );
  console.log(`memory: heap +${mb(heapAfter - heapBefore)} (rss ${mb(process.memoryUsage().rss)})`);
  console.log(
    `result: ${snapshot.series.length} series, ${snapshot.findings.length} findings, ${snapshot.contradictions.length} contradictions, ${snapshot.circular.length} circular, ${Object.keys(snapshot.clusters).length} docs in duplicate clusters; refresh touched ${stats.series} series`,
  );

  const times: number[] = [];
  const touched: number[] = [];
  const periods: number[] = [];
  for (let i = 0; i < 25; i++) {
    const extra = makeDoc(rand, docCount + i);
    const start = performance.now();
    engine.addDocument(extra.doc, extra.claims);
    const step = engine.refresh();
    times.push(performance.now() - start);
    touched.push(step.series);
    periods.push(step.periods);
  }
  times.sort((a, b) => a - b);
  console.log(
    `incremental: one document (5 claims) added + refreshed in median ${times[12].toFixed(1)} ms, p90 ${times[22].toFixed(1)} ms, max ${times[24].toFixed(1)} ms; ~${Math.round(touched.reduce((a, b) => a + b, 0) / touched.length)} series / ${Math.round(periods.reduce((a, b) => a + b, 0) / periods.length)} series-periods rebuilt of ${snapshot.series.length} / ${snapshot.series.reduce((n, s) => n + s.periods.length, 0)}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
