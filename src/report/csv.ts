// RFC 4180 CSV with a formula-injection guard: a text cell starting with = + - @ (or tab / CR,
// which some spreadsheets also treat as a formula lead) is prefixed with an apostrophe.

export type CsvValue = string | number | boolean | null | undefined | readonly string[];

const FORMULA_LEAD = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  let text: string;
  if (value === null || value === undefined) text = "";
  else if (typeof value === "number")
    text = Number.isFinite(value) ? String(value) : value > 0 ? "Infinity" : "";
  else if (typeof value === "boolean") text = value ? "true" : "false";
  else if (Array.isArray(value)) text = guard(value.join("; "));
  else text = guard(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function guard(text: string): string {
  return FORMULA_LEAD.test(text) ? `'${text}` : text;
}

/** A CSV document: header line, then one line per row, CRLF line ends. */
export function toCsv<T extends Record<string, CsvValue>>(rows: T[], columns?: (keyof T & string)[]): string {
  const cols = columns ?? (rows.length ? (Object.keys(rows[0]) as (keyof T & string)[]) : []);
  const lines = [cols.map((c) => csvCell(c)).join(",")];
  for (const row of rows) lines.push(cols.map((c) => csvCell(row[c])).join(","));
  return lines.join("\r\n") + "\r\n";
}
