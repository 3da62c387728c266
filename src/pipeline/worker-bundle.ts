// Worker threads start from one precompiled JavaScript file instead of loading the TypeScript
// sources through tsx, which costs every worker a second or more of start-up: the first run
// bundles the worker's entry with esbuild (the compiler tsx itself uses) into `.cache/workers/`
// at the repository root, and later runs reuse that file while none of the sources it was built
// from has changed (size and modification time, recorded beside it). Packages stay external and
// resolve from the repository's node_modules; each source file's `import.meta.url` is replaced by
// that file's own URL, so data files next to the sources are found exactly as before.
// `FLOWWATCH_WORKER_BUNDLE=0` turns this off (workers then load the sources through tsx).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CACHE = path.join(ROOT, ".cache", "workers");

/** What a bundle was built from: source path (relative to the root) → [size, mtime in ms]. */
type Inputs = Record<string, [number, number]>;

const built = new Map<string, Promise<URL | null>>();

function stamp(file: string): [number, number] | null {
  try {
    const s = statSync(path.join(ROOT, file));
    return [s.size, Math.trunc(s.mtimeMs)];
  } catch {
    return null;
  }
}

function upToDate(manifest: string): boolean {
  let inputs: Inputs;
  try {
    inputs = (JSON.parse(readFileSync(manifest, "utf8")) as { inputs: Inputs }).inputs;
  } catch {
    return false;
  }
  for (const [file, [size, mtime]] of Object.entries(inputs)) {
    const now = stamp(file);
    if (!now || now[0] !== size || now[1] !== mtime) return false;
  }
  return true;
}

/** Writes via a temporary file and a rename, so a concurrent reader never sees half a file. */
function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

async function build(entry: string, out: string, manifest: string): Promise<void> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [
      {
        name: "own-import-meta-url",
        setup(b) {
          b.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
            const source = readFileSync(args.path, "utf8");
            return {
              contents: source.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
              loader: /\.[cm]?ts$/.test(args.path) ? "ts" : "js",
            };
          });
        },
      },
    ],
  });
  const inputs: Inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    const s = stamp(file);
    if (s) inputs[file] = s;
  }
  mkdirSync(CACHE, { recursive: true });
  writeAtomic(out, result.outputFiles[0].text);
  writeAtomic(manifest, JSON.stringify({ entry: path.relative(ROOT, entry), inputs }, null, 1));
}

/**
 * A JavaScript file a Worker can start from for the TypeScript `entry` (built or reused), or
 * null when it cannot be built (no esbuild, read-only checkout): the caller then uses tsx.
 */
export function bundledWorker(entry: URL): Promise<URL | null> {
  if (process.env.FLOWWATCH_WORKER_BUNDLE === "0") return Promise.resolve(null);
  const file = fileURLToPath(entry);
  if (!/\.[cm]?ts$/.test(file)) return Promise.resolve(entry);
  let pending = built.get(file);
  if (!pending) {
    const name = `${path.basename(file).replace(/\.[cm]?ts$/, "")}-${createHash("sha1").update(file).digest("hex").slice(0, 8)}`;
    const out = path.join(CACHE, `${name}.mjs`);
    const manifest = path.join(CACHE, `${name}.json`);
    pending = (async () => {
      if (upToDate(manifest)) return pathToFileURL(out);
      try {
        await build(file, out, manifest);
        return pathToFileURL(out);
      } catch {
        return null;
      }
    })();
    built.set(file, pending);
  }
  return pending;
}
