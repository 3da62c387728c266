import type { Command } from "commander";
import { DB_HELP } from "../options.ts";

interface ReportOptions {
  format: string;
  since?: string;
  topic?: string;
  out?: string;
  db?: string;
  overrides?: string;
  title?: string;
}

const FORMATS = ["md", "html", "pdf"];
const TOPICS = ["labor", "military", "money", "arms"];

/** `flowwatch report`: the analyst dossier (findings, estimates, charts, footnotes) as md, html or pdf. */
export function register(program: Command): void {
  program
    .command("report")
    .description(
      "write the dossier: executive summary, findings, estimate tables and charts, footnoted sources",
    )
    .option("--format <format>", `output format: ${FORMATS.join(" | ")}`, "md")
    .option("--since <date>", "only show periods from this date's year on")
    .option("--topic <topic>", `only one topic: ${TOPICS.join(" | ")}`)
    .option("--out <file>", "write to this file (required for pdf; otherwise stdout)")
    .option("--title <title>", "dossier title")
    .option(
      "--overrides <file>",
      "JSON file of analyst reliability overrides { originId: grade | { grade, reason } }",
    )
    .option("--db <db>", DB_HELP)
    .action(async (opts: ReportOptions) => {
      if (!FORMATS.includes(opts.format))
        throw new Error(`--format must be one of ${FORMATS.join(", ")}, got "${opts.format}"`);
      if (opts.topic && !TOPICS.includes(opts.topic))
        throw new Error(`--topic must be one of ${TOPICS.join(", ")}, got "${opts.topic}"`);
      if (opts.since && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(opts.since))
        throw new Error(`--since must be an ISO date (2025, 2025-06, 2025-06-17), got "${opts.since}"`);
      if (opts.format === "pdf" && !opts.out) throw new Error("--out FILE is required for --format pdf");
      const { defaultDb } = await import("../../store/index.ts");
      const { assessFromStore } = await import("../../report/from-store.ts");
      const { buildDossier } = await import("../../report/model.ts");
      // The whole store is assessed (origins and corroboration need the earlier reports too);
      // --since only narrows what the dossier shows.
      const run = await assessFromStore(opts.db ?? defaultDb(), { overridesFile: opts.overrides });
      try {
        for (const e of run.errors) console.error(`flowwatch report: skipped ${e}`);
        const dossier = buildDossier(run.snapshot, run.engine, {
          title: opts.title,
          since: opts.since ?? null,
          topic: (opts.topic as "labor") ?? null,
          corrections: run.corrections,
        });
        let output: string | Buffer;
        if (opts.format === "md") output = (await import("../../report/markdown.ts")).renderMarkdown(dossier);
        else {
          const html = (await import("../../report/html.ts")).renderHtml(dossier);
          output = opts.format === "pdf" ? await (await import("../../report/pdf.ts")).renderPdf(html) : html;
        }
        if (opts.out) {
          const { writeFileSync } = await import("node:fs");
          writeFileSync(opts.out, output);
          console.error(
            `flowwatch report: ${dossier.findings.length} findings, ${dossier.footnotes.length} footnotes → ${opts.out}`,
          );
        } else process.stdout.write(output);
      } finally {
        await run.store.close();
      }
    });
}
