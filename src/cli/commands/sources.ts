import type { Command } from "commander";
import { DB_HELP } from "../options.ts";

type Store = import("../../store/index.ts").Store;

async function withStore<T>(opts: { db?: string }, fn: (store: Store) => Promise<T>): Promise<T> {
  const { withStore } = await import("../../store/index.ts");
  return withStore(opts, fn);
}

async function sourceOrFail(store: Store, ref: string) {
  const source = await store.sources.find(ref);
  if (!source) throw new Error(`no source ${ref} (give its id or URL; see \`flowwatch sources list\`)`);
  return source;
}

/** `flowwatch sources add|list|pause|resume|remove`: the feeds, sitemaps and pages the monitor watches. */
export function register(program: Command): void {
  const sources = program
    .command("sources")
    .description("manage the feeds, sitemaps and pages the monitor watches");
  sources
    .command("add")
    .description("watch a source")
    .argument("<url>", "feed, sitemap or page URL (http or https)")
    .requiredOption("--kind <kind>", "rss | atom | jsonfeed | sitemap | page")
    .option("--every <duration>", "poll interval, e.g. 15m, 1h", "15m")
    .option("--outlet <name>", "outlet name stored on the documents")
    .option("--lang <code>", "language of the source, e.g. ru")
    .option("--db <db>", DB_HELP)
    .action(
      async (
        url: string,
        opts: { kind: string; every: string; outlet?: string; lang?: string; db?: string },
      ) => {
        const { parseDuration, formatDuration } = await import("../../monitor/duration.ts");
        const everySeconds = parseDuration(opts.every);
        const { isSourceKind, SOURCE_KINDS } = await import("../../store/index.ts");
        await withStore(opts, async (store) => {
          if (!isSourceKind(opts.kind)) throw new Error(`--kind must be one of ${SOURCE_KINDS.join(", ")}`);
          const s = await store.sources.add({
            url,
            kind: opts.kind,
            everySeconds,
            outlet: opts.outlet,
            lang: opts.lang,
          });
          console.log(`source ${s.id}: ${s.url} (${s.kind}, every ${formatDuration(s.everySeconds)})`);
        });
      },
    );
  sources
    .command("list")
    .description("list sources with their last fetch, status, error and document count")
    .option("--json", "print JSON")
    .option("--db <db>", DB_HELP)
    .action(async (opts: { json?: boolean; db?: string }) => {
      const { formatDuration } = await import("../../monitor/duration.ts");
      await withStore(opts, async (store) => {
        const list = await store.sources.list();
        if (opts.json) {
          process.stdout.write(JSON.stringify(list, null, 2) + "\n");
          return;
        }
        if (list.length === 0)
          console.log("no sources (add one with `flowwatch sources add URL --kind rss`)");
        for (const s of list) {
          const last = s.lastFetchAt
            ? `last ${s.lastFetchAt} HTTP ${s.lastHttpStatus ?? "-"}`
            : "never fetched";
          const err = s.lastError ? `  error: ${s.lastError}` : "";
          console.log(
            `${s.id}\t${s.status}\t${s.kind}\tevery ${formatDuration(s.everySeconds)}\t${s.documents} docs\t${last}\t${s.url}${err}`,
          );
        }
      });
    });
  for (const [name, status] of [
    ["pause", "paused"],
    ["resume", "active"],
  ] as const) {
    sources
      .command(name)
      .description(`${name} polling a source`)
      .argument("<source>", "source id or URL")
      .option("--db <db>", DB_HELP)
      .action(async (ref: string, opts: { db?: string }) => {
        await withStore(opts, async (store) => {
          const s = await sourceOrFail(store, ref);
          await store.sources.setStatus(s.id, status);
          console.log(`source ${s.id}: ${status}`);
        });
      });
  }
  sources
    .command("remove")
    .description("stop watching a source (documents already ingested stay)")
    .argument("<source>", "source id or URL")
    .option("--db <db>", DB_HELP)
    .action(async (ref: string, opts: { db?: string }) => {
      await withStore(opts, async (store) => {
        const s = await sourceOrFail(store, ref);
        await store.sources.remove(s.id);
        console.log(`source ${s.id} removed`);
      });
    });
}
