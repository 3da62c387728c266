// Dashboard API benchmark: a store of generated documents and claims (FW_BENCH_DOCS, default 4,000
// documents × 5 claims), then /api/series, /api/findings and /api/network cold (the assessment is
// built) and warm (served from the per-process cache), with the answer sizes.
// Run: bin/run-ts bench/dashboard-api.ts
import { createHash } from "node:crypto";
import { openStore } from "../src/store/open.ts";
import { buildServer } from "../src/server/app.ts";
import type { Claim, EventType, Sentence, Subject } from "../src/types.ts";

const DOCS = Number(process.env.FW_BENCH_DOCS ?? 4000);
let seed = 42;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const SUBJECTS: Subject[] = ["workers", "it_workers", "troops", "munitions", "revenue", "casualties"];
const EVENTS: EventType[] = ["deployment_planned", "deployment_reported", "stock_estimate", "entries"];
const PLACES = ["Russia", "Kursk", "Vladivostok", "China", "Dandong", "Tatarstan", "Laos", "Mongolia"];
const OUTLETS = ["Seoul Herald", "Yonhap", "Kyiv Wire", "Daily NK", "Pacific Gazette", "Border Journal"];
const AGENCIES = ["National Intelligence Service", "US State Department", "a ministry official", "HUR"];

const store = await openStore(":memory:");
let t = performance.now();
for (let d = 0; d < DOCS; d++) {
  const sentences: Sentence[] = [];
  const claims: Claim[] = [];
  let text = "";
  for (let i = 0; i < 5; i++) {
    const n = Math.round(100 + rand() * 20000);
    const year = 2015 + Math.floor(rand() * 10);
    const place = pick(PLACES);
    const agency = pick(AGENCIES);
    const s = `Report ${d}-${i}: ${n} people were counted in ${place} in ${year}, ${agency} said.`;
    const start = text.length + (i ? 1 : 0);
    text += (i ? " " : "") + s;
    sentences.push({ index: i, paragraph: 0, start, end: start + s.length, text: s });
    const at = start + s.indexOf(String(n));
    claims.push({
      docId: `b${d}`,
      quantity: n,
      qualifier: pick(["exact", "approx", "more_than"] as const),
      unit: "persons",
      subject: pick(SUBJECTS),
      event: pick(EVENTS),
      modality: "reported",
      destination: place,
      time: String(year),
      attributedTo: agency,
      attributionChain: [agency],
      evidence: s,
      sentence: { start, end: start + s.length },
      span: { start: at, end: at + String(n).length },
    });
  }
  await store.putDocument(
    {
      id: `b${d}`,
      contentHash: createHash("sha256").update(text).digest("hex"),
      url: null,
      title: `Bench ${d}`,
      outlet: pick(OUTLETS),
      published: `20${15 + Math.floor(rand() * 10)}-06-01`,
      text,
      format: "txt",
      sourcePath: null,
    },
    sentences,
    { claims },
  );
}
console.log(
  `store: ${DOCS} documents, ${DOCS * 5} claims in ${((performance.now() - t) / 1000).toFixed(1)} s`,
);

const app = await buildServer({ store, publicRead: true });
for (const url of [
  "/api/series?limit=200",
  "/api/series?limit=200",
  "/api/series?figures=false&limit=1000",
  "/api/findings?limit=200",
  "/api/network",
]) {
  t = performance.now();
  const res = await app.inject({ url });
  const ms = performance.now() - t;
  console.log(
    `${url.padEnd(40)} ${res.statusCode} ${ms.toFixed(0).padStart(6)} ms ${(res.body.length / 1024).toFixed(0).padStart(6)} KiB`,
  );
}
await app.close();
await store.close();
