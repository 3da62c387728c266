// The claim vocabulary the dashboard filters and labels with, read once from GET /api/vocabulary:
// the server's subject registry (src/reference/), so a subject added there appears here with its
// label and group, and no list is copied into the browser code.
import { getJson } from "./lib/api.ts";

export interface Vocabulary {
  groups: { id: string; subjects: string[] }[];
  subjects: { id: string; group: string; unit: string; label: Record<string, string> }[];
  qualifiers: string[];
  events: string[];
}

let loaded: Vocabulary | null = null;
let pending: Promise<Vocabulary> | null = null;

/** Fetches the vocabulary the first time (app.ts awaits this before rendering a view). */
export function loadVocabulary(): Promise<Vocabulary> {
  if (loaded) return Promise.resolve(loaded);
  pending ??= getJson<Vocabulary>("/api/vocabulary").then(
    (v) => (loaded = v),
    (err: unknown) => {
      pending = null;
      throw err;
    },
  );
  return pending;
}

/** The loaded vocabulary; views run after app.ts has loaded it. */
export function vocabulary(): Vocabulary {
  if (!loaded) throw new Error("the vocabulary is not loaded yet (app.ts loads it before any view)");
  return loaded;
}

/** Subjects by scoring group, in the registry's order. */
export function subjectGroups(v: Vocabulary = vocabulary()): Record<string, string[]> {
  return Object.fromEntries(v.groups.map((g) => [g.id, g.subjects]));
}

/** The registry's English label for a subject ("IT workers"), or the id with spaces for one it lacks. */
export function subjectLabel(id: string, v: Vocabulary | null = loaded): string {
  return v?.subjects.find((s) => s.id === id)?.label.en ?? id.replaceAll("_", " ");
}
