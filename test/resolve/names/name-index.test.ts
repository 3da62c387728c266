import { describe, expect, it } from "vitest";
import { NameIndex } from "../../../src/resolve/names/index.ts";

// invented records in the shape of list aliases; several aliases share an id
const RECORDS = [
  { id: "p1", name: "KIM, Jong Un", type: "person" },
  { id: "p1", name: "Kim Chong-un", type: "person" },
  { id: "p2", name: "KIM, Jong Il", type: "person" },
  { id: "p3", name: "KIM, Yong Chol", type: "person" },
  { id: "p4", name: "CHOE, Ryong Hae", type: "person" },
  { id: "p5", name: "SHOYGU, Sergey Kuzhugetovich", type: "person" },
  { id: "p6", name: "LAVROV, Sergey Viktorovich", type: "person" },
  { id: "o1", name: "KOREA MINING DEVELOPMENT TRADING CORPORATION", type: "organization" },
  { id: "o1", name: "KOMID", type: "organization" },
  { id: "o2", name: "Korea Sobaeksu Trading Company", type: "organization" },
  { id: "o3", name: "Korea Kwangson Banking Corp", type: "organization" },
  { id: "v1", name: "CHON MA SAN", type: "vessel" },
];

describe("NameIndex", () => {
  const index = NameIndex.build(RECORDS);

  it("finds a record under Korean romanisation variants, Hangul and Cyrillic", () => {
    for (const q of ["Kim Jong-un", "Gim Jeong-eun", "김정은", "Ким Чен Ын", "JONG UN KIM"]) {
      const hits = index.query(q);
      expect(hits[0]?.id, q).toBe("p1");
    }
  });

  it("does not propose a relative who shares only the family name", () => {
    expect(index.query("Kim Jong Un").map((h) => h.id)).not.toContain("p2");
    expect(index.query("Kim Jong Un").map((h) => h.id)).not.toContain("p3");
  });

  it("finds Russian names across transliterations and a typo", () => {
    expect(index.query("Шойгу Сергей")[0]?.id).toBe("p5");
    expect(index.query("Sergei Shoigu")[0]?.id).toBe("p5");
    expect(index.query("Sergey Lavorv")[0]?.id).toBe("p6");
  });

  it("finds organisations by legal-form variants and by acronym", () => {
    expect(index.query("KOREA SOBAEKSU TRADING CORP")[0]?.id).toBe("o2");
    expect(index.query("Komid")[0]?.id).toBe("o1");
  });

  it("returns one hit per id with its best alias and an explanation", () => {
    const hits = index.query("Kim Jong Un");
    expect(hits.filter((h) => h.id === "p1")).toHaveLength(1);
    expect(hits[0].name).toBe("KIM, Jong Un");
    expect(hits[0].explanation.length).toBeGreaterThan(0);
  });

  it("filters by type and honours limit and threshold", () => {
    expect(index.query("Kim Jong Un", { type: "organization" })).toEqual([]);
    expect(index.query("Chon Ma San", { type: "vessel" })[0]?.id).toBe("v1");
    expect(index.query("Korea Sobaeksu Trading", { limit: 1 })).toHaveLength(1);
    expect(index.query("Kim Jong Un", { threshold: 0.99 }).every((h) => h.score >= 0.99)).toBe(true);
  });

  it("returns nothing for an unrelated name or an empty index", () => {
    expect(index.query("Olaf Scholz")).toEqual([]);
    expect(NameIndex.build([]).query("Kim Jong Un")).toEqual([]);
  });
});
