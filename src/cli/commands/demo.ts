import type { Command } from "commander";
import { DB_HELP } from "../options.ts";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

interface DemoOptions {
  db?: string;
  port: string;
  host: string;
  serve: boolean;
  readOnly?: boolean;
}

/** The bundled demo articles, found from this file (not the working directory). */
const DEMO_DIR = fileURLToPath(new URL("../../../data/demo", import.meta.url));

/** `flowwatch demo` (what `npm start` runs): ingest data/demo, then serve the dashboard. */
export function register(program: Command): void {
  program
    .command("demo")
    .description("ingest the bundled demo articles (data/demo) and start the dashboard")
    .option("--db <db>", DB_HELP)
    .option("--port <port>", "port to listen on (0 = any free port)", "8080")
    .option("--host <host>", "address to bind", "127.0.0.1")
    .option("--no-serve", "only ingest the demo articles, do not start the server")
    .option("--read-only", "refuse every write (for a public demo); reading never needs an account here")
    .action(async (opts: DemoOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new Error(`--port must be an integer between 0 and 65535, got "${opts.port}"`);
      }
      let files: string[] = [];
      try {
        files = readdirSync(DEMO_DIR).filter((f) => !f.startsWith("."));
      } catch {
        // reported below
      }
      if (files.length === 0) console.error(`warning: no demo articles in ${DEMO_DIR}`);

      const { withStore } = await import("../../store/index.ts");
      const { ingestWithReport } = await import("../ingest-report.ts");
      const { untilSignalled } = await import("./serve.ts");
      const served = await withStore(opts, async (store, db) => {
        // Re-running the demo is cheap: everything already stored counts as a duplicate.
        const result = await ingestWithReport(store, files.length ? [DEMO_DIR] : []);
        if (result.errors > 0) process.exitCode = 1;
        const { runAlertsAfter } = await import("../../alerts/run.ts");
        await runAlertsAfter(store, db, "ingest");
        if (!opts.serve) return false;
        const { startServer } = await import("../../server/index.ts");
        // Anyone may read the demo; reviewing still needs an account (see the printed notice).
        const server = await startServer({
          store,
          port,
          host: opts.host,
          publicRead: true,
          readOnly: opts.readOnly === true,
        });
        const shown = server.url.replace(/\/\/(127\.0\.0\.1|0\.0\.0\.0|\[::1?\])(?=:)/, "//localhost");
        console.log(`flowwatch dashboard: ${shown}`);
        for (const notice of server.notices) console.log(notice);
        await untilSignalled();
        await server.close();
        return true;
      });
      if (served) process.exit(0);
    });
}
