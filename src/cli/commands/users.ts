import type { Command } from "commander";
import { DB_HELP } from "../options.ts";

/** Reads a password from stdin (piped) or, on a terminal, from a prompt that does not echo. */
async function readPassword(prompt: string): Promise<string> {
  if (process.env.FLOWWATCH_PASSWORD) return process.env.FLOWWATCH_PASSWORD;
  const { stdin, stderr } = process;
  if (!stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks)
      .toString("utf8")
      .replace(/\r?\n$/, "");
  }
  stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  let password = "";
  return new Promise((resolve, reject) => {
    const onData = (data: Buffer) => {
      for (const ch of data.toString("utf8")) {
        if (ch === "\r" || ch === "\n") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          stderr.write("\n");
          return resolve(password);
        }
        if (ch === "\u0003") {
          stdin.setRawMode(false);
          return reject(new Error("cancelled"));
        }
        password = ch === "\u007f" ? password.slice(0, -1) : password + ch;
      }
    };
    stdin.on("data", onData);
  });
}

async function withStore<T>(
  opts: { db?: string },
  fn: (store: import("../../store/index.ts").Store) => Promise<T>,
) {
  const { withStore } = await import("../../store/index.ts");
  return withStore(opts, fn);
}

/** `flowwatch users …` and `flowwatch tokens …`: accounts for the dashboard and the API. */
export function register(program: Command): void {
  const users = program
    .command("users")
    .description("manage dashboard and API accounts (viewer, analyst, admin)");

  users
    .command("add USERNAME")
    .description("create an account; the password is read from $FLOWWATCH_PASSWORD, stdin, or a prompt")
    .option("--role <role>", "viewer | analyst | admin", "analyst")
    .option("--db <db>", DB_HELP)
    .action(async (username: string, opts: { role: string; db?: string }) => {
      const { isRole } = await import("../../auth/roles.ts");
      if (!isRole(opts.role)) throw new Error(`--role must be viewer, analyst or admin, not "${opts.role}"`);
      const role = opts.role;
      const password = await readPassword(`password for ${username}: `);
      await withStore(opts, async (store) => {
        const user = await store.accounts.createUser(username, password, role);
        await store.audit.append({
          actor: "cli",
          action: "user.create",
          targetType: "user",
          targetId: username,
          detail: { role },
        });
        console.log(`created ${user.role} ${user.username}`);
      });
    });

  users
    .command("list")
    .description("list accounts and their roles")
    .option("--db <db>", DB_HELP)
    .action(async (opts: { db?: string }) => {
      await withStore(opts, async (store) => {
        const all = await store.accounts.listUsers();
        if (!all.length)
          console.log("no accounts yet: create one with `flowwatch users add NAME --role admin`");
        for (const u of all)
          console.log(`${u.username}\t${u.role}${u.disabled ? "\tdisabled" : ""}\tsince ${u.createdAt}`);
      });
    });

  for (const [name, disabled] of [
    ["disable", true],
    ["enable", false],
  ] as const) {
    users
      .command(`${name} USERNAME`)
      .description(
        disabled
          ? "disable an account: it can no longer sign in, its sessions end and its API tokens stop working"
          : "enable a disabled account again",
      )
      .option("--db <db>", DB_HELP)
      .action(async (username: string, opts: { db?: string }) => {
        await withStore(opts, async (store) => {
          await store.accounts.setUserDisabled(username, disabled);
          await store.audit.append({
            actor: "cli",
            action: `user.${name}`,
            targetType: "user",
            targetId: username,
            detail: {},
          });
          console.log(`${name}d ${username}`);
        });
      });
  }

  users
    .command("passwd USERNAME")
    .description(
      "set a new password (from $FLOWWATCH_PASSWORD, stdin, or a prompt); ends the account's sessions",
    )
    .option("--db <db>", DB_HELP)
    .action(async (username: string, opts: { db?: string }) => {
      const password = await readPassword(`new password for ${username}: `);
      await withStore(opts, async (store) => {
        await store.accounts.setPassword(username, password);
        await store.audit.append({
          actor: "cli",
          action: "user.password",
          targetType: "user",
          targetId: username,
          detail: {},
        });
        console.log(`password changed for ${username}`);
      });
    });

  const tokens = program
    .command("tokens")
    .description("API tokens for scripts (sent as `Authorization: Bearer …`)");
  tokens
    .command("create USERNAME")
    .description("create an API token acting as USERNAME; printed once, only its hash is stored")
    .option("--label <label>", "what the token is for", "script")
    .option("--db <db>", DB_HELP)
    .action(async (username: string, opts: { label: string; db?: string }) => {
      await withStore(opts, async (store) => {
        const token = await store.accounts.createApiToken(username, opts.label);
        await store.audit.append({
          actor: "cli",
          action: "token.create",
          targetType: "user",
          targetId: username,
          detail: { label: opts.label },
        });
        console.log(token);
      });
    });
  tokens
    .command("revoke USERNAME")
    .description("revoke every API token of USERNAME")
    .option("--db <db>", DB_HELP)
    .action(async (username: string, opts: { db?: string }) => {
      await withStore(opts, async (store) => {
        console.log(`revoked ${await store.accounts.revokeApiTokens(username)} token(s) of ${username}`);
      });
    });

  program
    .command("audit")
    .description("print the audit log (reviews, account changes) as JSON lines or CSV")
    .option("--actor <name>", "only entries by this user")
    .option("--since <iso>", "only entries at or after this time")
    .option("--format <fmt>", "jsonl | csv", "jsonl")
    .option("--limit <n>", "most recent N entries", "1000")
    .option("--db <db>", DB_HELP)
    .action(async (opts: { actor?: string; since?: string; format: string; limit: string; db?: string }) => {
      await withStore(opts, async (store) => {
        const entries = await store.audit.list({
          actor: opts.actor,
          since: opts.since,
          limit: Number(opts.limit),
        });
        if (opts.format === "csv") {
          const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
          console.log("id,at,actor,action,target_type,target_id,detail");
          for (const e of entries) {
            console.log(
              [String(e.id), e.at, e.actor, e.action, e.targetType, e.targetId, JSON.stringify(e.detail)]
                .map(cell)
                .join(","),
            );
          }
        } else for (const e of entries) console.log(JSON.stringify(e));
      });
    });
}
