// Article text is untrusted. Every string that came from a document goes through one of these
// before it reaches HTML, SVG or Markdown output.

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/** Escapes text for HTML element content and quoted attribute values (also valid in SVG/XML). */
export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]);
}

/** A URL safe to put in href: only http(s), escaped; anything else becomes null. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? escapeHtml(parsed.href) : null;
  } catch {
    return null;
  }
}

/**
 * Escapes text for Markdown: HTML metacharacters become entities (so a renderer cannot run
 * embedded HTML) and Markdown punctuation that could open emphasis, code, links or table cells is backslash-escaped. Newlines become spaces.
 */
export function escapeMarkdown(value: unknown): string {
  return String(value ?? "")
    .replace(/[\r\n]+/g, " ")
    .replace(/[&<>]/g, (c) => HTML_ESCAPES[c])
    .replace(/([\\`*_{}[\]|~])/g, "\\$1");
}
