import { describe, expect, it } from "vitest";
import { normalizeName } from "../../../src/resolve/names/index.ts";

const texts = (name: string, type?: "person" | "organization" | "any") =>
  normalizeName(name, type).tokens.map((t) => t.text);

describe("normalizeName", () => {
  it("folds case, accents and punctuation", () => {
    expect(texts("Recep Tayyip ERDOĞAN", "person")).toEqual(["recep", "tayyip", "erdogan"]);
    expect(texts("Société Générale S.A.", "organization")).toEqual(["societe", "generale"]);
  });

  it("reads FAMILY, Given order and marks the family name", () => {
    const n = normalizeName("LAVROV, Sergey Viktorovich", "person");
    expect(n.tokens.map((t) => t.text)).toEqual(["sergey", "viktorovich", "lavrov"]);
    expect(n.tokens.find((t) => t.text === "lavrov")?.role).toBe("family");
    expect(n.tokens.find((t) => t.text === "viktorovich")?.role).toBe("patronymic");
  });

  it("drops titles and honorifics but keeps a lone word", () => {
    expect(texts("Marshal Comrade Kim Jong Un", "person")).toEqual(["kim", "jongun"]);
    expect(texts("Gen. Dr. Ivan Petrov", "person")).toEqual(["ivan", "petrov"]);
    expect(normalizeName("Chairman Mao", "person").dropped).toContain("chairman");
  });

  it("strips legal forms only, keeping distinctive words such as Trading", () => {
    const n = normalizeName("Korea Sobaeksu Trading Company Ltd.", "organization");
    expect(n.tokens.map((t) => t.text)).toEqual(["korea", "sobaeksu", "trading"]);
    expect(n.legalForms).toEqual(expect.arrayContaining(["ltd", "corp"]));
    expect(texts("OOO Vektor", "organization")).toEqual(["vektor"]);
    expect(texts("Limited Liability Company Vektor", "organization")).toEqual(["vektor"]);
    expect(texts("ООО «Вектор»", "organization")).toEqual(["vektor"]);
  });

  it("tolerates a typo in a long legal-form word", () => {
    expect(texts("Mellat Insurance Compnay", "organization")).toEqual(["mellat", "insurance"]);
  });

  it("removes stopwords and joins dotted initials of organisations", () => {
    expect(texts("The Bank of A.B.C.", "organization")).toEqual(["bank", "abc"]);
  });

  it("turns number words and ordinals into digits in organisation names", () => {
    expect(texts("Brigade Forty-Four", "organization")).toEqual(["brigade", "44"]);
    expect(texts("First Bank", "organization")).toEqual(["1", "bank"]);
  });

  it("merges a Korean given name into one token of syllables", () => {
    for (const name of ["Kim Jong Un", "Kim Jong-un", "KIM, Jong Un", "Kim Jongun", "Jong Un Kim"]) {
      const n = normalizeName(name, "person");
      expect(n.korean).toBe(true);
      expect(n.tokens.map((t) => [t.text, t.role])).toEqual([
        ["kim", "family"],
        ["jongun", "given"],
      ]);
    }
  });

  it("romanises Hangul and Cyrillic before folding", () => {
    expect(texts("김정은")).toEqual(["gim", "jeongeun"]);
    expect(texts("Шойгу Сергей Кужугетович", "person")).toEqual(["shoygu", "sergey", "kuzhugetovich"]);
    expect(normalizeName("Ким Чен Ын").script).toBe("korean-cyrillic");
  });

  it("does not read Western names as Korean", () => {
    expect(normalizeName("Pol Pot", "person").korean).toBe(false);
    expect(normalizeName("Sergei Lavrov", "person").korean).toBe(false);
  });

  it("gives a frequent family name less weight than a rare given name", () => {
    const [kim, given] = normalizeName("Kim Yong Chol", "person").tokens;
    expect(kim.weight).toBeLessThan(given.weight);
  });
});
