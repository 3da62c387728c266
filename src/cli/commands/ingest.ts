import type { Command } from "commander";
import { DB_HELP } from "../options.ts";
import { addReadOptions, readSettings, type ReadCliOptions } from "../ingest-options.ts";

/** `flowwatch ingest PATH...`: read, extract and store documents; exit 1 if any failed. */
export function register(program: Command): void {
  const cmd = program
    .command("ingest")
    .description("read documents (files, folders, .jsonl, feeds), extract their claims and store them")
    .argument("<paths...>", "files or folders to ingest")
    .option("--db <db>", DB_HELP);
  addReadOptions(cmd).action(async (paths: string[], opts: ReadCliOptions & { db?: string }) => {
    const settings = readSettings(opts);
    const { withStore } = await import("../../store/index.ts");
    const { ingestWithReport } = await import("../ingest-report.ts");
    await withStore(opts, async (store, db) => {
      const result = await ingestWithReport(store, paths, settings);
      if (result.errors > 0) process.exitCode = 1;
      // alerts: match what was just stored against the watchlists and deliver
      const { runAlertsAfter } = await import("../../alerts/run.ts");
      await runAlertsAfter(store, db, "ingest");
    });
  });
}
