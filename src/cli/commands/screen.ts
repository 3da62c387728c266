import type { Command } from "commander";
import { DB_HELP } from "../options.ts";

/** `flowwatch screen NAME`: matches a name against every imported sanctions list. */
export function register(program: Command): void {
  program
    .command("screen")
    .description(
      "screen a name against the imported sanctions lists (see `flowwatch lists import`); " +
        "--file screens a CSV of FtM-shaped queries (name, schema, birthDate, nationality, country, identifier)",
    )
    .argument("[name...]", "the name to screen (words are joined)")
    .option("--file <csv>", "batch: one query per row; results as CSV (or --format json)")
    .option("--format <format>", "with --file: csv or json", "csv")
    .option("--type <type>", "person or organization")
    .option("--limit <n>", "most hits to show", "10")
    .option("--threshold <score>", "lowest score shown (default: the name matcher's)")
    .option("--json", "print the result as JSON")
    .option("--db <db>", DB_HELP)
    .action(
      async (
        words: string[],
        opts: {
          type?: string;
          limit: string;
          threshold?: string;
          json?: boolean;
          db?: string;
          file?: string;
          format: string;
        },
      ) => {
        if (opts.type && opts.type !== "person" && opts.type !== "organization")
          throw new Error(`--type must be person or organization, got ${opts.type}`);
        const limit = Number(opts.limit);
        if (!Number.isInteger(limit) || limit < 1)
          throw new Error(`--limit must be a positive integer, got ${opts.limit}`);
        const threshold = opts.threshold === undefined ? undefined : Number(opts.threshold);
        if (threshold !== undefined && !(threshold >= 0 && threshold <= 1))
          throw new Error(`--threshold must be between 0 and 1, got ${opts.threshold}`);
        if (opts.file) {
          if (words.length) throw new Error("give either a name or --file, not both");
          const { screenFile } = await import("./screen-file.ts");
          const { defaultDb } = await import("../../store/index.ts");
          return screenFile(opts.file, { db: opts.db ?? defaultDb(), format: opts.format, limit, threshold });
        }
        if (words.length === 0) throw new Error("give a name to screen, or --file names.csv");
        const { screenName } = await import("../../resolve/screen.ts");
        const { withStore } = await import("../../store/index.ts");
        const { indexFileFor } = await import("../../resolve/names/index.ts");
        await withStore(opts, async (store, db) => {
          if ((await store.sanctions.listStatus()).length === 0)
            console.error("flowwatch: no sanctions lists imported yet (flowwatch lists import FILE...)");
          const result = await screenName(store, words.join(" "), {
            type: opts.type as "person" | "organization" | undefined,
            limit,
            threshold,
            indexFile: indexFileFor(db),
          });
          if (opts.json) return console.log(JSON.stringify(result, null, 2));
          if (result.hits.length === 0)
            console.log(`no list record matches "${result.query}" (threshold ${result.threshold})`);
          for (const h of result.hits) {
            console.log(
              `${h.score.toFixed(2)}  ${h.listId} ${h.sourceId}  ${h.name}  [${h.programmes.join(", ")}]${h.type === "person" && h.dob ? `  DOB ${h.dob}` : ""}`,
            );
            if (h.matchedAlias !== h.name) console.log(`      matched alias: ${h.matchedAlias}`);
            for (const line of h.explanation) console.log(`      ${line}`);
            if (h.entities.length) console.log(`      gazetteer: ${h.entities.map((e) => e.id).join(", ")}`);
          }
          if (result.entities.length)
            console.log(
              `registry: ${result.entities.map((e) => `${e.id} (${e.score.toFixed(2)})`).join(", ")}`,
            );
        });
      },
    );
}
