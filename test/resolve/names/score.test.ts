import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLD, scoreNames } from "../../../src/resolve/names/index.ts";
import { NEGATIVE_PAIRS, POSITIVE_GROUPS } from "./pairs.ts";

describe("scoreNames on spelling variants of one name", () => {
  for (const group of POSITIVE_GROUPS) {
    it(`matches every pair in: ${group.family}`, () => {
      for (let i = 0; i < group.names.length; i++) {
        for (let j = i + 1; j < group.names.length; j++) {
          const r = scoreNames(group.names[i], group.names[j], { type: group.type });
          expect(r.match, `${group.names[i]} ~ ${group.names[j]} scored ${r.score.toFixed(3)}`).toBe(true);
        }
      }
    });
  }
});

describe("scoreNames on near-misses", () => {
  it.each(NEGATIVE_PAIRS)("does not match %s with %s", (a, b, type) => {
    const r = scoreNames(a, b, { type });
    expect(r.match, `scored ${r.score.toFixed(3)}`).toBe(false);
  });

  it("does not let a shared family name carry a match", () => {
    expect(scoreNames("KIM, Yong Chol", "KIM, Kyong Il").score).toBeLessThan(0.5);
    expect(scoreNames("Park Jong Chol", "Pak Jong Chol").match).toBe(true);
  });

  it("penalises a conflicting given name more than a missing middle name", () => {
    const missing = scoreNames("Vladimir Putin", "Vladimir Vladimirovich Putin").score;
    const conflicting = scoreNames("Vladimir Putin", "Vladimir Borisovich Patin").score;
    expect(missing).toBeGreaterThan(conflicting);
    expect(scoreNames("Daniel Tusk", "Donald Tusk").match).toBe(false);
  });

  it("knows short forms and diminutives of given names", () => {
    expect(scoreNames("Sasha Bortnikov", "Aleksandr Bortnikov", { type: "person" }).match).toBe(true);
    expect(scoreNames("Misha Mishustin", "Mikhail Mishustin", { type: "person" }).match).toBe(true);
    expect(scoreNames("Misha Mishustin", "Dmitry Mishustin", { type: "person" }).match).toBe(false);
  });

  it("compares two Hangul names exactly, syllable by syllable", () => {
    expect(scoreNames("김정은", "김정은").match).toBe(true);
    expect(scoreNames("김종은", "김정은").match).toBe(false);
  });

  it("does not swap son and father around bin", () => {
    expect(scoreNames("Ahmad bin Hasan al-Ubaidi", "Hasan bin Ahmad al-Ubaidi").match).toBe(false);
  });
});

describe("scoreNames on organisations", () => {
  it("compares after legal-form removal and tolerates word order", () => {
    expect(
      scoreNames("JSC Tactical Missiles Corporation", "Tactical Missiles Corporation Joint Stock Company")
        .match,
    ).toBe(true);
    expect(
      scoreNames("Trading Sobaeksu Korea", "Korea Sobaeksu Trading Company", { type: "organization" }).match,
    ).toBe(true);
  });

  it("reads acronyms", () => {
    expect(
      scoreNames("KOMID", "Korea Mining Development Trading Corporation", { type: "organization" }).match,
    ).toBe(true);
    expect(scoreNames("CDE Company", "A.B.C. Company", { type: "organization" }).match).toBe(false);
  });

  it("keeps companies that differ in one distinctive word apart", () => {
    expect(scoreNames("Saudi Arabian Gas Company", "Saudi Arabian Oil Company").match).toBe(false);
    // a rare extra word (here a country) marks a sister company even when the rest is contained
    expect(scoreNames("Velmora Shipping Panama", "Velmora Shipping", { type: "organization" }).match).toBe(
      false,
    );
  });
});

describe("scoreNames with dates of birth and nationality", () => {
  it("raises the score when both sides agree and lowers it on conflict", () => {
    const plain = scoreNames("Ri Pyong Chol", "Ri Pyong Chul").score;
    const agree = scoreNames("Ri Pyong Chol", "Ri Pyong Chul", {
      a: { dob: "1948" },
      b: { dob: "1948" },
    }).score;
    const conflict = scoreNames("Ri Pyong Chol", "Ri Pyong Chul", { a: { dob: "1948" }, b: { dob: "1962" } });
    expect(agree).toBeGreaterThan(plain - 1e-9);
    expect(conflict.score).toBeLessThan(plain - 0.2);
    expect(conflict.match).toBe(false);
    expect(conflict.explanation.some((l) => /DOB 1948 vs 1962: conflict/.test(l))).toBe(true);
    const nationality = scoreNames("Ri Pyong Chol", "Ri Pyong Chul", {
      a: { nationality: "KP" },
      b: { nationality: "RU" },
    });
    expect(nationality.score).toBeLessThan(plain);
  });

  it("ignores facts known on one side only", () => {
    expect(scoreNames("Sergei Shoigu", "Sergey Shoygu", { a: { dob: "1955" } }).score).toBe(
      scoreNames("Sergei Shoigu", "Sergey Shoygu").score,
    );
  });
});

describe("scoreNames explanations", () => {
  it("names each step in words", () => {
    const r = scoreNames("KIM, Jong Un", "Gim Jeong-eun", { type: "person" });
    expect(r.explanation.join("\n")).toMatch(/family name KIM ~ GIM \(Korean romanisation variant/);
    expect(r.explanation.join("\n")).toMatch(/given name JONG UN ~ JEONG EUN \(Korean romanisation variant/);
    expect(r.explanation.at(-1)).toMatch(/≥ threshold .*: match/);
  });

  it("reports conflicts and extra tokens", () => {
    const r = scoreNames("Kim Jong Un", "Kim Jong Il");
    expect(r.explanation.join("\n")).toMatch(/conflict/);
    const extra = scoreNames("Vladimir Putin", "Vladimir Vladimirovich Putin");
    expect(extra.explanation.join("\n")).toMatch(/VLADIMIROVICH only in name B/);
  });

  it("returns a score between 0 and 1 and uses the default threshold", () => {
    for (const [a, b] of [
      ["", "x"],
      ["Kim", "Kim"],
      ["a", "b"],
    ]) {
      const r = scoreNames(a, b);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(r.match).toBe(r.score >= DEFAULT_THRESHOLD);
    }
  });
});
