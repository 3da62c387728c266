// Records every sanctions-list importer produces, whatever the source format.

export const LIST_IDS = ["ofac-sdn", "un-sc", "uk-hmt", "opensanctions"] as const;
export type ListId = (typeof LIST_IDS)[number];

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

export function describeProblem(p: ImportProblem): string {
  return `${p.file}: ${p.where}: ${p.message}`;
}

/** Keeps distinct, non-empty aliases that differ from the primary name (case-insensitive). */
export function cleanAliases(name: string, aliases: Iterable<string>): string[] {
  const seen = new Set([name.trim().toLowerCase()]);
  const out: string[] = [];
  for (const raw of aliases) {
    const alias = raw.replace(/\s+/g, " ").trim();
    const key = alias.toLowerCase();
    if (!alias || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

const MONTHS: Record<string, string> = {
  jan: "01",
  feb: "02",
  mar: "03",
  apr: "04",
  may: "05",
  jun: "06",
  jul: "07",
  aug: "08",
  sep: "09",
  oct: "10",
  nov: "11",
  dec: "12",
};

/** `08 Jan 1984` → `1984-01-08`, `Jan 1984` → `1984-01`, `1984` → `1984`, `27/02/2025` → `2025-02-27`; otherwise the input. */
export function isoDate(text: string): string {
  const t = text.trim();
  let m = /^(\d{1,2})[ -]([A-Za-z]{3})[a-z]*[ -](\d{4})$/.exec(t);
  if (m && MONTHS[m[2].toLowerCase()])
    return `${m[3]}-${MONTHS[m[2].toLowerCase()]}-${m[1].padStart(2, "0")}`;
  m = /^([A-Za-z]{3})[a-z]* (\d{4})$/.exec(t);
  if (m && MONTHS[m[1].toLowerCase()]) return `${m[2]}-${MONTHS[m[1].toLowerCase()]}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  return t;
}
