// Options several commands share: where the database is, and paging.

export const DB_HELP = "SQLite file or postgres:// URL (default $FLOWWATCH_DB or ./data/flowwatch.db)";

/** Reads `--limit` and `--offset`, refusing anything but whole numbers ≥ 0. */
export function pagingOptions(opts: { limit: string; offset: string }): { limit: number; offset: number } {
  const limit = Number(opts.limit);
  const offset = Number(opts.offset);
  if (!Number.isInteger(limit) || limit < 0)
    throw new Error(`--limit must be an integer ≥ 0, got "${opts.limit}"`);
  if (!Number.isInteger(offset) || offset < 0) {
    throw new Error(`--offset must be an integer ≥ 0, got "${opts.offset}"`);
  }
  return { limit, offset };
}
