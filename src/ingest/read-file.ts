import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { open } from "node:fs/promises";
import { describeFsError, IngestError } from "./errors.ts";
import { fileKind } from "./walk.ts";
import { formatBytes } from "./limits.ts";

/**
 * The buffer to read `file` into, after refusing anything but a regular file within `maxBytes`:
 * one byte past the limit, in case the file grows since the stat.
 */
function bufferFor(file: string, s: Stats, maxBytes: number): Buffer {
  if (!s.isFile()) throw new IngestError(file, `${fileKind(s)}, not a regular file`);
  if (s.size > maxBytes)
    throw new IngestError(
      file,
      `file too large (${formatBytes(s.size)}, limit ${formatBytes(maxBytes)}; raise it with --max-file-mb)`,
    );
  return Buffer.allocUnsafe(Math.min(s.size, maxBytes) + 1);
}

/** The `at` bytes read, unless the file grew past the limit while being read. */
function readResult(file: string, buf: Buffer, at: number, maxBytes: number): Uint8Array {
  if (at > maxBytes) throw new IngestError(file, `file too large (grew past ${formatBytes(maxBytes)})`);
  return buf.subarray(0, at);
}

/** An fs error as an IngestError naming the file (an IngestError passes through). */
function asIngestError(file: string, err: unknown): IngestError {
  return err instanceof IngestError ? err : new IngestError(file, describeFsError(err));
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
    const buf = bufferFor(file, await handle.stat(), maxBytes);
    let at = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, at, buf.length - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
      if (at >= buf.length) break;
    }
    return readResult(file, buf, at, maxBytes);
  } catch (err) {
    throw asIngestError(file, err);
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
    const buf = bufferFor(file, fstatSync(fd), maxBytes);
    let at = 0;
    for (;;) {
      const n = readSync(fd, buf, at, buf.length - at, at);
      if (n === 0) break;
      at += n;
      if (at >= buf.length) break;
    }
    return readResult(file, buf, at, maxBytes);
  } catch (err) {
    throw asIngestError(file, err);
  } finally {
    closeSync(fd);
  }
}
