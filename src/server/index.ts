// Starts the HTTP server over a store. Prints nothing: callers (serve, demo) print the address and
// the notices (through `log`, or from the returned `notices`).
import type { Store } from "../store/index.ts";
import { buildServer } from "./app.ts";
import { LOOPBACK_HOSTS } from "./security.ts";
import { warmEstimates } from "./services/served-estimates.ts";

export { buildServer, type BuildServerOptions } from "./app.ts";

export interface StartServerOptions {
  store: Store;
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (loopback only). */
  host?: string;
  /** Refuse every write (405), whoever asks; implies publicRead. */
  readOnly?: boolean;
  /** Let anonymous visitors read documents and claims (public demo). Default: sign-in required. */
  publicRead?: boolean;
  /** Always mark the session cookie Secure (behind a TLS-terminating proxy). */
  secureCookies?: boolean;
  /** Request logging: true for stderr, or a file; off by default. */
  logger?: boolean | { file?: string; level?: string };
  /** The store's database (file or URL), so heavy reads can be built off the event loop. */
  dbLocation?: string;
  /** Host header names to answer; default: the loopback names when bound to loopback, else any. */
  hostAllow?: string[];
  /** Receives the notices below as they are found (e.g. `console.log`). */
  log?: (message: string) => void;
}

export interface RunningServer {
  /** e.g. `http://127.0.0.1:8080` */
  url: string;
  /** Things the operator should know, e.g. how to create the first account. */
  notices: string[];
  close(): Promise<void>;
}

export const NO_ACCOUNTS_NOTICE =
  "No accounts yet. Create the first admin with:  flowwatch users add admin --role admin";

const LOOPBACK_BINDS = new Set(["127.0.0.1", "localhost", "::1"]);

/** The given allow-list; else, on a loopback address, the loopback names; else none (any host). */
function allowedHosts(opts: StartServerOptions): string[] | undefined {
  if (opts.hostAllow?.length) return opts.hostAllow;
  const host = opts.host ?? "127.0.0.1";
  return LOOPBACK_BINDS.has(host) ? [...LOOPBACK_HOSTS, host] : undefined;
}

export async function startServer(opts: StartServerOptions): Promise<RunningServer> {
  const app = await buildServer({
    store: opts.store,
    readOnly: opts.readOnly,
    publicRead: opts.publicRead,
    secureCookies: opts.secureCookies,
    logger: opts.logger,
    allowedHosts: allowedHosts(opts),
    dbLocation: opts.dbLocation,
  });
  const host = opts.host ?? "127.0.0.1";
  warmEstimates(app, opts.dbLocation);
  await app.listen({ port: opts.port ?? 8080, host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : opts.port;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  const notices: string[] = [];
  if ((await opts.store.accounts.countUsers()) === 0) {
    notices.push(
      opts.readOnly || opts.publicRead
        ? `${NO_ACCOUNTS_NOTICE}  (anyone can read meanwhile)`
        : `${NO_ACCOUNTS_NOTICE}  (until then nobody can sign in; --public-read lets anyone read)`,
    );
  }
  if (!allowedHosts(opts))
    notices.push(
      `Answering any Host header on ${host}: name the host(s) you serve with --host-allow (guards against DNS rebinding).`,
    );
  for (const notice of notices) opts.log?.(notice);
  return { url: `http://${shownHost}:${port}`, notices, close: () => app.close() };
}
