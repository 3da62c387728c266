// Sanctions-list importers: parse official list files into common `ListRecord`s.
export * from "./types.ts";
export { readCsv, type CsvRow } from "./csv.ts";
export { parseOfac, parseRemarks, splitProgrammes, type OfacFiles } from "./ofac.ts";
export { parseUnXml } from "./un.ts";
export { parseOpenSanctionsJsonl, parseOpenSanctionsCsv } from "./opensanctions.ts";
export { parseUkCsv } from "./uk.ts";
export {
  readListFiles,
  detectListFile,
  dateFromPath,
  type ListFileKind,
  type ReadListsResult,
} from "./load.ts";
export { checkListImport, type CheckedList } from "./validate.ts";
