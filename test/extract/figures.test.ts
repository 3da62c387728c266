import { describe, expect, it } from "vitest";
import { findFigures } from "../../src/extract/index.ts";

const one = (s: string) => {
  const f = findFigures(s);
  expect(f.length).toBeGreaterThan(0);
  return f[0];
};

describe("findFigures: number formats", () => {
  it.each([
    ["They counted 12,000 people.", 12000],
    ["They counted 15K people.", 15000],
    ["They counted 15k people.", 15000],
    ["They counted 6 000 people.", 6000],
    ["They counted 6.000 people.", 6000],
    ["They counted two thousand five hundred people.", 2500],
    ["They counted a thousand people.", 1000],
    ["They counted 1.5 million people.", 1500000],
  ])("%s → %d", (s, n) => expect(one(s).value).toBe(n));

  it("does not read vague amounts as figures", () => {
    expect(findFigures("Dozens of them, hundreds of others and thousands more came.")).toEqual([]);
  });

  it("does not read model names as figures", () => {
    expect(findFigures("A KN-23 and an Su-27 were seen.")).toEqual([]);
  });
});

describe("findFigures: money", () => {
  it("reads $250 million and $1.2bn with the dollar", () => {
    const [a, b] = findFigures("They paid $250 million, then $1.2bn.");
    expect([a.value, a.currency, b.value, b.currency]).toEqual([250e6, "USD", 1.2e9, "USD"]);
  });
  it("reads USD 500, €40 and 60,000 rubles", () => {
    const f = findFigures("It cost USD 500, then €40, then 60,000 rubles.");
    expect(f.map((x) => [x.value, x.currency])).toEqual([
      [500, "USD"],
      [40, "EUR"],
      [60000, "RUB"],
    ]);
  });
  it.each([
    ["They earn $800 a month.", "month"],
    ["They earn $800 per month.", "month"],
    ["They earn $800 monthly.", "month"],
    ["It brings in $5 million annually.", "year"],
    ["It brings in $5 million a year.", "year"],
    ["It brings in $5 million per year.", "year"],
  ])("%s → per %s", (s, p) => expect(one(s).period).toBe(p));
});

describe("findFigures: ranges", () => {
  it.each([
    ["between $250 million and $600 million", [250e6, 600e6]],
    ["20,000-50,000 men", [20000, 50000]],
    ["20,000–50,000 men", [20000, 50000]],
    ["10,000 to 12,000 men", [10000, 12000]],
    ["from 10,000 to 12,000 men", [10000, 12000]],
    ["250 to 600 million dollars", [250e6, 600e6]],
  ])("%s", (s, v) => {
    const f = one(`They said ${s} were involved.`);
    expect(f.value).toEqual(v);
    expect(f.qualifier).toBe("range");
  });
  it("does not read a rise from one figure to another as a range", () => {
    expect(findFigures("The number rose from 10,000 to 12,000.").map((f) => f.value)).toEqual([10000, 12000]);
  });
});

describe("findFigures: hedges and percentages", () => {
  it.each([
    ["around", "approx"],
    ["about", "approx"],
    ["roughly", "approx"],
    ["approximately", "approx"],
    ["nearly", "approx"],
    ["almost", "approx"],
    ["some", "approx"],
    ["an estimated", "approx"],
    ["close to", "approx"],
    ["~", "approx"],
    ["more than", "more_than"],
    ["over", "more_than"],
    ["in excess of", "more_than"],
    ["upwards of", "more_than"],
    ["at least", "at_least"],
    ["no fewer than", "at_least"],
    ["up to", "up_to"],
    ["as many as", "up_to"],
    ["as much as", "up_to"],
    ["no more than", "up_to"],
    ["fewer than", "up_to"],
  ])("%s → %s", (hedge, q) => {
    const f = one(`Officials counted ${hedge} 4,000 of them.`);
    expect(f.qualifier).toBe(q);
    expect(f.text.startsWith(hedge)).toBe(true);
  });
  it.each(["90 percent", "90%", "90 per cent"])("%s is a percentage", (s) => {
    const f = one(`They keep ${s} of it.`);
    expect([f.value, f.percent]).toEqual([90, true]);
  });
});
