// Runs the assessment over the seed articles' hand-made gold claims (read at run time from
// ../shared, never copied): a check on real reporting rather than on our own fixtures.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/index.ts";
import type { Claim, ContractClaim } from "../../src/types.ts";
import { SHARED } from "../shared.js";

const seeds = path.resolve(SHARED, "corpus/seeds");

function loadSeeds() {
  const gold = readFileSync(path.join(seeds, "gold.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ContractClaim);
  const ids = [...new Set(gold.map((g) => g.doc))];
  return ids.map((id) => {
    const text = readFileSync(path.join(seeds, "docs", `${id}.txt`), "utf8");
    const dated = text.match(
      /\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})/,
    );
    const published = dated
      ? new Date(`${dated[1]} ${dated[2]}, ${dated[3]} UTC`).toISOString().slice(0, 10)
      : null;
    const claims: Claim[] = gold
      .filter((g) => g.doc === id)
      .map((g) => {
        const at = Math.max(0, text.indexOf(g.evidence));
        return {
          docId: id,
          quantity: g.quantity,
          qualifier: g.qualifier,
          unit: g.unit,
          subject: g.subject,
          event: g.event,
          destination: g.destination,
          attributedTo: g.attributed_to,
          attributionChain: g.attributed_to ? [g.attributed_to] : [],
          time: g.time,
          modality: g.event === "deployment_planned" ? "planned" : "reported",
          evidence: g.evidence,
          sentence: { start: at, end: at + g.evidence.length },
          span: { start: at, end: at + 1 },
        };
      });
    return { doc: { id, url: null, title: null, outlet: null, published, text }, claims };
  });
}

describe.skipIf(!existsSync(seeds))("assessment of the seed articles", () => {
  it("keeps plans, dispatches, stocks and entries apart and grades named sources", () => {
    const { snapshot, errors } = assess(loadSeeds());
    expect(errors).toEqual([]);
    const keys = snapshot.series.map((s) => s.key);
    expect(keys).toContain("workers|planned|persons|Tatarstan");
    expect(keys).toContain("workers|realised|persons|Russia");
    expect(keys).toContain("workers|stock|persons|Russia");
    expect(keys).toContain("nationals|entries|persons|Russia");
    const kursk = snapshot.series.find((s) => s.key === "construction_workers|planned|persons|Kursk")!;
    const shoigu = kursk.periods.flatMap((p) => p.figures).find((f) => f.origin.id === "ru-gov")!;
    expect(shoigu.grade.reliability).toBe("D");
    const revenue = snapshot.series.find((s) => s.subject === "revenue")!;
    expect(revenue.periods[0].range).toEqual([250_000_000, 600_000_000]);
    const entries = snapshot.findings.find((f) => f.seriesKey.startsWith("nationals|entries"))!;
    expect(entries.statement).toMatch(/entries are not a count of workers/i);
  });
});
