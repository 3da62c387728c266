import type { Command } from "commander";

const DB_HELP =
  "also read stored entities (candidates) and mention counts from this database (SQLite file or postgres:// URL; default $FLOWWATCH_DB, else only the registry)";

interface EntitiesOptions {
  type?: string;
  json?: boolean;
  db?: string;
  candidates?: boolean;
  mentioned?: boolean;
  q?: string;
  show?: string;
  backfill?: boolean;
}

/** `flowwatch entities`: the entity registry (gazetteer), optionally with what a database holds. */
export function register(program: Command): void {
  program
    .command("entities")
    .description("list registry entities: persons, organisations, sites, places, agencies, outlets")
    .option("--type <type>", "person, organization, site, place, agency or outlet")
    .option("--json", "print as JSON")
    .option("--db <db>", DB_HELP)
    .option("--candidates", "only candidate entities (names first seen in documents; needs --db)")
    .option("--mentioned", "only entities named in at least one stored document (needs --db)")
    .option("--q <text>", "only entities whose id, name or an alias contains this text")
    .option("--show <id>", "print one stored entity: mentions with their sentences, documents, designations")
    .option("--backfill", "record entities and mentions for stored documents that have none yet")
    .action(async (opts: EntitiesOptions) => {
      const { loadRegistry, ENTITY_TYPES } = await import("../../resolve/entities/index.ts");
      type T = (typeof ENTITY_TYPES)[number];
      if (opts.type && !ENTITY_TYPES.includes(opts.type as T))
        throw new Error(`--type must be one of ${ENTITY_TYPES.join(", ")}, got ${opts.type}`);
      // Like every other command, $FLOWWATCH_DB names the database when --db is not given; without
      // either, the registry alone is listed unless an option needs stored data (then the default file).
      const needsDb = opts.candidates || opts.mentioned || opts.show || opts.backfill;
      if (!opts.db && (needsDb || process.env.FLOWWATCH_DB)) {
        const { defaultDb } = await import("../../store/index.ts");
        opts.db = defaultDb();
      }
      const { terminalSafe } = await import("../ingest-report.ts");
      if (!opts.db) {
        const q = opts.q?.toLowerCase();
        const entities = loadRegistry()
          .list(opts.type as T | undefined)
          .filter((e) => !q || [e.id, e.name, ...e.aliases].some((s) => s.toLowerCase().includes(q)));
        if (opts.json) return console.log(JSON.stringify(entities, null, 2));
        for (const e of entities) console.log(line(e));
        return;
      }

      const { withStore } = await import("../../store/index.ts");
      await withStore(opts, async (store) => {
        const { syncGazetteer, backfillMentions } = await import("../../resolve/mentions-hook.ts");
        await syncGazetteer(store);
        if (opts.backfill) {
          const r = await backfillMentions(store, {
            onError: (id, reason) => console.error(terminalSafe(`error: ${id}: ${reason}`)),
          });
          console.log(
            `mentions recorded for ${r.documents} documents (${r.mentions} mentions, ${r.failed} failed)`,
          );
          if (r.failed) process.exitCode = 1;
          return;
        }
        if (opts.show) {
          const e = await store.entities.get(opts.show, { mentionLimit: 500 });
          if (!e) throw new Error(`no stored entity with id "${opts.show}"`);
          if (opts.json) return console.log(JSON.stringify(e, null, 2));
          console.log(terminalSafe(line(e)));
          for (const d of e.designations)
            console.log(
              terminalSafe(
                `  designation ${d.listId} ${d.sourceId} ${d.name} [${d.programmes.join(", ")}] via ${d.via.join("+")} score ${d.score.toFixed(2)}`,
              ),
            );
          for (const m of e.mentions)
            console.log(
              terminalSafe(
                `  ${m.docId} ${m.published ?? "undated"} ${m.start}-${m.end} "${m.text}": ${m.sentence?.text ?? ""}`,
              ),
            );
          return;
        }
        const page = { limit: 500, offset: 0 };
        const all = [];
        for (;;) {
          const got = await store.entities.list({
            type: opts.type,
            q: opts.q,
            ...(opts.candidates ? { candidate: true } : {}),
            ...(opts.mentioned ? { mentioned: true } : {}),
            ...page,
          });
          all.push(...got.items);
          page.offset += got.items.length;
          if (!got.items.length || page.offset >= got.total) break;
        }
        if (opts.json) return console.log(JSON.stringify(all, null, 2));
        for (const e of all) console.log(terminalSafe(`${e.mentionCount}\t${line(e)}`));
      });
    });
}

function line(e: {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  identifiers: Record<string, string>;
  candidate?: boolean;
}): string {
  const ids = Object.entries(e.identifiers)
    .filter(([k]) => k !== "country" && k !== "level")
    .map(([k, v]) => `${k}:${v}`);
  return [
    e.id,
    e.type,
    e.name,
    e.identifiers.country ?? "",
    e.aliases.join("; "),
    ids.join(" "),
    e.candidate ? "candidate" : "",
  ]
    .join("\t")
    .replace(/\t+$/, "");
}
