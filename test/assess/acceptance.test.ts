// Acceptance suite for issue 11, written by hand: the series an analyst would headline from the
// demo corpus (ingested and extracted for real) and from the gold claims of ../shared/corpus/real
// (fed straight into assessment), and what each must show. Plus invariants over every finding:
// "corroborated" never counts a disagreeing origin, no doubled unit nouns.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agree } from "../../src/assess/figures.ts";
import type { AssessmentSnapshot, Finding } from "../../src/assess/types.ts";
import { assessFromClaimsFile } from "../../src/report/from-claims.ts";
import { assessFromStore } from "../../src/report/from-store.ts";
import { renderMarkdown } from "../../src/report/markdown.ts";
import { buildDossier } from "../../src/report/model.ts";

interface Row {
  what: string;
  /** Series key prefix (subject|family|unit|place) and optional measure suffix. */
  series: string;
  period: string;
  headline?: number | null;
  status?: Finding["status"];
  agreeing?: string[];
  disagreeing?: string[];
  provisions?: string[];
  statement?: RegExp;
}

function find(s: AssessmentSnapshot, row: Row): Finding | undefined {
  return s.findings.find((f) => f.seriesKey === row.series && f.period === row.period);
}

function checkRow(s: AssessmentSnapshot, row: Row): void {
  const f = find(s, row);
  expect(f, `${row.what}: no finding for ${row.series} @ ${row.period}`).toBeDefined();
  if (row.headline !== undefined) expect(f!.headline?.value ?? null, row.what).toBe(row.headline);
  if (row.status) expect(f!.status, row.what).toBe(row.status);
  if (row.agreeing)
    expect(f!.agreeing.map((a) => a.origin).sort(), row.what).toEqual([...row.agreeing].sort());
  if (row.disagreeing)
    expect(f!.disagreeing.map((a) => a.origin).sort(), row.what).toEqual([...row.disagreeing].sort());
  if (row.provisions)
    for (const p of row.provisions)
      expect(
        f!.paragraphs.map((x) => x.id),
        row.what,
      ).toContain(p);
  if (row.statement) expect(f!.statement, row.what).toMatch(row.statement);
}

function invariants(s: AssessmentSnapshot): void {
  for (const f of s.findings) {
    if (f.status === "corroborated") {
      expect(f.agreeing.length, f.statement).toBeGreaterThanOrEqual(2);
      const head = f.agreeing[0];
      for (const a of f.agreeing) expect(agree(head, a), f.statement).toBe(true);
    }
    const agreeing = new Set(f.agreeing.map((a) => a.origin));
    for (const d of f.disagreeing) expect(agreeing.has(d.origin), f.statement).toBe(false);
    expect(f.statement, "doubled unit noun").not.toMatch(/\b(containers|rounds|visas|missiles) \1\b/);
    expect(f.statement, "material without 'of'").not.toMatch(/\brounds munitions\b/);
  }
}

