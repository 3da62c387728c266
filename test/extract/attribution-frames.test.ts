import { describe, expect, it } from "vitest";
import { claimsOf, only } from "./helpers.ts";

const source = (text: string) => only(text).attributedTo;
const sources = (text: string) => claimsOf(text).map((c) => [c.quantity, c.attributedTo]);

describe("sources introduced by other verbs and frames", () => {
  it("names the official a newspaper has learned the figure from", () => {
    expect(
      source(
        "The Kyiv Independent has learned from a Ukrainian defence official that North Korea will send 6,000 more workers to Russia.",
      ),
    ).toMatch(/Ukrainian defence official/);
    expect(
      source(
        "About 3,500 North Korean workers are in Kazan, the Kama Courier has heard from a regional labour official.",
      ),
    ).toBe("regional labour official");
  });

  it("keeps unnamed people familiar with the matter as the described source", () => {
    expect(
      source(
        "North Korea has moved 9,000 workers to factories in Tatarstan, according to three people familiar with the matter.",
      ),
    ).toBe("three people familiar with the matter");
    expect(
      source(
        "Some 4,000 North Korean workers staffed the plant last year, according to two people familiar with the firm's hiring, who declined to be named.",
      ),
    ).toBe("two people familiar with the firm's hiring");
  });

  it("reads the speaker, not the audience, of 'told reporters'", () => {
    expect(
      source(
        "Defence Minister Ahn Gyu-back told reporters that 2,500 North Korean troops had reached the front.",
      ),
    ).toBe("Ahn Gyu-back");
  });

  it("takes a role with its place as the source: 'a foreman in Omsk said'", () => {
    expect(source("A foreman in Omsk said about 400 North Korean builders work on his site.")).toBe(
      "foreman in Omsk",
    );
    expect(
      source(
        "“They never rest,” said a recruiter in Kazan, adding that 300 North Korean workers had arrived.",
      ),
    ).toBe("recruiter in Kazan");
  });

  it("resolves 'the same foreman said' to the foreman met earlier", () => {
    const claims = claimsOf(
      "A site manager in Omsk said he had noticed the newcomers.\n\nThe same site manager said 400 North Korean workers were housed in trailers.",
    );
    expect(claims.map((c) => c.attributedTo)).toEqual(["site manager in Omsk"]);
  });

  it("resolves 'the statistics show' to the body that published the statistics earlier", () => {
    const claims = sources(
      "According to migration figures released by the Interior Ministry, 4,100 North Koreans entered Kazakhstan last year.\n\nIn the autumn alone, more than 900 of them arrived on work visas, the figures show.",
    );
    expect(claims).toHaveLength(2);
    expect(claims[1][1]).toBe(claims[0][1]);
    expect(claims[1][1]).toMatch(/Interior Ministry/);
  });

  it("lets a person who puts a number on losses be the source, over an earlier one", () => {
    const claims = sources(
      "South Korea's spy agency said 3,000 North Korean soldiers had been killed or wounded. Kyiv sees it differently: President Volodymyr Zelensky put North Korean losses at nearly 5,000.",
    );
    expect(claims.map((c) => c[1])).toEqual([
      "South Korea's National Intelligence Service (NIS)",
      "Volodymyr Zelensky",
    ]);
  });
});

describe("a source for the whole paragraph", () => {
  it("carries a source named in a paragraph's first sentence across the next two", () => {
    const claims = sources(
      "According to customs records compiled by the Federal Customs Service, 2,300 North Korean workers crossed into Russia in March. Another 1,800 followed in April. By June, the total had reached 6,000 workers.",
    );
    expect(claims.length).toBe(3);
    for (const [, who] of claims) expect(who).toBe(claims[0][1]);
    expect(claims[0][1]).toMatch(/Customs/);
  });

  it("lets a sentence that names its own speaker win over the paragraph's source", () => {
    const claims = sources(
      "According to the Ministry of Defence, 7,000 North Korean troops are in Kursk. Andriy Kovalenko said 2,000 more North Korean soldiers were on their way.",
    );
    expect(claims.map((c) => c[1])).toEqual(["Ministry of Defence", "Andriy Kovalenko"]);
  });

  it("takes the person, not the agency, from 'agency chief Name said'", () => {
    expect(
      source("GUR chief Oleh Ivashchenko said 1,200 North Korean soldiers had arrived in Belgorod."),
    ).toBe("Oleh Ivashchenko");
  });
});

describe("governments named by their capital", () => {
  it("keeps the capital as the source and not as the destination", () => {
    const c = only(
      "Moscow's own filing to the UN put the number of North Korean workers in Russia at 20,000 in 2018.",
    );
    expect(c.attributedTo).toBe("Moscow");
    expect(c.destination).not.toBe("Moscow");
  });
});

describe("speakers set off by a relative clause", () => {
  it("credits the name before 'who …,' and lets a following 'He added' refer back to it", () => {
    const claims = sources(
      "About 900 North Korean soldiers were killed in March, Oleksandr Syrskyi, who commands Ukraine's army, said on Friday. He added that 2,000 North Korean troops had arrived as replacements.",
    );
    expect(claims.map((c) => c[1])).toEqual(["Oleksandr Syrskyi", "Oleksandr Syrskyi"]);
  });
});

describe("a speaker at the start of the sentence, before a relative clause", () => {
  it("is not mistaken for an inverted quote naming what follows 'said'", () => {
    expect(
      source(
        "Vadym Skibitskyi, whose directorate tracks the deployment, said North Korean units lost around 1,100 soldiers in April.",
      ),
    ).toBe("Vadym Skibitskyi");
  });
});

describe("more subjects of estimates", () => {
  it("credits a ministry that puts income at a figure", () => {
    expect(
      source(
        "Tokyo's foreign ministry has put North Korea's income from workers abroad at about $300 million a year.",
      ),
    ).toMatch(/foreign ministry/);
  });

  it("credits plural agencies as the source", () => {
    expect(
      source("European and Japanese intelligence agencies say North Korea sent 6,000 troops to Russia."),
    ).toBe("European and Japanese intelligence agencies");
  });
});

describe("joined adjectives without a noun", () => {
  it("do not become a source", () => {
    expect(
      source(
        "The army has said 7,000 North Korean troops reached Kursk, in line with what French and British officials estimate.",
      ),
    ).not.toMatch(/French and British$/);
    expect(
      source(
        "Kyiv says 7,000 North Korean troops reached Kursk, a number close to Japanese and American estimates.",
      ),
    ).not.toBe("Japanese and American");
  });
});

describe("a figure spread over several cities of one country", () => {
  it("takes the country those cities share as its destination", () => {
    const c = only(
      "North Korea kept some 20,000 workers abroad in 2018, most of them on building sites in Moscow, Khabarovsk and Vladivostok.",
    );
    expect(c.destination).toBe("Russia");
  });

  it("keeps the country the sentence names for the whole group", () => {
    const c = only("North Korea kept some 20,000 workers in Russia in 2018, most of them in Vladivostok.");
    expect(c.destination).toBe("Russia");
  });
});

describe("an unnamed speaker placed by an employer", () => {
  it("keeps the role and the employer", () => {
    expect(
      source(
        "A recruiter for a Kazan staffing agency said North Korean workers earn about 60,000 rubles a month.",
      ),
    ).toBe("recruiter for a Kazan staffing agency");
  });
});
