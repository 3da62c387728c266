// `flowwatch screen --file names.csv`: batch matching of FtM-shaped queries (see
// src/resolve/match/batch.ts for the columns); results as CSV (default) or JSON on stdout.
import { readFileSync } from "node:fs";
import { parseCsvRows } from "./match.ts";

export async function screenFile(
  file: string,
  opts: { db: string; format: string; limit: number; threshold?: number },
): Promise<void> {
  if (opts.format !== "csv" && opts.format !== "json")
    throw new Error(`--format must be csv or json, got ${opts.format}`);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new Error(`${file}: cannot read: ${(err as Error).message}`);
  }
  const { queriesFromCsv, resultRows, RESULT_COLUMNS } = await import("../../resolve/match/batch.ts");
  const queries = queriesFromCsv(file, parseCsvRows(text));
  const { matchQueries } = await import("../../resolve/match/match.ts");
  const { withStore } = await import("../../store/index.ts");
  const { indexFileFor } = await import("../../resolve/names/index.ts");
  await withStore(opts, async (store) => {
    if ((await store.sanctions.listStatus()).length === 0)
      console.error("flowwatch: no sanctions lists imported yet (flowwatch lists import FILE...)");
    const responses = await matchQueries(store, queries, {
      limit: opts.limit,
      threshold: opts.threshold,
      indexFile: indexFileFor(opts.db),
    });
    if (opts.format === "json") {
      process.stdout.write(JSON.stringify({ responses }, null, 2) + "\n");
      return;
    }
    const { toCsv } = await import("../../server/csv.ts");
    process.stdout.write(toCsv(RESULT_COLUMNS, resultRows(responses)));
  });
}
