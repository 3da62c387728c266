// Recall families of issue #14, each with hand-written pairs (made-up names, not list or bench
// rows): the spellings that must meet and, per family, a near-miss that must stay apart.
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLD, normalizeName, scoreNames } from "../../../src/resolve/names/index.ts";
import { abjadSkeleton, romanizeArabic, splitAbd } from "../../../src/resolve/names/arabic.ts";
import { vowelTolerantSimilarity } from "../../../src/resolve/names/vowel-similarity.ts";

type Kind = "person" | "organization";
const FAMILIES: Array<{
  family: string;
  type: Kind;
  match: Array<[string, string]>;
  apart: Array<[string, string]>;
}> = [
  {
    family: "Arabic script against Latin spellings",
    type: "person",
    match: [
      ["Karim Haddad", "كريم حداد"],
      ["Yusuf Khalil Mansour", "يوسف خليل منصور"],
      ["Samira al-Qadiri", "سميرة القادري"],
      ["Peter Vogel", "بيتر فوغل"],
    ],
    apart: [
      ["Karim Hamdan", "كريم حداد"],
      ["Yusuf Khalil Mansour", "يوسف جميل منصور"],
    ],
  },
  {
    family: "Abd-al compounds written apart, together or assimilated",
    type: "person",
    match: [
      ["Abdulkarim Saleh Rawas", "Abd al-Karim Saleh Rawas"],
      ["Abdul Karim Saleh Rawas", "Abdelkarim Saleh Rawas"],
      ["Abdurrashid Hamoud", "Abd al-Rashid Hamoud"],
      ["Abd al-Wahid Qabbani", "عبد الواحد قباني"],
    ],
    apart: [["Abdulkarim Saleh Rawas", "Abdulrashid Saleh Rawas"]],
  },
  {
    family: "vowels transliterated differently (Arabic, Persian, Belarusian akanye)",
    type: "person",
    match: [
      ["Hamid Zuhairi", "Hamed Zuhayri"],
      ["Qasim al-Burani", "Qassem al-Boreni"],
      ["Siarhei Darashenka", "Sergei Doroshenko"],
      ["Volga Leanidauna Kavalenka", "Olga Leonidovna Kovalenko"],
    ],
    apart: [
      ["Hamid Karimi", "Hamid Kazemi"],
      ["Tom Kessler", "Tim Kessler"],
    ],
  },
  {
    family: "Belarusian, Ukrainian and Scandinavian forms of Russian names and patronymics",
    type: "person",
    match: [
      ["Nikolaj Andrejevitj Volkov", "Nikolai Andreevich Volkov"],
      ["Henadz Petrovich Lushchyk", "Gennady Petrovich Lushchik"],
      ["Nadiya Serhiivna Hrytsenko", "Nadezhda Sergeyevna Gritsenko"],
    ],
    apart: [["Nikolai Andreevich Volkov", "Nikolai Andreevich Volkova"]],
  },
  {
    family: "a person's short alias (family and first given name) inside the full name",
    type: "person",
    match: [
      ["Qasimov, Nadir", "Nadir Rustam Farid Qasimov"],
      ["Terzic, Milan", "Milan Dragan Terzic"],
    ],
    apart: [["Qasimov, Nadir", "Farid Rustam Qasimov"]],
  },
  {
    family: "German and Belarusian spellings of Russian sounds (tsch, -euna)",
    type: "person",
    match: [
      ["Tschernow, Oleg", "Chernov, Oleg"],
      ["Levkovich, Yelena Petreuna", "Levkovich, Elena Petrovna"],
    ],
    apart: [["Levkovich, Yelena Petreuna", "Levkovich, Elena Pavlovna"]],
  },
  {
    family: "Korean given names with the w glide written or dropped",
    type: "person",
    match: [
      ["Yang Kwon Sik", "Yang Kon Sik"],
      ["Ro Sok-hwa", "Ro Sok Ha"],
    ],
    apart: [["Yang Kwon Sik", "Yang Kon Su"]],
  },
  {
    family: "Korean readings written together or apart in company names",
    type: "organization",
    match: [
      ["Korea Paek San Trading", "Baeksan Trading"],
      ["Chosun Tae Song Shipping", "Daesong Shipping Company"],
    ],
    apart: [["Baeksan Trading", "Baekdu Trading"]],
  },
  {
    family: "Korean company words with ng written n, Korea/General/National carried or dropped",
    type: "organization",
    match: [
      ["Korea Seungri Trading Company", "Sunri Trading Co."],
      ["Ministry of National Forestry", "Ministry of Forestry"],
    ],
    apart: [["Korea Seungri Trading Company", "Korea Samil Trading Company"]],
  },
  {
    family: "unit words of state bodies (Bureau, Department, Administration)",
    type: "organization",
    match: [
      ["Mineral Survey Bureau", "Mineral Survey General Company"],
      ["Ocean Survey Administration", "Ocean Survey Department"],
    ],
    apart: [["Mineral Survey Bureau", "Forest Survey Bureau"]],
  },
  {
    family: "Vietnamese and Chinese legal forms",
    type: "organization",
    match: [
      ["Cong Ty TNHH Hoang Phuc Long", "Hoang Phuc Long Co., Ltd."],
      ["Cong Ty Co Phan Minh Tan", "Minh Tan Joint Stock Company"],
      ["Dandong Xinrui Youxian Gongsi", "Dandong Xinrui Co., Ltd."],
    ],
    apart: [["Cong Ty TNHH Hoang Phuc Long", "Cong Ty TNHH Hoang Phuc An"]],
  },
  {
    family: "Belarusian/Russian JSC abbreviations and the final h of Arabic ة",
    type: "organization",
    match: [
      ["SZAO Belkvartsit", "Closed Joint Stock Company Belkvartsit"],
      ["Dornevsky Commercial Bank PJSCB", "PJSC Dornevsky Commercial Bank"],
      ["Zarifeh Exchange", "Zarifa Exchange"],
    ],
    apart: [["Zarifeh Exchange", "Zarqa Exchange"]],
  },
  {
    family: "a distinctive name contained in a longer one",
    type: "organization",
    match: [
      ["Zelvoranta", "Zelvoranta Foundation"],
      ["Quorvex Brass Works", "Quorvex Brass Works Holding Company"],
    ],
    apart: [["Banca Quorvex", "Banca Quorvex Chile"]],
  },
];

