// Alerts: the matcher alone (party watchlists from the gazetteer against claim events naming
// gazetteer parties), and the store run step (record + match) after N new claims on SQLite with
// W watchlists of every kind. N = $ALERTS_BENCH_CLAIMS (default 2,000), W = $ALERTS_BENCH_WATCHLISTS (100).
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { claimEvent } from "../src/alerts/events.ts";
import { matchEvents } from "../src/alerts/match.ts";
import { resolveTarget } from "../src/alerts/targets.ts";
import { loadGazetteer } from "../src/resolve/entities/gazetteer.ts";
import { recordEvents } from "../src/store/alert-recorders.ts";
import { matchPending } from "../src/store/alerts.ts";
import { openStore } from "../src/store/open.ts";
import { createWatchlist } from "../src/store/watchlists.ts";
import type { Claim } from "../src/types.ts";
import { defaultReference } from "../src/reference/index.ts";

const SUBJECTS = defaultReference().subjects.ids;

const ms = (t: number) => `${Math.round(performance.now() - t)} ms`;

export async function main(): Promise<void> {
  const entities = loadGazetteer();
  const parties = entities.filter((e) => e.type === "person" || e.type === "organization").slice(0, 50);
  const names = parties.map((e) => e.name);
  const watchlists = parties.map((e, i) => ({
    id: i + 1,
    cursor: 0,
    kind: "party" as const,
    target: resolveTarget("party", e.name, entities).target,
  }));
  const events = Array.from({ length: 1000 }, (_, i) => ({
    id: i + 1,
    ...claimEvent(
      {
        id: i,
        docId: "d",
        subject: "workers",
        event: "other",
        quantity: 1,
        unit: "persons",
        destination: "Russia",
        attributedTo: null,
        attributionChain: [],
        time: null,
        outlet: "X",
        published: null,
        evidence: "e",
      },
      [
        {
          entityId: "unknown",
          text: names[(i * 7) % names.length].toUpperCase(),
          name: null,
          type: "person",
        },
      ],
      "t",
    ),
  }));
  let t = performance.now();
  const pairs = matchEvents(watchlists, events);
  console.log(
    `matcher: ${watchlists.length} party watchlists × ${events.length} events by name: ${ms(t)} (${pairs.length} alerts)`,
  );

  const n = Number(process.env.ALERTS_BENCH_CLAIMS ?? 2000);
  const w = Number(process.env.ALERTS_BENCH_WATCHLISTS ?? 100);
  const dir = mkdtempSync(path.join(tmpdir(), "fw-alerts-bench-"));
  const store = await openStore(path.join(dir, "b.db"));
  try {
    const kinds = ["subject", "source", "query", "place", "party"] as const;
    for (let i = 0; i < w; i++) {
      const kind = kinds[i % kinds.length];
      const value =
        kind === "subject"
          ? SUBJECTS[i % SUBJECTS.length]
          : kind === "source"
            ? `outlet ${i}`
            : kind === "query"
              ? { subject: SUBJECTS[i % SUBJECTS.length], from: "2024" }
              : kind === "place"
                ? ["Russia", "China", "Vladivostok", "Kursk", "Dandong"][i % 5]
                : names[i % names.length];
      await createWatchlist(store, { username: `u${i}`, kind, value }).catch(() => undefined);
    }
    for (let d = 0; d < n / 4; d++) {
      const sentence = `In 2025 outlet ${d % 50} counted 1,${String(d % 1000).padStart(3, "0")} workers going to Russia.`;
      const text = [
        sentence,
        sentence.replace("workers", "soldiers"),
        sentence.replace("Russia", "China"),
        sentence.replace("2025", "2024"),
      ].join(" ");
      const claims: Claim[] = [0, 1, 2, 3].map((k) => {
        const start = k === 0 ? 0 : text.split(" In ").slice(0, k).join(" In ").length + 1;
        const s = text.slice(start).split(/(?<=\.) /)[0];
        const at = start + s.indexOf("1,");
        return {
          docId: `b${d}`,
          quantity: 1000 + (d % 1000),
          qualifier: "exact",
          unit: "persons",
          subject: SUBJECTS[(d + k) % SUBJECTS.length],
          event: "other",
          destination: k === 2 ? "China" : "Russia",
          attributedTo: `outlet ${d % 50}`,
          attributionChain: [],
          time: "2025",
          modality: "asserted",
          evidence: s,
          sentence: { start, end: start + s.length },
          span: { start: at, end: at + 5 },
        };
      });
      const sentences = claims.map((c, i) => ({
        index: i,
        paragraph: 0,
        start: c.sentence.start,
        end: c.sentence.end,
        text: c.evidence,
      }));
      await store.putDocument(
        {
          id: `b${d}`,
          contentHash: createHash("sha256").update(text).digest("hex"),
          url: null,
          title: null,
          outlet: `outlet ${d % 50}`,
          published: "2025-01-01",
          text,
          format: "txt",
          sourcePath: null,
        },
        sentences,
        { claims },
      );
    }
    t = performance.now();
    const recorded = await recordEvents(store);
    console.log(`store: record ${recorded.claims} claim events: ${ms(t)}`);
    t = performance.now();
    const matched = await matchPending(store);
    console.log(`store: match against ${w} watchlists: ${ms(t)} (${matched.alerts} alerts)`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
