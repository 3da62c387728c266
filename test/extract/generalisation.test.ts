// Phenomena the blind set showed the extractor missing, each written afresh in our own words:
// canonical sources and generic descriptions, speech-act dates, inherited destinations, second
// figures in one sentence, money shapes, quoted hedges and vague amounts.
import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers.ts";

const NIS = "South Korea's National Intelligence Service (NIS)";

describe("sources: canonical names and descriptions", () => {
  it.each([
    ["North Korea has sent 2,500 more troops to Russia, the NIS said."],
    ["North Korea has sent 2,500 more troops to Russia, Seoul's National Intelligence Service said."],
    ["North Korea has sent 2,500 more troops to Russia, South Korea's spy agency said."],
  ])("gives one canonical name for every variant: %s", (text) => {
    expect(only(text).attributedTo).toBe(NIS);
  });

  it("expands an acronym the article defined earlier", () => {
    const c = claimsOf(
      "The Asan Centre for Strategic Studies (ACSS) published a study of the trade on Monday.\n\n" +
        "ACSS said about 6,000 North Korean workers were in Russia at the end of 2023.",
    );
    expect(c[0].attributedTo).toBe("Asan Centre for Strategic Studies (ACSS)");
  });

  it("resolves a later generic description to the body named earlier in the document", () => {
    const c = claimsOf(
      "The Korea Institute for Defense Analyses briefed reporters in Seoul.\n\n" +
        "North Korea may have earned $3 billion from arms sales to Moscow, the think tank said.",
    );
    expect(c[0].attributedTo).toBe("Korea Institute for Defense Analyses");
  });

  it("keeps a pronoun's description without the pronoun", () => {
    const c = claimsOf(
      "Ukraine has a higher count. Its military said about 2,900 North Korean soldiers had been killed or wounded.",
    );
    expect(c[0].attributedTo).toBe("military");
  });

  it("keeps the description when no body it could stand for was named", () => {
    expect(only("About 900 North Korean workers arrived in Tomsk, the ministry said.").attributedTo).toBe(
      "ministry",
    );
  });

  it("credits a chain's named origin but keeps the relay when the origin is anonymous", () => {
    const named = only("Yonhap, citing the NIS, reported that 1,800 North Korean troops had reached Kursk.");
    expect(named.attributedTo).toBe(NIS);
    expect(named.attributionChain[0]).toBe("Yonhap");
    const anon = only(
      "Yonhap, citing an unnamed official, reported that 1,800 North Korean troops had reached Kursk.",
    );
    expect(anon.attributedTo).toBe("Yonhap");
  });

  it("names the body behind a spokesperson and not a bare adjective", () => {
    expect(
      only("About 7,000 North Korean soldiers are in Kursk, a Pentagon spokeswoman said.").attributedTo,
    ).toBe("Pentagon");
  });

  it("credits the outlet's source when 'the source' speaks again", () => {
    const c = claimsOf(
      "North Korean builders are still busy in Khabarovsk, a source in the city told Daily NK. " +
        '"About 2,000 North Korean workers are here now," the source said.',
    );
    expect(c[0].attributedTo).toBe("Daily NK source");
  });
});

describe("time: the figure's, not the statement's", () => {
  it.each([
    "The NIS said on Thursday that North Korea had sent 1,200 more troops to Russia.",
    "The NIS told lawmakers on Thursday that North Korea had sent 1,200 more troops to Russia.",
    "Zelensky said in his evening address on Thursday that 1,200 North Korean troops had reached Kursk.",
  ])("ignores the day a statement was made: %s", (text) => {
    expect(only(text, "2025-03-14").time).toBeNull();
  });

  it("keeps a date that belongs to the counted event", () => {
    expect(
      only("North Korea sent 1,200 more troops to Russia in February, the NIS said.", "2025-03-14").time,
    ).toBe("2025-02");
  });

  it("gives a running total since a stated time the interval up to publication (contract: ISO 8601 interval)", () => {
    expect(
      only("North Korea has shipped 9,000 containers to Russia since March 2023.", "2025-03-14").time,
    ).toBe("2023-03/2025-03-14");
    expect(only("North Korea has shipped 900 containers to Russia since January.", "2025-06-14").time).toBe(
      "2025-01/2025-06-14",
    );
  });
});

describe("time: datelines, states at the moment of speaking, spans", () => {
  it("does not date a figure by its dateline", () => {
    expect(
      only("SEOUL, March 3 (Wire) - North Korea sent 2,000 more builders to Russia.", "2025-03-03").time,
    ).toBeNull();
    // …but a plan with no window dates from its announcement (the contract).
    expect(
      only("SEOUL, March 3 (Wire) - North Korea will send 2,000 more builders to Russia.", "2025-03-03").time,
    ).toBe("2025-03-03");
  });

  it("dates a state anchored to the moment of speaking by the day it was said", () => {
    expect(
      only("The NIS said on Thursday that 1,200 North Korean troops were now in Kursk.", "2025-03-14").time,
    ).toBe("2025-03-13");
  });

  it("counts 'N years earlier' back from the year the sentence names", () => {
    const c = claimsOf(
      "In 2021, about 6,000 North Korean workers were in Russia, down from 20,000 three years earlier.",
    );
    expect(c.map((x) => x.time)).toEqual(["2021", "2018"]);
  });

  it("gives a figure spanning two years the interval, and a target a planned event", () => {
    expect(only("North Korean hackers stole $120 million between 2021 and March 2022.").time).toBe(
      "2021/2022-03",
    );
    expect(only("The plan sets a target of 4,000 North Korean workers at the plant.").event).toBe(
      "deployment_planned",
    );
  });
});

