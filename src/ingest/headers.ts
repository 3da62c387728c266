import { parseDate, parseDateLine } from "./dates.ts";
import { isFurniture } from "./furniture.ts";

/** Metadata read from the top of a plain-text article. */
export interface HeaderFields {
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

const KEYS: Record<string, keyof HeaderFields | "drop"> = {
  url: "url",
  link: "url",
  source_url: "url",
  date: "published",
  published: "published",
  "publication date": "published",
  title: "title",
  headline: "title",
  outlet: "outlet",
  source: "outlet",
  publisher: "outlet",
  author: "drop",
  byline: "drop",
  by: "drop",
};

const HEADER_LINE = /^([a-z][a-z _]{0,20}?)\s*:\s*(.*)$/i;
// How far down a header may sit: the first few non-empty lines, and never past the first body paragraph.
const MAX_HEADER_LINES = 8;
const BODY_LINE_CHARS = 200;

/**
 * Reads and removes the header of a plain-text article: `URL:`, `DATE:`, `TITLE:`, `OUTLET:`/`SOURCE:`
 * lines (any case, possibly empty as in `Date:`) and a bare dateline, among the first lines before
 * the body starts. Returns the fields and the remaining text.
 */
export function extractHeaders(text: string): { fields: HeaderFields; body: string } {
  const fields: HeaderFields = { url: null, title: null, outlet: null, published: null };
  let bareDate: string | null = null;
  const lines = text.split("\n");
  const remove = new Set<number>();
  let nonEmpty = 0;
  for (let i = 0; i < lines.length && nonEmpty < MAX_HEADER_LINES; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    if (line.length > BODY_LINE_CHARS) break;
    const m = HEADER_LINE.exec(line);
    const key = m ? KEYS[m[1].trim().toLowerCase()] : undefined;
    if (m && key) {
      remove.add(i);
      const value = m[2].trim();
      if (key === "published") fields.published ??= parseDate(value);
      else if (key !== "drop" && value) fields[key] ??= value;
      continue;
    }
    const date = parseDateLine(line);
    if (date) {
      remove.add(i);
      bareDate ??= date;
      continue;
    }
    // Furniture above the headline ("Link to main version", "302") does not count as body.
    if (!isFurniture(line)) nonEmpty++;
  }
  fields.published ??= bareDate;
  const body = lines.filter((_, i) => !remove.has(i)).join("\n");
  return { fields, body };
}

/**
 * The headline of a plain-text article: the first short line among the first paragraphs that has no
 * sentence-final punctuation and does not start in lower case (nor with "By", a byline).
 */
export function guessTitle(paragraphs: string[]): string | null {
  for (const p of paragraphs.slice(0, 4)) {
    if (p.length > 160 || p.split(/\s+/).length < 3) continue;
    if (/[.:;,]["'”’)]*$/u.test(p) || /^\p{Ll}/u.test(p) || /^by\s/i.test(p)) continue;
    return p;
  }
  return null;
}
