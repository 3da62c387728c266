// Serves the dashboard: the Vite build (src/web/dist/) when there is one newer than its sources, else
// the TypeScript sources in src/web/static/, so development and the browser tests need no build step.
// Unbuilt, the entry (app.ts) is bundled on request with esbuild, in memory, chart libraries and
// all, and rebundled when a source changes. FLOWWATCH_WEB_ROOT names another directory to serve
// (tests point it at static/ or a temp build).
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";

export const STATIC_DIR = fileURLToPath(new URL("./static/", import.meta.url));
export const DIST_DIR = fileURLToPath(new URL("./dist/", import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

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

/** The entry module index.html loads; unbuilt, it is answered with the bundle of everything it imports. */
export const ENTRY = "app.ts";

let cached: { key: string; code: Promise<string> } | null = null;

/** The dashboard as one ES module, bundled from `staticDir` (once per change of the sources). */
export function dashboardBundle(staticDir: string = STATIC_DIR): Promise<string> {
  const key = `${staticDir}|${newestMtime(staticDir)}`;
  if (cached?.key === key) return cached.code;
  const code = (async () => {
    const { build } = await import("esbuild");
    const out = await build({
      entryPoints: [path.join(staticDir, ENTRY)],
      absWorkingDir: PROJECT_ROOT,
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
  code.catch(() => {
    if (cached?.code === code) cached = null;
  });
  cached = { key, code };
  return code;
}

export async function registerDashboard(app: FastifyInstance): Promise<void> {
  const { root, built, stale } = dashboardRoot();
  if (stale)
    app.log.warn("src/web/dist/ is older than src/web/static/: serving the sources (npm run build:web)");
  app.decorate("dashboardRoot", root);
  if (!built) {
    // The only module the browser asks for; everything it imports is inside the bundle. Other .ts
    // sources are not served (fastify-static would send them as video/mp2t).
    app.addHook("onRequest", async (req, reply) => {
      const pathname = req.url.split("?")[0];
      if (!pathname.endsWith(".ts")) return;
      if (pathname !== `/${ENTRY}`)
        return reply.status(404).send({ statusCode: 404, error: "Not Found", message: "no such file" });
      const code = await dashboardBundle(root);
      return reply.type("text/javascript; charset=utf-8").header("cache-control", "no-cache").send(code);
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
