// OpenSanctions exports: FollowTheMoney entities as JSON lines (`entities.ftm.json`) and the
// flat `targets.simple.csv`. Only parties are kept (people, organisations, vessels, aircraft);
// FtM relation and detail entities (Sanction, Address, Ownership…) are skipped without complaint.
import type { ImportProblem, ListImport, ListRecord, ListRecordType } from "./types.ts";
import { cleanAliases } from "./types.ts";
import { readCsv } from "./csv.ts";

const SCHEMA_TYPES: Record<string, ListRecordType> = {
  Person: "person",
  Organization: "organization",
  Company: "organization",
  LegalEntity: "organization",
  PublicBody: "organization",
  Vessel: "vessel",
  Airplane: "aircraft",
};

const strings = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v == null ? [] : [v]).filter(
    (x): x is string => typeof x === "string" && x.trim() !== "",
  );

function latest(current: string | null, candidate: unknown): string | null {
  if (typeof candidate !== "string" || !candidate) return current;
  return current === null || candidate > current ? candidate : current;
}

export function parseOpenSanctionsJsonl(file: string, text: string): ListImport {
  const problems: ImportProblem[] = [];
  const records: ListRecord[] = [];
  let published: string | null = null;
  const lines = text.split("\n");
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const where = `line ${index + 1}`;
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(line) as Record<string, unknown>;
    } catch (err) {
      // A last line without its newline that does not parse is a file cut short.
      const cut = index === lines.length - 1 && !text.endsWith("\n");
      problems.push({
        file,
        where,
        message: `not valid JSON${cut ? " (the file is cut short)" : ""}: ${err instanceof Error ? err.message : String(err)}`,
        ...(cut ? { fatal: true } : {}),
      });
      return;
    }
    if (!obj || typeof obj !== "object" || typeof obj.id !== "string" || typeof obj.schema !== "string") {
      problems.push({ file, where, message: "an entity needs string `id` and `schema`" });
      return;
    }
    const type = SCHEMA_TYPES[obj.schema];
    if (!type) return;
    const props = (obj.properties ?? {}) as Record<string, unknown>;
    const names = strings(props.name);
    if (names.length === 0) {
      problems.push({ file, where, message: `${obj.id}: properties.name is empty` });
      return;
    }
    published = latest(published, obj.last_change ?? obj.last_seen);
    const programmes = strings(props.program).length ? strings(props.program) : strings(obj.datasets);
    const dob = strings(props.birthDate).join("; ");
    const nationality = [...strings(props.nationality), ...strings(props.citizenship)].join("; ");
    const remarks = strings(props.notes).join(" ");
    const addresses = strings(props.address);
    const listedOn =
      strings(props.createdAt)[0] ?? (typeof obj.first_seen === "string" ? obj.first_seen : "");
    records.push({
      listId: "opensanctions",
      sourceId: obj.id,
      type,
      name: names[0],
      aliases: cleanAliases(names[0], [
        ...names.slice(1),
        ...strings(props.alias),
        ...strings(props.previousName),
        ...strings(props.weakAlias),
      ]),
      programmes,
      ...(dob ? { dob } : {}),
      ...(nationality ? { nationality } : {}),
      ...(remarks ? { remarks } : {}),
      ...(listedOn ? { listedOn: listedOn.slice(0, 10) } : {}),
      ...(addresses.length ? { addresses } : {}),
    });
  });
  return { listId: "opensanctions", published, sourceFiles: [file], records, problems };
}

const SIMPLE_HEADER = ["id", "schema", "name", "aliases"];

export function parseOpenSanctionsCsv(file: string, text: string): ListImport {
  const problems: ImportProblem[] = [];
  const records: ListRecord[] = [];
  let published: string | null = null;
  let header: string[] | null = null;
  for (const row of readCsv(text)) {
    if (row.unterminated) {
      problems.push({
        file,
        where: `line ${row.line}`,
        message: "a quoted field is never closed: the file is cut short",
        fatal: true,
      });
      break;
    }
    if (!header) {
      header = row.fields.map((h) => h.trim().toLowerCase());
      if (SIMPLE_HEADER.some((h, i) => header![i] !== h)) {
        problems.push({
          file,
          where: `line ${row.line}`,
          message: `header must start with ${SIMPLE_HEADER.join(",")}`,
          fatal: true,
        });
        break;
      }
      continue;
    }
    const get = (col: string) => (row.fields[header!.indexOf(col)] ?? "").trim();
    const where = `line ${row.line}`;
    if (row.fields.length !== header.length) {
      problems.push({ file, where, message: `expected ${header.length} fields, found ${row.fields.length}` });
      continue;
    }
    const id = get("id");
    const name = get("name");
    if (!id || !name) {
      problems.push({ file, where, message: "id and name are required" });
      continue;
    }
    const type = SCHEMA_TYPES[get("schema")] ?? "other";
    published = latest(published, get("last_change") || get("last_seen"));
    const split = (col: string) =>
      get(col)
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean);
    const programmes = split("sanctions").length ? split("sanctions") : split("dataset");
    records.push({
      listId: "opensanctions",
      sourceId: id,
      type,
      name,
      aliases: cleanAliases(name, split("aliases")),
      programmes,
      ...(get("birth_date") ? { dob: split("birth_date").join("; ") } : {}),
      ...(get("countries") ? { nationality: split("countries").join("; ") } : {}),
      ...(get("first_seen") ? { listedOn: get("first_seen").slice(0, 10) } : {}),
      ...(get("addresses") ? { addresses: split("addresses") } : {}),
    });
  }
  if (!header) problems.push({ file, where: "file", message: "empty file", fatal: true });
  return { listId: "opensanctions", published, sourceFiles: [file], records, problems };
}
