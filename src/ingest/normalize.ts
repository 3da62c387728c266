import { createHash } from "node:crypto";

// Zero-width characters, soft hyphens and the BOM carry no text but break offsets and matching.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// C0/C1 control characters other than \n and \t.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Repairs U+FFFD left behind when text was decoded with the wrong charset. The lost character was
 * almost always punctuation: an apostrophe inside a word ("Russia�s"), a space used as a thousands
 * separator ("6�000"), a dash between spaces. Anything else is dropped.
 */
function repairReplacementChars(s: string): string {
  if (!s.includes("\uFFFD")) return s;
  return s
    .replace(/(\p{L})\uFFFD+(s|t|d|ll|re|ve|m)\b/gu, "$1'$2")
    .replace(/(\d)\uFFFD+(\d{3})(?!\d)/g, "$1 $2")
    .replace(/ \uFFFD+ /g, " – ")
    .replace(/\uFFFD+/g, "");
}

/**
 * Canonical text form used for every document: Unicode NFKC (NBSP, thin and fullwidth spaces become
 * plain spaces, fullwidth digits become ASCII), `\r\n` → `\n`, invisible and control characters
 * removed, runs of spaces collapsed, lines trimmed, 3+ newlines collapsed to one blank line.
 */
export function normalizeText(s: string): string {
  const text = repairReplacementChars(s.replace(/\r\n?|[\u2028\u2029]/g, "\n"))
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(/\t/g, " ")
    .replace(CONTROL, "")
    // Runs of spaces and other blanks → one space; a lone space is left alone (far fewer matches).
    .replace(/ {2,}|[^\S\n ][^\S\n]*/g, " ");
  return text
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** sha256 hex of a document's final text. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Key for "is this the same paragraph": case, spacing and punctuation do not matter. */
export function paragraphKey(p: string): string {
  // Asked again for the same paragraphs (deduplication, then the title check): recent keys are kept.
  let key = RECENT_KEYS.get(p);
  if (key === undefined) {
    // The words joined by single spaces (twice as fast as replacing the gaps between them).
    key = (p.toLowerCase().match(KEY_WORD) ?? []).join(" ");
    if (RECENT_KEYS.size >= 256) RECENT_KEYS.delete(RECENT_KEYS.keys().next().value!);
    RECENT_KEYS.set(p, key);
  }
  return key;
}

const RECENT_KEYS = new Map<string, string>();

const KEY_WORD = /[\p{L}\p{N}]+/gu;
