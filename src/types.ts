// The typed records that travel between stages. Every stage takes and returns these; only the
// edges (ingest reading files, store talking to a database, server/cli talking to people) do I/O.
// Vocabularies that are data (subjects, places, sources) live in src/reference/.

/** How a document arrived. */
export type SourceFormat = "txt" | "md" | "html" | "pdf" | "rss" | "jsonl";

/**
 * A source document after ingest: normalised text plus metadata. Immutable evidence: once stored
 * it is never edited, only annotated (claims, mentions, reviews point into it by character offset).
 */
export interface SourceDocument {
  /** Stable id. For files: the file name without extension (`seed003`); for feed/jsonl items: derived from url or hash. */
  id: string;
  /** sha256 hex of `text`; the same content ingested twice is stored once. */
  contentHash: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  /** Publication date, ISO 8601 (`2025-06-17`), or null when unknown. */
  published: string | null;
  /** Unicode-NFKC body text, paragraphs separated by a blank line, header lines removed. */
  text: string;
  format: SourceFormat;
  /** Where it came from on disk (file path, `file.jsonl:12`, `feed.xml#3`). */
  sourcePath: string | null;
  /** Language the text is read in (`en`, `ru`, `ko`), set at ingest; absent or null when unknown. */
  lang?: string | null;
}

/** A character range [start, end) in a document's `text`. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** 0-based index of the sentence in the document. */
  index: number;
  /** 0-based index of the paragraph the sentence is in. */
  paragraph: number;
  text: string;
}

