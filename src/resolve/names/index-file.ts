// A NameIndex stored in a file beside the database, so that a cold process (one `flowwatch screen`)
// loads the screening index instead of normalising every alias again. The file carries a caller's
// fingerprint of the data it was built from (the lists' import times) and the matcher version; a
// file that does not fit is rebuilt and replaced atomically (written aside, then renamed).
import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { NameIndex, type IndexRecord } from "./name-index.ts";

/** Where the index of the database `db` (SQLite file or postgres:// URL) is stored; undefined for ":memory:". */
export function indexFileFor(db: string): string | undefined {
  if (!db || db === ":memory:") return undefined;
  if (/^postgres(ql)?:\/\//.test(db)) {
    const hash = createHash("sha256").update(db).digest("hex").slice(0, 16);
    return path.join(os.tmpdir(), `flowwatch-${hash}.names.idx`);
  }
  return `${db}.names.idx`;
}

/** The stored index when it was built from data with this fingerprint by this matcher version. */
export function loadIndexFile(file: string, fingerprint: string): NameIndex | undefined {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
  const stored = NameIndex.deserialize(data);
  return stored && stored.meta === fingerprint ? stored.index : undefined;
}

/** Build the index and store it (atomically) under `file`. */
export function writeIndexFile(file: string, fingerprint: string, index: NameIndex): void {
  const aside = `${file}.${process.pid}.tmp`;
  writeFileSync(aside, index.serialize(fingerprint));
  renameSync(aside, file);
}

/** Load the stored index, or build it from `records()` and store it. */
export async function loadOrBuildIndex(
  file: string | undefined,
  fingerprint: string,
  records: () => Promise<IndexRecord[]>,
): Promise<NameIndex> {
  const stored = file ? loadIndexFile(file, fingerprint) : undefined;
  if (stored) return stored;
  const index = NameIndex.build(await records());
  if (file) {
    try {
      writeIndexFile(file, fingerprint, index);
    } catch (err) {
      // a read-only folder costs speed, not results
      console.error(`flowwatch: screening index not stored in ${file}: ${(err as Error).message}`);
    }
  }
  return index;
}

/**
 * An index over records known in full up front (the gazetteer's names): stored under `file` keyed by a
 * hash of the records, so a cold process loads it instead of normalising every name again.
 */
export function loadOrBuildStaticIndex(file: string | undefined, records: IndexRecord[]): NameIndex {
  if (!file) return NameIndex.build(records);
  const fingerprint = createHash("sha256").update(JSON.stringify(records)).digest("hex");
  const stored = loadIndexFile(file, fingerprint);
  if (stored) return stored;
  const index = NameIndex.build(records);
  try {
    writeIndexFile(file, fingerprint, index);
  } catch (err) {
    console.error(`flowwatch: name index not stored in ${file}: ${(err as Error).message}`);
  }
  return index;
}
