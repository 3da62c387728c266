// Checks one parsed list before it may replace the stored version: a file that is cut short, empty
// or not well-formed stops the import (nothing stored); a record whose fields break the limits is
// rejected with where it stood, like the rows the parsers reject.
import type { ImportProblem, ListImport } from "./types.ts";
import { recordFieldProblem } from "./types.ts";

export interface CheckedList {
  /** The list with rejected records removed; store it only when `fatal` is empty. */
  list: ListImport;
  /** Reasons the whole list must not be stored. */
  fatal: ImportProblem[];
  /** Rows or records left out, each with its line (or record number). */
  rejected: ImportProblem[];
  /** File-level remarks that do not stop the import (companion rows from another version). */
  notices: ImportProblem[];
}

export function checkListImport(list: ListImport): CheckedList {
  const fatal = list.problems.filter((p) => p.fatal);
  const rejected = list.problems.filter((p) => !p.fatal && p.where !== "file");
  const notices = list.problems.filter((p) => !p.fatal && p.where === "file");
  const records = list.records.filter((r) => {
    const bad = recordFieldProblem(r);
    if (bad) rejected.push({ file: list.sourceFiles[0] ?? "?", where: `record ${r.sourceId}`, message: bad });
    return !bad;
  });
  if (records.length === 0 && fatal.length === 0)
    fatal.push({
      file: list.sourceFiles[0] ?? "?",
      where: "file",
      message: "no records: the file is empty or holds nothing this importer can read",
      fatal: true,
    });
  return { list: { ...list, records }, fatal, rejected, notices };
}
