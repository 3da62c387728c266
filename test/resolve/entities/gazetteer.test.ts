import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  EntityRegistry,
  GazetteerError,
  loadGazetteer,
  loadRegistry,
  validateGazetteer,
} from "../../../src/resolve/entities/index.ts";

describe("the gazetteer", () => {
  it("loads every seed file into a registry of all six entity types", () => {
    const registry = loadRegistry();
    const types = new Set(registry.entities.map((e) => e.type));
    expect([...types].sort()).toEqual(["agency", "organization", "outlet", "person", "place", "site"]);
    expect(registry.get("org:mansudae-overseas-project-group-of-companies")?.identifiers).toMatchObject({
      ofac: "20578",
      un: "KPe.050",
      country: "KP",
    });
    expect(registry.get("person:kim-jong-un")?.aliases).toContain("김정은");
    expect(registry.linkedTo("ofac-sdn", "20157").map((e) => e.id)).toEqual(["person:kim-jong-un"]);
  });

  it("gives every alias to at most one entity of the same type", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of loadRegistry().entities) {
      for (const alias of [e.name, ...e.aliases]) {
        const key = `${e.type}|${alias.toLowerCase()}`;
        const other = seen.get(key);
        if (other && other !== e.id) clashes.push(`${alias}: ${other} / ${e.id}`);
        seen.set(key, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("names the file, the entry and the field of every problem", () => {
    const { entities, problems } = validateGazetteer("people.json", [
      { type: "person", name: "Good Person", aliases: ["G. Person"] },
      { type: "persn", name: "Typo Type" },
      { type: "person", name: "", country: "Korea" },
      { type: "place", name: "Somewhere", aliases: "not a list", colour: "red" },
      "not an object",
    ]);
    expect(entities.map((e) => e.id)).toEqual(["person:good-person"]);
    expect(problems).toEqual([
      expect.stringMatching(/^people\.json\[1\] \(Typo Type\): "type" must be one of/),
      expect.stringMatching(/^people\.json\[2\].*"name" must be a non-empty string/),
      expect.stringMatching(/^people\.json\[2\].*"country" must be a two-letter ISO code/),
      expect.stringMatching(/^people\.json\[3\] \(Somewhere\): unknown field "colour"/),
      expect.stringMatching(/^people\.json\[3\] \(Somewhere\): "aliases" must be an array/),
      "people.json[4]: expected an object",
    ]);
  });

  it("refuses a folder with invalid JSON or duplicate ids, listing all problems", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gazetteer-"));
    writeFileSync(path.join(dir, "a.json"), JSON.stringify([{ type: "outlet", name: "Test Wire" }]));
    writeFileSync(path.join(dir, "b.json"), JSON.stringify([{ type: "outlet", name: "Test  Wire!" }]));
    writeFileSync(path.join(dir, "c.json"), "[{");
    let error: unknown;
    try {
      loadGazetteer(dir);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(GazetteerError);
    const problems = (error as GazetteerError).problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/b\.json: duplicate entity id outlet:test-wire/);
    expect(problems[1]).toMatch(/c\.json: not valid JSON/);
  });

  it("refuses two entities with the same id in one registry", () => {
    const e = { id: "org:x", type: "organization" as const, name: "X", aliases: [], identifiers: {} };
    expect(() => new EntityRegistry([e, e])).toThrow(/duplicate id org:x/);
  });
});
