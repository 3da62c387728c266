import { describe, expect, it } from "vitest";
import path from "node:path";
import { parseOfac, parseRemarks, readListFiles, splitProgrammes } from "../../../src/resolve/lists/index.ts";
import { OFAC_AUX, OFAC_SDN, fixture, hasSharedLists } from "./helpers.ts";

describe("OFAC SDN legacy CSV", () => {
  it("splits bracketed programme lists", () => {
    expect(splitProgrammes("DPRK3] [RUSSIA-EO14024")).toEqual(["DPRK3", "RUSSIA-EO14024"]);
    expect(splitProgrammes("SDGT")).toEqual(["SDGT"]);
  });

  it("reads date of birth, nationality and a.k.a. names out of remarks", () => {
    const r = parseRemarks(
      "DOB 08 Jan 1975; nationality Korea, North; a.k.a. 'RED STAR'; f.k.a. 'OLD STAR'.",
    );
    expect(r).toEqual({ dob: "1975-01-08", nationality: "Korea, North", aliases: ["RED STAR", "OLD STAR"] });
  });

  it("reports a malformed row with its line number and imports the others", () => {
    const { imports } = readListFiles([fixture("sdn.csv"), fixture("alt.csv")], { published: "2025-01-01" });
    expect(imports).toHaveLength(1);
    const list = imports[0];
    expect(list.records.map((r) => r.sourceId)).toEqual(["9001", "9002", "9003", "9005"]);
    const lines = list.problems.filter((p) => p.file.endsWith("sdn.csv")).map((p) => p.where);
    expect(lines).toEqual(["line 3", "line 5"]);
    expect(list.problems.find((p) => p.where === "line 3")!.message).toMatch(/ent_num/);
    // the alias row for an unknown ent_num is counted, not fatal
    expect(list.problems.some((p) => p.file.endsWith("alt.csv") && /1 alias rows/.test(p.message))).toBe(
      true,
    );
  });

  it("merges alt.csv names and remark aliases, types rows and decodes Latin-1", () => {
    const list = readListFiles([fixture("sdn.csv"), fixture("alt.csv")], { published: "2025-01-01" })
      .imports[0];
    const byId = new Map(list.records.map((r) => [r.sourceId, r]));
    expect(byId.get("9001")).toMatchObject({
      type: "organization",
      aliases: ["PAEKTU TESTING CORP", "PAEKTU TTC"],
      programmes: ["DPRK3"],
    });
    expect(byId.get("9002")).toMatchObject({
      type: "person",
      dob: "1975-01-08",
      nationality: "Korea, North",
      programmes: ["DPRK3", "RUSSIA-EO14024"],
    });
    expect(byId.get("9003")!.type).toBe("vessel");
    expect(byId.get("9005")!.name).toBe("SÃO PAULO TEST COMPANIA");
    expect(list.published).toBe("2025-01-01");
  });

  it.skipIf(!hasSharedLists)("reads every row of the real 2024 SDN file, with companions from 2025", () => {
    const files = [
      OFAC_SDN,
      ...["alt.csv", "add.csv", "sdn_comments.csv"].map((f) => path.join(OFAC_AUX, f)),
    ];
    const { imports, problems } = readListFiles(files);
    expect(problems).toEqual([]);
    const list = imports[0];
    expect(list.listId).toBe("ofac-sdn");
    expect(list.records).toHaveLength(14965);
    expect(list.published).toBe("2024-05-03");
    const kim = list.records.find((r) => r.name === "KIM, Jong Un")!;
    expect(kim).toMatchObject({ type: "person", dob: "1984-01-08" });
    expect(kim.programmes).toContain("DPRK3");
    expect(list.records.some((r) => /ALABUGA/.test(r.name))).toBe(true);
    const shoigu = list.records.find((r) => r.name.startsWith("SHOIGU, Sergei"))!;
    expect(shoigu.aliases).toContain("SHOYGU, Sergey Kuzhugetovich");
  });

  it("parses sdn.csv alone with an explicit date", () => {
    const text = '1,"TEST ONE",-0- ,"DPRK3",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n';
    const list = parseOfac({ sdn: { file: "x.csv", text } }, "2020-02-02");
    expect(list.records).toEqual([
      {
        listId: "ofac-sdn",
        sourceId: "1",
        type: "organization",
        name: "TEST ONE",
        aliases: [],
        programmes: ["DPRK3"],
      },
    ]);
  });
});
