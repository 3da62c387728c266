import type { Dirent, Stats } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
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

/** "FIFO", "character device", …: what a non-regular file is, for the error line. */
export function fileKind(s: Stats): string {
  if (s.isFIFO()) return "FIFO";
  if (s.isCharacterDevice()) return "character device";
  if (s.isBlockDevice()) return "block device";
  if (s.isSocket()) return "socket";
  if (s.isDirectory()) return "directory";
  return "special file";
}

function inside(root: string, real: string): boolean {
  return real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

interface WalkState {
  out: Walked;
  /** Real paths of folders entered and files listed: a loop or a second link is walked once. */
  seenDirs: Set<string>;
  seenFiles: Set<string>;
  root: string;
}

function addFile(state: WalkState, file: string, real: string): void {
  if (state.seenFiles.has(real)) return;
  state.seenFiles.add(real);
  state.out.files.push(file);
}

async function walkDir(dir: string, real: string, state: WalkState): Promise<void> {
  if (state.seenDirs.has(real)) return;
  state.seenDirs.add(real);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    state.out.errors.push({ path: dir, reason: describeFsError(err) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walkDir(full, path.join(real, e.name), state);
      continue;
    }
    const wanted = supported(full) && !SKIP_FILES.test(e.name);
    if (e.isFile()) {
      if (wanted) addFile(state, full, path.join(real, e.name));
      continue;
    }
    if (e.isSymbolicLink()) {
      // Links are followed only inside the folder being walked: never out of it, never twice.
      let target: string;
      let s: Stats;
      try {
        target = await realpath(full);
        s = await stat(target);
      } catch {
        // A dangling link to a document is listed, so reading it reports it.
        if (wanted) addFile(state, full, full);
        continue;
      }
      if (s.isDirectory()) {
        if (SKIP_DIRS.has(e.name)) continue;
        if (!inside(state.root, target)) {
          state.out.errors.push({ path: full, reason: "link to a folder outside the input, not followed" });
        } else await walkDir(full, target, state);
        continue;
      }
      if (!wanted) continue;
      if (!s.isFile())
        state.out.errors.push({ path: full, reason: `link to a ${fileKind(s)}, not a regular file` });
      else if (!inside(state.root, target))
        state.out.errors.push({ path: full, reason: "link to a file outside the input, not followed" });
      else addFile(state, full, target);
      continue;
    }
    if (wanted) {
      const kind = e.isFIFO()
        ? "FIFO"
        : e.isCharacterDevice()
          ? "character device"
          : e.isSocket()
            ? "socket"
            : "special file";
      state.out.errors.push({ path: full, reason: `${kind}, not a regular file` });
    }
  }
}

/**
 * Expands files and folders (recursively) into the files to read. An explicitly named file is kept
 * whatever its type (reading it reports an unsupported type) but must be a regular file; a path
 * that does not exist becomes an error. Inside folders, symbolic links are followed only when they
 * stay inside the folder, every folder is entered once (link loops end) and a file reached twice
 * (a link to it) is listed once. Files are listed in sorted order.
 */
export async function walkInputs(paths: string[]): Promise<Walked> {
  const out: Walked = { files: [], errors: [] };
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  const named: string[] = [];
  for (const p of paths) {
    let real: string;
    let s: Stats;
    try {
      real = await realpath(p);
      s = await stat(real);
    } catch (err) {
      out.errors.push({ path: p, reason: describeFsError(err) });
      continue;
    }
    if (s.isDirectory()) {
      const sub: Walked = { files: [], errors: out.errors };
      await walkDir(p, real, { out: sub, seenDirs, seenFiles, root: real });
      out.files.push(...sub.files);
    } else if (!s.isFile()) out.errors.push({ path: p, reason: `${fileKind(s)}, not a regular file` });
    else if (!seenFiles.has(real)) {
      seenFiles.add(real);
      named.push(p);
    }
  }
  out.files = [...new Set([...out.files, ...named])].sort();
  return out;
}

/** Files and folders (recursive) → the supported document files under them, sorted. Missing paths are skipped. */
export async function walkPaths(paths: string[]): Promise<string[]> {
  const { files } = await walkInputs(paths);
  return files.filter(supported);
}
