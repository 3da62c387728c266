// A document mixing languages by paragraph: each paragraph is read by its own language's rules,
// with offsets into the whole document; a document in one language is read whole, as before.
import { describe, expect, it } from "vitest";
import { extractClaims, languageParts } from "../../src/extract/index.ts";

// Written for this test: an English report quoting a Russian regional statement in the original.
const MIXED = [
  "URL: https://example.org/2025/05/mixed",
  "DATE: 2025-05-20",
  "OUTLET: Test Wire",
  "",
  "Officials in Seoul said about 2,000 North Korean workers had arrived in Russia this year.",
  "",
  "В правительстве Приморского края сообщили, что в регион прибыли около 1,5 тыс. рабочих из КНДР.",
  "",
].join("\n");

describe("documents that mix languages by paragraph", () => {
  it("reads each paragraph with its language's rules, offsets into the whole text", () => {
    const claims = extractClaims({ id: "mixed", text: MIXED, published: null });
    const quantities = claims.map((c) => c.quantity);
    expect(quantities).toEqual([2000, 1500]);
    for (const c of claims) expect(MIXED.slice(c.sentence.start, c.sentence.end)).toBe(c.evidence);
    expect(claims[1].evidence).toMatch(/Приморского/);
    expect(claims[1].destination).toMatch(/Primor/);
    // The Russian paragraph still has the document's publication date for its time.
    expect(claims[1].time ?? "").toMatch(/2025/);
  });

  it("blanks other languages' paragraphs but keeps header lines and every offset", () => {
    const parts = languageParts(MIXED)!;
    expect([...parts.keys()].sort()).toEqual(["en", "ru"]);
    for (const text of parts.values()) {
      expect(text).toHaveLength(MIXED.length);
      expect(text).toContain("DATE: 2025-05-20");
    }
    expect(parts.get("en")).not.toMatch(/[А-я]/);
    expect(parts.get("ru")).not.toContain("Officials");
  });

  it("leaves a document in one language whole, and a short foreign name does not split it", () => {
    expect(languageParts("About 3,000 troops were sent to Kursk, the agency said.\n")).toBeNull();
    const english =
      "Kim Jong Un (김정은) met officials who said 1,000 deminers would go to Kursk soon after.\n";
    expect(languageParts(english)).toBeNull();
  });
});
