import type { Command } from "commander";
import { DB_HELP } from "../options.ts";

interface ServeOptions {
  db?: string;
  port: string;
  host: string;
  readOnly?: boolean;
  publicRead?: boolean;
  secureCookies?: boolean;
  log: string;
  hostAllow?: string;
}

/** `flowwatch serve`: the HTTP API, its OpenAPI document and the dashboard. */
export function register(program: Command): void {
  program
    .command("serve")
    .description("serve the API (/api), its OpenAPI docs (/docs) and the dashboard (/)")
    .option("--db <db>", DB_HELP)
    .option("--port <port>", "port to listen on (0 = any free port)", "8080")
    .option("--host <host>", "address to bind (use 0.0.0.0 to expose beyond this machine)", "127.0.0.1")
    .option("--read-only", "refuse every write, whoever asks (implies --public-read)")
    .option(
      "--public-read",
      "let anonymous visitors read documents and claims (sign-in still needed to review)",
    )
    .option("--secure-cookies", "always mark the session cookie Secure (behind an HTTPS proxy)")
    .option(
      "--log <file>",
      "request log as JSON lines with request ids: a file, `-` for stderr, `off` for none",
      "-",
    )
    .option(
      "--host-allow <names>",
      "comma-separated host names to answer (DNS-rebinding guard); default: loopback names on a loopback address",
    )
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new Error(`--port must be an integer between 0 and 65535, got "${opts.port}"`);
      }
      const { withStore } = await import("../../store/index.ts");
      const { startServer } = await import("../../server/index.ts");
      await withStore(opts, async (store, db) => {
        const server = await startServer({
          store,
          port,
          host: opts.host,
          readOnly: opts.readOnly,
          publicRead: opts.publicRead,
          secureCookies: opts.secureCookies,
          dbLocation: db,
          logger: opts.log === "off" ? false : opts.log === "-" ? true : { file: opts.log },
          hostAllow: opts.hostAllow
            ?.split(",")
            .map((h) => h.trim())
            .filter(Boolean),
        });
        const shownDb = db.replace(/\/\/[^@/]*@/, "//***@");
        console.log(
          `flowwatch serving ${shownDb} at ${server.url}  (API ${server.url}/api, docs ${server.url}/docs)`,
        );
        for (const notice of server.notices) console.log(notice);
        await untilSignalled();
        await server.close();
      });
      process.exit(0);
    });
}

/** Resolves on the first SIGINT or SIGTERM: the server runs until then. */
export function untilSignalled(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}
