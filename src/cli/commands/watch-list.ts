import type { Command } from "commander";
import { DB_HELP } from "../options.ts";

type Store = import("../../store/index.ts").Store;

const USER_HELP =
  "whose watchlists (default $FLOWWATCH_USER); the dashboard shows the alerts to this account";

export async function withStore<T>(
  db: string | undefined,
  fn: (store: Store, db: string) => Promise<T>,
): Promise<T> {
  const store = await import("../../store/index.ts");
  return store.withStore({ db }, fn);
}

/** The user a CLI call acts for: `--user`, else $FLOWWATCH_USER; an account when accounts exist. */
export async function cliUser(store: Store, user: string | undefined): Promise<string> {
  const name = (user ?? process.env.FLOWWATCH_USER ?? "").trim().toLowerCase();
  if (!name) throw new Error("--user is required (or set $FLOWWATCH_USER)");
  if (!(await store.accounts.getUser(name)) && (await store.accounts.listUsers()).length > 0)
    throw new Error(`no account "${name}" (see \`flowwatch users list\`)`);
  return name;
}

interface AddOptions {
  user?: string;
  webhook?: string;
  email?: string;
  digest?: boolean;
  json?: boolean;
  db?: string;
}

/** `flowwatch watch-list add|list|remove`: what a user is alerted about. */
export function register(program: Command): void {
  const wl = program
    .command("watch-list")
    .description(
      "watch parties, places, subjects, sources or claims queries and be alerted (see `flowwatch alerts`)",
    );

  wl.command("add")
    .description("watch something; prints the secret Atom feed URL and the webhook secret once")
    .argument("<kind>", "party | place | subject | source | query")
    .argument(
      "<value>",
      'a name in any script (party, place), a subject (troops), a source (Yonhap), or a claims filter as JSON or a=b&c=d (query: \'{"subject":"workers","destination":"Russia"}\')',
    )
    .option("--user <name>", USER_HELP)
    .option("--webhook <url>", "POST each alert as signed JSON to this URL")
    .option("--email <address>", "e-mail each alert (needs $FLOWWATCH_SMTP_URL)")
    .option("--digest", "with --email: one e-mail a day instead of one per alert")
    .option("--json", "print the result as JSON")
    .option("--db <db>", DB_HELP)
    .action(async (kind: string, value: string, opts: AddOptions) => {
      if (opts.digest && !opts.email) throw new Error("--digest needs --email");
      await withStore(opts.db, async (store) => {
        const username = await cliUser(store, opts.user);
        const { createWatchlist } = await import("../../store/index.ts");
        const created = await createWatchlist(store, {
          username,
          kind,
          value,
          webhookUrl: opts.webhook ?? null,
          email: opts.email ?? null,
          emailMode: opts.digest ? "digest" : "immediate",
        });
        const base = process.env.FLOWWATCH_PUBLIC_URL || "http://localhost:8080/";
        const feedUrl = new URL(`api/feeds/${created.feedToken}`, base).toString();
        if (opts.json) return console.log(JSON.stringify({ ...created, feedUrl }, null, 2));
        const w = created.watchlist;
        console.log(
          `watchlist ${w.id}: ${w.kind} ${w.label}${w.target.entityId ? ` (${w.target.entityId})` : ""}`,
        );
        console.log(`Atom feed (keep it secret): ${feedUrl}`);
        if (created.webhookSecret) console.log(`webhook signing secret: ${created.webhookSecret}`);
      });
    });

  wl.command("list")
    .description("a user's watchlists (all users' with --all)")
    .option("--user <name>", USER_HELP)
    .option("--all", "every user's watchlists")
    .option("--json", "print as JSON")
    .option("--db <db>", DB_HELP)
    .action(async (opts: { user?: string; all?: boolean; json?: boolean; db?: string }) => {
      await withStore(opts.db, async (store) => {
        const { listWatchlists } = await import("../../store/index.ts");
        const { terminalSafe } = await import("../ingest-report.ts");
        const items = await listWatchlists(store, opts.all ? undefined : await cliUser(store, opts.user));
        if (opts.json) return console.log(JSON.stringify(items, null, 2));
        if (items.length === 0) return console.log("no watchlists yet: flowwatch watch-list add KIND VALUE");
        console.log(["id", "user", "kind", "watching", "delivery"].join("\t"));
        for (const w of items) {
          const delivery = [
            w.webhookUrl ? `webhook${w.webhookDisabled ? " (disabled)" : ""}` : "",
            w.email ? `e-mail ${w.emailMode}` : "",
          ]
            .filter(Boolean)
            .join(", ");
          console.log(
            [w.id, w.username, w.kind, terminalSafe(w.label), delivery || "inbox, feed"].join("\t"),
          );
        }
      });
    });

  wl.command("remove")
    .description("stop watching (removes the watchlist, its alerts and its delivery log)")
    .argument("<id>", "watchlist id (see `flowwatch watch-list list`)")
    .option("--user <name>", "only if it belongs to this user")
    .option("--db <db>", DB_HELP)
    .action(async (id: string, opts: { user?: string; db?: string }) => {
      if (!/^\d+$/.test(id)) throw new Error(`watchlist id must be a number, got "${id}"`);
      await withStore(opts.db, async (store) => {
        const { removeWatchlist } = await import("../../store/index.ts");
        const user = opts.user ? await cliUser(store, opts.user) : undefined;
        if (!(await removeWatchlist(store, Number(id), user))) throw new Error(`no watchlist ${id}`);
        console.log(`watchlist ${id} removed`);
      });
    });
}
