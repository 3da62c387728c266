// Event families seen in published reporting, in sentences written for these tests.
import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers.ts";

const event = (text: string) => only(text, "2025-04-10").event;

describe("event of a figure", () => {
  it.each([
    ["Pyongyang is weighing sending some 9,000 workers to Russian farms.", "deployment_planned"],
    ["Kim Jong Un has ordered the dispatch of 3,000 military builders to Kursk.", "deployment_planned"],
    [
      "The Tomsk region has filed a request with Moscow to import about 1,200 workers from North Korea.",
      "deployment_planned",
    ],
    [
      "In the second troop dispatch of 3,000 North Korean soldiers, Pyongyang used cargo flights.",
      "deployment_reported",
    ],
    ["Mongolia sent back about 700 North Korean workers in 2019.", "other"],
    ["At least 40 North Korean soldiers have escaped from their units in Kursk.", "other"],
    ["Prosecutors in Texas indicted 9 North Korean nationals over the scheme.", "other"],
    [
      "The number of North Korean workers in Russia has declined by 6,000 workers since 2018, the ministry said.",
      "other",
    ],
  ])("%s → %s", (text, expected) => expect(event(text)).toBe(expected));

  it("does not read the month May as a modal", () => {
    expect(event("From February to May, 3,100 North Koreans entered Russia.")).toBe("entries");
  });

  it("reads a past-tense headline as reported, not planned", () => {
    expect(event("North Korea sent 9,000 soldiers to support Russia in Kursk")).toBe("deployment_reported");
  });
});

describe("destination of a figure", () => {
  const destinations = (text: string) =>
    Object.fromEntries(claimsOf(text, "2025-04-10").map((c) => [String(c.quantity), c.destination]));

  it("gives each part of a breakdown its own place and the whole none", () => {
    expect(
      destinations(
        "Seoul believes some 60,000 North Korean workers are abroad, of which about 35,000 are in China and 15,000 in Russia.",
      ),
    ).toEqual({ "60000": null, "35000": "China", "15000": "Russia" });
  });

  it("reads a share of them in places as a subset", () => {
    expect(
      destinations(
        "About 40,000 North Korean workers are abroad, and roughly 70% of them work in China (20,000) and Mongolia (8,000).",
      )["40000"],
    ).toBeNull();
  });

  it("does not take a hedge on the figure for a subset", () => {
    expect(
      destinations("North Korea has sent some 4,000 troops to Russia's southern border region of Belgorod.")[
        "4000"
      ],
    ).toBe("Belgorod");
  });

  it("does not read a capital acting for its government as a destination", () => {
    expect(
      destinations(
        "Moscow has denied reports, but about 900 North Korean workers were still in Russia in May.",
      )["900"],
    ).toBe("Russia");
  });

  it("gives the parts of a flow stated just before its place", () => {
    const claims = claimsOf(
      "North Korea will send 4,000 more specialists to Russia's Belgorod region, the ministry said.\nThe contingent will include 3,000 construction workers and 1,000 deminers.",
      "2025-04-10",
    );
    // The total may be dropped as the sum of its parts; the parts keep its place.
    expect(claims.filter((c) => c.quantity !== 4000).map((c) => [c.quantity, c.destination])).toEqual([
      [3000, "Belgorod"],
      [1000, "Belgorod"],
    ]);
  });
});
