import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers.ts";

const pairs = (text: string) => claimsOf(text).map((c) => [c.subject, c.quantity]);

describe("subjects: the counted noun", () => {
  it.each([
    ["North Korea will send 2,000 labourers to Russia.", "workers"],
    ["North Korea will send 2,000 migrant workers to Russia.", "workers"],
    ["North Korea will send 2,000 builders to Russia.", "construction_workers"],
    ["North Korea will send 2,000 military construction workers to Russia.", "military_builders"],
    ["North Korea will send 2,000 IT specialists to Russia.", "it_workers"],
    ["North Korea will send 2,000 programmers to Russia.", "it_workers"],
    ["North Korea will send 2,000 servicemen to Russia.", "troops"],
    ["North Korea will send 2,000 sappers to Russia.", "deminers"],
    ["North Korea will send 2,000 mine-clearing specialists to Russia.", "deminers"],
    ["North Korea shipped 2,000 artillery shells to Russia.", "munitions"],
    ["North Korea shipped 20 KN-23 missiles to Russia.", "missiles"],
    ["North Korea shipped 200 howitzers to Russia.", "weapons"],
    ["North Korea shipped 2,000 containers to Russia.", "containers"],
    ["North Korea made 20 trainloads of deliveries to Russia.", "shipments"],
    ["Some 2,000 North Koreans entered Russia last year.", "nationals"],
    ["Russia issued 2,000 student visas to North Koreans.", "visas"],
  ])("%s → %s", (text, subject) => expect(only(text).subject).toBe(subject));

  it("ties each figure to its own noun", () => {
    expect(pairs("North Korea agreed to send 1,000 deminers and 5,000 builders to Kursk.")).toEqual([
      ["deminers", 1000],
      ["construction_workers", 5000],
    ]);
  });

  it("reads a noun after adjectives and 'more'/'additional'", () => {
    expect(pairs("Pyongyang sent 5,000 more troops and an additional 3,000 North Korean soldiers.")).toEqual([
      ["troops", 5000],
      ["troops", 3000],
    ]);
  });

  it("reads a noun named before the figure", () => {
    expect(only("North Korean workers numbering 15,000 are in Russia.").quantity).toBe(15000);
    expect(only("The number of North Korean workers in Russia reached 15,000.").subject).toBe("workers");
    expect(only("North Korean troops, estimated at 11,000, were moved.").subject).toBe("troops");
    expect(only("North Korea sent a contingent of 11,000 to the front.").subject).toBe("troops");
    expect(only("North Korea has sent a 12,000-strong force to Russia.").subject).toBe("troops");
  });

  it("counts an elliptical figure as the noun before it", () => {
    const c = claimsOf(
      "Around 800 North Korean workers arrived in Amur in May. Another 1,200 are expected in June.",
      "2024-07-01",
    );
    expect(c.map((x) => [x.subject, x.quantity, x.event])).toEqual([
      ["workers", 800, "deployment_reported"],
      ["workers", 1200, "deployment_planned"],
    ]);
  });

  it("reads money as revenue or wage, and a share of wages as wage_share", () => {
    expect(only("North Korean IT workers generate up to $600 million a year for Pyongyang.").subject).toBe(
      "revenue",
    );
    const w = only("North Korean loggers in Russia earn about $700 a month.");
    // One worker's pay is not a flow estimate: event "other", as real-article gold marks it.
    expect([w.subject, w.unit, w.event]).toEqual(["wage", "USD/month", "other"]);
    const s = only("The North Korean state keeps 80% of the workers' pay.");
    expect([s.subject, s.unit, s.quantity]).toEqual(["wage_share", "percent", 80]);
  });

  it("does not count prices, vague amounts or unrelated nouns", () => {
    expect(
      claimsOf("North Korea sold coal at $80 per tonne and hosted dozens of delegations with 40 buses."),
    ).toEqual([]);
  });

  it("makes nationals described as fighting into troops and as working into workers", () => {
    expect(only("Seoul says 9,000 North Koreans are now fighting for Russia.").subject).toBe("troops");
    expect(only("About 500 North Korean women work in textile plants in China.").subject).toBe("workers");
  });
});
