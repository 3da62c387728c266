// Serves the dashboard: the Vite build (src/web/dist/) when there is one newer than its sources, else the source modules
// in src/web/static/ as they are, so development and the browser tests need no build step. In that
// unbuilt mode the chart libraries are bundled on first request (esbuild, in memory) and served under
// /vendor/, the same relative path the views import and that vite.config.ts maps to the packages.
// FLOWWATCH_WEB_ROOT names another directory to serve (tests point it at static/ or a temp build).
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";

export const STATIC_DIR = fileURLToPath(new URL("./static/", import.meta.url));
export const DIST_DIR = fileURLToPath(new URL("./dist/", import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The browser-side entry of each vendored library, as served at /vendor/<name>.js. */
export const VENDOR_ENTRIES: Record<string, string> = {
  plot: `export * from "@observablehq/plot";`,
  cytoscape: `export { default } from "cytoscape";`,
};

/** Which directory the dashboard is served from: the override, the build, or the sources. */
export function dashboardRoot(
  env: NodeJS.ProcessEnv = process.env,
  dirs: { staticDir: string; distDir: string } = { staticDir: STATIC_DIR, distDir: DIST_DIR },
): {
  root: string;
  built: boolean;
  /** True when src/web/dist/ exists but is older than src/web/static/ (rebuild with npm run build:web). */
  stale?: boolean;
} {
  const override = env.FLOWWATCH_WEB_ROOT;
  if (override) {
    const root = path.resolve(override);
    if (!existsSync(path.join(root, "index.html")))
      throw new Error(`FLOWWATCH_WEB_ROOT=${override}: no index.html there`);
    return { root: root + path.sep, built: path.resolve(root) !== path.resolve(dirs.staticDir) };
  }
  const builtIndex = path.join(dirs.distDir, "index.html");
  // A build older than the sources it came from would hide later edits: serve the sources then.
  if (existsSync(builtIndex) && statSync(builtIndex).mtimeMs >= newestMtime(dirs.staticDir))
    return { root: dirs.distDir, built: true };
  return { root: dirs.staticDir, built: false, stale: existsSync(builtIndex) };
}

/** The latest modification time of any file under `dir`. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const bundles = new Map<string, Promise<string>>();

/** One vendored library as a single ES module (bundled once per process). */
export function vendorBundle(name: string): Promise<string> | null {
  const entry = VENDOR_ENTRIES[name];
  if (entry === undefined) return null;
  let bundle = bundles.get(name);
  if (!bundle) {
    bundle = (async () => {
      const { build } = await import("esbuild");
      const out = await build({
        stdin: { contents: entry, resolveDir: PROJECT_ROOT, loader: "js", sourcefile: `vendor-${name}.js` },
        bundle: true,
        format: "esm",
        platform: "browser",
        target: "es2022",
        minify: true,
        write: false,
        logLevel: "silent",
      });
      return out.outputFiles[0].text;
    })();
    bundle.catch(() => bundles.delete(name));
    bundles.set(name, bundle);
  }
  return bundle;
}

export async function registerDashboard(app: FastifyInstance): Promise<void> {
  const { root, built, stale } = dashboardRoot();
  if (stale)
    app.log.warn("src/web/dist/ is older than src/web/static/: serving the sources (npm run build:web)");
  app.decorate("dashboardRoot", root);
  if (!built) {
    // A file of the dashboard, not part of the API: kept out of the OpenAPI document.
    app.get<{ Params: { name: string } }>("/vendor/:name", { schema: { hide: true } }, async (req, reply) => {
      const name = req.params.name.replace(/\.js$/, "");
      const bundle = vendorBundle(name);
      if (!bundle)
        return reply.status(404).send({ statusCode: 404, error: "Not Found", message: "no such file" });
      reply.type("text/javascript; charset=utf-8").header("cache-control", "public, max-age=3600");
      return bundle;
    });
  }
  await app.register(fastifyStatic, { root, prefix: "/", index: "index.html" });
}

declare module "fastify" {
  interface FastifyInstance {
    /** The directory the dashboard's files are served from. */
    dashboardRoot: string;
  }
}
