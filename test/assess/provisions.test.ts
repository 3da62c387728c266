import { describe, expect, it } from "vitest";
import {
  afterRepatriationDeadline,
  provisionsFor,
  provisionsForParties,
  loadProvisions,
} from "../../src/assess/provisions.ts";
import { CorrectionsLog, assess } from "../../src/assess/index.ts";
import {
  allFixtures,
  independentWorkers,
  plansAndDispatches,
  syndicatedStory,
  troopConflict,
} from "./fixtures.ts";

const ids = (refs: { id: string }[]) => refs.map((r) => r.id).sort();

describe("provisions and findings", () => {
  it("catalogues every paragraph with a summary in our own words", () => {
    const catalogue = loadProvisions();
    for (const id of ["1718-8a", "1874-9", "1874-10", "2270-6", "2371-11", "2375-17", "2397-8"]) {
      const p = catalogue.find((x) => x.id === id);
      expect(p?.summary.length).toBeGreaterThan(40);
    }
  });

  it("maps reported workers to the labour paragraphs and arms to the arms paragraphs", () => {
    expect(ids(provisionsFor({ subject: "workers", family: "realised", period: "2025" }))).toEqual([
      "2321-34",
      "2371-11",
      "2375-17",
      "2397-8",
    ]);
    expect(ids(provisionsFor({ subject: "it_workers", family: "stock", period: "2023" }))).toContain(
      "2397-8",
    );
    expect(ids(provisionsFor({ subject: "munitions", family: "realised", period: "2024" }))).toEqual([
      "1718-8b",
      "1874-9",
      "2270-6",
      "2270-8",
    ]);
    expect(ids(provisionsFor({ subject: "troops", family: "realised", period: "2024" }))).toContain("2270-8");
  });

  it("applies the 22 December 2019 repatriation deadline", () => {
    expect(afterRepatriationDeadline("2020")).toBe("after");
    expect(afterRepatriationDeadline("2018")).toBe("before");
    expect(afterRepatriationDeadline("2019")).toBe("straddles");
    expect(afterRepatriationDeadline("2019", "2019-12-23")).toBe("after");
    expect(afterRepatriationDeadline("2019", "2019-12-22")).toBe("before");
    const after = provisionsFor({ subject: "workers", family: "stock", period: "2021" }).find(
      (r) => r.id === "2397-8",
    )!;
    expect(after.relation).toMatch(/^breach indicated/);
    const before = provisionsFor({ subject: "workers", family: "stock", period: "2018" }).find(
      (r) => r.id === "2397-8",
    )!;
    expect(before.relation).toMatch(/^bears on/);
    expect(
      provisionsFor({ subject: "workers", family: "planned", period: "2018" }).some((r) => r.id === "2397-8"),
    ).toBe(false);
  });

  it("ties designated parties to the UN asset freeze, naming the designating resolution", () => {
    const refs = provisionsForParties([
      {
        docId: "d",
        name: "Korea Example Trading",
        listId: "un-1718",
        programmes: ["UNSCR 2270 annex II"],
        score: 0.97,
        type: "person",
      },
    ]);
    expect(ids(refs)).toEqual(["1718-8d", "1718-8e"]);
    expect(refs[0].relation).toMatch(/designated under resolution 2270/);
    expect(
      provisionsForParties([
        { docId: "d", name: "X", listId: "us-ofac-sdn", programmes: ["DPRK3"], score: 1 },
      ]),
    ).toEqual([]);
  });

  it("calls a finding corroborated only with two or more independent origins behind the headline", () => {
    const single = assess(syndicatedStory()).snapshot.findings[0];
    expect(single.status).toBe("single-source");
    expect(single.supportingClaims).toHaveLength(3);
    const multi = assess([...syndicatedStory(), ...independentWorkers()]).snapshot.findings[0];
    expect(multi.status).toBe("corroborated");
    expect(multi.origins).toHaveLength(3);
    expect(multi.statement).toMatch(
      /^About 14,500 North Korean workers were reported sent to Russia in 2025 \(conservative figure; confirmed by 3 independent origins/,
    );
    expect(ids(multi.paragraphs)).toContain("2397-8");
  });

  it("states plans as plans and entries as entries, and attaches no party the claims do not name", () => {
    const parties = [
      {
        docId: "plan-tatarstan",
        name: "Example Overseas Group",
        listId: "un-1718",
        programmes: ["DPRK"],
        score: 0.9,
      },
    ];
    const { snapshot } = assess(plansAndDispatches(), { parties });
    const planned = snapshot.findings.find((f) => f.seriesKey.includes("planned"))!;
    expect(planned.statement).toMatch(/announced intention, not a count/);
    // The party is screened in the document but named in no claim's sentence: a mention, not a party.
    expect(planned.parties).toHaveLength(0);
    expect(ids(planned.paragraphs)).not.toContain("1718-8d");
    const entries = snapshot.findings.find((f) => f.seriesKey.includes("entries"))!;
    expect(entries.statement).toMatch(/entries are not a count of workers/);
    expect(snapshot.findings.find((f) => f.seriesKey.includes("realised"))!.parties).toEqual([]);
  });

  it("keeps the corrections log append-only", () => {
    const { snapshot } = assess(allFixtures());
    const log = new CorrectionsLog();
    const id = snapshot.findings[0].id;
    const first = log.append({
      findingId: id,
      kind: "right_of_reply",
      author: "embassy",
      text: "The figure is denied.",
    });
    log.append({ findingId: id, kind: "correction", author: "editor", text: "Outlet name corrected." });
    expect(log.entries(id).map((e) => e.seq)).toEqual([1, 2]);
    expect(() => {
      (first as { text: string }).text = "edited";
    }).toThrow();
    expect(() => (log.entries() as unknown as unknown[]).push({})).toThrow();
    expect(() => log.append({ findingId: id, kind: "note", author: "x", text: " " })).toThrow(/has no text/);
    expect(troopConflict()).toHaveLength(2);
  });
});