export const QUALIFIERS = ["exact", "approx", "more_than", "at_least", "up_to", "range"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const EVENTS = [
  "deployment_planned",
  "deployment_reported",
  "stock_estimate",
  "entries",
  "revenue_estimate",
  "casualties",
  "other",
] as const;
export type EventType = (typeof EVENTS)[number];

/**
 * A claim subject: an id from the subject registry (data/reference/subjects.json, loaded by
 * src/reference/), e.g. `workers`, `troops`, `munitions`. Each belongs to one scoring group.
 */
export type Subject = string;
export type { SubjectGroupId as SubjectGroup } from "./reference/subjects.ts";

/** Whether a figure is a whole, a batch added to it, or a share of it ("a third batch of 6,000"). */
export const FIGURE_ROLES = ["total", "increment", "part"] as const;
export type FigureRole = (typeof FIGURE_ROLES)[number];

/** Which casualties a casualty figure counts: "600 killed" and "4,100 wounded" are different measures. */
export const CASUALTY_MEASURES = ["killed", "wounded", "killed_or_wounded"] as const;
export type CasualtyMeasure = (typeof CASUALTY_MEASURES)[number];

/** How the text commits to the figure. */
export type Modality = "asserted" | "reported" | "planned" | "alleged";

/**
 * A figure read from one sentence. The JSONL contract (`toContractClaim`) is a projection of this;
 * the store keeps all of it.
 */
export interface Claim {
  docId: string;
  /** The figure as stated; a range is `[low, high]`. */
  quantity: number | [number, number];
  qualifier: Qualifier;
  /** `persons`, `USD`, `USD/month`, `USD/year`, `percent`, `visas`, `rounds`, `containers`, … */
  unit: string;
  subject: Subject;
  event: EventType;
  destination: string | null;
  /** The immediate source named in the text (first link of the chain), or null. */
  attributedTo: string | null;
  /** Sources from nearest to origin: "JoongAng, citing Yonhap, citing the NIS" → [JoongAng, Yonhap, NIS]. */
  attributionChain: string[];
  /** ISO 8601 prefix (`2024`, `2025-06`, `2025-06-17`) or null. */
  time: string | null;
  modality: Modality;
  /** The sentence the claim was read from, verbatim from the document text. */
  evidence: string;
  /** Offsets of the evidence sentence in the document text. */
  sentence: Span;
  /** Offsets of the figure itself (e.g. "more than 13,000") in the document text. */
  span: Span;
  /** Total, increment or part (optional: older records have none; assessment must not take a batch for a total). */
  part?: FigureRole;
  /** For casualties: killed, wounded, or both together (optional). */
  measure?: CasualtyMeasure;
  /** How sure the extractor is, in [0, 1], from the rules that fired (optional). */
  confidence?: number;
}

/** One line of the claim contract (../shared/corpus/README.md). */
export interface ContractClaim {
  doc: string;
  quantity: number | [number, number];
  qualifier: Qualifier;
  unit: string;
  subject: Subject;
  event: EventType;
  destination: string | null;
  attributed_to: string | null;
  time: string | null;
  evidence: string;
  /** Extra, optional fields (the scorer ignores them). */
  part?: FigureRole;
  measure?: CasualtyMeasure;
  confidence?: number;
}

export function toContractClaim(c: Claim): ContractClaim {
  return {
    doc: c.docId,
    quantity: c.quantity,
    qualifier: c.qualifier,
    unit: c.unit,
    subject: c.subject,
    event: c.event,
    destination: c.destination,
    attributed_to: c.attributedTo,
    time: c.time,
    evidence: c.evidence,
    ...(c.part ? { part: c.part } : {}),
    ...(c.measure ? { measure: c.measure } : {}),
    ...(c.confidence !== undefined ? { confidence: c.confidence } : {}),
  };
}

export type EntityType = "person" | "organization" | "site" | "place" | "agency" | "outlet";

export interface Entity {
  /** Stable slug id, e.g. `org:mansudae-overseas-project-group`. */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Free-form identifiers: { country: "KP", ofac: "12345", un: "KPe.050" }. */
  identifiers: Record<string, string>;
  /** True for names first seen in a document and not in the gazetteer. */
  candidate?: boolean;
}

/** A place in a document where an entity is named. */
export interface Mention extends Span {
  docId: string;
  entityId: string;
  text: string;
}

// Sanctions-list records, shared by the importers (resolve/lists) and the store.
export const LIST_IDS = ["ofac-sdn", "un-sc", "uk-hmt", "opensanctions"] as const;
export type ListId = (typeof LIST_IDS)[number];

/** Entity identifier keys that name a sanctions list record, mapped to the list ids used by importers. */
export const IDENTIFIER_LISTS: Readonly<Record<string, ListId>> = {
  ofac: "ofac-sdn",
  un: "un-sc",
  uk: "uk-hmt",
  opensanctions: "opensanctions",
};

export type ListRecordType = "person" | "organization" | "vessel" | "aircraft" | "other";

/** One designated party as published by one list. */
export interface ListRecord {
  listId: ListId;
  /** The list's own id for the party: OFAC ent_num, UN reference number, OFSI group id, OpenSanctions id. */
  sourceId: string;
  type: ListRecordType;
  /** Primary name as the list spells it (`KIM, Jong Un`). */
  name: string;
  /** Other spellings, a.k.a./f.k.a. names and original-script names, without the primary name. */
  aliases: string[];
  /** Sanctions programmes or regimes (`DPRK3`, `RUSSIA-EO14024`, `DPRK`, `Russia`). */
  programmes: string[];
  dob?: string;
  nationality?: string;
  remarks?: string;
  /** ISO date the party was listed, when the list says. */
  listedOn?: string;
  addresses?: string[];
}

/** A record the importer could not read; it is skipped and the rest of the file is imported. */
export interface ImportProblem {
  file: string;
  /** `line 12`, `INDIVIDUAL #3`, … */
  where: string;
  message: string;
  /**
   * The file as a whole cannot be trusted (not well-formed, cut short, empty): nothing from this
   * list is stored. Without it the problem is one rejected row (or a notice when `where` is "file").
   */
  fatal?: boolean;
}

/** Everything read from one list's files. */
export interface ListImport {
  listId: ListId;
  /** Publication date of this version of the list (ISO date or timestamp), null when unknown. */
  published: string | null;
  sourceFiles: string[];
  records: ListRecord[];
  problems: ImportProblem[];
}

// Assessment inputs and analyst records, shared by the assessment stage and the store.

/** Document metadata the assessment needs (a StoredDocument or SourceDocument fits). */
export interface AssessDocument {
  id: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  text: string;
}

export type Reliability = "A" | "B" | "C" | "D" | "E" | "F";

/** Analyst overrides: origin id → grade, with an optional reason. */
export type ReliabilityOverrides = Record<string, Reliability | { grade: Reliability; reason?: string }>;

/** A designated party named in a document, as the assessment attaches it to findings. */
export interface PartyHit {
  docId: string;
  name: string;
  listId: string;
  programmes: string[];
  score: number;
  /** Where the party is named in the document; hits without it are looked up by name. */
  span?: { start: number; end: number };
  /** The list record's entity type (`person`, `organization`, `vessel`, …) when known. */
  type?: string;
  /** The list record id and the registry entity it is linked to, when known. */
  sourceId?: string;
  entityId?: string | null;
  /** Why the party is attached to a finding (set by actingParties). */
  role?: string;
}

/** One entry of the append-only corrections / right-of-reply log on a finding. */
export interface CorrectionEntry {
  seq: number;
  at: string;
  findingId: string;
  kind: "correction" | "right_of_reply" | "note";
  author: string;
  text: string;
}
