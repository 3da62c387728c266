// Batch matching from a CSV file and results back as CSV rows. Input columns (header required,
// any order, case-insensitive): name (several names separated by "|"), and optionally key, schema,
// birthDate, nationality, country, identifier. One output row per result (or one empty row when a
// query has none), so a spreadsheet keeps every query.
import { MatchQueryError, parseMatchQuery, type MatchQuery } from "./query.ts";
import type { MatchResponse } from "./match.ts";

const COLUMNS = ["key", "name", "schema", "birthdate", "nationality", "country", "identifier"];

/** Queries of a CSV file already split into rows; errors name the file and the line. */
export function queriesFromCsv(file: string, rows: Array<{ line: number; fields: string[] }>): MatchQuery[] {
  if (rows.length === 0) throw new Error(`${file}: empty file (a header with a name column is needed)`);
  const header = rows[0].fields.map((h) => h.trim().toLowerCase());
  const at = (c: string) => header.indexOf(c);
  if (at("name") < 0)
    throw new Error(`${file}: the header needs a name column (found: ${header.join(", ")})`);
  const unknown = header.filter((h) => h && !COLUMNS.includes(h));
  if (unknown.length)
    throw new Error(`${file}: unknown column(s) ${unknown.join(", ")}; known: ${COLUMNS.join(", ")}`);
  const split = (v: string | undefined) =>
    (v ?? "")
      .split("|")
      .map((x) => x.trim())
      .filter(Boolean);
  const queries: MatchQuery[] = [];
  for (const { line, fields } of rows.slice(1)) {
    if (fields.every((f) => !f.trim())) continue;
    const cell = (c: string) => (at(c) >= 0 ? fields[at(c)] : undefined);
    const key = cell("key")?.trim() || String(line);
    try {
      queries.push(
        parseMatchQuery(key, {
          schema: cell("schema")?.trim() || "Thing",
          properties: {
            name: split(cell("name")),
            birthDate: split(cell("birthdate")),
            nationality: split(cell("nationality")),
            country: split(cell("country")),
            identifier: split(cell("identifier")),
          },
        }),
      );
    } catch (err) {
      if (err instanceof MatchQueryError) throw new Error(`${file} line ${line}: ${err.message}`);
      throw err;
    }
  }
  return queries;
}

export const RESULT_COLUMNS = [
  "key",
  "query_name",
  "rank",
  "list_id",
  "source_id",
  "caption",
  "score",
  "match",
  "name_score",
  "dob",
  "country",
  "identifier",
  "matched_alias",
  "programmes",
];

/** One row per result, in RESULT_COLUMNS order. */
export function resultRows(responses: MatchResponse[]): unknown[][] {
  const rows: unknown[][] = [];
  for (const r of responses) {
    const name = r.query.names.join(" | ");
    if (r.results.length === 0) rows.push([r.key, name, 0, "", "", "", "", false, "", "", "", "", "", ""]);
    r.results.forEach((x, i) =>
      rows.push([
        r.key,
        name,
        i + 1,
        x.listId,
        x.sourceId,
        x.caption,
        x.score.toFixed(3),
        x.match,
        x.features.name?.toFixed(3) ?? "",
        x.features.dob ?? "",
        x.features.country ?? "",
        "identifier" in x.features ? "match" : "",
        x.matchedAlias,
        x.programmes.join("; "),
      ]),
    );
  }
  return rows;
}