describe("acceptance: the demo corpus", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "fw-accept-"));
  const db = path.join(dir, "demo.db");
  let snapshot: AssessmentSnapshot;
  let markdown = "";
  beforeAll(async () => {
    execFileSync(path.resolve("bin/flowwatch"), ["demo", "--no-serve", "--db", db], { stdio: "ignore" });
    const run = await assessFromStore(db);
    snapshot = run.snapshot;
    markdown = renderMarkdown(buildDossier(run.snapshot, run.engine, { generatedAt: "2026-01-01" }));
    await run.store.close();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const rows: Row[] = [
    {
      what: "troops in Kursk 2024: two independent origins agree on about 11,000",
      series: "troops|realised|persons|Kursk",
      period: "2024",
      headline: 11000,
      status: "corroborated",
      provisions: ["1874-9", "2270-8"],
    },
    {
      what: "defect 4: the first wave of 1,500 is a batch of its own, not the 2024 total",
      series: "troops|realised|persons|Russia|increment",
      period: "2024",
      headline: 1500,
      statement: /one batch, not a total/,
    },
    {
      what: "defect 4: 2024 total for Russia is the NIS 'more than 10,000', not the 1,500 batch",
      series: "troops|realised|persons|Russia",
      period: "2024",
      headline: 10000,
    },
    {
      what: "defect 4: 2025 total is 14,000; the 3,000 reinforcements are a batch",
      series: "troops|realised|persons|Russia",
      period: "2025",
      headline: 14000,
    },
    {
      what: "defect 5: Moscow's 'more than 30,000 a year earlier' belongs to 2017 and agrees with US officials",
      series: "workers|stock|persons|Russia",
      period: "2017",
      status: "corroborated",
    },
    {
      what: "2018 stock: 11,490, no longer contradicted by the 2017 figure",
      series: "workers|stock|persons|Russia",
      period: "2018",
      headline: 11490,
      disagreeing: [],
    },
    {
      what: "defect 5: 600 killed is its own measure",
      series: "casualties|casualties|persons|Russia|killed",
      period: "2025",
      headline: 600,
      statement: /killed \(/,
    },
    {
      // Shoigu and Shoygu count once (ru-gov); the NIS, which reported the same pledge, is the only other origin.
      what: "defect 3: Shoigu and Shoygu are one origin among the deminers pledge's agreeing origins",
      series: "deminers|planned|persons|Kursk",
      period: "2025",
      agreeing: ["kr-nis", "ru-gov"],
    },
    {
      what: "defect 6: one Alabuga plan, not a second finding for nationals in Tatarstan",
      series: "workers|planned|persons|Alabuga",
      period: "2026",
      headline: 12000,
    },
    {
      what: "defect 11: munitions in readable words",
      series: "munitions|other|rounds|Russia",
      period: "2024",
      statement: /million rounds of munitions/,
      provisions: ["1718-8b"],
    },
  ];
  for (const row of rows) it(row.what, () => checkRow(snapshot, row));

  it("the dossier lists agreeing origins and other figures, in readable amounts", () => {
    expect(markdown).toMatch(/\*\*Agreeing with the headline:\*\* .*\(about 11,000\)/);
    expect(markdown).toMatch(/\*\*Other figures \(not agreeing\):\*\* .*\(at least 9 million rounds\)/);
    expect(markdown).not.toMatch(/\b(containers|rounds) \1\b|rounds munitions/);
  });

  it("defects 1, 2, 5: no corroboration by disagreeing origins, shares and casualty measures apart", () => {
    invariants(snapshot);
    expect(
      snapshot.contradictions.filter((c) => c.figures.includes(600) && c.figures.includes(4700)),
    ).toEqual([]);
    expect(snapshot.findings.some((f) => f.seriesKey === "nationals|planned|persons|Tatarstan")).toBe(false);
    const shares = snapshot.series.filter((s) => s.subject === "wage_share").map((s) => s.measure);
    expect(new Set(shares)).toEqual(new Set(["state_share", "worker_share"]));
    // The 10 % the workers keep is never presented as the state's share.
    const state = snapshot.series.filter((s) => s.measure === "state_share");
    expect(state.flatMap((s) => s.periods.flatMap((p) => p.figures.map((f) => f.quantity)))).not.toContain(
      10,
    );
  });
});

const GOLD = path.resolve("../shared/corpus/real/gold.jsonl");
describe.skipIf(!existsSync(GOLD))("acceptance: gold claims of ../shared/corpus/real", () => {
  let snapshot: AssessmentSnapshot;
  beforeAll(async () => {
    snapshot = (await assessFromClaimsFile(GOLD, path.resolve("../shared/corpus/real/docs"))).snapshot;
  }, 60_000);

  const rows: Row[] = [
    {
      what: "Kursk builders pledge: Shoigu's figure and the NIS agree on 6,000",
      series: "military_builders|planned|persons|Kursk",
      period: "2025",
      headline: 6000,
      status: "corroborated",
      agreeing: ["ru-gov", "kr-nis"],
    },
    {
      what: "killed and wounded are separate measures",
      series: "casualties|casualties|persons|Russia|killed",
      period: "2025",
      headline: 600,
    },
    {
      what: "troops in Russia 2025: the NIS 15,000 is listed as disagreeing, not as support",
      series: "troops|realised|persons|Russia",
      period: "2025",
      headline: 11000,
      disagreeing: ["kr-nis"],
    },
    {
      what: "Alabuga plan: NHK's 25,000 disagrees with the 12,000 headline",
      series: "workers|planned|persons|Alabuga",
      period: "2025",
      headline: 12000,
      status: "single-source",
      disagreeing: ["src:nhk"],
      provisions: ["2375-17"],
    },
  ];
  for (const row of rows) it(row.what, () => checkRow(snapshot, row));

  it("every finding keeps to the corroboration and prose invariants", () => invariants(snapshot));
});
