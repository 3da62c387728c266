/** A file (or one item inside it) that cannot become a document. `message` is `"<path>: <reason>"`. */
export class IngestError extends Error {
  readonly path: string;
  readonly reason: string;

  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.name = "IngestError";
    this.path = path;
    this.reason = reason;
  }
}

/** One outcome of reading: a document, or an error naming the file (or `file.jsonl:LINE`). */
export type IngestResult =
  { ok: true; doc: import("../types.ts").SourceDocument } | { ok: false; path: string; reason: string };

/** Turns a Node fs error into a short human reason ("permission denied", …). */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "too many symbolic links";
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
