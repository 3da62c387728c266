// Attribution families seen in published reporting, in sentences written for these tests.
import { describe, expect, it } from "vitest";
import { claimsOf, only } from "../helpers.ts";

const source = (text: string) => only(text, "2025-04-10").attributedTo;

describe("attribution across sentences", () => {
  it("takes a source named in the next sentence that points back", () => {
    expect(
      source(
        "Pyongyang may send about 7,000 workers to Russian shipyards. This was reported by Asahi Shimbun, citing officials in Tokyo.",
      ),
    ).toMatch(/Asahi Shimbun|officials in Tokyo/);
    expect(
      source(
        "The Omsk region has asked Moscow to bring in some 1,500 workers from North Korea. Regional official Pavel Ignatov said the request reflected a shortage of builders.",
      ),
    ).toBe("Pavel Ignatov");
  });

  it("does not borrow a following sentence that says something else", () => {
    expect(
      source(
        "North Korea sent 3,000 workers to Russia. Regional official Pavel Ignatov said the weather had been harsh.",
      ),
    ).toBeNull();
  });

  it("credits the relayed body, resolved by its kind, over the relay", () => {
    const claims = claimsOf(
      "Seoul's National Intelligence Service briefed a parliamentary committee on Tuesday. Lawmaker Park Min-ho spoke to reporters afterwards. Citing the spy agency, the lawmakers said 4,000 more North Korean troops had gone to Russia.",
      "2025-04-10",
    );
    expect(claims.map((c) => c.attributedTo)).toEqual([
      expect.stringMatching(/National Intelligence Service/),
    ]);
  });

  it("reads 'the report' as the body whose report the article relays", () => {
    const claims = claimsOf(
      "A monitoring group of nine states released its second report on Monday.\nIn it, the Joint Sanctions Observatory (JSO) detailed its findings on North Korean labour abroad.\nThe report said 6,500 North Korean workers remained in Russia.",
      "2025-04-10",
    );
    expect(claims.map((c) => c.attributedTo)).toEqual(["Joint Sanctions Observatory (JSO)"]);
  });

  it("keeps the first co-author of a study as the source, not the second", () => {
    expect(
      source(
        "An investigation by Bloomberg and a Dutch research group has found that North Korea shipped 2 million shells to Russia.",
      ),
    ).toMatch(/^Bloomberg/);
  });

  it("skips a participle and its date between the data and their verb", () => {
    expect(
      source("Kazakh Interior Ministry data released on Monday showed 640 North Korean workers in Almaty."),
    ).toMatch(/Kazakh Interior Ministry/);
  });

  it("credits the person a news agency quotes", () => {
    expect(
      source("RIA quoted Deputy Minister Igor Krutov as saying North Korea would send 2,000 builders."),
    ).toBe("Igor Krutov");
  });

  it("credits the records a relay cites, not the relay", () => {
    expect(
      source(
        "More than 6,000 new North Korean workers have registered in Russia since March, the paper said, citing records from the Russian Interior Ministry.",
      ),
    ).toMatch(/Interior Ministry|Internal Affairs/);
  });

  it("credits the owner of records someone else obtained", () => {
    expect(
      source(
        "Russian Labour Ministry records obtained by the Journal showed that 900 North Korean workers got permits this year.",
      ),
    ).toMatch(/^Russian Labour Ministry/);
  });

  it("reads a U.N. panel and the website of one as the Panel of Experts", () => {
    expect(source("North Korea has sent 800 IT workers abroad, a U.N. panel said in a new report.")).toBe(
      "UN Panel of Experts",
    );
    expect(
      source(
        "Some 12,000 North Korean workers have gone home, the website of a U.N. panel monitoring sanctions showed on Friday.",
      ),
    ).toBe("UN Panel of Experts");
  });

  it("does not take the body a panel reports to for the speaker", () => {
    expect(
      source(
        "North Korean workers abroad earned $40 million, the panel of experts reporting to the U.N. Security Council said.",
      ),
    ).toBe("UN Panel of Experts");
  });

  it("reads past an aside on anonymity to the speaker", () => {
    expect(
      source(
        "A senior Japanese official, speaking on condition of anonymity, told reporters that 1,800 more North Korean troops had reached Russia.",
      ),
    ).toBe("senior Japanese official");
  });

  it("keeps a news agency's whole name", () => {
    expect(
      source("Italy's ANSA news agency reported that 1,300 North Korean workers had arrived in Vladivostok."),
    ).toMatch(/ANSA news agency/);
  });

  it("does not lend a later speaker's new figure to the sentence before", () => {
    const claims = claimsOf(
      "North Korea sent about 8,000 troops to Russia in the spring. Park said the number had since grown to 10,000.",
      "2025-04-10",
    );
    expect(claims.find((c) => c.quantity === 8000)?.attributedTo).toBeNull();
  });

  it("names the person before a title appositive, however long the office's name", () => {
    expect(
      source(
        "Olga Smirnova, deputy head of the Tomsk Oblast labour and migration committee, said at a briefing that 700 North Korean workers were in the region.",
      ),
    ).toBe("Olga Smirnova");
  });

  it("reads an outlet's source as the outlet", () => {
    expect(
      source("Daily NK's source said some 450 North Korean workers would be sent to Luhansk in small teams."),
    ).toBe("Daily NK");
  });

  it("reads 'sources also reported' as the sources named just before", () => {
    const claims = claimsOf(
      "Sources of the Kyiv Post reported that Russia is training a new unit of North Korean gunners.\nSources also reported that 25 North Korean soldiers had deserted near Belgorod.",
      "2025-04-10",
    );
    expect(claims.map((c) => c.attributedTo)).toEqual(["Kyiv Post"]);
  });

  it("leaves bare 'sources reported' unnamed rather than lending the article's main source", () => {
    const claims = claimsOf(
      "Defence minister Ola Berg said 7,000 North Korean soldiers were in Kursk.\nSources reported that 30 North Korean soldiers had deserted.",
      "2025-04-10",
    );
    expect(claims.find((c) => c.quantity === 30)?.attributedTo).toBeNull();
  });

  it("keeps qualified data as a source of its own", () => {
    expect(
      source("According to Kazakh migration statistics, 2,600 North Koreans entered Kazakhstan in 2024."),
    ).toBe("Kazakh migration statistics");
    const claims = claimsOf(
      "Mongolia issued nearly 3,000 visas to North Koreans in 2024, newly published customs data shows.\nAccording to the data, 2,450 of the visas went to North Korean workers.",
      "2025-04-10",
    );
    expect(claims.map((c) => c.attributedTo)).toEqual(["customs data", "customs data"]);
  });

  it("keeps a bare relay when it cites a named origin", () => {
    expect(
      source(
        "Pyongyang sent 2,500 more soldiers in March and April, a legislator said, citing the National Intelligence Service.",
      ),
    ).toMatch(/National Intelligence Service/);
  });

  it("lets a country whose name ends like a demonym speak", () => {
    expect(source("Taiwan reported over 300 North Korean workers at the port last month.")).toBe("Taiwan");
  });

  it("joins two body words sharing one head", () => {
    expect(
      source(
        "British and Polish military and intelligence agencies have estimated that 8,000 North Korean troops are in Kursk.",
      ),
    ).toBe("British and Polish military and intelligence agencies");
  });

  it("gives a surname the full name the article introduced", () => {
    const claims = claimsOf(
      "Defence intelligence chief Park Ji-hoon briefed lawmakers on Tuesday.\nPark said 4,000 North Korean soldiers had gone to Russia in the second dispatch.",
      "2025-04-10",
    );
    expect(claims.map((c) => c.attributedTo)).toEqual(["Park Ji-hoon"]);
    expect(
      claimsOf(
        "Anna Volkova runs the recruitment office in Kazan.\nVolkova said 600 North Korean workers had arrived.",
        "2025-04-10",
      ).map((c) => c.attributedTo),
    ).toEqual(["Anna Volkova"]);
  });

  it("gives the lede's figure the source a headline line names in its byline", () => {
    const claims = claimsOf(
      "Moscow plans to bring 9,000 workers from North Korea to a drone plant in Yelabuga.\nMore North Korean workers head for Tatarstan — HUR\nAccording to the HUR, talks were held in October.",
      "2025-11-14",
    );
    expect(claims.map((c) => c.attributedTo)).toEqual([expect.stringMatching(/HUR/)]);
  });

  it("does not take a section label for a byline", () => {
    const claims = claimsOf(
      "Brief: North Korea's labour exports\nSome 7,000 North Korean workers are in Russia.",
      "2025-11-14",
    );
    expect(claims.map((c) => c.attributedTo)).toEqual([null]);
  });

  it("reads a spokesperson for a body as the body", () => {
    expect(
      source(
        "North Korea has shipped 4,000 containers of shells to Russia, said a spokesperson for Russia's defence ministry.",
      ),
    ).toMatch(/defen[cs]e/i);
  });

  it("reads data a figure came from as its source", () => {
    expect(
      source("The figure of 8,400 North Korean arrivals came from Rosstat data published in March."),
    ).toBe("Rosstat");
  });

  it("keeps a titled person who names himself, not the place before the comma", () => {
    expect(
      source(
        "More than 400 North Korean soldiers have died in Russia, lawmaker Kim Jae-won said on Tuesday after a briefing.",
      ),
    ).toBe("Kim Jae-won");
  });
});
