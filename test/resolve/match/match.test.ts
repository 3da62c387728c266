// The match API (FtM-shaped queries, named features) on a small made-up list stored in SQLite.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import type { FastifyInstance } from "fastify";
import { openStore, type Store } from "../../../src/store/index.ts";
import { buildServer } from "../../../src/server/app.ts";
import { matchQueries } from "../../../src/resolve/match/match.ts";
import { parseMatchQuery } from "../../../src/resolve/match/query.ts";
import { queriesFromCsv, resultRows } from "../../../src/resolve/match/batch.ts";
import { countryCode } from "../../../src/resolve/match/countries.ts";
import { aliasIndex } from "../../../src/resolve/screen.ts";
import { parseCsvRows } from "../../../src/cli/commands/match.ts";
import type { ListRecord } from "../../../src/resolve/lists/types.ts";

let dir: string;
let dbFile: string;
let store: Store;

const record = (r: Partial<ListRecord> & Pick<ListRecord, "sourceId" | "type" | "name">): ListRecord => ({
  listId: "ofac-sdn",
  aliases: [],
  programmes: ["DPRK3"],
  ...r,
});

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "flowwatch-match-"));
  dbFile = path.join(dir, "match.db");
  store = await openStore(dbFile);
  await store.sanctions.saveListImport({
    listId: "ofac-sdn",
    published: "2026-11-30",
    sourceFiles: ["made-up.csv"],
    problems: [],
    records: [
      record({
        sourceId: "71001",
        type: "person",
        name: "RYANG, Chol Min",
        aliases: ["RYANG, Cheol-min"],
        dob: "12 Mar 1968",
        nationality: "Korea, North",
        remarks: "DOB 12 Mar 1968; Passport 836210045 (Korea, North); Gender Male.",
      }),
      record({
        sourceId: "71002",
        type: "person",
        name: "RYANG, Chol Man",
        dob: "1980",
        nationality: "Korea, North",
      }),
      record({
        sourceId: "71003",
        type: "organization",
        name: "SONBONG OCEAN FREIGHT COMPANY",
        addresses: ["Rajin-Sonbong, Korea, North"],
      }),
      record({ sourceId: "71004", type: "vessel", name: "SONBONG OCEAN" }),
      record({
        sourceId: "71005",
        type: "person",
        name: "DUBROVIN, Arkady Semyonovich",
        programmes: ["RUSSIA-EO14024"],
        remarks: "Passport 7204 118833 (Russia); Tax ID No. 772011883344 (Russia).",
      }),
    ],
  });
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const match = async (raw: unknown) =>
  (await matchQueries(store, [parseMatchQuery("q", raw)], { limit: 5 }))[0].results;

describe("FtM-shaped match queries", () => {
  it("adds an agreeing date of birth as a named feature", async () => {
    const [top] = await match({
      schema: "Person",
      properties: { name: ["Ryang Chol Min"], birthDate: ["1968-03-12"] },
    });
    expect(top.id).toBe("ofac-sdn:71001");
    expect(top.features.dob).toBe(0.1);
    expect(top.match).toBe(true);
    expect(top.explanation.some((e) => e.startsWith("dob: same date of birth"))).toBe(true);
  });

  it("lowers the score when the date of birth conflicts", async () => {
    const [top] = await match({
      schema: "Person",
      properties: { name: ["Ryang Chol Min"], birthDate: ["1990"] },
    });
    expect(top.features.dob).toBe(-0.3);
    expect(top.score).toBeCloseTo(top.features.name - 0.3, 5);
  });

  it("lets an identifier in the record lift a weak name match", async () => {
    // the family name alone scores below the threshold
    const without = await match({ schema: "Person", properties: { name: ["Dubrovin"] } });
    const before = without.find((r) => r.id === "ofac-sdn:71005")!;
    expect(before.match).toBe(false);
    const withId = await match({
      schema: "Person",
      properties: { name: ["Dubrovin"], passportNumber: ["7204-118833"] },
    });
    const hit = withId.find((r) => r.id === "ofac-sdn:71005")!;
    expect(hit.features).toHaveProperty("identifier");
    expect(hit.score).toBeGreaterThanOrEqual(0.98);
    const wrongId = await match({
      schema: "Person",
      properties: { name: ["Dubrovin"], idNumber: ["7204118834"] },
    });
    expect(wrongId.find((r) => r.id === "ofac-sdn:71005")!.features).not.toHaveProperty("identifier");
  });

  it("keeps records of another schema out and reads countries by name or code", async () => {
    const vessel = await match({ schema: "Vessel", properties: { name: ["Sonbong Ocean"] } });
    expect(vessel.map((r) => r.id)).toEqual(["ofac-sdn:71004"]);
    const company = await match({
      schema: "Company",
      properties: { name: ["Sonbong Ocean Freight Co"], country: ["kp"] },
    });
    expect(company.map((r) => r.id)).not.toContain("ofac-sdn:71004");
    expect(company[0].features.country).toBe(0.03);
    const elsewhere = await match({
      schema: "Company",
      properties: { name: ["Sonbong Ocean Freight Co"], country: ["Russia"] },
    });
    expect(elsewhere[0].features.country).toBe(-0.1);
    expect(countryCode("Democratic People's Republic of Korea")).toBe("KP");
  });

  it("refuses a query without names, naming it", () => {
    expect(() => parseMatchQuery("q7", { schema: "Person", properties: { birthDate: ["1970"] } })).toThrow(
      /query q7: properties.name/,
    );
    expect(() => parseMatchQuery("q8", { schema: "Ship", properties: { name: ["x"] } })).toThrow(
      /query q8: schema/,
    );
  });
});

