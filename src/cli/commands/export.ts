import type { Command } from "commander";
import { DB_HELP } from "../options.ts";

interface ExportOptions {
  format: string;
  what: string;
  out?: string;
  db?: string;
  overrides?: string;
}

const FORMATS = ["csv", "json", "ftm"];
const WHATS = ["claims", "series", "findings", "entities"];

/** `flowwatch export`: claims, series, findings or entities as CSV, JSON, or FollowTheMoney JSON lines. */
export function register(program: Command): void {
  program
    .command("export")
    .description(
      "export claims, series, findings or entities as csv, json or FollowTheMoney (ftm) JSON lines",
    )
    .option("--format <format>", `${FORMATS.join(" | ")}`, "csv")
    .option("--what <what>", `${WHATS.join(" | ")} (ignored for ftm, which writes everything)`, "claims")
    .option("--out <file>", "write to this file instead of stdout")
    .option(
      "--overrides <file>",
      "JSON file of analyst reliability overrides { originId: grade | { grade, reason } }",
    )
    .option("--db <db>", DB_HELP)
    .action(async (opts: ExportOptions) => {
      if (!FORMATS.includes(opts.format))
        throw new Error(`--format must be one of ${FORMATS.join(", ")}, got "${opts.format}"`);
      if (!WHATS.includes(opts.what))
        throw new Error(`--what must be one of ${WHATS.join(", ")}, got "${opts.what}"`);
      const { defaultDb } = await import("../../store/index.ts");
      const { assessFromStore } = await import("../../report/from-store.ts");
      const run = await assessFromStore(opts.db ?? defaultDb(), { overridesFile: opts.overrides });
      try {
        for (const e of run.errors) console.error(`flowwatch export: skipped ${e}`);
        const source = {
          snapshot: run.snapshot,
          claim: (k: string) => run.engine.claim(k),
          document: (id: string) => run.engine.document(id),
          parties: run.parties,
          overrides: run.overrides,
          review: run.review,
        };
        let output: string;
        let count: number;
        if (opts.format === "ftm") {
          output = (await import("../../report/ftm.ts")).toFtmJsonLines(source);
          count = output.split("\n").filter(Boolean).length;
        } else {
          const { exportRows } = await import("../../report/exports.ts");
          const rows = exportRows(opts.what as "claims", source);
          count = rows.length;
          output =
            opts.format === "csv"
              ? (await import("../../report/csv.ts")).toCsv(rows)
              : JSON.stringify(rows, (_k, v) => (v === Infinity ? null : v), 2) + "\n";
        }
        if (opts.out) {
          const { writeFileSync } = await import("node:fs");
          writeFileSync(opts.out, output);
          // Like `report --out`: say what was written, since nothing else reaches the terminal.
          const what = opts.format === "ftm" ? "FollowTheMoney entities" : `${opts.what} rows`;
          const kb = Math.max(1, Math.round(Buffer.byteLength(output) / 1024));
          console.error(`flowwatch export: wrote ${count} ${what} (${opts.format}) to ${opts.out}, ${kb} KB`);
        } else process.stdout.write(output);
      } finally {
        await run.store.close();
      }
    });
}
