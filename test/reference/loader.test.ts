// The reference loader: every file checked, a bad one named in the error (never an empty table),
// and one gazetteer that the extractor, the assessment, the map and the API read alike.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { normalisePlace } from "../../src/assess/places.ts";
import { findPlaces } from "../../src/extract/index.ts";
import { DATA_DIR, loadReference, ReferenceDataError } from "../../src/reference/index.ts";
import { loadGazetteer } from "../../src/server/services/places.ts";
import { vocabularyOf } from "../../src/server/routes/vocabulary.ts";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "fw-reference-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of data/ with one file changed by `edit`; the error loading it. */
function loadWith(file: string, edit: (text: string) => string | null): unknown {
  const data = path.join(dir, `data-${Math.random().toString(36).slice(2)}`);
  cpSync(DATA_DIR, data, { recursive: true, filter: (src) => !src.endsWith(".db") });
  const target = path.join(data, file);
  const next = edit(readFileSync(target, "utf8"));
  if (next === null) rmSync(target);
  else writeFileSync(target, next);
  try {
    loadReference({ dataDir: data });
  } catch (err) {
    return err;
  }
  return null;
}

describe("loadReference", () => {
  it("loads the repository's data: subjects with English nouns, places, sources, provisions", () => {
    const ref = loadReference();
    expect(ref.subjects.ids).toContain("workers");
    expect(ref.subjects.nouns("en").length).toBeGreaterThan(10);
    expect(ref.places.get("Kursk")?.parent).toBe("Russia");
    expect(ref.sources.sources.length).toBeGreaterThan(5);
    expect(ref.provisions.some((p) => p.id === "2397-8")).toBe(true);
  });

  it("names a missing file instead of returning an empty table", () => {
    const err = loadWith("reference/places.json", () => null);
    expect(err).toBeInstanceOf(ReferenceDataError);
    expect(String(err)).toMatch(/places\.json: missing/);
  });

  it("names a file that is not JSON", () => {
    const err = loadWith("provisions/unscr.json", (t) => t.slice(0, 40));
    expect(String(err)).toMatch(/unscr\.json: not valid JSON/);
  });

  it("names the field that breaks the schema", () => {
    const err = loadWith("reference/subjects.json", (t) => t.replace('"unit": "persons"', '"unit": 7'));
    expect(String(err)).toMatch(/subjects\.json: \/subjects\/0\/unit must be string/);
  });

  it("rejects a noun for a subject the registry does not list", () => {
    const err = loadWith("reference/nouns/en.json", (t) =>
      t.replace('"subject": "workers"', '"subject": "labourers"'),
    );
    expect(String(err)).toMatch(
      /en\.json: nouns\[\d+\] counts "labourers", which is not in .*subjects\.json/,
    );
  });

  it("rejects a place whose parent is not in the gazetteer", () => {
    const err = loadWith("reference/places.json", (t) =>
      t.replace('"parent": "Tatarstan"', '"parent": "Tatarstan Republic"'),
    );
    expect(String(err)).toMatch(/places\.json: place "\w+" lies in "Tatarstan Republic"/);
  });

  it("rejects a source of an unknown kind", () => {
    const err = loadWith("reliability/sources.json", (t) =>
      t.replace('"kind": "national_intelligence"', '"kind": "spies"'),
    );
    expect(String(err)).toMatch(/sources\.json: source "[\w-]+" has unknown kind "spies"/);
  });
});

describe("one gazetteer", () => {
  const ref = loadReference();

  it("gives Kazan one place: a city in Tatarstan for the extractor, the assessment, the map and the API", () => {
    const [found] = findPlaces("workers were sent to Kazan", ref.places);
    expect(found).toMatchObject({ name: "Kazan", kind: "region" }); // a city ranks like a region
    expect(normalisePlace("Kazan", ref.places)).toMatchObject({
      precision: "site",
      path: ["Russia", "Tatarstan", "Kazan"],
    });
    expect(loadGazetteer(ref).lookup("Kazan")?.feature).toBe("ru-tatarstan");
    const kazan = vocabularyOf(ref).places.find((p) => p.name === "Kazan");
    expect(kazan).toMatchObject({
      kind: "city",
      parent: "Tatarstan",
      feature: "ru-tatarstan",
      path: ["Russia", "Tatarstan", "Kazan"],
    });
  });

  it("keeps the short name claims use and the label the assessment shows", () => {
    expect(findPlaces("in Primorye", ref.places)[0].name).toBe("Primorsky");
    expect(normalisePlace("Primorsky", ref.places).name).toBe("Primorsky Krai");
    expect(loadGazetteer(ref).lookup("Primorsky")?.feature).toBe("ru-primorsky");
  });
});

describe("vocabularyOf", () => {
  it("lists every subject once in its group, with labels in English, Russian and Korean", () => {
    const v = vocabularyOf(loadReference());
    const grouped = v.groups.flatMap((g) => g.subjects);
    expect(grouped.sort()).toEqual(v.subjects.map((s) => s.id).sort());
    for (const s of v.subjects) expect(Object.keys(s.label).sort()).toEqual(["en", "ko", "ru"]);
    expect(v.subjects.find((s) => s.id === "casualties")?.measures).toEqual([
      "killed",
      "wounded",
      "killed_or_wounded",
    ]);
  });
});
