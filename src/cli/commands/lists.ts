import type { Command } from "commander";
import { DB_HELP } from "../options.ts";
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function storeScreeningIndex(db: Kysely<any>, dbSpec: string): Promise<void> {
  const { storeAliasIndex } = await import("../../resolve/screen.ts");
  const { indexFileFor } = await import("../../resolve/names/index.ts");
  await storeAliasIndex(db, indexFileFor(dbSpec));
}

const MAX_PROBLEMS_SHOWN = 20;

/** `flowwatch lists import FILE...` and `flowwatch lists status`: sanctions lists in the store. */
export function register(program: Command): void {
  const lists = program
    .command("lists")
    .description("import sanctions lists (OFAC SDN, UN, UK OFSI, OpenSanctions) and show what is stored");

  lists
    .command("import")
    .description(
      "import list files; OFAC companions (alt.csv, add.csv, sdn_comments.csv) go with their sdn.csv",
    )
    .argument(
      "<files...>",
      "sdn.csv [alt.csv add.csv sdn_comments.csv], UN consolidated XML, OpenSanctions .json/.csv, OFSI ConList.csv",
    )
    .option("--db <db>", DB_HELP)
    .option("--force", "replace a stored list even with an older publication")
    .option(
      "--published <date>",
      "publication date for files that do not state one (OFAC CSV, OpenSanctions)",
    )
    .option("--json", "print the result as JSON")
    .action(
      async (files: string[], opts: { db?: string; force?: boolean; published?: string; json?: boolean }) => {
        if (opts.published && !/^\d{4}-\d{2}-\d{2}/.test(opts.published))
          throw new Error(`--published must be an ISO date (2025-02-27), got ${opts.published}`);
        const { readListFiles, describeProblem } = await import("../../resolve/lists/index.ts");
        const { saveListImport, openSanctionsStore, ListVersionError } =
          await import("../../store/sanctions.ts");
        const { defaultDb } = await import("../../store/open.ts");
        const { imports, problems } = readListFiles(files, { published: opts.published });
        for (const p of problems) console.error(`flowwatch: ${describeProblem(p)}`);
        const store = await openSanctionsStore(opts.db ?? defaultDb());
        const results: unknown[] = [];
        let failed = problems.length > 0 && imports.length === 0;
        try {
          for (const list of imports) {
            const shown = list.problems.slice(0, MAX_PROBLEMS_SHOWN);
            for (const p of shown)
              console.error(`flowwatch: ${p.where === "file" ? "warning" : "skipped"} ${describeProblem(p)}`);
            if (list.problems.length > shown.length)
              console.error(
                `flowwatch: … and ${list.problems.length - shown.length} more problems in ${list.listId}`,
              );
            try {
              const status = await saveListImport(store.kysely, list, { force: opts.force });
              results.push({ ...status, problems: list.problems });
              if (!opts.json) {
                console.log(
                  `${status.listId}: ${status.recordCount} records, ${status.aliasCount} aliases, published ${status.published ?? "unknown"}${list.problems.length ? `, ${list.problems.length} problems` : ""}`,
                );
              }
            } catch (err) {
              if (!(err instanceof ListVersionError)) throw err;
              console.error(`flowwatch: ${err.message}`);
              results.push({ listId: list.listId, refused: err.message });
              failed = true;
            }
          }
          // the screening index is built once here and stored beside the database (flowwatch screen loads it)
          await storeScreeningIndex(store.kysely, opts.db ?? defaultDb());
        } finally {
          await store.close();
        }
        if (opts.json) console.log(JSON.stringify(results, null, 2));
        if (failed) process.exitCode = 1;
      },
    );

  lists
    .command("status")
    .description("each stored list: publication date, record and alias counts, import time")
    .option("--db <db>", DB_HELP)
    .option("--json", "print as JSON")
    .action(async (opts: { db?: string; json?: boolean }) => {
      const { listStatus, openSanctionsStore } = await import("../../store/sanctions.ts");
      const { defaultDb } = await import("../../store/open.ts");
      const store = await openSanctionsStore(opts.db ?? defaultDb());
      try {
        const rows = await listStatus(store.kysely);
        if (opts.json) return console.log(JSON.stringify(rows, null, 2));
        if (rows.length === 0) return console.log("no lists imported yet: flowwatch lists import FILE...");
        console.log(["list", "published", "records", "aliases", "imported", "source"].join("\t"));
        for (const r of rows)
          console.log(
            [r.listId, r.published ?? "?", r.recordCount, r.aliasCount, r.importedAt, r.sourceFile].join(
              "\t",
            ),
          );
      } finally {
        await store.close();
      }
    });

  lists
    .command("rescreen")
    .description("screen the parties of every stored document again (after importing a new list version)")
    .option("--db <db>", DB_HELP)
    .action(async (opts: { db?: string }) => {
      const { openStore, defaultDb } = await import("../../store/open.ts");
      const { screenDocumentParties } = await import("../../resolve/screen.ts");
      const store = await openStore(opts.db ?? defaultDb());
      let documents = 0;
      let hits = 0;
      let failed = 0;
      try {
        for (let offset = 0; ; offset += 100) {
          const page = await store.listDocuments({ limit: 100, offset });
          for (const summary of page.items) {
            const doc = await store.getDocument(summary.id);
            if (!doc) continue;
            try {
              hits += (
                await screenDocumentParties(
                  store as unknown as Parameters<typeof screenDocumentParties>[0],
                  doc,
                )
              ).length;
              documents++;
            } catch (err) {
              // One bad document never stops the batch.
              failed++;
              console.error(
                `flowwatch: ${doc.id}: screening failed: ${err instanceof Error ? err.message : String(err)}`,
              );
            }
          }
          if (offset + page.items.length >= page.total || page.items.length === 0) break;
        }
      } finally {
        await store.close();
      }
      console.log(`screened ${documents} documents: ${hits} party hits${failed ? `, ${failed} failed` : ""}`);
      if (failed) process.exitCode = 1;
    });
}
