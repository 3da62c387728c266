import { describe, expect, it } from "vitest";
import { assess, claimPeriod, compatible, normalisePlace, rollUp } from "../../src/assess/index.ts";
import { allFixtures, plansAndDispatches, syndicatedStory, troopConflict } from "./fixtures.ts";

describe("series", () => {
  it("keeps planned and realised dispatches in separate series", () => {
    const { snapshot } = assess(plansAndDispatches());
    const keys = snapshot.series.map((s) => s.key).sort();
    expect(keys).toEqual([
      "nationals|entries|persons|Russia",
      "workers|planned|persons|Tatarstan",
      "workers|realised|persons|Alabuga",
    ]);
    const planned = snapshot.series.find((s) => s.family === "planned")!;
    expect(planned.periods[0].headline?.value).toBe(12000);
    expect(planned.periods[0].headline?.reason).toMatch(/not a count of people sent/);
  });

  it("normalises places up the hierarchy and records precision", () => {
    expect(normalisePlace("the Kursk region")).toMatchObject({
      name: "Kursk",
      precision: "region",
      path: ["Russia", "Kursk"],
    });
    expect(normalisePlace("Alabuga")).toMatchObject({
      precision: "site",
      path: ["Russia", "Tatarstan", "Alabuga"],
    });
    expect(rollUp("Alabuga", "country").name).toBe("Russia");
    expect(normalisePlace("Atlantis")).toMatchObject({ precision: "unknown", known: false });
    const { snapshot } = assess(plansAndDispatches());
    expect(snapshot.series.find((s) => s.place === "Alabuga")?.placePrecision).toBe("site");
  });

  it("falls back to the publication year for an undated claim and flags it", () => {
    const [doc] = syndicatedStory();
    const record = { claim: { ...doc.claims[0], time: null }, published: "2025-10-02" };
    expect(claimPeriod(record)).toMatchObject({ period: "2025", fromPublished: true, precision: "day" });
    expect(claimPeriod({ claim: { ...doc.claims[0], time: "2024-06" }, published: null })).toMatchObject({
      period: "2024",
      precision: "month",
      fromPublished: false,
    });
  });

  it("reports the full range with ranges expanded and the lowest well-sourced figure as headline", () => {
    const docs = allFixtures();
    const extra = syndicatedStory()[0];
    extra.doc.id = "range-doc";
    extra.doc.outlet = "Associated Press";
    extra.doc.text = "Officials put the number between 9,000 and 17,000 during 2025.";
    extra.claims = [
      {
        ...extra.claims[0],
        docId: "range-doc",
        quantity: [9000, 17000],
        qualifier: "range",
        evidence: extra.doc.text,
        span: { start: 26, end: 44 },
      },
    ];
    const { snapshot } = assess([...docs, extra]);
    const period = snapshot.series.find((s) => s.key === "workers|realised|persons|Russia")!.periods[0];
    expect(period.range).toEqual([9000, 17000]);
    expect(period.headline?.value).toBe(9000);
    expect(period.headline?.reason).toMatch(/lowest well-sourced/);
  });

  it("does not give a headline from figures that are not well-sourced", () => {
    const { snapshot } = assess(troopConflict().slice(1));
    const period = snapshot.series[0].periods[0];
    expect(period.figures[0].grade.reliability).toBe("D");
    expect(period.headline).toBeNull();
    expect(period.headlineReason).toMatch(/none of the 1 figure/);
  });

  it("treats overlapping ranges and open bounds as compatible and distant figures as not", () => {
    expect(
      compatible(
        { quantity: [250e6, 600e6], qualifier: "range" },
        { quantity: [500e6, 700e6], qualifier: "range" },
      ),
    ).toBe(true);
    expect(
      compatible({ quantity: 13000, qualifier: "more_than" }, { quantity: 15000, qualifier: "approx" }),
    ).toBe(true);
    expect(compatible({ quantity: 11000, qualifier: "approx" }, { quantity: 2000, qualifier: "exact" })).toBe(
      false,
    );
    expect(
      compatible({ quantity: 12000, qualifier: "exact" }, { quantity: 15000, qualifier: "approx" }),
    ).toBe(false);
  });
});
