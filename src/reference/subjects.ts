// The subject registry (data/reference/subjects.json plus data/reference/nouns/<lang>.json): every
// claim subject once, with its scoring group, unit, the flow whose rules apply to it, its labels
// and the nouns it is counted in per language. Adding a subject is one entry here plus its nouns.
import { ReferenceDataError, arrayOf, object, readReferenceJson, str } from "./read.ts";

/** The contract's scoring groups (fixed: the scorer and the dashboard group by them). */
export const SUBJECT_GROUP_IDS = [
  "labor",
  "military",
  "casualties",
  "money",
  "share",
  "documents",
  "arms",
] as const;
export type SubjectGroupId = (typeof SUBJECT_GROUP_IDS)[number];
/** Which family of extraction and assessment rules a subject follows. */
export const FLOWS = ["labour", "military", "arms"] as const;
export type Flow = (typeof FLOWS)[number];

/** Text per language code; `en` is required where it is read. */
export type PerLanguage = Record<string, string>;
const perLanguage = {
  type: "object",
  propertyNames: { pattern: "^[a-z]{2}$" },
  additionalProperties: str({ minLength: 1 }),
};

export interface SubjectEntry {
  id: string;
  group: SubjectGroupId;
  unit: string;
  /** Counts people (sizes the map's circles; a count of one never qualifies). */
  people: boolean;
  flow: Flow | null;
  label: PerLanguage;
  /** The noun phrase a finding's statement uses ("North Korean workers"). */
  phrase: PerLanguage;
  /** Measure kinds a figure of this subject can count (casualties: killed, wounded, …). */
  measures?: string[];
}
const subjectSchema = object(
  {
    id: str({ pattern: "^[a-z][a-z0-9_]*$" }),
    group: str({ enum: [...SUBJECT_GROUP_IDS] }),
    unit: str({ minLength: 1 }),
    people: { type: "boolean" },
    flow: { enum: [...FLOWS, null] },
    label: perLanguage,
    phrase: perLanguage,
    measures: arrayOf(str()),
  },
  ["id", "group", "unit", "people", "flow", "label", "phrase"],
);
const subjectsFileSchema = object({ about: str(), subjects: arrayOf(subjectSchema) }, ["subjects"]);

export interface NounEntry {
  subject: string;
  /** A regular-expression alternative (see nouns/<lang>.json for how each language matches it). */
  pattern: string;
  /** English: only a subject when North Koreans are explicitly meant. */
  needsNationality?: boolean;
  /** English: only a subject in a military sentence. */
  needsMilitary?: boolean;
}
const nounSchema = object(
  {
    subject: str(),
    pattern: str({ minLength: 1 }),
    needsNationality: { type: "boolean" },
    needsMilitary: { type: "boolean" },
  },
  ["subject", "pattern"],
);
const nounsFile = object({ about: str(), nouns: arrayOf(nounSchema) }, ["nouns"]);

/** The registry as the stages use it: lookups and the sets the rules test membership of. */
export class SubjectRegistry {
  readonly ids: readonly string[];
  private readonly byId: ReadonlyMap<string, SubjectEntry>;
  /** Subjects that count people. */
  readonly people: ReadonlySet<string>;
  readonly labour: ReadonlySet<string>;
  readonly military: ReadonlySet<string>;
  readonly arms: ReadonlySet<string>;

  constructor(
    readonly entries: readonly SubjectEntry[],
    private readonly nounsByLang: Readonly<Record<string, readonly NounEntry[]>>,
  ) {
    this.ids = entries.map((s) => s.id);
    this.byId = new Map(entries.map((s) => [s.id, s]));
    const where = (f: (s: SubjectEntry) => boolean) => new Set(entries.filter(f).map((s) => s.id));
    this.people = where((s) => s.people);
    this.labour = where((s) => s.flow === "labour");
    this.military = where((s) => s.flow === "military");
    this.arms = where((s) => s.flow === "arms");
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }
  get(id: string): SubjectEntry | undefined {
    return this.byId.get(id);
  }
  group(id: string): SubjectGroupId | null {
    return this.byId.get(id)?.group ?? null;
  }
  unit(id: string): string | undefined {
    return this.byId.get(id)?.unit;
  }
  label(id: string, lang = "en"): string {
    const s = this.byId.get(id);
    return s?.label[lang] ?? s?.label.en ?? id.replace(/_/g, " ");
  }
  phrase(id: string, lang = "en"): string {
    const s = this.byId.get(id);
    return s?.phrase[lang] ?? s?.phrase.en ?? id.replace(/_/g, " ");
  }
  /** Subject ids by scoring group, in registry order (every group present, possibly empty). */
  groups(): Record<SubjectGroupId, string[]> {
    const out = Object.fromEntries(SUBJECT_GROUP_IDS.map((g) => [g, [] as string[]])) as Record<
      SubjectGroupId,
      string[]
    >;
    for (const s of this.entries) out[s.group].push(s.id);
    return out;
  }
  /** The nouns subjects are counted in, in the order they are tried. */
  nouns(lang: string): readonly NounEntry[] {
    return this.nounsByLang[lang] ?? [];
  }
  languages(): string[] {
    return Object.keys(this.nounsByLang);
  }
}

export function loadSubjects(subjectsFile: string, nounFiles: Record<string, string>): SubjectRegistry {
  const { subjects } = readReferenceJson<{ subjects: SubjectEntry[] }>(subjectsFile, subjectsFileSchema);
  const seen = new Set<string>();
  for (const s of subjects) {
    if (seen.has(s.id)) throw new ReferenceDataError(subjectsFile, `subject "${s.id}" is listed twice`);
    seen.add(s.id);
    if (!s.label.en) throw new ReferenceDataError(subjectsFile, `subject "${s.id}" has no English label`);
  }
  const nouns: Record<string, NounEntry[]> = {};
  for (const [lang, file] of Object.entries(nounFiles)) {
    nouns[lang] = readReferenceJson<{ nouns: NounEntry[] }>(file, nounsFile).nouns;
    nouns[lang].forEach((n, i) => {
      if (!seen.has(n.subject))
        throw new ReferenceDataError(
          file,
          `nouns[${i}] counts "${n.subject}", which is not in ${subjectsFile}`,
        );
      try {
        new RegExp(n.pattern, "iu");
      } catch (err) {
        throw new ReferenceDataError(file, `nouns[${i}].pattern: ${(err as Error).message}`);
      }
    });
  }
  return new SubjectRegistry(subjects, nouns);
}
