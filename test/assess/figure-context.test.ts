// The words around a figure, and figures cut out of a longer number (extraction defects the
// assessment detects and leaves out).
import { describe, expect, it } from "vitest";
import { figureContext, figureCut, locateFigure } from "../../src/assess/figure-context.ts";

function at(evidence: string, figure: string) {
  const start = evidence.indexOf(figure);
  return {
    evidence,
    sentence: { start: 100, end: 100 + evidence.length },
    span: { start: 100 + start, end: 100 + start + figure.length },
  };
}

describe("figure context", () => {
  it("finds a figure by its span, or by its number when there is none", () => {
    expect(locateFigure({ evidence: "They sent 2.5 million shells.", quantity: 2_500_000 })).toEqual([
      10, 21,
    ]);
    const c = { ...at("Some 700 cooks, and then 300 more drivers.", "300"), quantity: 300 };
    expect(figureContext(c).after.trim().startsWith("more drivers")).toBe(true);
  });

  it("flags a span cut from a hyphenated number", () => {
    expect(figureCut(at("Officials counted 30-thousand boxes of shells.", "thousand"))).toBe("30-thousand");
    expect(figureCut(at("Another three-thousand-200 were hurt.", "three-thousand"))).toBe(
      "three-thousand-200",
    );
    expect(figureCut(at("A 1,000-strong unit crossed over.", "1,000"))).toBeNull();
    expect(figureCut(at("Between 20,000-50,000 could go.", "20,000-50,000"))).toBeNull();
  });
});
