import { IngestError } from "./errors.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Encoding named by an HTML `<meta charset>` / `http-equiv` in the first bytes, if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/**
 * Decodes a text-format file. Throws IngestError for an empty file, NUL bytes (a binary file) or
 * invalid UTF-8, except that UTF-16 with a BOM and an HTML page declaring another charset are honoured.
 */
export function decodeText(file: string, bytes: Uint8Array, opts: { html?: boolean } = {}): string {
  if (bytes.length === 0) throw new IngestError(file, "empty file");
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes);
  else {
    if (bytes.includes(0)) throw new IngestError(file, "binary file (contains NUL bytes), not text");
    try {
      text = utf8.decode(bytes);
    } catch {
      const charset = opts.html ? declaredCharset(bytes) : null;
      if (!charset || charset === "utf-8" || charset === "utf8") {
        throw new IngestError(file, "not valid UTF-8 text (binary file or wrong encoding)");
      }
      try {
        text = new TextDecoder(charset).decode(bytes);
      } catch {
        throw new IngestError(file, `unsupported charset "${charset}"`);
      }
    }
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") throw new IngestError(file, "empty file (only whitespace)");
  return text;
}
