import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/index.ts";
import { claimsOf, only } from "./helpers.ts";

describe("rules found on fresh passages", () => {
  it("drops wages and work inside North Korea", () => {
    expect(claimsOf("In Pyongyang, a clerk's monthly salary is about 4,000 won.")).toEqual([]);
  });

  it("drops a mixed count of several nationalities", () => {
    expect(claimsOf("Kyiv says it has killed 20,000 Russian and North Korean soldiers.")).toEqual([]);
  });

  it("does not treat a figure with its own noun as elliptical", () => {
    const c = claimsOf(
      "North Korea shipped 5,000 containers to Russia and some 8,000 tonnes of food came back.",
    );
    expect(c.map((x) => x.quantity)).toEqual([5000]);
  });

  it("reads repatriation as an 'other' event even after a modal", () => {
    expect(only("About 900 North Korean workers are expected to be repatriated from Mongolia.").event).toBe(
      "other",
    );
  });

  it("lets a modal before the figure govern a participle after it", () => {
    expect(only("The treaty could see up to 20,000 North Korean troops deployed.").event).toBe(
      "deployment_planned",
    );
    expect(only("North Korea, which pledged support, sent 2,000 troops to Russia.").event).toBe(
      "deployment_reported",
    );
  });

  it("does not carry a source across 'Separately'", () => {
    const c = claimsOf(
      "The FBI said hackers stole funds. Separately, North Korean IT workers earn up to $400 million a year.",
    );
    expect(c[0].attributedTo).toBeNull();
  });

  it("keeps footnote markers with their sentence", () => {
    expect(splitSentences("It rose sharply.[3] Then it fell.").map((s) => s.text)).toEqual([
      "It rose sharply.[3]",
      "Then it fell.",
    ]);
  });

  it("judges a wage in rubles by its size in dollars", () => {
    const c = only("North Korean builders in Russia earn about 120,000 rubles a month.");
    expect([c.subject, c.unit]).toEqual(["wage", "RUB/month"]);
  });

  it("reads a count out of a larger whole", () => {
    const c = claimsOf("About 300 of the roughly 11,000 North Korean troops in Kursk have died.");
    expect(c.map((x) => [x.subject, x.quantity])).toEqual([
      ["casualties", 300],
      ["troops", 11000],
    ]);
  });
});

describe("more rules found on fresh passages", () => {
  it("drops Korean War figures", () => {
    expect(claimsOf("Some 300,000 North Korean troops died in the Korean War.")).toEqual([]);
  });

  it("uses the source country as the place when the text says 'in the country'", () => {
    expect(
      only("Qatar said it had expelled 60 North Korean workers, leaving none in the country.").destination,
    ).toBe("Qatar");
  });

  it("keeps a place that is part of an office's name in the source", () => {
    expect(
      only("Laos sent home 200 North Korean workers, the labour ministry in Vientiane said.").attributedTo,
    ).toBe("labour ministry in Vientiane");
  });

  it("reads Title Case headline bylines", () => {
    expect(only("North Korea Sends 2,000 More Troops to Russia, Kyiv Says").attributedTo).toBe("Kyiv");
  });
});
