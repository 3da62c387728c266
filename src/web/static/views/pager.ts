// "1–50 of 230" with previous/next links (real links, so they work with the keyboard and new tabs).
import { h } from "../lib/dom.ts";

/** `link` gives the hash for a given offset. */
export function pager(
  page: { total: number; limit: number; offset: number; items: readonly unknown[] },
  link: (offset: number) => string,
  noun: string,
): HTMLElement {
  const first = page.items.length ? page.offset + 1 : 0;
  const last = page.offset + page.items.length;
  const hasPrev = page.offset > 0;
  const hasNext = last < page.total;
  return h(
    "nav",
    { class: "pager", "aria-label": `${noun} pages` },
    h("span", { class: "count" }, `${first}–${last} of ${page.total} ${noun}`),
    hasPrev ? h("a", { href: link(Math.max(0, page.offset - page.limit)), rel: "prev" }, "← Previous") : null,
    hasNext ? h("a", { href: link(page.offset + page.limit), rel: "next" }, "Next →") : null,
  );
}
