import type { Command } from "commander";
import { addReadOptions, readSettings, type ReadCliOptions } from "../ingest-options.ts";

interface ExtractOptions extends ReadCliOptions {
  format: string;
  stats?: boolean;
  debug?: boolean;
}

/** Writes to stdout, waiting when the pipe is full, so memory stays flat on large inputs. */
async function write(s: string): Promise<void> {
  if (!process.stdout.write(s)) await new Promise((r) => process.stdout.once("drain", r));
}

/** `flowwatch extract --format jsonl PATH...`: prints contract claims, no database. */
export function register(program: Command): void {
  const cmd = program
    .command("extract")
    .description("extract figure claims from documents and print them in the claim contract format")
    .argument("<paths...>", "files or directories (.txt, .md, .html, .pdf, .jsonl, feeds)")
    .option("--format <format>", "jsonl (one claim per line) or json (an array)", "jsonl")
    .option("--stats", "print counts to stderr")
    .option("--debug", "print which parser/refiner kept or dropped each figure to stderr (one thread)");
  addReadOptions(cmd).action(async (paths: string[], opts: ExtractOptions) => {
    if (opts.format !== "jsonl" && opts.format !== "json")
      throw new Error(`--format must be jsonl or json, not "${opts.format}"`);
    const settings = readSettings(opts);
    if (opts.debug) return debugRun(paths, settings.limits);
    const { processFiles } = await import("../../pipeline/parallel.ts");
    let docs = 0;
    let failed = 0;
    let claims = 0;
    let first = true;
    if (opts.format === "json") await write("[");
    for await (const o of processFiles("extract", paths, settings)) {
      if ("error" in o) {
        failed++;
        console.error(`flowwatch extract: ${o.error.path}: ${o.error.reason}`);
        continue;
      }
      const r = o.result;
      docs += r.docs;
      failed += r.failed;
      claims += r.claims;
      for (const e of r.errors) console.error(`flowwatch extract: ${e}`);
      if (!r.lines.length) continue;
      if (opts.format === "jsonl") await write(r.lines.join("\n") + "\n");
      else {
        // The same bytes JSON.stringify(all, null, 2) would print, written as they come.
        const body = r.lines.map((l) => "  " + JSON.stringify(JSON.parse(l), null, 2).replace(/\n/g, "\n  "));
        await write((first ? "\n" : ",\n") + body.join(",\n"));
        first = false;
      }
    }
    if (opts.format === "json") await write(first ? "]\n" : "\n]\n");
    if (opts.stats) console.error(`documents ${docs}  failed ${failed}  claims ${claims}`);
    if (failed) process.exitCode = 1;
  });
}

/** `--debug`: one thread, each document's trace printed before its claims. */
async function debugRun(paths: string[], limits: ReturnType<typeof readSettings>["limits"]): Promise<void> {
  const [{ readDocuments }, { extractClaimsDebug }, { toContractClaim }] = await Promise.all([
    import("../../ingest/index.ts"),
    import("../../extract/index.ts"),
    import("../../types.ts"),
  ]);
  let failed = 0;
  for await (const r of readDocuments(paths, { limits })) {
    if (!r.ok) {
      failed++;
      console.error(`flowwatch extract: ${r.path}: ${r.reason}`);
      continue;
    }
    const d = extractClaimsDebug({
      id: r.doc.id,
      text: r.doc.text,
      published: r.doc.published,
      title: r.doc.title,
    });
    for (const t of d.trace)
      console.error(
        `[${r.doc.id} s${t.sentence}] ${t.step} ${t.action} ${JSON.stringify(t.figure)}: ${t.detail}`,
      );
    for (const c of d.claims) process.stdout.write(JSON.stringify(toContractClaim(c)) + "\n");
  }
  if (failed) process.exitCode = 1;
}
