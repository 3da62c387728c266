// Reads list files from disk, recognises each one (by name, else by sniffing its first bytes) and
// groups OFAC companions (alt.csv, add.csv, sdn_comments.csv) with their sdn.csv.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { ImportProblem, ListImport } from "./types.ts";
import { parseOfac, type OfacFiles } from "./ofac.ts";
import { parseUnXml } from "./un.ts";
import { parseOpenSanctionsCsv, parseOpenSanctionsJsonl } from "./opensanctions.ts";
import { parseUkCsv } from "./uk.ts";

export type ListFileKind =
  | "ofac-sdn"
  | "ofac-alt"
  | "ofac-add"
  | "ofac-comments"
  | "un-xml"
  | "opensanctions-jsonl"
  | "opensanctions-csv"
  | "uk-csv";

const BY_NAME: Record<string, ListFileKind> = {
  "sdn.csv": "ofac-sdn",
  "alt.csv": "ofac-alt",
  "add.csv": "ofac-add",
  "sdn_comments.csv": "ofac-comments",
  "targets.simple.csv": "opensanctions-csv",
  "entities.ftm.json": "opensanctions-jsonl",
};

/** Recognises a list file from its name or, failing that, its first few kilobytes. */
export function detectListFile(file: string, head: string): ListFileKind | null {
  const byName = BY_NAME[path.basename(file).toLowerCase()];
  if (byName) return byName;
  const start = head.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("<")) return /<CONSOLIDATED_LIST\b/.test(start) ? "un-xml" : null;
  if (start.startsWith("{")) return /"schema"\s*:/.test(start) ? "opensanctions-jsonl" : null;
  const firstLine = start.split(/\r?\n/, 1)[0].toLowerCase();
  if (firstLine.startsWith("id,schema,name,aliases")) return "opensanctions-csv";
  if (
    /^(last updated|report date)/.test(firstLine) ||
    (firstLine.includes("name 6") && firstLine.includes("group id"))
  )
    return "uk-csv";
  // OFAC legacy files have no header: tell them apart by the shape of the first row.
  const m = /^(\d+),(.*)$/.exec(firstLine);
  if (m) {
    const commas = (firstLine.replace(/"[^"]*"/g, "").match(/,/g) ?? []).length;
    if (commas === 11) return "ofac-sdn";
    if (commas === 4 && /^\d+,\d+,"?[afn]ka"?,/.test(firstLine)) return "ofac-alt";
    if (commas === 5) return "ofac-add";
    if (commas === 1) return "ofac-comments";
  }
  return null;
}

/** A date written in a file or folder name (`ofac_sdn_20240503`, `un-2026-02-27.xml`). */
export function dateFromPath(file: string): string | null {
  const m = /(?:^|\D)(20\d\d)-?([01]\d)-?([0-3]\d)(?:\D|$)/.exec(file);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function decode(buf: Buffer, kind: ListFileKind): string {
  // OFAC's legacy CSVs are Latin-1; everything else is UTF-8.
  return kind.startsWith("ofac-") ? new TextDecoder("latin1").decode(buf) : buf.toString("utf8");
}

export interface ReadListsResult {
  imports: ListImport[];
  /** Files that could not be read or recognised. */
  problems: ImportProblem[];
}

/**
 * Reads and parses the given files. `published` overrides the publication date for formats that do
 * not carry one (OFAC CSV); otherwise a date in the path is used, then the file's modification time.
 */
export function readListFiles(files: string[], opts: { published?: string } = {}): ReadListsResult {
  const problems: ImportProblem[] = [];
  const imports: ListImport[] = [];
  const ofac: Array<{ kind: ListFileKind; file: string; text: string }> = [];
  const fallbackDate = (file: string) =>
    opts.published ?? dateFromPath(path.resolve(file)) ?? statSync(file).mtime.toISOString().slice(0, 10);

  for (const file of files) {
    if (/^cons_(prim|alt|add|comments)\.csv$/i.test(path.basename(file))) {
      // Same layout as sdn.csv, but a different list: importing it as ofac-sdn would replace the SDN list.
      problems.push({
        file,
        where: "file",
        message: "OFAC's consolidated non-SDN list is not supported; import sdn.csv",
      });
      continue;
    }
    let buf: Buffer;
    try {
      buf = readFileSync(file);
    } catch (err) {
      problems.push({
        file,
        where: "file",
        message: `cannot read: ${err instanceof Error ? err.message : String(err)}`,
      });
      continue;
    }
    const kind = detectListFile(file, buf.subarray(0, 4096).toString("latin1"));
    if (!kind) {
      problems.push({
        file,
        where: "file",
        message:
          "not a recognised list format (OFAC SDN CSV, UN XML, OpenSanctions JSON lines or CSV, UK OFSI CSV)",
      });
      continue;
    }
    const text = decode(buf, kind);
    if (kind.startsWith("ofac-")) ofac.push({ kind, file, text });
    else if (kind === "un-xml") imports.push(parseUnXml(file, text));
    else if (kind === "uk-csv") imports.push(parseUkCsv(file, text));
    else {
      const parsed =
        kind === "opensanctions-csv"
          ? parseOpenSanctionsCsv(file, text)
          : parseOpenSanctionsJsonl(file, text);
      parsed.published = opts.published ?? parsed.published ?? fallbackDate(file);
      imports.push(parsed);
    }
  }
  for (const im of imports) if (!im.published) im.published = fallbackDate(im.sourceFiles[0]);

  const sdns = ofac.filter((f) => f.kind === "ofac-sdn");
  for (const companion of ofac.filter((f) => f.kind !== "ofac-sdn")) {
    // A companion belongs to the sdn.csv in its own folder, else to the only sdn.csv given.
    const sameDir = sdns.filter((s) => path.dirname(s.file) === path.dirname(companion.file));
    const owner = sameDir.length === 1 ? sameDir[0] : sdns.length === 1 ? sdns[0] : null;
    if (!owner) {
      problems.push({
        file: companion.file,
        where: "file",
        message: "OFAC companion file given without a matching sdn.csv; ignored",
      });
      continue;
    }
    const group = ((owner as { group?: Partial<OfacFiles> }).group ??= {});
    const key = companion.kind === "ofac-alt" ? "alt" : companion.kind === "ofac-add" ? "add" : "comments";
    group[key] = { file: companion.file, text: companion.text };
  }
  for (const sdn of sdns) {
    const group = (sdn as { group?: Partial<OfacFiles> }).group ?? {};
    imports.push(parseOfac({ ...group, sdn: { file: sdn.file, text: sdn.text } }, fallbackDate(sdn.file)));
  }
  return { imports, problems };
}
