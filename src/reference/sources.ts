// Sources: the reliability table (data/reliability/sources.json: origin ids, kinds and their default
// Admiralty grades) and the named bodies the extractor gives canonical names (data/gazetteer/
// agencies.json, outlets.json, people.json).
import { ReferenceDataError, arrayOf, object, readReferenceJson, str } from "./read.ts";

type Grade = "A" | "B" | "C" | "D" | "E" | "F";
const grade = str({ enum: ["A", "B", "C", "D", "E", "F"] });

export interface SourceTableData {
  kinds: Record<string, { grade: Grade; reason: string }>;
  sources: { id: string; name: string; kind: string; aliases: string[]; grade?: Grade; reason?: string }[];
}
const sourcesFile = object(
  {
    $comment: str(),
    kinds: {
      type: "object",
      additionalProperties: object({ grade, reason: str() }, ["grade", "reason"]),
    },
    sources: arrayOf(
      object(
        {
          id: str({ minLength: 1 }),
          name: str({ minLength: 1 }),
          kind: str({ minLength: 1 }),
          aliases: arrayOf(str()),
          grade,
          reason: str(),
        },
        ["id", "name", "kind", "aliases"],
        true,
      ),
    ),
  },
  ["kinds", "sources"],
);

export function loadSourceTable(file: string): SourceTableData {
  const table = readReferenceJson<SourceTableData>(file, sourcesFile);
  const ids = new Set<string>();
  for (const s of table.sources) {
    if (!table.kinds[s.kind])
      throw new ReferenceDataError(file, `source "${s.id}" has unknown kind "${s.kind}"`);
    if (ids.has(s.id)) throw new ReferenceDataError(file, `source "${s.id}" is listed twice`);
    ids.add(s.id);
  }
  return table;
}

/** An entity seed of data/gazetteer/ (agency, outlet, person, organisation, place, site); other fields kept. */
export interface Body {
  type: string;
  name: string;
  country?: string;
  aliases?: string[];
}
const bodiesFile = arrayOf(
  object(
    { type: str({ minLength: 1 }), name: str({ minLength: 1 }), country: str(), aliases: arrayOf(str()) },
    ["type", "name"],
    true,
  ),
);

/** Named bodies (agencies, outlets, people) from the entity gazetteer files, in file order. */
export function loadBodies(files: readonly string[]): Body[] {
  return files.flatMap((f) => readReferenceJson<Body[]>(f, bodiesFile));
}
