import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/store/index.ts";
import { screenDocumentParties, screenName } from "../../../src/resolve/screen.ts";
import { ListVersionError } from "../../../src/store/sanctions.ts";
import type { ListImport, ListRecord } from "../../../src/resolve/lists/index.ts";
import { migratedDb, postgresAvailable, type MigratedDb } from "./helpers.ts";

const record = (sourceId: string, name: string, aliases: string[] = []): ListRecord => ({
  listId: "un-sc",
  sourceId,
  type: "organization",
  name,
  aliases,
  programmes: ["DPRK"],
});

const version = (published: string, records: ListRecord[]): ListImport => ({
  listId: "un-sc",
  published,
  sourceFiles: [`un-${published}.xml`],
  records,
  problems: [],
});

const backends = (["sqlite", "postgres"] as const).filter((b) => b === "sqlite" || postgresAvailable);

describe.each(backends)("sanctions lists in the store (%s)", (backend) => {
  let db: Store;
  let opened: MigratedDb;
  beforeEach(async () => {
    opened = await migratedDb(backend);
    db = opened.db;
  });
  afterEach(async () => opened.close());

  it("stores records with their aliases and reports status", async () => {
    await db.sanctions.saveListImport(
      version("2025-01-01", [
        record("KPe.1", "FIRST TEST CORP", ["FTC", "First Test"]),
        record("KPe.2", "SECOND TEST CORP"),
      ]),
    );
    const [status] = await db.sanctions.listStatus();
    expect(status).toMatchObject({
      listId: "un-sc",
      published: "2025-01-01",
      recordCount: 2,
      aliasCount: 2,
      sourceFile: "un-2025-01-01.xml",
    });
    expect((await db.sanctions.loadAliases()).map((a) => a.alias).sort()).toEqual([
      "FIRST TEST CORP",
      "FTC",
      "First Test",
      "SECOND TEST CORP",
    ]);
    expect(await db.sanctions.getRecord("un-sc", "KPe.1")).toMatchObject({
      name: "FIRST TEST CORP",
      aliases: ["FTC", "First Test"],
      programmes: ["DPRK"],
    });
  });

  it("replaces the previous version of a list with a newer one", async () => {
    await db.sanctions.saveListImport(version("2025-01-01", [record("KPe.1", "OLD NAME")]));
    await db.sanctions.saveListImport(version("2025-06-01", [record("KPe.3", "NEW NAME")]));
    expect((await db.sanctions.loadAliases()).map((a) => a.alias)).toEqual(["NEW NAME"]);
    expect((await db.sanctions.listStatus())[0].published).toBe("2025-06-01");
  });

  it("refuses an older version unless forced", async () => {
    await db.sanctions.saveListImport(version("2025-06-01", [record("KPe.3", "NEW NAME")]));
    await expect(
      db.sanctions.saveListImport(version("2025-01-01", [record("KPe.1", "OLD NAME")])),
    ).rejects.toBeInstanceOf(ListVersionError);
    expect((await db.sanctions.loadAliases()).map((a) => a.alias)).toEqual(["NEW NAME"]);
    await db.sanctions.saveListImport(version("2025-01-01", [record("KPe.1", "OLD NAME")]), { force: true });
    expect((await db.sanctions.loadAliases()).map((a) => a.alias)).toEqual(["OLD NAME"]);
  });

  it("leaves the old version in place when an import fails half-way", async () => {
    await db.sanctions.saveListImport(version("2025-01-01", [record("KPe.1", "KEPT NAME")]));
    // 1,000 good records, then one whose name is missing: the insert of a later batch fails.
    const records = Array.from({ length: 1000 }, (_, i) => record(`KPe.${i + 10}`, `GOOD ${i}`));
    records.push({ ...record("KPe.bad", "x"), name: null as unknown as string });
    await expect(db.sanctions.saveListImport(version("2025-06-01", records))).rejects.toThrow();
    expect((await db.sanctions.loadAliases()).map((a) => a.alias)).toEqual(["KEPT NAME"]);
    expect((await db.sanctions.listStatus())[0]).toMatchObject({ published: "2025-01-01", recordCount: 1 });
  });

  it("inserts large lists in batches below the SQLite variable limit", async () => {
    const records = Array.from({ length: 5000 }, (_, i) =>
      record(`X${i}`, `NAME ${i}`, [`ALIAS ${i} A`, `ALIAS ${i} B`]),
    );
    const status = await db.sanctions.saveListImport(version("2025-01-01", records));
    expect(status).toMatchObject({ recordCount: 5000, aliasCount: 10000 });
  });

  it("screens names and document parties against what is stored", async () => {
    const person = { ...record("KPi.77", "PAK TAE SONG", ["Pak Tae-song"]), type: "person" as const };
    await db.sanctions.saveListImport(
      version("2025-01-01", [person, record("KPe.78", "KOREA SOBAEKSU TRADING COMPANY")]),
    );
    const result = await screenName(db, "Pak Tae Song", { type: "person" });
    expect(result.hits.map((h) => h.sourceId)).toEqual(["KPi.77"]);
    const text = "Officials named Pak Tae-song and the Korea Sobaeksu Trading Company in the report.";
    const doc = {
      id: `doc-${backend}`,
      contentHash: "h",
      url: null,
      title: null,
      outlet: null,
      published: null,
      text,
      format: "txt" as const,
      sourcePath: null,
    };
    const hits = await screenDocumentParties(db, doc);
    expect(hits.map((h) => [h.mentionText, h.sourceId, h.entityId])).toEqual([
      ["Pak Tae-song", "KPi.77", "candidate:person:pak-tae-song"],
      ["Korea Sobaeksu Trading Company", "KPe.78", "org:korea-sobaeksu-trading-company"],
    ]);
    const stored = await db.sanctions.getPartyHits(doc.id);
    expect(stored.map((h) => [h.start, h.end, h.listId])).toEqual(
      hits.map((h) => [h.start, h.end, h.listId]),
    );
    expect(stored[0].explanation.length).toBeGreaterThan(0);
  });
});
