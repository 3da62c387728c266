import type { Command } from "commander";
import { DB_HELP } from "../options.ts";

interface SearchOptions {
  db?: string;
  limit: string;
  json?: boolean;
}

/** `flowwatch search QUERY`: full-text search over stored documents. */
export function register(program: Command): void {
  program
    .command("search")
    .description('full-text search over stored documents (words all match; "phrases", prefix*, a OR b)')
    .argument("<query...>", "what to look for")
    .option("--db <db>", DB_HELP)
    .option("--limit <n>", "most hits to show", "10")
    .option("--json", "print the hits as JSON")
    .action(async (words: string[], opts: SearchOptions) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new Error(`--limit must be a positive integer, got "${opts.limit}"`);
      const { withStore } = await import("../../store/index.ts");
      const { terminalSafe } = await import("../ingest-report.ts");
      await withStore(opts, async (store) => {
        const { expandSearchQuery } = await import("../../resolve/names/expand-query.ts");
        // "Shoigu" also finds "Шойгу" and "쇼이구": every spelling the gazetteer knows
        const hits = await store.search(expandSearchQuery(words.join(" ")), { limit });
        if (opts.json) {
          console.log(JSON.stringify(hits, null, 2));
          return;
        }
        if (hits.length === 0) console.log("no matches");
        for (const h of hits) {
          const head = [h.docId, h.published ?? "undated", h.outlet, h.title].filter(Boolean).join("  ");
          console.log(terminalSafe(head));
          console.log(`    ${terminalSafe(h.snippet)}`);
        }
      });
    });
}
