// The Security Council provisions a finding can bear on (data/provisions/unscr.json).
import Type, { type Static } from "typebox";
import { ReferenceDataError, readReferenceJson } from "./read.ts";

const ProvisionSchema = Type.Object({
  id: Type.String({ minLength: 1 }),
  resolution: Type.Number(),
  year: Type.Number(),
  paragraph: Type.String(),
  themes: Type.Array(Type.String()),
  binding: Type.Boolean(),
  summary: Type.String(),
  deadline: Type.Optional(Type.String()),
});
export type ProvisionEntry = Static<typeof ProvisionSchema>;

export function loadProvisionCatalogue(file: string): ProvisionEntry[] {
  const { provisions } = readReferenceJson(
    file,
    Type.Object({ $comment: Type.Optional(Type.String()), provisions: Type.Array(ProvisionSchema) }),
  );
  const ids = new Set<string>();
  for (const p of provisions) {
    if (ids.has(p.id)) throw new ReferenceDataError(file, `provision "${p.id}" is listed twice`);
    ids.add(p.id);
  }
  return provisions;
}
