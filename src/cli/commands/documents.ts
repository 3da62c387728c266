import type { Command } from "commander";
import { DB_HELP, pagingOptions } from "../options.ts";

interface DocumentsOptions {
  db?: string;
  limit: string;
  offset: string;
  json?: boolean;
}

/** `flowwatch documents`: the stored documents, newest first, with their claim counts. */
export function register(program: Command): void {
  program
    .command("documents")
    .description("list stored documents, newest first, with their claim counts")
    .option("--db <db>", DB_HELP)
    .option("--limit <n>", "most documents to show", "50")
    .option("--offset <n>", "documents to skip", "0")
    .option("--json", "print the page as JSON")
    .action(async (opts: DocumentsOptions) => {
      const { limit, offset } = pagingOptions(opts);
      const { withStore } = await import("../../store/index.ts");
      const { terminalSafe } = await import("../ingest-report.ts");
      await withStore(opts, async (store) => {
        const page = await store.listDocuments({ limit, offset });
        if (opts.json) {
          console.log(JSON.stringify(page, null, 2));
          return;
        }
        for (const d of page.items) {
          const cols = [
            d.id,
            d.published ?? "undated",
            `${d.claimCount} claims`,
            d.outlet ?? "-",
            d.title ?? "",
          ];
          console.log(terminalSafe(cols.join("\t")));
        }
        console.log(`${page.items.length} of ${page.total} documents`);
      });
    });
}
