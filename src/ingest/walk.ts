import { lstat, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { describeFsError } from "./errors.ts";
import { FORMATS } from "./parse.ts";

/** What walking the inputs found: the files to read, and inputs that could not be walked. */
export interface Walked {
  files: string[];
  errors: { path: string; reason: string }[];
}

// Inside folders: hidden entries and dependency folders are not documents, and neither are a corpus
// folder's own README / LICENSE / CHANGELOG.
const SKIP_DIRS = new Set(["node_modules"]);
const SKIP_FILES = /^(readme|license|licence|changelog|contributing)(\.[a-z]+)?$/i;

function supported(file: string): boolean {
  return path.extname(file).toLowerCase() in FORMATS;
}

async function walkDir(dir: string, out: Walked): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    out.errors.push({ path: dir, reason: describeFsError(err) });
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const full = path.join(dir, e.name);
    let isDir = e.isDirectory();
    if (e.isSymbolicLink()) {
      // Follow links; a dangling link to a document is kept so reading reports it.
      isDir = await stat(full).then(
        (s) => s.isDirectory(),
        () => false,
      );
    }
    if (isDir) {
      if (!SKIP_DIRS.has(e.name)) await walkDir(full, out);
    } else if (supported(full) && !SKIP_FILES.test(e.name)) {
      out.files.push(full);
    }
  }
}

/**
 * Expands files and folders (recursively) into the files to read. An explicitly named file is kept
 * whatever its type (reading it reports an unsupported type); a path that does not exist becomes an
 * error. Files are sorted and listed once.
 */
export async function walkInputs(paths: string[]): Promise<Walked> {
  const out: Walked = { files: [], errors: [] };
  for (const p of paths) {
    try {
      await lstat(p);
    } catch (err) {
      out.errors.push({ path: p, reason: describeFsError(err) });
      continue;
    }
    const isDir = await stat(p).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (isDir) await walkDir(p, out);
    else out.files.push(p);
  }
  out.files = [...new Set(out.files)].sort();
  return out;
}

/** Files and folders (recursive) → the supported document files under them, sorted. Missing paths are skipped. */
export async function walkPaths(paths: string[]): Promise<string[]> {
  const { files } = await walkInputs(paths);
  return files.filter(supported);
}
