// One test per attribution frame: the frame finds the source, and the debug trace shows it fired.
import { describe, expect, it } from "vitest";
import { extractClaimsDebug, findAttributions } from "../../../src/extract/index.ts";

/** The frame and name of the first named attribution in a sentence. */
function frameOf(sentence: string): [string | undefined, string | null] {
  const a = findAttributions(sentence).find((x) => x.name);
  return [a?.frame, a?.name ?? null];
}

/** The attribution steps the debug trace records for a text's claims. */
function stepsFor(text: string, published: string | null = "2025-04-10"): string[] {
  return extractClaimsDebug({ id: "t", text, published })
    .trace.filter((e) => e.step.startsWith("attribution."))
    .map((e) => `${e.step}:${e.detail}`);
}

describe("attribution frames", () => {
  it("according-to", () => {
    const s =
      "Some 3,000 North Korean workers reached Primorye in May, according to the Japanese defence ministry.";
    expect(frameOf(s)).toEqual(["according-to", "Japanese defence ministry"]);
    expect(stepsFor(s)).toEqual(["attribution.according-to:Japanese defence ministry"]);
  });

  it("report-by", () => {
    const s = "A survey by the Seoul Labour Institute counted 2,300 North Korean workers in Khabarovsk.";
    expect(frameOf(s)).toEqual(["report-by", "Seoul Labour Institute"]);
    expect(stepsFor(s)[0]).toBe("attribution.report-by:Seoul Labour Institute");
  });

  it("learned-from", () => {
    const s =
      "The Baltic Herald learned from a Latvian border official that 400 North Korean workers had crossed into Russia.";
    expect(frameOf(s)).toEqual(["learned-from", "Latvian border official"]);
    expect(stepsFor(s)[0]).toBe("attribution.learned-from:Latvian border official");
  });

  it("role-at-place", () => {
    const s = "A recruiter in Khabarovsk said 800 North Korean workers had arrived at the port.";
    expect(frameOf(s)[0]).toBe("role-at-place");
    expect(stepsFor(s)[0]).toMatch(/^attribution\.role-at-place:recruiter in Khabarovsk/);
  });

  it("possessive-data", () => {
    const s = "Tokyo's own figures show 1,200 North Korean workers entered Russia in March.";
    expect(frameOf(s)).toEqual(["possessive-data", "Tokyo"]);
    expect(stepsFor(s)[0]).toBe("attribution.possessive-data:Tokyo");
  });

  it("quoted-as: the person quoted, not the outlet quoting", () => {
    const s = "Interfax quoted Vladimir Petrenko as saying 3,500 North Korean builders would go to Kursk.";
    expect(frameOf(s)).toEqual(["quoted-as", "Vladimir Petrenko"]);
    expect(stepsFor(s)[0]).toBe("attribution.quoted-as:Vladimir Petrenko");
  });

  it("passive-by", () => {
    const s = "The arrival of 900 North Korean workers in Tomsk was first reported by Sibir Daily.";
    expect(frameOf(s)).toEqual(["passive-by", "Sibir Daily"]);
    expect(stepsFor(s)[0]).toBe("attribution.passive-by:Sibir Daily");
  });

  it("said-told", () => {
    const s = "Deputy Minister Oleg Sayenko told reporters that 5,000 North Korean workers were in Russia.";
    expect(frameOf(s)).toEqual(["said-told", "Oleg Sayenko"]);
    expect(stepsFor(s)[0]).toBe("attribution.said-told:Oleg Sayenko");
  });

  it("headline", () => {
    const s = "North Korea to send 4,000 more builders to Belgorod: Khusnullin";
    expect(frameOf(s)).toEqual(["headline", "Khusnullin"]);
    expect(stepsFor(s)[0]).toBe("attribution.headline:Khusnullin");
  });

  it("citing", () => {
    const s =
      "Some 2,000 North Korean workers landed in Vladivostok last month, citing the Primorye border service.";
    expect(frameOf(s)).toEqual(["citing", "Primorye border service"]);
    expect(stepsFor(s)[0]).toBe("attribution.citing:Primorye border service");
  });

  it("with-reporting: the source of the clause after it only", () => {
    const s =
      "North Korea sent about 9,000 soldiers to Kursk, with Japanese, Polish and Baltic sources reporting over 2,000 killed.";
    expect(frameOf(s)).toEqual(["with-reporting", "Japanese, Polish and Baltic sources"]);
    const claims = extractClaimsDebug({ id: "t", text: s, published: "2025-04-10" }).claims;
    expect(claims.map((c) => [c.quantity, c.attributedTo])).toEqual([
      [9000, null],
      [2000, "Japanese, Polish and Baltic sources"],
    ]);
  });

  it("quoted-as: a description quoted, and the passive 'was quoted as telling'", () => {
    expect(
      findAttributions(
        "Choi quoted the country's spy agency as saying 250 North Korean soldiers had died.",
      )[0],
    ).toMatchObject({ frame: "quoted-as", name: "country's spy agency" });
    expect(
      frameOf(
        "The ministry's spokesman was quoted as telling reporters that 700 North Korean workers had left.",
      ),
    ).toEqual(["quoted-as", "ministry's spokesman"]);
  });

  it("according-to joins two capitalised qualifiers", () => {
    expect(
      frameOf("According to Japanese and South Korean officials, 9,500 North Korean soldiers are in Russia."),
    ).toEqual(["according-to", "Japanese and South Korean officials"]);
  });
});
