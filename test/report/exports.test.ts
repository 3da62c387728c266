import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/index.ts";
import { csvCell, toCsv } from "../../src/report/csv.ts";
import { exportRows } from "../../src/report/exports.ts";
import { partySchema, toFtmEntities } from "../../src/report/ftm.ts";
import { allFixtures } from "../assess/fixtures.ts";

const parties = [
  {
    docId: "wire-1",
    name: "Korea Example Trading Co",
    listId: "un-1718",
    programmes: ["DPRK", "UNSCR 2270"],
    score: 0.97,
  },
  {
    docId: "plan-tatarstan",
    name: "Kim Example",
    listId: "us-ofac-sdn",
    programmes: ["DPRK3"],
    score: 0.9,
    schema: "Person",
  },
];

describe("CSV", () => {
  it("quotes per RFC 4180 and guards formula leads", () => {
    expect(csvCell('He said "15,000"')).toBe('"He said ""15,000"""');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(["a", "b"])).toBe("a; b");
    expect(toCsv([{ a: 1, b: "x,y" }])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it("exports one claim row per figure with its origin and grade", () => {
    const { snapshot, engine } = assess(allFixtures());
    const rows = exportRows("claims", { snapshot, claim: (k) => engine.claim(k) });
    expect(rows.length).toBe(allFixtures().reduce((n, d) => n + d.claims.length, 0));
    const copy = rows.find((r) => r.doc === "copy-a")!;
    expect(copy).toMatchObject({
      origin: "outlet:reuters",
      origin_basis: "syndicated_copy",
      reliability: "B",
    });
    const csv = toCsv(rows);
    expect(csv.split("\r\n")[0]).toMatch(/^claim,doc,outlet/);
  });
});

describe("FollowTheMoney", () => {
  it("writes entities with real schema and property names and deterministic ids", () => {
    const run = () => {
      const { snapshot, engine } = assess(allFixtures(), { parties });
      return toFtmEntities({
        snapshot,
        claim: (k) => engine.claim(k),
        document: (id) => engine.document(id),
        parties,
      });
    };
    const entities = run();
    expect(run().map((e) => e.id)).toEqual(entities.map((e) => e.id));
    const schemas = new Set(entities.map((e) => e.schema));
    for (const s of ["Article", "Organization", "Documentation", "Sanction", "Company", "Person", "Note"])
      expect(schemas).toContain(s);
    const byId = new Map(entities.map((e) => [e.id, e]));
    for (const e of entities) {
      expect(e.id).toMatch(/^fw-[0-9a-f]{40}$/);
      for (const values of Object.values(e.properties))
        expect(values.every((v) => typeof v === "string")).toBe(true);
    }
    const sanction = entities.find(
      (e) => e.schema === "Sanction" && e.properties.authority[0] === "un-1718",
    )!;
    expect(byId.get(sanction.properties.entity[0])?.schema).toBe("Company");
    expect(sanction.properties.program).toEqual(["DPRK", "UNSCR 2270"]);
    const doc = entities.find(
      (e) => e.schema === "Documentation" && e.properties.summary?.[0].includes("About 15,000"),
    )!;
    expect(byId.get(doc.properties.document[0])?.schema).toBe("Article");
    expect(byId.get(doc.properties.entity[0])?.properties.name).toEqual(["Reuters"]);
    expect(
      partySchema({
        docId: "d",
        name: "Reconnaissance General Bureau",
        listId: "x",
        programmes: [],
        score: 1,
      }),
    ).toBe("Organization");
  });
});
