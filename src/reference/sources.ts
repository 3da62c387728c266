// Sources: the reliability table (data/reliability/sources.json: origin ids, kinds and their default
// Admiralty grades) and the named bodies the extractor gives canonical names (data/gazetteer/
// agencies.json, outlets.json, people.json).
import Type, { type Static } from "typebox";
import { ReferenceDataError, readReferenceJson } from "./read.ts";

const Grade = Type.Union(["A", "B", "C", "D", "E", "F"].map((g) => Type.Literal(g)));

const SourcesFile = Type.Object({
  $comment: Type.Optional(Type.String()),
  kinds: Type.Record(Type.String(), Type.Object({ grade: Grade, reason: Type.String() })),
  sources: Type.Array(
    Type.Object({
      id: Type.String({ minLength: 1 }),
      name: Type.String({ minLength: 1 }),
      kind: Type.String({ minLength: 1 }),
      aliases: Type.Array(Type.String()),
      grade: Type.Optional(Grade),
      reason: Type.Optional(Type.String()),
    }),
  ),
});
export type SourceTableData = Static<typeof SourcesFile>;

export function loadSourceTable(file: string): SourceTableData {
  const table = readReferenceJson(file, SourcesFile);
  const ids = new Set<string>();
  for (const s of table.sources) {
    if (!table.kinds[s.kind])
      throw new ReferenceDataError(file, `source "${s.id}" has unknown kind "${s.kind}"`);
    if (ids.has(s.id)) throw new ReferenceDataError(file, `source "${s.id}" is listed twice`);
    ids.add(s.id);
  }
  return table;
}

const BodySchema = Type.Object({
  type: Type.String({ minLength: 1 }),
  name: Type.String({ minLength: 1 }),
  country: Type.Optional(Type.String()),
  aliases: Type.Optional(Type.Array(Type.String())),
});
export type Body = Static<typeof BodySchema>;

/** Named bodies (agencies, outlets, people) from the entity gazetteer files, in file order. */
export function loadBodies(files: readonly string[]): Body[] {
  return files.flatMap((f) => readReferenceJson(f, Type.Array(BodySchema)));
}
