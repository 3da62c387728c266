import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { openStore } from "../../../src/store/open.ts";
import type { Store } from "../../../src/store/store.ts";
import { buildServer } from "../../../src/server/app.ts";
import { readListFiles } from "../../../src/resolve/lists/index.ts";
import {
  aliasIndex,
  screenDocumentParties,
  screenName,
  screenPartiesHook,
} from "../../../src/resolve/screen.ts";
import type { SourceDocument } from "../../../src/types.ts";
import { OFAC_AUX, OFAC_SDN, UN_XML, hasSharedLists } from "./helpers.ts";

let dir: string;
let store: Store;
// The store, under the name these tests have always used for their database.
let db: Store;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "flowwatch-screen-"));
  store = await openStore(path.join(dir, "test.db"));
  db = store;
  if (!hasSharedLists) return;
  const files = [
    OFAC_SDN,
    ...["alt.csv", "add.csv", "sdn_comments.csv"].map((f) => path.join(OFAC_AUX, f)),
    UN_XML,
  ];
  for (const list of readListFiles(files).imports) await db.sanctions.saveListImport(list);
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const doc = (id: string, text: string): SourceDocument => ({
  id,
  contentHash: id,
  url: null,
  title: null,
  outlet: null,
  published: "2025-06-01",
  text,
  format: "txt",
  sourcePath: null,
});

describe.skipIf(!hasSharedLists)("screening names against the imported lists", () => {
  it("finds the OFAC record of Kim Jong Un from a hyphenated spelling, linked to the gazetteer", async () => {
    const result = await screenName(db, "Kim Jong-un", { type: "person" });
    const hit = result.hits.find((h) => h.listId === "ofac-sdn" && h.sourceId === "20157");
    expect(hit).toBeDefined();
    expect(hit!.programmes).toContain("DPRK3");
    expect(hit!.score).toBeGreaterThanOrEqual(result.threshold);
    expect(hit!.explanation.length).toBeGreaterThan(0);
    expect(hit!.entities.map((e) => e.id)).toContain("person:kim-jong-un");
    expect(result.entities[0].id).toBe("person:kim-jong-un");
  });

  it("finds Shoigu's OFAC record, which carries the SHOYGU spelling", async () => {
    const result = await screenName(db, "Sergei Shoigu");
    const hit = result.hits.find((h) => h.sourceId === "35173");
    expect(hit).toBeDefined();
    const aliases = await db.kysely
      .selectFrom("sanction_aliases")
      .select("alias")
      .where("source_id", "=", "35173")
      .execute();
    expect(aliases.map((a) => a.alias)).toContain("SHOYGU, Sergey Kuzhugetovich");
    // Family members listed with the same surname rank below him.
    expect(result.hits[0].sourceId).toBe("35173");
  });

  it("finds Mansudae Overseas Project Group on both the OFAC and the UN list", async () => {
    const result = await screenName(db, "Mansudae Overseas Project Group", { type: "organization" });
    const keys = result.hits.map((h) => `${h.listId} ${h.sourceId}`);
    expect(keys).toContain("ofac-sdn 20578");
    expect(keys).toContain("un-sc KPe.050");
  });

  it("reaches a record through a gazetteer alias the list spells differently", async () => {
    const result = await screenName(db, "Alabuga");
    const hit = result.hits.find((h) => h.sourceId === "45708");
    expect(hit).toMatchObject({ listId: "ofac-sdn", programmes: ["RUSSIA-EO14024"] });
    expect(hit!.explanation.join(" ")).toMatch(/site:alabuga-special-economic-zone/);
  });

  it("finds nothing for a made-up name", async () => {
    expect((await screenName(db, "Quentin Marlowe-Fairbanks")).hits).toEqual([]);
    expect((await screenName(db, "Bluewater Pastry Collective", { type: "organization" })).hits).toEqual([]);
  });

  it("keeps the alias index until a list import changes it", async () => {
    const first = await aliasIndex(db);
    expect(await aliasIndex(db)).toBe(first);
    await db.sanctions.saveListImport({
      listId: "opensanctions",
      published: "2025-01-01",
      sourceFiles: ["test"],
      records: [
        {
          listId: "opensanctions",
          sourceId: "t-1",
          type: "organization",
          name: "Zarnitsa Test Holding",
          aliases: [],
          programmes: ["test"],
        },
      ],
      problems: [],
    });
    const rebuilt = await aliasIndex(db);
    expect(rebuilt).not.toBe(first);
    expect((await screenName(db, "Zarnitsa Test Holding")).hits.map((h) => h.sourceId)).toEqual(["t-1"]);
  });

  it("screens the parties of a document, including names written in Hangul, and stores the hits", async () => {
    const text =
      "국정원은 김정은이 노동자 파견을 지시했다고 밝혔다.\n\n" +
      "Recruiters for the Mansudae Overseas Projects group and a firm called Chollima Star Construction Corporation were seen in Vladivostok.";
    const hits = await screenDocumentParties(db, doc("screen-doc-1", text));
    const kim = hits.filter((h) => h.entityId === "person:kim-jong-un");
    expect(kim.map((h) => `${h.listId} ${h.sourceId}`)).toContain("ofac-sdn 20157");
    expect(text.slice(kim[0].start, kim[0].end)).toBe("김정은");
    const mansudae = hits.filter((h) => h.entityId === "org:mansudae-overseas-project-group-of-companies");
    expect(mansudae.map((h) => h.listId).sort()).toEqual(expect.arrayContaining(["ofac-sdn", "un-sc"]));
    // places and agencies are not parties; nothing is listed under the invented company
    expect(hits.some((h) => h.entityId === "place:vladivostok")).toBe(false);
    const stored = await db.sanctions.getPartyHits("screen-doc-1");
    expect(stored).toHaveLength(hits.length);
    // screening again replaces, never duplicates
    await screenDocumentParties(db, doc("screen-doc-1", text));
    expect(await db.sanctions.getPartyHits("screen-doc-1")).toHaveLength(hits.length);
  });
});

