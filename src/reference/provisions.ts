// The Security Council provisions a finding can bear on (data/provisions/unscr.json).
import { ReferenceDataError, arrayOf, object, readReferenceJson, str } from "./read.ts";

export interface ProvisionEntry {
  id: string;
  resolution: number;
  year: number;
  paragraph: string;
  themes: string[];
  binding: boolean;
  summary: string;
  deadline?: string;
}
const provisionsFile = object(
  {
    $comment: str(),
    provisions: arrayOf(
      object(
        {
          id: str({ minLength: 1 }),
          resolution: { type: "number" },
          year: { type: "number" },
          paragraph: str(),
          themes: arrayOf(str()),
          binding: { type: "boolean" },
          summary: str(),
          deadline: str(),
        },
        ["id", "resolution", "year", "paragraph", "themes", "binding", "summary"],
      ),
    ),
  },
  ["provisions"],
);

export function loadProvisionCatalogue(file: string): ProvisionEntry[] {
  const { provisions } = readReferenceJson<{ provisions: ProvisionEntry[] }>(file, provisionsFile);
  const ids = new Set<string>();
  for (const p of provisions) {
    if (ids.has(p.id)) throw new ReferenceDataError(file, `provision "${p.id}" is listed twice`);
    ids.add(p.id);
  }
  return provisions;
}
