import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers.ts";

describe("drop rules: numbers that are not counts", () => {
  it.each([
    "North Korea breached Resolution 2397 and UNSCR 2375 with 3 articles.",
    "North Korean workers returned home in 2019 after the deadline.",
    "On June 7 North Korean workers protested at site No. 1.",
    "A North Korean worker aged 35 and a 41-year-old colleague died at 10:30 a.m.",
    "Call the North Korean workers' hotline on +7 423 555 0199.",
  ])("%s → no claims", (text) => expect(claimsOf(text)).toEqual([]));
});

describe("drop rules: figures that are not DPRK flows", () => {
  it("drops Russia's own labour-market figures", () => {
    expect(claimsOf("North Korea sends workers as Russia faces a shortage of 4.8 million workers.")).toEqual(
      [],
    );
    expect(
      claimsOf("Russia needs 2 million workers, officials in Moscow admitted, as North Korea looks on."),
    ).toEqual([]);
  });

  it("drops counts of other countries' people", () => {
    expect(claimsOf("North Korea watched as 3 million workers from Central Asia stayed in Russia.")).toEqual(
      [],
    );
    expect(claimsOf("Near the North Korean unit, 5,000 Ukrainian soldiers held the line.")).toEqual([]);
  });

  it("drops losses that are not North Korean", () => {
    expect(claimsOf("A North Korean-made missile killed 14 people and injured about 60 in Kharkiv.")).toEqual(
      [],
    );
    expect(claimsOf("Russian forces lost 1,200 troops in a day, Kyiv said.")).toEqual([]);
  });

  it("keeps North Korean losses as casualties", () => {
    const c = only("Kyiv says 2,000 North Korean soldiers have been killed or wounded in Kursk.");
    expect([c.subject, c.event, c.destination]).toEqual(["casualties", "casualties", "Kursk"]);
    expect(only("Ukrainian forces killed or wounded 900 North Korean troops last week.").subject).toBe(
      "casualties",
    );
  });

  it("drops captives and weapons tests", () => {
    expect(claimsOf("Ukraine said it captured two North Korean soldiers near Kursk.")).toEqual([]);
    expect(claimsOf("North Korea has test-fired 25 ballistic missiles this year.")).toEqual([]);
  });

  it("needs North Korea in the sentence, the sentence before, or the article", () => {
    expect(claimsOf("The plant hired 2,000 workers and 300 programmers in Kazan.")).toEqual([]);
    expect(
      claimsOf("North Korea is expanding its labour exports.\n\nThe plant hired 2,000 workers in Kazan.").map(
        (c) => c.quantity,
      ),
    ).toEqual([2000]);
  });
});

describe("events", () => {
  it.each([
    ["North Korea plans to send 3,000 workers to Russia.", "deployment_planned"],
    ["North Korea agreed to dispatch 3,000 workers to Russia.", "deployment_planned"],
    ["3,000 North Korean workers are to be sent to Russia.", "deployment_planned"],
    ["North Korea dispatched 3,000 workers to Russia.", "deployment_reported"],
    ["3,000 North Korean soldiers have been deployed to Russia.", "deployment_reported"],
    ["3,000 North Korean soldiers are fighting in Kursk.", "deployment_reported"],
    ["Russia is currently employing 3,000 North Korean workers.", "stock_estimate"],
    ["There are 3,000 North Korean workers in Russia.", "stock_estimate"],
    ["3,000 North Koreans entered Russia in 2023.", "entries"],
  ])("%s → %s", (text, event) => expect(only(text).event).toBe(event));
});

describe("destinations", () => {
  it("prefers the most specific place and normalises its name", () => {
    expect(only("North Korea sent 2,000 workers to the Kursk region in Russia.").destination).toBe("Kursk");
    expect(only("North Korea sent 2,000 workers to Primorye.").destination).toBe("Primorsky");
    expect(only("North Korea sent 2,000 workers to the Alabuga special economic zone.").destination).toBe(
      "Alabuga",
    );
    expect(only("North Korea sent 2,000 workers to the Russian Far East.").destination).toBe(
      "Russian Far East",
    );
  });
  it("ignores the source's place and the enemy", () => {
    const c = only(
      "Seoul's spy agency said North Korea sent 2,000 troops to fight against Ukraine for Russia.",
    );
    expect(c.destination).toBe("Russia");
  });
  it("reads a capital after sending troops as the state", () => {
    expect(only("North Korea sent 2,000 troops to Moscow.").destination).toBe("Russia");
  });
  it("leaves money and wage shares without a destination", () => {
    expect(
      only("Once in Russia, North Korean workers hand 70% of their wages to the state.").destination,
    ).toBeNull();
  });
});

describe("modality", () => {
  it.each([
    ["North Korea plans to send 3,000 workers to Russia.", "planned"],
    ["North Korea reportedly sent 3,000 workers to Russia.", "reported"],
    ["North Korea allegedly sent 3,000 workers to Russia.", "alleged"],
    ["North Korea sent 3,000 workers to Russia.", "asserted"],
  ])("%s → %s", (text, modality) => expect(only(text).modality).toBe(modality));
});

describe("merging repeats", () => {
  it("keeps the fullest mention of a repeated figure", () => {
    const c = claimsOf(
      "North Korea Sends 15K Workers\nThe Wall Street Journal said North Korea has sent 15,000 workers to Russia.",
    );
    expect(c).toHaveLength(1);
    expect(c[0].attributedTo).toBe("The Wall Street Journal");
  });
});
