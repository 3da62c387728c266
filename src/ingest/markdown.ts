// Markdown → plain lines. Only what articles use: front matter, headings, emphasis, links, images,
// quotes, lists, rules, code fences and stray inline HTML.

/** Reads a YAML front-matter block (`---` … `---`) into `Key: value` header lines. */
function frontMatterToHeaders(text: string): string {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) return text;
  const headers = m[1]
    .split("\n")
    .map((l) => /^([A-Za-z_ ]+):\s*(.*)$/.exec(l))
    .filter((x): x is RegExpExecArray => x !== null)
    .map((x) => `${x[1]}: ${x[2].replace(/^["']|["']$/g, "")}`);
  return `${headers.join("\n")}\n\n${text.slice(m[0].length)}`;
}

function stripInline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "") // images
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // [text](url)
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1") // [text][ref]
    .replace(/<\/?[a-z][^>]*>/gi, "") // inline HTML tags
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}])/gu, "$1$2")
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu, "$1$2")
    .replace(/~~(.+?)~~/g, "$1")
    .replace(/`([^`]+)`/g, "$1");
}

/**
 * Converts Markdown to plain text with one paragraph per block. Soft-wrapped lines inside a block are
 * joined (Markdown semantics); headings and list items stay their own lines. Returns the text and the
 * first level-1 (or, failing that, any) heading.
 */
export function markdownToText(md: string): { text: string; heading: string | null } {
  const lines = frontMatterToHeaders(md).split("\n");
  const out: string[] = [];
  let heading: string | null = null;
  let firstAnyHeading: string | null = null;
  let inFence = false;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(paragraph.join(" "), "");
    paragraph = [];
  };
  for (const raw of lines) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const line = raw.trim();
    if (!line || /^([-*_])(\s*\1){2,}$/.test(line) || /^<!--.*-->$/.test(line)) {
      flush();
      continue;
    }
    const h = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line);
    if (h) {
      flush();
      const text = stripInline(h[2]);
      if (h[1].length === 1) heading ??= text;
      firstAnyHeading ??= text;
      out.push(text, "");
      continue;
    }
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      out.push(stripInline(item[1]), "");
      continue;
    }
    const body = stripInline(line.replace(/^(>\s?)+/, ""));
    // Header lines (`DATE: …`) at the top keep their own line so extractHeaders sees them.
    if (/^[A-Za-z][A-Za-z _]{0,20}:\s/.test(body) || /^[A-Za-z][A-Za-z _]{0,20}:$/.test(body)) {
      flush();
      out.push(body);
      continue;
    }
    paragraph.push(body);
  }
  flush();
  return { text: out.join("\n"), heading: heading ?? firstAnyHeading };
}