describe.skipIf(!hasSharedLists)("the post-ingest hook", () => {
  it("screens a stored document's parties through the store it is given", async () => {
    const text = "A contract with Korea General Corporation for External Construction was signed in Moscow.";
    await screenPartiesHook.run({ store, doc: doc("hook-doc", text) });
    const hits = await db.sanctions.getPartyHits("hook-doc");
    expect(hits.map((h) => `${h.mentionText} → ${h.listId} ${h.sourceId}`)).toContain(
      "Korea General Corporation for External Construction → ofac-sdn 19611",
    );
  });

  it("links agencies to list records by identifier only, never by their generic names", async () => {
    const text = "Ukraine's Main Directorate of Intelligence and the FSB both commented.";
    const hits = await screenDocumentParties(db, doc("agency-doc", text));
    expect(hits.map((h) => [h.mentionText, h.sourceId])).toEqual([["FSB", "21344"]]);
  });
});

describe.skipIf(!hasSharedLists)("GET /api/screen", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer({ store, publicRead: true });
  });
  afterAll(async () => app.close());

  it("returns hits with list, programmes, matched alias and explanation", async () => {
    const res = await app.inject({ method: "GET", url: "/api/screen?name=Kim%20Jong-un&type=person" });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.query).toBe("Kim Jong-un");
    const hit = body.hits.find((h: { sourceId: string }) => h.sourceId === "20157");
    expect(hit).toMatchObject({ listId: "ofac-sdn", name: "KIM, Jong Un", type: "person" });
    expect(hit.programmes).toContain("DPRK3");
    expect(Array.isArray(hit.explanation)).toBe(true);
  });

  it("asks for sign-in when the server is not open for public reading", async () => {
    const closed = await buildServer({ store });
    try {
      expect((await closed.inject({ method: "GET", url: "/api/screen?name=Kim" })).statusCode).toBe(401);
    } finally {
      await closed.close();
    }
  });

  it("rejects a missing name or an unknown type with a 400", async () => {
    expect((await app.inject({ method: "GET", url: "/api/screen" })).statusCode).toBe(400);
    expect((await app.inject({ method: "GET", url: "/api/screen?name=x&type=vessel" })).statusCode).toBe(400);
  });
});
