// Phenomena of real published reporting (issue #10), each with sentences written for this test.
import { describe, expect, it } from "vitest";
import { findFigures, splitSentences } from "../../src/extract/index.ts";
import { claimsOf, only } from "./helpers.ts";

const values = (s: string) => findFigures(s).map((f) => f.value);

describe("number forms of broadcast transcripts and headlines", () => {
  it.each([
    ["Pyongyang moved over 30-thousand containers north.", 30000],
    ["The navy counted 12-thousand sailors.", 12000],
    ["Officials said three-thousand-250 were hurt.", 3250],
    ["Around seven million rounds crossed the border.", 7000000],
    ["More than a hundred launchers were seen.", 100],
    ["Over three-hundred guns were listed.", 300],
    ["Up to four thousand people came.", 4000],
    ["Moscow Hands Out 8K Permits", 8000],
  ])("%s", (s, v) => expect(values(s)[0]).toBe(v));

  it("reads '2 to 3 million' as a range on the high end's scale", () => {
    expect(values("It is roughly 2 to 3 million shells.")[0]).toEqual([2000000, 3000000]);
  });

  it("keeps the dollar figure and not its conversion for British readers", () => {
    const c = claimsOf("Each North Korean worker keeps about $150-300 (£110-£220) a month of his pay.");
    expect(c.map((x) => [x.quantity, x.unit])).toEqual([[[150, 300], "USD/month"]]);
  });
});

describe("arms and materiel, both ways", () => {
  it("counts shells named by two kinds, and the cargo runs that carried them", () => {
    const c = claimsOf(
      "North Korea is a close ally of Moscow.\nAbout five million artillery and mortar shells went to Russia in 30 cargo shipments in 2024.",
      "2025-03-01",
    );
    expect(c.map((x) => [x.subject, x.quantity, x.event])).toEqual([
      ["munitions", 5000000, "other"],
      ["shipments", 30, "other"],
    ]);
  });

  it("reads a single air-defence system handed to North Korea, with North Korea as destination", () => {
    const c = claimsOf(
      "North Korea keeps sending shells.\nRussia, for its part, has given at least one Pantsir-type missile system to its ally since last spring.",
    );
    expect(c.map((x) => [x.subject, x.quantity, x.qualifier, x.destination])).toEqual([
      ["weapons", 1, "at_least", "North Korea"],
    ]);
  });

  it("counts 'enough artillery for N brigades' as arms, and 'two brigades' of men as nothing", () => {
    expect(
      only("North Korea has delivered enough field artillery to Russia for four brigades.").subject,
    ).toBe("weapons");
    expect(claimsOf("North Korea will form two military brigades for the task.")).toEqual([]);
  });

  it("never takes 'at least one' person as a figure", () => {
    expect(claimsOf("At least one North Korean soldier was seen near Kursk.")).toEqual([]);
  });
});

describe("lists and breakdowns", () => {
  it("carries the counted noun along a list of 'label, at N' items", () => {
    const c = claimsOf(
      "In 2024, 9,100 North Korean residents entered Russia. The largest group came for study, at 5,200, followed by work, at 2,400; and tourism, at 80.",
      "2025-02-01",
    );
    expect(c.map((x) => [x.subject, x.quantity])).toEqual([
      ["nationals", 9100],
      ["nationals", 5200],
      ["nationals", 2400],
      ["nationals", 80],
    ]);
    expect(c.slice(1).every((x) => x.part === "part")).toBe(true);
  });

  it("shares the noun after the second of two coordinated counts", () => {
    const c = claimsOf("Moscow granted 4,210 work and 1,310 student visas to North Koreans.");
    expect(c.map((x) => [x.subject, x.quantity])).toEqual([
      ["visas", 4210],
      ["visas", 1310],
    ]);
  });

  it("reads bracketed counts after places and 'of which … were in'", () => {
    const a = claimsOf(
      "Some 60,000 North Korean workers are abroad, mostly in China (35,000) and Russia (20,000).",
    );
    expect(a.map((x) => [x.quantity, x.destination])).toEqual([
      [60000, null],
      [35000, "China"],
      [20000, "Russia"],
    ]);
    const b = claimsOf(
      "Pyongyang has 70,000 workers abroad, of which some 40,000 were in China and 25,000 in Russia.",
    );
    expect(b.map((x) => x.quantity)).toEqual([70000, 40000, 25000]);
  });

  it("reads people's trips as border entries", () => {
    const c = only("Last year North Korean citizens made about 9,000 trips to Russia.", "2025-01-10");
    expect([c.subject, c.event]).toEqual(["nationals", "entries"]);
  });
});

describe("wages", () => {
  it("marks a wage event other and places it where the worker is paid", () => {
    const c = only("North Korean welders in Russia are paid about $650 a month.");
    expect([c.subject, c.event, c.destination]).toEqual(["wage", "other", "Russia"]);
  });
});

