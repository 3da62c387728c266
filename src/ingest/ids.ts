import path from "node:path";

/** `data/demo/seed003.txt` → `seed003`. */
export function fileStem(file: string): string {
  const base = path.basename(file);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Lower-case ASCII slug: `Kim Jong-un's Visit` → `kim-jong-un-s-visit`. */
export function slugify(s: string, max = 60): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, max)
    .replace(/^-+|-+$/g, "");
}

/** The most telling part of an article URL: its last path segment without extension, else host + path. */
function urlSlug(url: string): string {
  try {
    const u = new URL(url);
    const segments = u.pathname.split("/").filter(Boolean);
    const last = segments.length ? segments[segments.length - 1].replace(/\.[a-z0-9]{2,5}$/i, "") : "";
    return slugify(last) || slugify(`${u.hostname}${u.pathname}${u.search}`);
  } catch {
    return slugify(url);
  }
}

/**
 * Stable id for the n-th item (0-based) of a feed or JSONL file: `<stem>-<url slug>` when the item has
 * a URL, else `<stem>-<n+1>`; a clash inside the file adds `-<n+1>`.
 */
export function itemId(stem: string, url: string | null, index: number, used: Set<string>): string {
  const fromUrl = url ? urlSlug(url) : "";
  let id = fromUrl ? `${stem}-${fromUrl}` : `${stem}-${index + 1}`;
  if (used.has(id)) id = `${id}-${index + 1}`;
  used.add(id);
  return id;
}

// An id a source file states is used in URLs, file names of exports and reports: letters, digits
// and `._:-` only, never `..`, at most 120 characters.
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,119}$/;

/** A stated document id as given when safe, else its slug (`../../etc/passwd` → `etc-passwd`), or null. */
export function safeStatedId(raw: string): string | null {
  if (SAFE_ID.test(raw) && !raw.includes("..")) return raw;
  return slugify(raw, 120) || null;
}
