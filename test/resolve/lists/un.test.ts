import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseUnXml } from "../../../src/resolve/lists/index.ts";
import { UN_XML, fixture, hasSharedLists } from "./helpers.ts";

describe("UN Security Council consolidated XML", () => {
  it.skipIf(!hasSharedLists)("reads all 730 individuals and 273 entities with the generation date", () => {
    const list = parseUnXml(UN_XML, readFileSync(UN_XML, "utf8"));
    expect(list.problems).toEqual([]);
    expect(list.published).toBe("2026-02-27T00:00:09.554Z");
    expect(list.records.filter((r) => r.type === "person")).toHaveLength(730);
    expect(list.records.filter((r) => r.type === "organization")).toHaveLength(273);
    const dprk = list.records.filter((r) => r.programmes.includes("DPRK"));
    expect(dprk.filter((r) => r.type === "person")).toHaveLength(80);
    expect(dprk.filter((r) => r.type === "organization")).toHaveLength(75);
    const mansudae = list.records.find((r) => r.sourceId === "KPe.050")!;
    expect(mansudae.name).toBe("MANSUDAE OVERSEAS PROJECT GROUP OF COMPANIES");
    expect(mansudae.aliases).toContain("Mansudae Art Studio");
  });

  it("reports bad elements by their index and keeps the good ones", () => {
    const file = fixture("UN_bad.xml");
    const list = parseUnXml(file, readFileSync(file, "utf8"));
    expect(list.published).toBe("2025-01-10T00:00:00.000Z");
    expect(list.records.map((r) => r.sourceId)).toEqual(["KPi.901", "KPe.903"]);
    expect(list.problems.map((p) => p.where)).toEqual(["INDIVIDUAL #2", "ENTITY #1"]);
    expect(list.problems[0].message).toMatch(/REFERENCE_NUMBER/);
    expect(list.records[0]).toMatchObject({
      name: "TEST PERSON ONE",
      aliases: ["Test Person-one"],
      dob: "1960-02-03",
      programmes: ["DPRK"],
      listedOn: "2017-01-01",
    });
  });

  it("says so when the XML is not well formed or not a UN list", () => {
    expect(parseUnXml("a.xml", "<CONSOLIDATED_LIST><INDIVIDUALS>").problems[0].message).toMatch(/XML/);
    expect(parseUnXml("b.xml", "<OTHER/>").problems[0].message).toMatch(/CONSOLIDATED_LIST/);
  });
});
