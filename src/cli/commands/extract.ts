import type { Command } from "commander";

/** `flowwatch extract --format jsonl PATH...`: prints contract claims, no database. */
export function register(program: Command): void {
  program
    .command("extract")
    .description("extract figure claims from documents and print them in the claim contract format")
    .argument("<paths...>", "files or directories (.txt, .md, .html, .pdf, .jsonl, feeds)")
    .option("--format <format>", "jsonl (one claim per line) or json (an array)", "jsonl")
    .option("--stats", "print counts to stderr")
    .option("--debug", "print which parser/refiner kept or dropped each figure to stderr")
    .action(async (paths: string[], opts: { format: string; stats?: boolean; debug?: boolean }) => {
      if (opts.format !== "jsonl" && opts.format !== "json")
        throw new Error(`--format must be jsonl or json, not "${opts.format}"`);
      const [{ readDocuments }, { extractClaims, extractClaimsDebug }, { toContractClaim }] =
        await Promise.all([
          import("../../ingest/index.ts"),
          import("../../extract/index.ts"),
          import("../../types.ts"),
        ]);
      let docs = 0;
      let failed = 0;
      let claims = 0;
      const all: unknown[] = [];
      for await (const r of readDocuments(paths)) {
        if (!r.ok) {
          failed++;
          console.error(`flowwatch extract: ${r.path}: ${r.reason}`);
          continue;
        }
        docs++;
        const input = { id: r.doc.id, text: r.doc.text, published: r.doc.published, title: r.doc.title };
        let found;
        try {
          if (opts.debug) {
            const d = extractClaimsDebug(input);
            for (const t of d.trace)
              console.error(
                `[${r.doc.id} s${t.sentence}] ${t.step} ${t.action} ${JSON.stringify(t.figure)}: ${t.detail}`,
              );
            found = d.claims;
          } else found = extractClaims(input);
        } catch (err) {
          failed++;
          console.error(
            `flowwatch extract: ${r.doc.sourcePath ?? r.doc.id}: ${err instanceof Error ? err.message : String(err)}`,
          );
          continue;
        }
        claims += found.length;
        for (const c of found) {
          const line = toContractClaim(c);
          if (opts.format === "jsonl") process.stdout.write(JSON.stringify(line) + "\n");
          else all.push(line);
        }
      }
      if (opts.format === "json") process.stdout.write(JSON.stringify(all, null, 2) + "\n");
      if (opts.stats) console.error(`documents ${docs}  failed ${failed}  claims ${claims}`);
      if (failed) process.exitCode = 1;
    });
}
