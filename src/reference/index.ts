// Reference data, one home: the typed loader for everything under data/ the stages read (subjects
// and their nouns, places, sources and their grades, provisions). Load it once at the edge (CLI,
// server, worker) with loadReference() and pass it in; see docs/reference.md.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadPlaces, type Gazetteer } from "./places.ts";
import { loadProvisionCatalogue, type ProvisionEntry } from "./provisions.ts";
import { loadBodies, loadSourceTable, type Body, type SourceTableData } from "./sources.ts";
import { loadSubjects, type SubjectRegistry } from "./subjects.ts";

export { ReferenceDataError } from "./read.ts";
export { Gazetteer, placeToken, PLACE_KINDS, type PlaceEntry, type PlaceKindId } from "./places.ts";
export {
  SubjectRegistry,
  SUBJECT_GROUP_IDS,
  FLOWS,
  type Flow,
  type NounEntry,
  type SubjectEntry,
  type SubjectGroupId,
} from "./subjects.ts";
export type { ProvisionEntry } from "./provisions.ts";
export type { Body, SourceTableData } from "./sources.ts";

export interface Reference {
  subjects: SubjectRegistry;
  places: Gazetteer;
  provisions: readonly ProvisionEntry[];
  /** Reliability table: origins, kinds, default grades. */
  sources: SourceTableData;
  /** Named agencies, outlets and people the extractor gives canonical names. */
  bodies: readonly Body[];
  /** Where it was loaded from: `loadReference(reference.options)` loads it again (in a worker thread). */
  options: Required<ReferenceOptions>;
  /** Every entity seed of data/gazetteer/ (people, agencies, outlets, organisations, places, sites) with its aliases in every script. */
  entities: readonly Body[];
}

/** The repository's data/ folder. */
export const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

export interface ReferenceOptions {
  /** Folder with reliability/, provisions/, gazetteer/ and reference/ (default: the repository's data/). */
  dataDir?: string;
  /** Folder with subjects.json, nouns/<lang>.json and places.json (default: <dataDir>/reference). */
  referenceDir?: string;
  /** Languages whose noun lists to load (default: en, ru, ko). */
  languages?: readonly string[];
}

/** Reads and checks every reference file; throws ReferenceDataError naming the first bad file. */
export function loadReference(options: ReferenceOptions = {}): Reference {
  const dataDir = options.dataDir ?? DATA_DIR;
  const refDir = options.referenceDir ?? path.join(dataDir, "reference");
  const langs = options.languages ?? ["en", "ru", "ko"];
  return {
    options: { dataDir, referenceDir: refDir, languages: langs },
    subjects: loadSubjects(
      path.join(refDir, "subjects.json"),
      Object.fromEntries(langs.map((l) => [l, path.join(refDir, "nouns", `${l}.json`)])),
    ),
    places: loadPlaces(path.join(refDir, "places.json")),
    provisions: loadProvisionCatalogue(path.join(dataDir, "provisions", "unscr.json")),
    sources: loadSourceTable(path.join(dataDir, "reliability", "sources.json")),
    bodies: loadBodies(
      ["agencies.json", "outlets.json", "people.json"].map((f) => path.join(dataDir, "gazetteer", f)),
    ),
    entities: loadBodies(
      ["people", "agencies", "outlets", "organizations", "places", "sites"].map((f) =>
        path.join(dataDir, "gazetteer", `${f}.json`),
      ),
    ),
  };
}

let shared: Reference | null = null;
/**
 * The repository's reference data, loaded on first use. For entry points that have no reference
 * of their own to pass (the CLI, the bench, the default arguments of stage functions); this is the
 * only place in src/ that reads data/ for the stages.
 */
export function defaultReference(): Reference {
  shared ??= loadReference();
  return shared;
}
