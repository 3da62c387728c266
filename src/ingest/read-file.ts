import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
import { describeFsError, IngestError } from "./errors.ts";
import { fileKind } from "./walk.ts";
import { formatBytes } from "./limits.ts";

function tooLarge(size: number, maxBytes: number): string {
  return `file too large (${formatBytes(size)}, limit ${formatBytes(maxBytes)}; raise it with --max-file-mb)`;
}

/**
 * Reads one file whole, refusing anything but a regular file no larger than `maxBytes`. Opened
 * non-blocking and checked on the open handle, so a FIFO, a device (`/dev/zero`) or a file swapped
 * for one after the walk is refused at once instead of blocking or reading forever.
 */
export async function readFileBounded(file: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw new IngestError(file, describeFsError(err));
  }
  try {
    const s = await handle.stat();
    if (!s.isFile()) throw new IngestError(file, `${fileKind(s)}, not a regular file`);
    if (s.size > maxBytes) throw new IngestError(file, tooLarge(s.size, maxBytes));
    // Read at most one byte past the limit, in case the file grew since the stat.
    const buf = Buffer.allocUnsafe(Math.min(s.size, maxBytes) + 1);
    let at = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, at, buf.length - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
      if (at >= buf.length) break;
    }
    if (at > maxBytes) throw new IngestError(file, `file too large (grew past ${formatBytes(maxBytes)})`);
    return buf.subarray(0, at);
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw new IngestError(file, describeFsError(err));
  } finally {
    await handle.close();
  }
}

/** `readFileBounded` for worker threads, where blocking on a (cached) file costs nothing. */
export function readFileBoundedSync(file: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw new IngestError(file, describeFsError(err));
  }
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) throw new IngestError(file, `${fileKind(s)}, not a regular file`);
    if (s.size > maxBytes) throw new IngestError(file, tooLarge(s.size, maxBytes));
    const buf = Buffer.allocUnsafe(Math.min(s.size, maxBytes) + 1);
    let at = 0;
    for (;;) {
      const n = readSync(fd, buf, at, buf.length - at, at);
      if (n === 0) break;
      at += n;
      if (at >= buf.length) break;
    }
    if (at > maxBytes) throw new IngestError(file, `file too large (grew past ${formatBytes(maxBytes)})`);
    return buf.subarray(0, at);
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw new IngestError(file, describeFsError(err));
  } finally {
    closeSync(fd);
  }
}
