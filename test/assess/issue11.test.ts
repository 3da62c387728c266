// One test per numbered defect of issue 11 that lives in the assessment (sentences written for
// these tests). Each failed before the fix it names.
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/index.ts";
import { measureOf } from "../../src/assess/measures.ts";
import { amountPhrase } from "../../src/assess/prose.ts";
import { resolveSource } from "../../src/assess/sources.ts";
import { provisionsForParties } from "../../src/assess/provisions.ts";
import { makeDoc, type FixtureDoc } from "./fixtures.ts";

const one = (
  id: string,
  outlet: string,
  published: string,
  sentence: string,
  figure: string,
  claim: Record<string, unknown>,
): FixtureDoc =>
  makeDoc(id, { outlet, published }, [sentence], [{ text: sentence, figure, ...claim } as never]);

function findingFor(docs: FixtureDoc[], match: (key: string) => boolean) {
  const { snapshot } = assess(docs);
  return { snapshot, finding: snapshot.findings.find((f) => match(f.seriesKey)) };
}

describe("issue 11: estimates an analyst can publish", () => {
  it("1. counts as corroborating only the origins whose figure agrees with the headline", () => {
    const money = { subject: "revenue", event: "revenue_estimate", unit: "USD/year", destination: null };
    const docs = [
      one(
        "rev-a",
        "Reuters",
        "2025-03-01",
        "Remote coders from the North bring in between $250 million and $600 million a year, a UN panel estimated.",
        "between $250 million and $600 million",
        {
          ...money,
          quantity: [250e6, 600e6],
          qualifier: "range",
          time: "2025",
          attributionChain: ["UN Panel of Experts"],
        },
      ),
      one(
        "rev-b",
        "Yonhap",
        "2025-04-01",
        "Seoul's spy agency put the yearly take of the coders at about $300 million.",
        "about $300 million",
        {
          ...money,
          quantity: 300e6,
          qualifier: "approx",
          time: "2025",
          attributionChain: ["National Intelligence Service"],
        },
      ),
      one(
        "rev-c",
        "Some Blog",
        "2025-05-01",
        "The scheme earns the regime $20 million a year.",
        "$20 million",
        { ...money, quantity: 20e6, time: "2025" },
      ),
    ];
    const { finding } = findingFor(docs, (k) => k.startsWith("revenue|"));
    expect(finding).toBeDefined();
    const agreeing = finding!.agreeing.map((a) => a.origin);
    expect(agreeing).not.toContain(finding!.disagreeing[0]?.origin);
    // The $20 million figure is listed as disagreeing, with its figure; it never counts as support.
    const twenty = [...finding!.agreeing, ...finding!.disagreeing].find((o) => o.quantity === 20e6)!;
    expect(finding!.disagreeing).toContainEqual(twenty);
    expect(finding!.statement).toMatch(/other figures for the same measure: .*\$20 million a year/);
    if (finding!.status === "corroborated") expect(finding!.agreeing.length).toBeGreaterThanOrEqual(2);
  });

  it("1. keeps IT workers' pay and construction wages in separate series", () => {
    const wage = {
      subject: "wage",
      event: "revenue_estimate",
      unit: "USD/month",
      destination: null,
      time: "2025",
    };
    const docs = [
      one(
        "w-it",
        "AP",
        "2025-02-02",
        "A single software developer can earn up to $9,000 a month.",
        "$9,000",
        {
          ...wage,
          quantity: 9000,
          qualifier: "up_to",
        },
      ),
      one("w-build", "AP", "2025-02-03", "Construction crews are paid about $700 a month.", "$700", {
        ...wage,
        quantity: 700,
        qualifier: "approx",
      }),
    ];
    const keys = assess(docs).snapshot.series.map((s) => s.key);
    expect(keys.filter((k) => k.startsWith("wage|"))).toHaveLength(2);
    expect(keys.some((k) => k.endsWith("wage:it"))).toBe(true);
    expect(keys.some((k) => k.endsWith("wage:construction"))).toBe(true);
  });

  it("2. tells the worker's share from the state's share", () => {
    const base = {
      subject: "wage_share",
      event: "other",
      unit: "percent",
      quantity: 10,
      evidence: "",
    } as const;
    expect(
      measureOf({
        ...base,
        modality: "reported",
        evidence: "Foremen pocket the wages and leave each labourer with roughly 10% of the money.",
      }).kind,
    ).toBe("worker_share");
    expect(
      measureOf({
        ...base,
        modality: "reported",
        quantity: 80,
        evidence: "The state confiscates as much as 80% of what the men earn.",
      }).kind,
    ).toBe("state_share");
  });

  it("3. resolves every spelling of one speaker to one origin through the registry", () => {
    const a = resolveSource("Sergei Shoigu");
    const b = resolveSource("Sergei Shoygu");
    const c = resolveSource("Сергей Шойгу");
    const d = resolveSource("Russian Security Council secretary Sergey Shoygu");
    expect(b.id).toBe(a.id);
    expect(c.id).toBe(a.id);
    expect(d.id).toBe(a.id);
  });

  it("4. reads a batch as a batch, never as the total", () => {
    const m = (evidence: string, quantity: number) =>
      measureOf({
        evidence,
        quantity,
        event: "deployment_reported",
        modality: "reported",
        subject: "troops",
      });
    expect(
      m("Officials said some 9,000 soldiers went over in stages, beginning with about 2,000 marines.", 2000)
        .kind,
    ).toBe("increment");
    expect(
      m("Officials said some 9,000 soldiers went over in stages, beginning with about 2,000 marines.", 9000)
        .kind,
    ).toBe("cumulative");
    expect(m("Pyongyang Ships 2,500 More Soldiers, Officials Say", 2500).kind).toBe("increment");
    expect(m("An additional 700 gunners crossed the border in March.", 700).kind).toBe("increment");
    expect(m("More than 9,000 soldiers have gone in total.", 9000).kind).toBe("cumulative");
  });

  it("4. no contradiction between a batch and a total", () => {
    const troops = { subject: "troops", event: "deployment_reported", destination: "Russia", time: "2025" };
    const docs = [
      one("t-batch", "Yonhap", "2025-03-01", "Pyongyang Sends 2,500 More Soldiers, Seoul Says", "2,500", {
        ...troops,
        quantity: 2500,
        attributionChain: ["Seoul"],
      }),
      one(
        "t-total",
        "Reuters",
        "2025-03-05",
        "Kyiv believes about 12,500 soldiers have been sent in total.",
        "about 12,500",
        {
          ...troops,
          quantity: 12500,
          qualifier: "approx",
          attributionChain: ["Ukraine's military intelligence"],
        },
      ),
    ];
    const { snapshot } = assess(docs);
    expect(snapshot.contradictions).toEqual([]);
    const batch = snapshot.findings.find((f) => f.seriesKey.endsWith("|increment"))!;
    expect(batch.statement).toMatch(/^A batch of 2,500 North Korean troops .* one batch, not a total/);
  });

  it("5. dates 'a year earlier' to the year before and splits killed from killed-or-wounded", () => {
    const stock = { subject: "workers", event: "stock_estimate", destination: "Russia", time: "2019" };
    const docs = [
      one(
        "y-1",
        "TASS",
        "2020-02-01",
        "Officials said the headcount dropped from more than 25,000 a year earlier as permits lapsed.",
        "more than 25,000",
        { ...stock, quantity: 25000, qualifier: "more_than" },
      ),
    ];
    expect(assess(docs).snapshot.series[0].periods[0].period).toBe("2018");
    const c = (evidence: string, quantity: number) =>
      measureOf({ evidence, quantity, event: "casualties", modality: "reported", subject: "casualties" })
        .kind;
    const s = "Roughly 3,900 soldiers were killed or wounded in the spring, among them some 500 dead.";
    expect(c(s, 3900)).toBe("killed_or_wounded");
    expect(c(s, 500)).toBe("killed");
  });

  it("6. one article's headline and body restating a figure make one finding", () => {
    const headline = "Spy Agency: 9,000 North Koreans Headed for Tatarstan Plant";
    const body =
      "North Korea plans to send 9,000 labourers to the Alabuga zone in Tatarstan this year, the agency said.";
    const doc = makeDoc(
      "hb",
      { outlet: "Kyiv Post", published: "2026-02-01" },
      [headline, body],
      [
        {
          text: headline,
          figure: "9,000",
          quantity: 9000,
          subject: "nationals",
          event: "deployment_planned",
          modality: "planned",
          destination: "Tatarstan",
        },
        {
          text: body,
          figure: "9,000",
          quantity: 9000,
          subject: "workers",
          event: "deployment_planned",
          modality: "planned",
          destination: "Alabuga",
          time: "2026",
        },
      ],
    );
    const { snapshot } = assess([doc]);
    expect(snapshot.series.map((s) => s.key)).toEqual(["workers|planned|persons|Alabuga"]);
  });

  it("8. applies the travel ban to people only, the asset freeze to people and bodies", () => {
    const un = { docId: "d", listId: "un-1718", programmes: ["DPRK"], score: 1 };
    const company = provisionsForParties([{ ...un, name: "Example Shipping Co", type: "organization" }]);
    expect(company.map((p) => p.id)).toEqual(["1718-8d"]);
    const person = provisionsForParties([{ ...un, name: "PAK, Example", type: "person" }]);
    expect(person.map((p) => p.id)).toEqual(["1718-8d", "1718-8e"]);
  });

  it("11. writes amounts once, with 'of' for materials and words for millions", () => {
    expect(amountPhrase(1000, "exact", "containers", "containers")).toBe("1,000 containers");
    expect(amountPhrase(10e6, "approx", "rounds", "munitions")).toBe("about 10 million rounds of munitions");
    expect(amountPhrase([250e6, 600e6], "range", "USD/year")).toBe("$250–600 million a year");
    expect(amountPhrase(90, "up_to", "percent")).toBe("up to 90 percent");
  });
});
