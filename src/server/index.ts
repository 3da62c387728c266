// Starts the HTTP server over a store. Prints nothing: callers (serve, demo) print the address.
import type { Store } from "../store/store.ts";
import { buildServer } from "./app.ts";

export { buildServer, type BuildServerOptions } from "./app.ts";

export interface StartServerOptions {
  store: Store;
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1 (loopback only). */
  host?: string;
  readOnly?: boolean;
  logger?: boolean;
}

export interface RunningServer {
  /** e.g. `http://127.0.0.1:8080` */
  url: string;
  close(): Promise<void>;
}

export async function startServer(opts: StartServerOptions): Promise<RunningServer> {
  const app = await buildServer({ store: opts.store, readOnly: opts.readOnly, logger: opts.logger });
  const host = opts.host ?? "127.0.0.1";
  await app.listen({ port: opts.port ?? 8080, host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : opts.port;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return { url: `http://${shownHost}:${port}`, close: () => app.close() };
}
