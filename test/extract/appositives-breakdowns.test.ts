// Round 3: appositives after a source's name, "X met … and said", breakdowns after a colon or
// dash, and headline source prefixes. All sentences written for these tests.
import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers.ts";

const bySubject = (text: string, published: string | null = "2025-06-17") =>
  Object.fromEntries(claimsOf(text, published).map((c) => [c.subject, c]));

describe("an appositive after the source's name", () => {
  it("credits the person named before a title appositive, not the title", () => {
    const claims = claimsOf(
      "North Korea will send 2,000 deminers and 4,000 military builders to the Bryansk region, Ivan Petrov, the secretary of Russia's Security Council, said on Tuesday.",
      "2025-06-17",
    );
    expect(claims.map((c) => c.attributedTo)).toEqual(["Ivan Petrov", "Ivan Petrov"]);
  });

  it("credits a lawmaker named before 'a member of the … committee'", () => {
    const c = only(
      "North Korea has sent 3,000 more troops to Russia, Lee Sung-kwon, a member of the parliamentary intelligence committee, told reporters.",
    );
    expect(c.attributedTo).toBe("Lee Sung-kwon");
  });

  it("credits an outlet named before a descriptive appositive with an adjective", () => {
    const c = only(
      "North Korea has deployed 11,000 troops to Russia, the Tatarstan Monitor, a local outlet, said.",
    );
    expect(c.attributedTo).toBe("Tatarstan Monitor");
  });

  it("does not take a place ending the previous clause for the source", () => {
    const c = only("North Korea has deployed 11,000 troops to Kursk, a senior official, said.");
    expect(c.attributedTo).not.toBe("Kursk");
  });
});

describe("a conjoined speech verb", () => {
  it("credits the subject of 'X met … and said', with the title stripped", () => {
    const claims = claimsOf(
      "Russian Security Council secretary Ivan Petrov met Kim Jong-un in Pyongyang on Monday and said North Korea would send 4,000 military builders and 2,000 deminers to the Belgorod region.",
    );
    expect(claims).toHaveLength(2);
    for (const c of claims) expect(c.attributedTo).toBe("Ivan Petrov");
  });

  it("dates the meeting before 'and said' as the statement, not the figure", () => {
    const c = only(
      "Russian Defence Minister Andrei Belousov visited Pyongyang last week and said the North would send 3,000 construction workers to the Kursk region.",
      "2025-03-04",
    );
    expect(c.attributedTo).toBe("Andrei Belousov");
    // A plan with no window of its own dates from its announcement (the contract): last week.
    expect(c.time).toBe("2025-02");
  });

  it("keeps a figure in the subject's own clause as that subject's claim, not swallowed by the span", () => {
    const c = only(
      "North Korea is a source of labour. KIDA put the number of North Korean workers in Russia at 9,000 last year, and said most of their pay goes to Pyongyang.",
    );
    expect(c.attributedTo).toBe("KIDA");
    expect(c.destination).toBe("Russia");
  });
});

describe("a breakdown after a colon or dash", () => {
  const text =
    "North Korea and Russia signed a deal. Petrov announced that Pyongyang had agreed to dispatch a further 7,000 personnel to the Belgorod region: 2,000 sappers to clear mines and 5,000 military construction workers to rebuild towns.";

  it("gives the parts the event and source of the clause that introduces them", () => {
    const s = bySubject(text);
    expect(s.deminers?.quantity).toBe(2000);
    expect(s.military_builders?.quantity).toBe(5000);
    for (const c of [s.deminers, s.military_builders]) {
      expect(c.event).toBe("deployment_planned");
      expect(c.attributedTo).toBe("Petrov");
    }
  });

  it("drops the generic total and keeps only the parts", () => {
    expect(claimsOf(text, "2025-06-17").map((c) => c.quantity)).toEqual([2000, 5000]);
  });

  it("treats a dash like a colon", () => {
    const s = bySubject(
      "North Korea has promised Russia more help. Moscow said Pyongyang would send 3,500 more people — 500 sappers and 3,000 military builders.",
    );
    expect(s.deminers?.event).toBe("deployment_planned");
    expect(s.military_builders?.event).toBe("deployment_planned");
  });

  it("drops a headline total that counts two groups at once, and a later ellipsis of it", () => {
    const claims = claimsOf(
      "Petrov: 7,000 North Korean Engineers and Builders Bound for Belgorod\n\nPetrov said Pyongyang had agreed to dispatch a further 7,000 people to the Belgorod region: 2,000 sappers and 5,000 military construction workers.",
      "2025-06-17",
    );
    expect(claims.map((c) => [c.quantity, c.subject])).toEqual([
      [2000, "deminers"],
      [5000, "military_builders"],
    ]);
  });
});

describe("a headline source prefix", () => {
  it("reads 'Name: figure' as the source and 'to staff' as a plan", () => {
    const c = only(
      "Petrov: 8,000 North Koreans to Staff Drone Factory in Tatarstan\n\nThe plan was not confirmed.",
    );
    expect(c.attributedTo).toBe("Petrov");
    expect(c.event).toBe("deployment_planned");
  });

  it("resolves a title-cased description to the body the article names", () => {
    const claims = claimsOf(
      "Intelligence Service: 8,000 North Koreans to Staff Drone Factory in Tatarstan\n\nPyongyang plans to send 8,000 workers to the Alabuga zone this year, Ukraine's military intelligence agency HUR said.",
      "2026-01-24",
    );
    // The headline restates the body's figure with a looser noun: one claim, the body's (issue #10).
    expect(claims).toHaveLength(1);
    expect(claims[0].event).toBe("deployment_planned");
    expect(claims[0].attributedTo).not.toBe("Intelligence Service");
    expect(claims[0].attributedTo).toMatch(/HUR/);
  });

  it("does not take a section label or a country for a source", () => {
    for (const label of ["Exclusive", "Russia"]) {
      const c = only(`${label}: 8,000 North Korean Workers Arrive in Tatarstan\n\nNo one commented.`);
      expect(c.attributedTo).toBeNull();
    }
  });

  it("still reads a byline suffix", () => {
    const c = only("North Korea to Send 4,000 Builders to Belgorod: Petrov\n\nNo date was given.");
    expect(c.attributedTo).toBe("Petrov");
  });
});
