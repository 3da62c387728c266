import type { Command } from "commander";

const DB_HELP = "also list candidate entities stored in this database (SQLite file or postgres:// URL)";

/** `flowwatch entities`: the entity registry (gazetteer), optionally with stored candidates. */
export function register(program: Command): void {
  program
    .command("entities")
    .description("list registry entities: persons, organisations, sites, places, agencies, outlets")
    .option("--type <type>", "person, organization, site, place, agency or outlet")
    .option("--json", "print as JSON")
    .option("--db <db>", DB_HELP)
    .action(async (opts: { type?: string; json?: boolean; db?: string }) => {
      const { loadRegistry, ENTITY_TYPES } = await import("../../resolve/entities/index.ts");
      type T = (typeof ENTITY_TYPES)[number];
      if (opts.type && !ENTITY_TYPES.includes(opts.type as T))
        throw new Error(`--type must be one of ${ENTITY_TYPES.join(", ")}, got ${opts.type}`);
      const entities = loadRegistry().list(opts.type as T | undefined);
      if (opts.db) {
        const { openSanctionsStore } = await import("../../store/sanctions.ts");
        const store = await openSanctionsStore(opts.db);
        try {
          const known = new Set(entities.map((e) => e.id));
          let q = store.kysely.selectFrom("entities").selectAll();
          if (opts.type) q = q.where("type", "=", opts.type);
          for (const row of (await q.execute()) as Array<{
            id: string;
            type: T;
            name: string;
            aliases: string;
            identifiers: string;
            candidate: number;
          }>) {
            if (known.has(row.id)) continue;
            entities.push({
              id: row.id,
              type: row.type,
              name: row.name,
              aliases: JSON.parse(row.aliases),
              identifiers: JSON.parse(row.identifiers),
              candidate: Number(row.candidate) === 1,
            });
          }
        } finally {
          await store.close();
        }
      }
      if (opts.json) return console.log(JSON.stringify(entities, null, 2));
      for (const e of entities) {
        const ids = Object.entries(e.identifiers)
          .filter(([k]) => k !== "country" && k !== "level")
          .map(([k, v]) => `${k}:${v}`);
        console.log(
          [
            e.id,
            e.type,
            e.name,
            e.identifiers.country ?? "",
            e.aliases.join("; "),
            ids.join(" "),
            e.candidate ? "candidate" : "",
          ]
            .join("\t")
            .replace(/\t+$/, ""),
        );
      }
    });
}
