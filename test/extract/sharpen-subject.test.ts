// sharpenSubject: a generic count made specific by what its own sentence says of the same people.
import { describe, expect, it } from "vitest";
import { extractClaimsDebug } from "../../src/extract/index.ts";

function run(text: string) {
  const r = extractClaimsDebug({ id: "t", text, published: "2025-04-10" });
  return {
    subjects: r.claims.map((c) => c.subject),
    steps: r.trace.filter((e) => e.step === "sharpenSubject").map((e) => e.detail),
  };
}

describe("sharpenSubject", () => {
  it("workers for the construction industry are construction workers", () => {
    const r = run(
      "The Irkutsk region wants to bring in about 3,000 workers from North Korea to ease a shortage in the construction sector.",
    );
    expect(r.subjects).toEqual(["construction_workers"]);
    expect(r.steps).toEqual(["workers → construction_workers: for construction"]);
  });

  it("nationals hired as IT workers are IT workers", () => {
    const r = run(
      "Prosecutors charged 11 North Korean nationals who posed as freelance IT workers for American firms.",
    );
    expect(r.subjects).toEqual(["it_workers"]);
    expect(r.steps[0]).toMatch(/nationals → it_workers/);
  });

  it("North Koreans the sentence then calls workers are workers", () => {
    const r = run(
      "Oman said it had sent back 610 North Koreans, nearly all of the North Korean workers in the country.",
    );
    expect(r.subjects).toEqual(["workers"]);
  });

  it("personnel listed as engineers and builders are military builders", () => {
    const r = run(
      "North Korea will send 2,000 more personnel — including sappers, engineers and builders — to Russia's Kursk region.",
    );
    expect(r.subjects).toEqual(["military_builders"]);
  });

  it("what some of the workers earned each is a wage", () => {
    const r = run(
      "The North Korean IT workers, a few of whom earned up to $150,000 a year, sent most of it to Pyongyang.",
    );
    expect(r.subjects).toContain("wage");
    expect(r.subjects).not.toContain("revenue");
  });

  it("leaves nationals counted at a border alone", () => {
    expect(
      run("Some 4,200 North Koreans entered Russia last year, many of them workers on student visas.")
        .subjects,
    ).toEqual(["nationals"]);
  });
});
