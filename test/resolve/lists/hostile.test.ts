// A bad list file must never lower a stored list: truncated, empty or malformed files are refused
// whole, odd rows are rejected with their line, and a big drop in records needs --force.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkListImport, readListFiles } from "../../../src/resolve/lists/index.ts";
import { ListShrinkError } from "../../../src/store/sanctions.ts";
import { OFAC_SDN, UN_XML, hasSharedLists, migratedDb, type MigratedDb } from "./helpers.ts";

const dir = mkdtempSync(path.join(tmpdir(), "lists-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` as `<sub>/<name>` under the test folder (OFAC files are recognised by name). */
function put(sub: string, name: string, text: string | Buffer): string {
  mkdirSync(path.join(dir, sub), { recursive: true });
  const file = path.join(dir, sub, name);
  writeFileSync(file, text);
  return file;
}

const checked = (file: string) =>
  checkListImport(readListFiles([file], { published: "2030-01-01" }).imports[0]);

const ROW = (ent: string, name: string) =>
  `${ent},"${name}",-0- ,"DPRK3",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Test row written for this suite."\n`;

describe("list rows that must be rejected with their line", () => {
  it("rejects a row with extra fields, a NUL in a name and a 2 MB name", () => {
    const file = put(
      "rows",
      "sdn.csv",
      ROW("9101", "GOOD TEST CORP") +
        ROW("9102", "EXTRA TEST CORP").replace("\n", ',"surplus"\n') +
        ROW("9103", "NUL\u0000TEST CORP") +
        ROW("9104", "X".repeat(2 * 1024 * 1024)) +
        ROW("9105", "SECOND GOOD CORP"),
    );
    const { list, fatal, rejected } = checked(file);
    expect(fatal).toEqual([]);
    expect(list.records.map((r) => r.sourceId)).toEqual(["9101", "9105"]);
    expect(rejected.map((p) => p.where)).toEqual(["line 2", "line 3", "line 4"]);
    expect(rejected[0].message).toMatch(/expected 12 fields, found 13/);
    expect(rejected[1].message).toMatch(/control character/);
    expect(rejected[2].message).toMatch(/characters long/);
  });

  it("refuses a CSV cut inside a quoted field", () => {
    const file = put(
      "cut",
      "sdn.csv",
      ROW("9201", "FIRST CORP") + '9202,"SECOND CORP",-0- ,"DPRK3",-0- ,"trail',
    );
    const { fatal } = checked(file);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatchObject({ where: "line 2", message: expect.stringMatching(/cut short/) });
  });

  it("refuses an empty sdn.csv", () => {
    expect(checked(put("empty", "sdn.csv", "")).fatal[0].message).toMatch(/no records/);
  });

  it("refuses a UN list with a field over the limits or a NUL as a rejected record", () => {
    const xml = (name: string) =>
      `<CONSOLIDATED_LIST dateGenerated="2030-01-01"><INDIVIDUALS><INDIVIDUAL><REFERENCE_NUMBER>KPi.901</REFERENCE_NUMBER><FIRST_NAME>${name}</FIRST_NAME></INDIVIDUAL><INDIVIDUAL><REFERENCE_NUMBER>KPi.902</REFERENCE_NUMBER><FIRST_NAME>PLAIN TEST</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`;
    const { list, rejected } = checked(put("un", "un.xml", xml("Y".repeat(5000))));
    expect(list.records.map((r) => r.sourceId)).toEqual(["KPi.902"]);
    expect(rejected).toMatchObject([{ where: "INDIVIDUAL #1" }]);
  });
});

describe.runIf(hasSharedLists)("real lists: a truncated version never replaces a stored one", () => {
  let opened: MigratedDb;
  beforeAll(async () => {
    opened = await migratedDb("sqlite");
    for (const file of [OFAC_SDN, UN_XML]) {
      const { list, fatal, rejected } = checkListImport(readListFiles([file]).imports[0]);
      expect([fatal, rejected]).toEqual([[], []]);
      await opened.db.sanctions.saveListImport(list);
    }
  }, 60_000);
  afterAll(async () => opened?.close());

  const counts = async () =>
    Object.fromEntries((await opened.db.sanctions.listStatus()).map((s) => [s.listId, s.recordCount]));

  it("refuses the UN XML cut in half", () => {
    const xml = readFileSync(UN_XML);
    const { fatal } = checked(put("un-half", "UN_consolidated.xml", xml.subarray(0, xml.length >> 1)));
    expect(fatal[0].message).toMatch(/not well-formed XML/);
  });

  it("refuses sdn.csv cut inside a quoted field", () => {
    const text = readFileSync(OFAC_SDN, "latin1");
    const quote = text.indexOf('"', text.indexOf('"', text.length >> 1) + 1);
    const { fatal } = checked(put("sdn-cut", "sdn.csv", Buffer.from(text.slice(0, quote + 5), "latin1")));
    expect(fatal[0].message).toMatch(/cut short/);
  });

  it("refuses sdn.csv cut at a line end (half the records) unless forced", async () => {
    const text = readFileSync(OFAC_SDN, "latin1");
    const half = text.slice(0, text.indexOf("\n", text.length >> 1) + 1);
    const { list, fatal } = checked(put("sdn-half", "sdn.csv", Buffer.from(half, "latin1")));
    expect(fatal).toEqual([]);
    await expect(opened.db.sanctions.saveListImport(list)).rejects.toBeInstanceOf(ListShrinkError);
    expect(await counts()).toEqual({ "ofac-sdn": 14965, "un-sc": 1003 });
    await opened.db.sanctions.saveListImport(list, { force: true });
    expect((await counts())["ofac-sdn"]).toBe(list.records.length);
  });
});

describe("flowwatch lists import exit status", () => {
  const bin = path.join(process.cwd(), "bin/flowwatch");
  const db = path.join(dir, "cli.db");
  const run = (...args: string[]) =>
    spawnSync(bin, ["lists", "import", "--db", db, "--published", "2030-01-01", ...args], {
      encoding: "utf8",
    });

  it("exits 1 and keeps the stored list for an empty file; exits 1 on rejected rows", () => {
    const good = put("cli-good", "sdn.csv", ROW("9301", "ONE CORP") + ROW("9302", "TWO CORP"));
    expect(run(good).status).toBe(0);
    const empty = run(put("cli-empty", "sdn.csv", ""));
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/not imported; the stored version is unchanged/);
    const extra = run(
      put("cli-extra", "sdn.csv", ROW("9301", "ONE CORP") + ROW("9302", "TWO CORP").replace("\n", ",x\n")),
      "--force",
    );
    expect(extra.status).toBe(1);
    expect(extra.stderr).toMatch(/rejected .*sdn\.csv: line 2: expected 12 fields/);
    const status = execFileSync(bin, ["lists", "status", "--db", db, "--json"], { encoding: "utf8" });
    expect(JSON.parse(status)[0]).toMatchObject({ listId: "ofac-sdn", recordCount: 1 });
  });
});
