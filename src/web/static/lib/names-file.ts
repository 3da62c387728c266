// Reads the names out of an uploaded file for batch screening: one name per line, or the first
// column of a CSV (a header row named "name" is skipped; quoted fields may hold commas).

/** At most this many names per batch: each is one request to the server. */
export const MAX_BATCH = 500;

/** The first field of a CSV line, unquoted. */
function firstField(line: string): string {
  const trimmed = line.trim();
  if (!trimmed.startsWith('"')) return trimmed.split(",")[0].trim();
  let out = "";
  for (let i = 1; i < trimmed.length; i++) {
    const c = trimmed[i];
    if (c === '"' && trimmed[i + 1] === '"') {
      out += '"';
      i++;
    } else if (c === '"') break;
    else out += c;
  }
  return out.trim();
}

/** Distinct non-empty names in file order; `truncated` says the file held more than MAX_BATCH. */
export function namesFromText(text: string): { names: string[]; truncated: boolean } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const names: string[] = [];
  const seen = new Set<string>();
  for (const [i, line] of lines.entries()) {
    const name = firstField(line);
    if (!name || (i === 0 && /^name$/i.test(name)) || seen.has(name)) continue;
    seen.add(name);
    names.push(name);
  }
  return { names: names.slice(0, MAX_BATCH), truncated: names.length > MAX_BATCH };
}