describe.each(FAMILIES)("$family", ({ type, match, apart }) => {
  it.each(match)("matches %s with %s", (a, b) => {
    const r = scoreNames(a, b, { type });
    expect(r.score, r.explanation.join("\n")).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });
  it.each(apart)("keeps %s apart from %s", (a, b) => {
    const r = scoreNames(a, b, { type });
    expect(r.score, r.explanation.join("\n")).toBeLessThan(DEFAULT_THRESHOLD);
  });
});

describe("Arabic script helpers", () => {
  it("romanises letters, splits the article and reads و/ي as vowels inside a word", () => {
    expect(romanizeArabic("يوسف")).toBe("yusf");
    expect(romanizeArabic("القادري")).toBe("al-qadri");
  });
  it("compares Latin and Arabic spellings on their consonants", () => {
    expect(abjadSkeleton("mohammed")).toBe(abjadSkeleton("mhmd"));
    expect(abjadSkeleton("khalil")).toBe(abjadSkeleton("khlil"));
    expect(abjadSkeleton("karim")).not.toBe(abjadSkeleton("kamil"));
  });
  it("splits Abd compounds but leaves Abdullah whole", () => {
    expect(splitAbd("abdulkarim", undefined)).toEqual(["abd", "al", "karim"]);
    expect(splitAbd("abdurrahman", undefined)).toEqual(["abd", "al", "rahman"]);
    expect(splitAbd("abdul", "karim")).toEqual(["abd", "al"]);
    expect(splitAbd("abdullah", undefined)).toBeUndefined();
  });
  it("marks tokens romanised from Arabic script", () => {
    const n = normalizeName("كريم حداد", "person");
    expect(n.script).toBe("arabic");
    expect(n.tokens.every((t) => t.abjad)).toBe(true);
  });
});

describe("vowel-tolerant similarity", () => {
  it("forgives vowels more than consonants", () => {
    expect(vowelTolerantSimilarity("hamid", "hamed")).toBeGreaterThan(0.9);
    expect(vowelTolerantSimilarity("hamid", "hakid")).toBeLessThan(0.85);
  });
  it("needs the same first letter", () => {
    expect(vowelTolerantSimilarity("omar", "umar")).toBe(0);
  });
});

describe("hyphenated given names", () => {
  it("keeps a syllable that is also a title (Wang-gen)", () => {
    expect(normalizeName("Huang Wang-gen", "person").tokens.map((t) => t.text)).toContain("gen");
  });
});

describe("index blocking for Arabic script", () => {
  it("finds the Latin spelling of a name queried in Arabic script", async () => {
    const { NameIndex } = await import("../../../src/resolve/names/index.ts");
    const index = NameIndex.build([
      { id: "p1", name: "Yusuf Khalil Mansour", type: "person" },
      { id: "p2", name: "Yusuf Jamil Nasser", type: "person" },
      { id: "o1", name: "Mansour Trading Company", type: "organization" },
    ]);
    const hits = index.query("يوسف خليل منصور", { type: "person" });
    expect(hits.map((h) => h.id)).toEqual(["p1"]);
  });
});
