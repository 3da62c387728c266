// UK consolidated list (OFSI "ConList.csv" layout): a title row (`Last Updated,27/02/2025`), then a
// header row, then one row per name. Rows sharing a Group ID are one party: the row whose Alias
// Type is "Primary name" gives the name, the others are aliases.
import type { ImportProblem, ListImport, ListRecord, ListRecordType } from "./types.ts";
import { cleanAliases, isoDate } from "./types.ts";
import { readCsv } from "./csv.ts";

// Column names in the OFSI consolidated list, with the spellings used by the FCDO "UK Sanctions
// List" export as fallbacks, so either file can be read.
const COLUMNS: Record<string, string[]> = {
  "group id": ["group id", "ofsi group id", "unique id"],
  "group type": ["group type", "designation type", "entity type", "type"],
  "alias type": ["alias type", "name type"],
  dob: ["dob", "d.o.b", "date of birth"],
  "listed on": ["listed on", "date designated", "uk sanctions list date designated"],
  regime: ["regime", "regime name"],
  nationality: ["nationality", "nationality(/ies)", "nationalities"],
  "name non-latin script": ["name non-latin script"],
  "other information": ["other information"],
};
const REQUIRED = ["name 6", "group type", "group id"];

function groupType(raw: string): ListRecordType {
  const t = raw.trim().toLowerCase();
  if (t === "individual") return "person";
  if (t === "entity") return "organization";
  if (t === "ship") return "vessel";
  return "other";
}

export function parseUkCsv(file: string, text: string): ListImport {
  const problems: ImportProblem[] = [];
  let published: string | null = null;
  let header: string[] | null = null;
  const groups = new Map<string, { rec: ListRecord; names: string[]; hasPrimary: boolean }>();
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
    const where = `line ${row.line}`;
    if (!header) {
      const first = row.fields[0]?.trim().toLowerCase() ?? "";
      const isHeader = row.fields.some((f) => f.trim().toLowerCase() === "name 6");
      if (/^(last updated|report date)/.test(first) && !isHeader) {
        const date = row.fields.slice(1).find((f) => f.trim()) ?? first.replace(/^last updated:?/, "");
        const iso = isoDate(date.trim().replace(/^(last updated|report date):?\s*/i, ""));
        published = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : null;
        continue;
      }
      header = row.fields.map((h) => h.trim().toLowerCase());
      const missing = REQUIRED.filter((c) => !(COLUMNS[c] ?? [c]).some((name) => header!.includes(name)));
      if (missing.length) {
        problems.push({
          file,
          where,
          message: `header lacks ${missing.join(", ")}: not an OFSI consolidated list`,
          fatal: true,
        });
        break;
      }
      continue;
    }
    const get = (col: string) => {
      for (const name of COLUMNS[col] ?? [col]) {
        const i = header!.indexOf(name);
        if (i >= 0) return (row.fields[i] ?? "").trim();
      }
      return "";
    };
    const groupId = get("group id");
    if (!/^\d+$/.test(groupId)) {
      problems.push({ file, where, message: `Group ID is not a number: ${JSON.stringify(groupId)}` });
      continue;
    }
    // Name 1…5 are given names, Name 6 the surname (or the whole name of an entity).
    const given = ["name 1", "name 2", "name 3", "name 4", "name 5"].map(get).filter(Boolean).join(" ");
    const surname = get("name 6");
    const name = [given, surname].filter(Boolean).join(" ");
    if (!name) {
      problems.push({ file, where, message: `group ${groupId}: all name columns are empty` });
      continue;
    }
    const primary = /^primary name$/i.test(get("alias type"));
    let group = groups.get(groupId);
    if (!group) {
      const dob = get("dob");
      const listed = get("listed on");
      group = {
        rec: {
          listId: "uk-hmt",
          sourceId: groupId,
          type: groupType(get("group type")),
          name,
          aliases: [],
          programmes: get("regime") ? [get("regime")] : [],
          ...(dob ? { dob: isoDate(dob) } : {}),
          ...(get("nationality") ? { nationality: get("nationality") } : {}),
          ...(get("other information") ? { remarks: get("other information") } : {}),
          ...(listed ? { listedOn: isoDate(listed) } : {}),
        },
        names: [],
        hasPrimary: false,
      };
      groups.set(groupId, group);
    }
    if (primary && !group.hasPrimary) {
      group.names.push(group.rec.name);
      group.rec.name = name;
      group.hasPrimary = true;
    } else group.names.push(name);
    const nonLatin = get("name non-latin script");
    if (nonLatin) group.names.push(nonLatin);
    const regime = get("regime");
    if (regime && !group.rec.programmes.includes(regime)) group.rec.programmes.push(regime);
  }
  if (!header && problems.length === 0)
    problems.push({ file, where: "file", message: "no header row found", fatal: true });
  const records = [...groups.values()].map(({ rec, names }) => ({
    ...rec,
    aliases: cleanAliases(rec.name, names),
  }));
  return { listId: "uk-hmt", published, sourceFiles: [file], records, problems };
}
