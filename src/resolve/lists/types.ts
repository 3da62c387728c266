// Records every sanctions-list importer produces, whatever the source format.

// The record types live in src/types.ts (the store shares them); re-exported for the importers.
export { LIST_IDS } from "../../types.ts";
export type { ListId, ListRecordType, ListRecord, ImportProblem, ListImport } from "../../types.ts";
import type { ImportProblem, ListRecord } from "../../types.ts";

/** Largest field values a stored list record may hold (the real lists stay far below). */
export const FIELD_LIMITS = {
  name: 1000,
  alias: 1000,
  aliases: 2000,
  remarks: 50_000,
  address: 2000,
  addresses: 500,
  other: 1000,
} as const;

// NUL and other C0 controls (tab, newline and carriage return aside) never belong in a name.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Why a record cannot be stored (a control character, a field over its limit), or null. */
export function recordFieldProblem(r: ListRecord): string | null {
  const fields: Array<[string, string | undefined, number]> = [
    ["name", r.name, FIELD_LIMITS.name],
    ["source id", r.sourceId, FIELD_LIMITS.other],
    ["remarks", r.remarks, FIELD_LIMITS.remarks],
    ["date of birth", r.dob, FIELD_LIMITS.other],
    ["nationality", r.nationality, FIELD_LIMITS.other],
    ["listed on", r.listedOn, FIELD_LIMITS.other],
    ...r.aliases.map((a): [string, string, number] => ["alias", a, FIELD_LIMITS.alias]),
    ...r.programmes.map((p): [string, string, number] => ["programme", p, FIELD_LIMITS.other]),
    ...(r.addresses ?? []).map((a): [string, string, number] => ["address", a, FIELD_LIMITS.address]),
  ];
  for (const [label, value, max] of fields) {
    if (value === undefined) continue;
    if (CONTROL.test(value))
      return `${label} holds a control character (NUL?): ${JSON.stringify(value.slice(0, 40))}`;
    if (value.length > max) return `${label} is ${value.length} characters long (at most ${max})`;
  }
  if (r.aliases.length > FIELD_LIMITS.aliases)
    return `${r.aliases.length} aliases (at most ${FIELD_LIMITS.aliases})`;
  if ((r.addresses?.length ?? 0) > FIELD_LIMITS.addresses)
    return `${r.addresses!.length} addresses (at most ${FIELD_LIMITS.addresses})`;
  return null;
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
