import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers.ts";

describe("whose figure is it", () => {
  it("drops a force another country assembled, even with North Koreans in it", () => {
    expect(
      claimsOf("Moscow has gathered about 40,000 troops, including North Korean battalions, near Kursk."),
    ).toEqual([]);
  });
  it("drops another country's troops when that country is the actor", () => {
    expect(claimsOf("The United States keeps 28,500 troops in South Korea to deter North Korea.")).toEqual(
      [],
    );
  });
  it("keeps troops a country received from North Korea", () => {
    expect(
      only("Russia has received some 3,000 troops from North Korea this month.", "2025-03-01").subject,
    ).toBe("troops");
  });
  it("drops North Korea's army at home", () => {
    expect(
      claimsOf("North Korea keeps about 1.1 million active-duty soldiers and 7 million reservists."),
    ).toEqual([]);
  });
  it("drops defectors reaching the South", () => {
    expect(claimsOf("Some 190 North Korean defectors reached South Korea last year.")).toEqual([]);
  });
  it("accepts 'the North' once the article has named North Korea", () => {
    const c = claimsOf(
      "North Korea denies it.\n\nThe North has dispatched 2,500 engineers and sappers, Kyiv says.",
    );
    expect(c.map((x) => [x.subject, x.quantity])).toEqual([["deminers", 2500]]);
  });
});

describe("money", () => {
  it("reads a fee handed to the state as wage_share", () => {
    const c = only("Each North Korean worker must hand over a loyalty fee of $700 a month.");
    expect([c.subject, c.unit]).toEqual(["wage_share", "USD/month"]);
  });
  it("keeps a conversion into another currency as a claim of the same kind and period", () => {
    const c = claimsOf(
      "North Korean loggers earn 90,000 rubles a month, roughly $1,000, according to the union.",
    );
    expect(c.map((x) => [x.subject, x.quantity, x.unit])).toEqual([
      ["wage", 90000, "RUB/month"],
      ["wage", 1000, "USD/month"],
    ]);
  });
});

describe("nouns named before the verb", () => {
  it("reads 'losses … stand at N' as casualties", () => {
    expect(only("North Korean losses in Kursk now stand at about 3,000, Kyiv said.").subject).toBe(
      "casualties",
    );
  });
});

describe("slots from context", () => {
  it("gives a subset's place only when no other place is stated", () => {
    expect(only("China hosts about 50,000 North Korean workers, most of them in Dandong.").destination).toBe(
      "China",
    );
    expect(
      only("About 50,000 North Korean workers are employed abroad, most of them in Dandong.").destination,
    ).toBe("Dandong");
  });
  it("reads 'a year earlier' against the year in the sentence", () => {
    const c = claimsOf(
      "In 2023, 4,000 North Korean students entered Russia, up from 900 a year earlier.",
      "2025-01-01",
    );
    expect(c.map((x) => [x.quantity, x.time])).toEqual([
      [4000, "2023"],
      [900, "2022"],
    ]);
  });
  it("names the outlet unnamed sources spoke to", () => {
    expect(
      only("North Korea sent 400 more builders to Kursk, sources told Radio Free Asia.").attributedTo,
    ).toBe("Radio Free Asia");
  });
});
