// A linear pre-scan of HTML markup, run before the DOM parser: the parser, Readability and the
// text walker all recurse over the tree, so a page nested 100,000 deep would overflow the stack
// and one with 100,000 unclosed elements would take minutes. The scan counts start tags and the
// nesting depth (void and self-closing elements and elements the parser closes on its own, such
// as `<p>` and `<li>`, do not nest) and stops at the first limit passed.

const VOID = new Set("area base br col embed hr img input link meta param source track wbr".split(" "));
// Closed implicitly by a following sibling: never counted as nesting.
const AUTO_CLOSED = new Set(
  "p li dt dd tr td th thead tbody tfoot option optgroup rb rt rp colgroup caption".split(" "),
);
// Their content is text, not markup.
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noscript"]);

export interface HtmlShape {
  elements: number;
  depth: number;
}

/** Counts elements and nesting; returns early (with the count so far) once a limit is passed. */
export function scanHtml(html: string, maxElements: number, maxDepth: number): HtmlShape {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>|<!--[\s\S]*?-->/g;
  const stack: string[] = [];
  const open = new Map<string, number>();
  let elements = 0;
  let depth = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(html))) {
    if (!m[2]) continue; // a comment
    const name = m[2].toLowerCase();
    if (m[1]) {
      // A closing tag closes everything opened since its start tag; a stray one is ignored.
      if (!open.get(name)) continue;
      for (;;) {
        const top = stack.pop()!;
        open.set(top, open.get(top)! - 1);
        if (top === name) break;
      }
      continue;
    }
    elements++;
    if (elements > maxElements) return { elements, depth };
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, "ig");
      close.lastIndex = tag.lastIndex;
      tag.lastIndex = close.exec(html) ? close.lastIndex - name.length - 2 : html.length;
      continue;
    }
    if (m[3] || VOID.has(name) || AUTO_CLOSED.has(name)) continue;
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (stack.length > depth) {
      depth = stack.length;
      if (depth > maxDepth) return { elements, depth };
    }
  }
  return { elements, depth };
}