describe("destination when the sentence names none", () => {
  it("inherits the place of the flow stated earlier in the paragraph", () => {
    const c = claimsOf(
      "North Korea has moved 9,000 soldiers to the Belgorod region. Another 1,000 troops are expected next month.",
    );
    expect(c.map((x) => x.destination)).toEqual(["Belgorod", "Belgorod"]);
  });

  it("gives casualties the article's main destination for the fighting", () => {
    const c = claimsOf(
      "About 9,000 North Korean troops were sent to Kursk last autumn.\n\n" +
        "Ukraine says 2,100 North Korean soldiers have been killed or wounded so far.",
    );
    expect(c[1].subject).toBe("casualties");
    expect(c[1].destination).toBe("Kursk");
  });

  it("sends an elliptical count where its antecedent went, and casualties to the front", () => {
    const c = claimsOf(
      "Russia registered 6,400 North Korean citizens entering Russia in 2024.\n\nOf these arrivals, 3,100 came on student visas.",
    );
    expect(c.map((x) => x.destination)).toEqual(["Russia", "Russia"]);
    const d = claimsOf(
      "North Korea sent 11,000 troops to Russia. Most were moved to the Kursk region.\n\n" +
        "Pyongyang later sent 3,000 more troops to Kursk.\n\nSeoul says 4,000 North Korean soldiers have been killed or wounded.",
    );
    expect(d[d.length - 1].destination).toBe("Kursk");
  });

  it("does not take the targets of missiles for their destination", () => {
    expect(
      only(
        "North Korea has delivered some 80 ballistic missiles to Russia, which have been fired at Odesa and Dnipro.",
      ).destination,
    ).toBe("Russia");
  });
});

describe("second figures and money shapes", () => {
  it.each([
    [
      "Russia recorded 9,400 entries by North Koreans in 2025, far more than in 2024, when the figure was 1,150.",
      [9400, 1150],
    ],
    [
      "About 8,000 North Korean labourers remained in Russia in 2021, down from more than 25,000 three years earlier.",
      [8000, 25000],
    ],
  ])("reads the second count of one sentence: %s", (text, want) => {
    expect(claimsOf(text).map((c) => c.quantity)).toEqual(want);
  });

  it("reads a count followed straight by its verb as the previous figure's subject", () => {
    const c = claimsOf(
      "Russia registered 6,400 North Korean citizens crossing its border in 2024. In the last quarter alone, more than 2,000 entered as students.",
    );
    expect(c.map((x) => [x.quantity, x.subject])).toEqual([
      [6400, "nationals"],
      [2000, "nationals"],
    ]);
  });

  it.each([
    [
      "North Korea's shell sales to Russia could be worth $2 billion to $4 billion to Pyongyang.",
      "USD",
      "revenue",
    ],
    ["Hackers working for North Korea stole US$215.5 million in crypto last year.", "USD", "revenue"],
    ["North Korean IT freelancers advertise rates of $40 to $80 per hour.", "USD/hour", "wage"],
    [
      "A North Korean welder in Russia can make 70,000 to 95,000 rubles in a good month.",
      "RUB/month",
      "wage",
    ],
  ])("reads money: %s", (text, unit, subject) => {
    const c = only(text);
    expect([c.unit, c.subject]).toEqual([unit, subject]);
  });

  it("keeps both currencies of a converted figure", () => {
    const c = claimsOf(
      "Contracts with firms tied to North Korea were worth 3.1 billion rubles ($35 million) in total.",
    );
    expect(c.map((x) => x.unit)).toEqual(["RUB", "USD"]);
  });

  it("drops the pay of people who are not North Korean", () => {
    expect(
      claimsOf(
        "North Korean builders work at the site, where local staff earn about 85,000 rubles a month.",
      ).filter((c) => c.subject === "wage"),
    ).toEqual([]);
  });

  it("reads hedges inside quotation marks", () => {
    const c = only('The commander said "as many as 2,000" North Korean replacements had reached Kursk.');
    expect([c.quantity, c.qualifier, c.subject]).toEqual([2000, "up_to", "troops"]);
  });

  it("counts visas of several kinds and ignores vague amounts", () => {
    expect(only("Russia issued about 3,000 work and study visas to North Korean citizens.").subject).toBe(
      "visas",
    );
    expect(claimsOf("A few hundred North Koreans attend classes in Moscow.")).toEqual([]);
  });

  it("counts North Koreans in a war article as troops", () => {
    const c = claimsOf(
      "North Korea sent 10,000 troops to Russia. About 1,000 of its soldiers have been killed.\n\n" +
        "Zelensky said 12,000 North Koreans were now in Kursk.",
    );
    expect(c[c.length - 1].subject).toBe("troops");
  });
});
