// Issue 11, defects 9 and 10: FtM parties by type, linked to the registry entity; the map table
// never sums estimates.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toFtmEntities } from "../../src/report/ftm.ts";

const snapshot = { series: [], findings: [], contradictions: [], circular: [], clusters: {} };
const hit = (name: string, type: string, sourceId: string, entityId: string | null) => ({
  docId: "d1",
  name,
  listId: "un-sc",
  programmes: ["DPRK"],
  score: 1,
  type,
  sourceId,
  entityId,
});

describe("FtM parties", () => {
  const entities = toFtmEntities({
    snapshot,
    claim: () => undefined,
    document: () => ({ title: "t", outlet: "o", published: "2025-01-01", url: null }),
    parties: [
      hit("PAK, Example", "person", "KPi.900", "person:example-pak"),
      hit("Example Shipping Co", "organization", "KPe.900", null),
      hit("EXAMPLE STAR", "vessel", "KPv.900", null),
      hit("Pak Example", "person", "12345", "person:example-pak"),
    ],
  });
  const bySchema = (schema: string) => entities.filter((e) => e.schema === schema);

  it("writes people as Person, bodies as Company, ships as Vessel", () => {
    expect(bySchema("Person").length).toBeGreaterThan(0);
    expect(bySchema("Company").map((e) => e.properties.name[0])).toEqual(["Example Shipping Co"]);
    expect(bySchema("Vessel")).toHaveLength(1);
    expect(bySchema("LegalEntity")).toHaveLength(0);
  });

  it("links list records to their registry entity", () => {
    const registry = entities.find((e) => e.referents?.length)!;
    expect(registry.schema).toBe("Person");
    expect(registry.referents).toHaveLength(2);
    for (const id of registry.referents!) {
      const link = entities.find((e) => e.schema === "UnknownLink" && e.properties.object?.[0] === id)!;
      expect(link.properties.subject).toEqual([registry.id]);
    }
  });
});

describe("map table", () => {
  it("shows the range of stated figures, never their sum", () => {
    const source = readFileSync(new URL("../../src/web/static/views/map.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/add up to/);
    expect(source).not.toMatch(/\bb\.sum\b/);
  });
});