describe("casualties and figure roles", () => {
  it("keeps killed and wounded as two measures, neither a batch of the other", () => {
    const c = claimsOf(
      "Seoul says about 700 North Korean soldiers have died and another 2,900 have been injured.",
    );
    expect(c.map((x) => [x.quantity, x.measure, x.part])).toEqual([
      [700, "killed", "total"],
      [2900, "wounded", "total"],
    ]);
  });

  it("keeps losses reported by foreign sources as North Korean losses", () => {
    const c = claimsOf(
      "North Korea sent about 9,000 soldiers to Kursk, with Ukrainian and American sources reporting over 2,500 killed.",
    );
    expect(c.map((x) => [x.subject, x.quantity, x.measure ?? null])).toEqual([
      ["troops", 9000, null],
      ["casualties", 2500, "killed"],
    ]);
  });

  it("marks increments and totals", () => {
    const inc = only("Pyongyang sent a further 2,000 troops to Kursk in March.");
    expect(inc.part).toBe("increment");
    const tot = only("North Korea has deployed a total of 14,000 soldiers to Russia.");
    expect(tot.part).toBe("total");
  });
});

describe("time: stated periods", () => {
  it.each([
    [
      "North Korea has sent 9,000 containers to Russia since October 2023.",
      "2025-04-10",
      "2023-10/2025-04-10",
    ],
    [
      "About 250 North Koreans crossed into Russia in the second quarter of this year.",
      "2025-09-01",
      "2025-04/2025-06",
    ],
    ["Russia issued 2,100 student visas to North Koreans between 2015 and 2017.", "2025-09-01", "2015/2017"],
    ["North Korea has shipped 7 million shells to Russia, the agency said.", "2025-02-03", "../2025-02-03"],
  ])("%s (published %s) → %s", (text, pub, time) => expect(only(text, pub).time).toBe(time));

  it("does not read 'the highest since 2015' as a period", () => {
    expect(
      only("In 2024, 5,300 North Koreans entered Russia, the highest since 2015.", "2025-02-01").time,
    ).toBe("2024");
  });

  it("dates a plan from its announcement, and a deadline forward", () => {
    expect(only("North Korea will send 4,000 builders to Russia.", "2025-05-20").time).toBe("2025-05-20");
    expect(only("Some 1,800 North Korean troops are to reach Kursk by November 3.", "2025-10-10").time).toBe(
      "2025-11-03",
    );
  });

  it("leaves a bare 'final quarter' to the context rather than guessing the year", () => {
    expect(only("In the final quarter, 1,200 North Koreans entered Russia.", "2025-03-01").time).toBeNull();
  });
});

describe("attribution on real text", () => {
  it("never takes a weekday, a month or a clause number for a source", () => {
    const c = claimsOf(
      "Russia's Interior Ministry released new data on Tuesday.\nRussia issued 3,500 tourist and 2,100 student visas to North Koreans last year.",
      "2025-04-10",
    );
    expect(c.every((x) => x.attributedTo !== "Tuesday")).toBe(true);
    expect(
      claimsOf("Under Article 5 of the deal, 3,000 North Korean workers were to be sent home.")[0]
        ?.attributedTo ?? null,
    ).toBeNull();
  });

  it("gives figures listed after a named report to the body that wrote it", () => {
    const c = claimsOf(
      "The Multilateral Sanctions Monitoring Team has released its second report.\n" +
        "North Korea shipped about 4,000 containers of ammunition to Russia last year.\n" +
        "Around 5,000 North Korean labourers were sent to Russia in 2024.",
      "2025-10-01",
    );
    expect(c.map((x) => x.attributedTo)).toEqual([
      "Multilateral Sanctions Monitoring Team (MSMT)",
      "Multilateral Sanctions Monitoring Team (MSMT)",
    ]);
  });

  it("leaves hearsay unsourced even when the article's other troop figures have a source", () => {
    const c = claimsOf(
      "Seoul's spy agency said North Korea had sent 3,000 troops to Kursk.\nThis comes amid reports that some 2,000 North Korean troops have been moved to Belgorod.",
      "2025-04-01",
    );
    expect(c.map((x) => x.attributedTo === null)).toEqual([false, true]);
  });

  it("names a known person in full", () => {
    expect(only("North Korea has sent 2,000 more troops to Kursk, Budanov said.").attributedTo).toBe(
      "Kyrylo Budanov",
    );
  });
});

describe("sentences and restatements", () => {
  it("splits a full stop with no space after it", () => {
    const s = splitSentences(
      "The team met last year.In its report it counted ships. See nknews.org for more.",
    );
    expect(s.map((x) => x.text)).toEqual([
      "The team met last year.",
      "In its report it counted ships.",
      "See nknews.org for more.",
    ]);
  });

  it("keeps one claim when the headline restates the body figure loosely", () => {
    const c = claimsOf(
      "Pyongyang to Send 7K Workers to Tatarstan\n\nNorth Korea will send 7,000 factory workers to the Alabuga zone, Kyiv's intelligence said.",
      "2025-08-01",
    );
    expect(c.map((x) => [x.quantity, x.subject])).toEqual([[7000, "workers"]]);
  });

  it("drops the few people a reporter interviewed", () => {
    expect(claimsOf("All five North Korean workers we interviewed said they slept on site.")).toEqual([]);
  });

  it("gives every claim a confidence in [0, 1], lower for a bare headline", () => {
    const [head] = claimsOf("North Korea to Send 9,000 Troops to Russia");
    const [body] = claimsOf(
      "North Korea has sent 9,000 troops to Kursk, Seoul's spy agency said on Monday.",
      "2025-01-08",
    );
    expect(head.confidence).toBeGreaterThan(0);
    expect(body.confidence).toBeLessThanOrEqual(1);
    expect(head.confidence!).toBeLessThan(body.confidence!);
  });
});
