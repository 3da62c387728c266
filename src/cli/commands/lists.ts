import type { Command } from "commander";
import { DB_HELP } from "../options.ts";
import { DEFAULT_MAX_DROP, type Store } from "../../store/index.ts";

async function storeScreeningIndex(store: Store, dbSpec: string): Promise<void> {
  const { storeAliasIndex } = await import("../../resolve/screen.ts");
  const { indexFileFor } = await import("../../resolve/names/index.ts");
  await storeAliasIndex(store, indexFileFor(dbSpec));
}

interface ImportOptions {
  db?: string;
  force?: boolean;
  maxDrop: string;
  published?: string;
  json?: boolean;
}

/**
 * Reads, checks and stores each list; returns the exit code. A list whose file is cut short, empty
 * or malformed is not stored; any rejected row, refusal or unreadable file makes the exit code 1.
 */
async function importLists(
  files: string[],
  opts: Omit<ImportOptions, "maxDrop"> & { maxDrop: number },
): Promise<number> {
  const { readListFiles, describeProblem, checkListImport } = await import("../../resolve/lists/index.ts");
  const { ListRefusedError, withStore } = await import("../../store/index.ts");
  const { imports, problems } = readListFiles(files, { published: opts.published });
  for (const p of problems) console.error(`flowwatch: error: ${describeProblem(p)}`);
  let failed = problems.length > 0;
  const results: unknown[] = [];
  let saved = 0;
  await withStore(opts, async (store, db) => {
    for (const parsed of imports) {
      const { list, fatal, rejected, notices } = checkListImport(parsed);
      for (const p of notices) console.error(`flowwatch: warning: ${describeProblem(p)}`);
      // Every rejected row, with its line: an operator must be able to find each one.
      for (const p of rejected) console.error(`flowwatch: rejected ${describeProblem(p)}`);
      for (const p of fatal) console.error(`flowwatch: error: ${describeProblem(p)}`);
      if (rejected.length) failed = true;
      if (fatal.length) {
        console.error(`flowwatch: ${list.listId}: not imported; the stored version is unchanged`);
        results.push({ listId: list.listId, refused: fatal.map(describeProblem), problems: parsed.problems });
        failed = true;
        continue;
      }
      try {
        // The success point: this version now replaces the stored one (one transaction).
        const status = await store.sanctions.saveListImport(list, {
          force: opts.force,
          maxDrop: opts.maxDrop,
        });
        saved++;
        results.push({ ...status, rejected: rejected.length, problems: [...rejected, ...notices] });
        if (!opts.json)
          console.log(
            `${status.listId}: ${status.recordCount} records, ${status.aliasCount} aliases, published ${status.published ?? "unknown"}${rejected.length ? `, ${rejected.length} rows rejected` : ""}`,
          );
      } catch (err) {
        if (!(err instanceof ListRefusedError)) throw err;
        console.error(`flowwatch: ${err.message}`);
        results.push({ listId: list.listId, refused: [err.message] });
        failed = true;
      }
    }
    // the screening index is built once here, only when a list changed, and stored beside the
    // database (flowwatch screen loads it)
    if (saved > 0) await storeScreeningIndex(store, db);
  });
  if (opts.json) console.log(JSON.stringify(results, null, 2));
  if (saved > 0) {
    // alerts: designations added or removed by this import
    const { runAlertsAfter } = await import("../../alerts/run.ts");
    await withStore(opts, (alertStore, where) =>
      runAlertsAfter(alertStore, where, "lists import", (l) =>
        opts.json ? console.error(l) : console.log(l),
      ),
    );
  }
  return failed ? 1 : 0;
}

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
    .option(
      "--force",
      "replace a stored list even with an older publication or far fewer records than the stored one",
    )
    .option(
      "--max-drop <fraction>",
      "largest share of the stored records a new version may lose without --force",
      String(DEFAULT_MAX_DROP),
    )
    .option(
      "--published <date>",
      "publication date for files that do not state one (OFAC CSV, OpenSanctions)",
    )
    .option("--json", "print the result as JSON")
    .action(async (files: string[], opts: ImportOptions) => {
      if (opts.published && !/^\d{4}-\d{2}-\d{2}/.test(opts.published))
        throw new Error(`--published must be an ISO date (2025-02-27), got ${opts.published}`);
      const maxDrop = /^(0(\.\d+)?|1(\.0+)?)$/.test(opts.maxDrop) ? Number(opts.maxDrop) : NaN;
      if (Number.isNaN(maxDrop))
        throw new Error(`--max-drop must be a fraction from 0 to 1, got ${opts.maxDrop}`);
      process.exitCode = await importLists(files, { ...opts, maxDrop });
    });

  lists
    .command("status")
    .description("each stored list: publication date, record and alias counts, import time")
    .option("--db <db>", DB_HELP)
    .option("--json", "print as JSON")
    .action(async (opts: { db?: string; json?: boolean }) => {
      const { withStore } = await import("../../store/index.ts");
      await withStore(opts, async (store) => {
        const rows = await store.sanctions.listStatus();
        if (opts.json) return console.log(JSON.stringify(rows, null, 2));
        if (rows.length === 0) return console.log("no lists imported yet: flowwatch lists import FILE...");
        console.log(["list", "published", "records", "aliases", "imported", "source"].join("\t"));
        for (const r of rows)
          console.log(
            [r.listId, r.published ?? "?", r.recordCount, r.aliasCount, r.importedAt, r.sourceFile].join(
              "\t",
            ),
          );
      });
    });

  lists
    .command("rescreen")
    .description("screen the parties of every stored document again (after importing a new list version)")
    .option("--db <db>", DB_HELP)
    .action(async (opts: { db?: string }) => {
      const { withStore } = await import("../../store/index.ts");
      const { screenDocumentParties } = await import("../../resolve/screen.ts");
      let documents = 0;
      let hits = 0;
      let failed = 0;
      await withStore(opts, async (store, db) => {
        for (let offset = 0; ; offset += 100) {
          const page = await store.listDocuments({ limit: 100, offset });
          for (const summary of page.items) {
            const doc = await store.getDocument(summary.id);
            if (!doc) continue;
            try {
              hits += (await screenDocumentParties(store, doc)).length;
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
        // alerts: designated parties newly found in documents
        const { runAlertsAfter } = await import("../../alerts/run.ts");
        await runAlertsAfter(store, db, "rescreen");
      });
      console.log(`screened ${documents} documents: ${hits} party hits${failed ? `, ${failed} failed` : ""}`);
      if (failed) process.exitCode = 1;
    });
}
