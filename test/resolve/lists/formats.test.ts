import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import {
  detectListFile,
  dateFromPath,
  parseOpenSanctionsCsv,
  parseOpenSanctionsJsonl,
  parseUkCsv,
  readListFiles,
} from "../../../src/resolve/lists/index.ts";
import { fixture } from "./helpers.ts";

describe("OpenSanctions exports", () => {
  it("reads FollowTheMoney JSON lines, skipping non-party schemas and reporting bad lines", () => {
    const file = fixture("entities.ftm.jsonl");
    const list = parseOpenSanctionsJsonl(file, readFileSync(file, "utf8"));
    expect(list.records.map((r) => [r.sourceId, r.type])).toEqual([
      ["test-person-1", "person"],
      ["test-org-1", "organization"],
      ["test-vessel-1", "vessel"],
    ]);
    expect(list.records[0]).toMatchObject({
      aliases: ["Pak Sonil", "박선일"],
      dob: "1970-05-05",
      nationality: "kp",
      programmes: ["DPRK"],
    });
    expect(list.records[1].programmes).toEqual(["test"]);
    expect(list.problems.map((p) => p.where)).toEqual(["line 4", "line 5"]);
    expect(list.published).toBe("2025-03-02T10:00:00");
  });

  it("reads targets.simple.csv with semicolon-separated aliases", () => {
    const file = fixture("targets.simple.csv");
    const list = parseOpenSanctionsCsv(file, readFileSync(file, "utf8"));
    expect(list.records).toHaveLength(2);
    expect(list.records[0]).toMatchObject({
      name: "Ryom Chol Ho",
      aliases: ["Ryom Chol-ho", "염철호"],
      programmes: ["DPRK sanctions"],
      type: "person",
    });
    expect(list.records[1]).toMatchObject({
      name: "Kalma Test Construction Company, Ltd.",
      nationality: "kp; ru",
      type: "organization",
    });
    expect(list.problems.map((p) => p.where)).toEqual(["line 4", "line 5"]);
    expect(list.published).toBe("2025-01-15T00:00:00");
  });
});

describe("UK OFSI consolidated CSV", () => {
  it("groups rows by Group ID into one record with aliases and reports a bad group id", () => {
    const file = fixture("ConList.csv");
    const list = parseUkCsv(file, readFileSync(file, "utf8"));
    expect(list.published).toBe("2025-02-27");
    expect(list.records.map((r) => r.sourceId)).toEqual(["90001", "90002", "90003"]);
    expect(list.records[0]).toMatchObject({
      type: "person",
      name: "Tae Sung KORYO",
      dob: "1971-03-12",
      listedOn: "2018-06-01",
    });
    expect(list.records[0].aliases).toEqual(["고려태성", "Tae-song KORYO"]);
    expect(list.records[1]).toMatchObject({
      type: "organization",
      name: "KOREA MINING DEVELOPMENT TRADING CORPORATION",
      aliases: ["KOMID"],
    });
    expect(list.records[2].type).toBe("vessel");
    expect(list.problems).toHaveLength(1);
    expect(list.problems[0].where).toBe("line 7");
  });
});

describe("recognising list files", () => {
  it("knows each format by name or by its first bytes", () => {
    expect(detectListFile("x/sdn.csv", "")).toBe("ofac-sdn");
    expect(detectListFile("a.csv", '36,"AERO",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n')).toBe(
      "ofac-sdn",
    );
    expect(detectListFile("b.csv", '36,12,"aka","AERO-CARIBBEAN",-0- \r\n')).toBe("ofac-alt");
    expect(detectListFile("c.xml", '<?xml version="1.0"?>\n<CONSOLIDATED_LIST dateGenerated="x">')).toBe(
      "un-xml",
    );
    expect(detectListFile("d.json", '{"id": "x", "schema": "Person"}')).toBe("opensanctions-jsonl");
    expect(detectListFile("e.csv", "id,schema,name,aliases,birth_date\n")).toBe("opensanctions-csv");
    expect(detectListFile("f.csv", "Last Updated,27/02/2025\n")).toBe("uk-csv");
    expect(detectListFile("g.txt", "hello world")).toBeNull();
  });

  it("finds dates in file and folder names", () => {
    expect(dateFromPath("/lists/ofac_sdn_20240503/sdn.csv")).toBe("2024-05-03");
    expect(dateFromPath("un-2026-02-27.xml")).toBe("2026-02-27");
    expect(dateFromPath("sdn.csv")).toBeNull();
  });

  it("reports unreadable and unrecognised files without stopping the others", () => {
    const { imports, problems } = readListFiles([
      "/no/such/file.csv",
      fixture("../helpers.ts"),
      fixture("ConList.csv"),
    ]);
    expect(imports.map((i) => i.listId)).toEqual(["uk-hmt"]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/cannot read/),
      expect.stringMatching(/not a recognised list format/),
    ]);
  });
});

describe("UK lists in the FCDO layout", () => {
  it("reads the same columns under their newer names", () => {
    const text = [
      "Report Date: 01-Oct-2026",
      "Last Updated,Unique ID,OFSI Group ID,Name 6,Name 1,Name 2,Name type,Designation Type,Regime Name,D.O.B,Nationality(/ies),Date Designated",
      "01/09/2026,RUS0001,95001,TESTOV,Ivan,,Primary Name,Individual,Russia,14/02/1970,Russia,01/03/2022",
      "01/09/2026,RUS0001,95001,TESTOFF,Ivan,,Alias,Individual,Russia,14/02/1970,Russia,01/03/2022",
    ].join("\n");
    const list = parseUkCsv("UK_Sanctions_List.csv", text);
    expect(list.problems).toEqual([]);
    expect(list.published).toBe("2026-10-01");
    expect(list.records).toEqual([
      expect.objectContaining({
        sourceId: "95001",
        type: "person",
        name: "Ivan TESTOV",
        aliases: ["Ivan TESTOFF"],
        programmes: ["Russia"],
        dob: "1970-02-14",
        nationality: "Russia",
        listedOn: "2022-03-01",
      }),
    ]);
  });

  it("refuses OFAC's consolidated non-SDN files instead of replacing the SDN list with them", () => {
    const { imports, problems } = readListFiles([
      fixture("../fixtures/sdn.csv").replace("sdn.csv", "cons_prim.csv"),
    ]);
    expect(imports).toEqual([]);
    expect(problems[0].message).toMatch(/non-SDN/);
  });
});
