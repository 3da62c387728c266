// OFAC SDN "legacy" CSV files: sdn.csv (the parties), with optional companions alt.csv (other
// names), add.csv (addresses) and sdn_comments.csv (remarks that overflowed sdn.csv's column).
// No header row; "-0-" marks an empty field; files are Latin-1.
import type { ImportProblem, ListImport, ListRecord, ListRecordType } from "./types.ts";
import { cleanAliases, isoDate, recordFieldProblem } from "./types.ts";
import { readCsv } from "./csv.ts";

export interface OfacFiles {
  sdn: { file: string; text: string };
  alt?: { file: string; text: string };
  add?: { file: string; text: string };
  comments?: { file: string; text: string };
}

const value = (raw: string | undefined): string => {
  const v = (raw ?? "").trim();
  return v === "-0-" ? "" : v;
};

function sdnType(raw: string): ListRecordType {
  switch (raw.toLowerCase()) {
    case "individual":
      return "person";
    case "vessel":
      return "vessel";
    case "aircraft":
      return "aircraft";
    case "":
      return "organization";
    default:
      return "other";
  }
}

/** `DPRK3] [RUSSIA-EO14024` → [`DPRK3`, `RUSSIA-EO14024`]. */
export function splitProgrammes(raw: string): string[] {
  return raw
    .split(/\]\s*\[/)
    .map((p) => p.replace(/^\[|\]$/g, "").trim())
    .filter(Boolean);
}

/** Reads DOB, nationality and a.k.a. names out of an SDN remarks string. */
export function parseRemarks(remarks: string): { dob?: string; nationality?: string; aliases: string[] } {
  const out: { dob?: string; nationality?: string; aliases: string[] } = { aliases: [] };
  for (const m of remarks.matchAll(/\b[afn]\.k\.a\.,?\s*'([^']+)'/g)) out.aliases.push(m[1]);
  const dob = /(?:^|;\s*)DOB ([^;]+)/.exec(remarks);
  if (dob) out.dob = isoDate(dob[1].replace(/^circa\s+/i, "").trim());
  const nat = /(?:^|;\s*)nationality ([^;]+)/.exec(remarks);
  if (nat) out.nationality = nat[1].trim().replace(/\.$/, "");
  return out;
}

const FILE_ROW_WIDTH = { sdn: 12, alt: 5, add: 6, comments: 2 } as const;

function rows(
  part: { file: string; text: string },
  kind: keyof typeof FILE_ROW_WIDTH,
  problems: ImportProblem[],
): Array<{ line: number; fields: string[]; entNum: string }> {
  const out: Array<{ line: number; fields: string[]; entNum: string }> = [];
  const min = kind === "sdn" ? 4 : kind === "alt" ? 4 : 2;
  for (const row of readCsv(part.text)) {
    if (row.unterminated) {
      problems.push({
        file: part.file,
        where: `line ${row.line}`,
        message: "a quoted field is never closed: the file is cut short",
        fatal: true,
      });
      break;
    }
    const entNum = row.fields[0]?.trim() ?? "";
    if (!/^\d+$/.test(entNum)) {
      problems.push({
        file: part.file,
        where: `line ${row.line}`,
        message: `ent_num is not a number: ${JSON.stringify(entNum.slice(0, 40))}`,
      });
      continue;
    }
    if (row.fields.length < min) {
      problems.push({
        file: part.file,
        where: `line ${row.line}`,
        message: `expected ${FILE_ROW_WIDTH[kind]} fields, found ${row.fields.length}`,
      });
      continue;
    }
    if (row.fields.length > FILE_ROW_WIDTH[kind]) {
      problems.push({
        file: part.file,
        where: `line ${row.line}`,
        message: `expected ${FILE_ROW_WIDTH[kind]} fields, found ${row.fields.length}`,
      });
      continue;
    }
    out.push({ line: row.line, fields: row.fields, entNum });
  }
  return out;
}

export function parseOfac(files: OfacFiles, published: string | null): ListImport {
  const problems: ImportProblem[] = [];
  const byEnt = new Map<string, ListRecord & { extraAliases: string[]; line: number }>();
  const remarksByEnt = new Map<string, string>();

  for (const { line, fields, entNum } of rows(files.sdn, "sdn", problems)) {
    const name = value(fields[1]);
    if (!name) {
      problems.push({ file: files.sdn.file, where: `line ${line}`, message: "SDN_Name is empty" });
      continue;
    }
    if (byEnt.has(entNum)) {
      problems.push({ file: files.sdn.file, where: `line ${line}`, message: `duplicate ent_num ${entNum}` });
      continue;
    }
    const remarks = value(fields[11]);
    remarksByEnt.set(entNum, remarks);
    byEnt.set(entNum, {
      listId: "ofac-sdn",
      sourceId: entNum,
      type: sdnType(value(fields[2])),
      name,
      aliases: [],
      extraAliases: [],
      line,
      programmes: splitProgrammes(value(fields[3])),
    });
  }

  if (files.comments) {
    for (const { fields, entNum } of rows(files.comments, "comments", problems)) {
      if (!remarksByEnt.has(entNum)) continue; // comments from another version of the list
      remarksByEnt.set(entNum, remarksByEnt.get(entNum)! + value(fields[1]));
    }
  }

  let orphans = 0;
  if (files.alt) {
    for (const { fields, entNum } of rows(files.alt, "alt", problems)) {
      const rec = byEnt.get(entNum);
      const alias = value(fields[3]);
      if (!rec) orphans++;
      else if (alias) rec.extraAliases.push(alias);
    }
  }
  if (files.add) {
    for (const { fields, entNum } of rows(files.add, "add", problems)) {
      const rec = byEnt.get(entNum);
      if (!rec) continue;
      const address = [fields[2], fields[3], fields[4]].map(value).filter(Boolean).join(", ");
      if (address) (rec.addresses ??= []).push(address);
    }
  }
  if (orphans > 0 && files.alt) {
    problems.push({
      file: files.alt.file,
      where: "file",
      message: `${orphans} alias rows name an ent_num not in ${files.sdn.file} (companion files from another version?); ignored`,
    });
  }

  const records: ListRecord[] = [];
  for (const [entNum, { extraAliases, line, ...rec }] of byEnt) {
    const remarks = remarksByEnt.get(entNum) ?? "";
    const parsed = parseRemarks(remarks);
    const record: ListRecord = {
      ...rec,
      aliases: cleanAliases(rec.name, [...extraAliases, ...parsed.aliases]),
      ...(parsed.dob ? { dob: parsed.dob } : {}),
      ...(parsed.nationality ? { nationality: parsed.nationality } : {}),
      ...(remarks ? { remarks } : {}),
    };
    const bad = recordFieldProblem(record);
    if (bad) problems.push({ file: files.sdn.file, where: `line ${line}`, message: bad });
    else records.push(record);
  }
  const sourceFiles = [files.sdn, files.alt, files.add, files.comments].filter((f) => f).map((f) => f!.file);
  return { listId: "ofac-sdn", published, sourceFiles, records, problems };
}