describe("batch files", () => {
  it("reads queries from CSV and writes one row per result", async () => {
    const text =
      "key,name,schema,birthDate,country\na1,Ryang Chol Min,Person,1968,kp\na2,Nobody Anywhere,Person,,\n";
    const queries = queriesFromCsv("names.csv", parseCsvRows(text));
    const rows = resultRows(await matchQueries(store, queries, { limit: 3 }));
    expect(rows[0].slice(0, 5)).toEqual(["a1", "Ryang Chol Min", 1, "ofac-sdn", "71001"]);
    expect(rows.find((r) => r[0] === "a2")).toEqual([
      "a2",
      "Nobody Anywhere",
      0,
      "",
      "",
      "",
      "",
      false,
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
  });

  it("names the file and line of a bad row", () => {
    expect(() => queriesFromCsv("names.csv", parseCsvRows("name,schema\nX,Starship\n"))).toThrow(
      /names.csv line 2: query 2: schema/,
    );
    expect(() => queriesFromCsv("names.csv", parseCsvRows("fullname\nX\n"))).toThrow(
      /names.csv: the header needs a name column/,
    );
  });

  it("runs as `flowwatch screen --file` with CSV and JSON output", () => {
    const file = path.join(dir, "names.csv");
    writeFileSync(file, "name,schema,birthDate\nRyang Chol Min,Person,1968-03-12\n");
    const bin = path.resolve(import.meta.dirname, "../../../bin/flowwatch");
    const csv = execFileSync(bin, ["screen", "--file", file, "--db", dbFile], { encoding: "utf8" });
    expect(csv.split(/\r?\n/)[0]).toMatch(/^key,query_name,rank,list_id,source_id/);
    expect(csv).toContain("ofac-sdn,71001");
    const json = JSON.parse(
      execFileSync(bin, ["screen", "--file", file, "--db", dbFile, "--format", "json"], { encoding: "utf8" }),
    );
    expect(json.responses[0].results[0].features.dob).toBe(0.1);
  });
});

describe("the alias index after a re-import", () => {
  it("is loaded once for concurrent requests and replaced as a whole", async () => {
    const before = await aliasIndex(store);
    await store.sanctions.saveListImport({
      listId: "un-sc",
      published: "2026-12-01",
      sourceFiles: ["made-up.xml"],
      problems: [],
      records: [
        record({ listId: "un-sc", sourceId: "KPe.901", type: "organization", name: "Tumangang Rail Works" }),
      ],
    });
    const [a, b] = await Promise.all([aliasIndex(store), aliasIndex(store)]);
    expect(a).toBe(b);
    expect(a).not.toBe(before);
    expect(a.index.query("Tumangang Rail Works").map((h) => h.id)).toEqual(["un-sc|KPe.901"]);
    expect(before.index.query("Tumangang Rail Works")).toEqual([]);
  });
});

describe("POST /api/match", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer({ store, publicRead: true });
  });
  afterAll(async () => {
    await app.close();
  });

  it("answers each query by its key with scored, explained results", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/match?limit=3",
      payload: {
        queries: {
          ryang: {
            schema: "Person",
            properties: { name: ["Ryang Cheol Min"], nationality: ["North Korea"] },
          },
          ship: { schema: "Vessel", properties: { name: ["Sonbong Ocean"] } },
        },
      },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.responses.ryang.results[0].id).toBe("ofac-sdn:71001");
    expect(body.responses.ryang.results[0].features.country).toBe(0.03);
    expect(body.responses.ship.results[0].caption).toBe("SONBONG OCEAN");
  });

  it("refuses a malformed query with 400 naming the query", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/match",
      payload: { queries: { bad: { schema: "Person", properties: { birthDate: ["1970"] } } } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/query bad/);
  });
});
