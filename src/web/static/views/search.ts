// Search results (/api/search): documents whose text matches, each with a plain-text snippet.
import { h, replaceChildren } from "../lib/dom.ts";
import { getJson } from "../lib/api.ts";
import { buildHash } from "../lib/route.ts";
import type { Route, ViewContext } from "../lib/view.ts";
import type { SearchHit } from "../lib/api-types.ts";

export const title = "Search";

export async function render(main: HTMLElement, route: Route, { signal }: ViewContext): Promise<void> {
  const q = (route.params.get("q") ?? "").trim();
  const input = document.querySelector<HTMLInputElement>("#search-q");
  if (input && input.value !== q) input.value = q;
  if (!q) {
    replaceChildren(
      main,
      h("h1", { tabindex: "-1" }, "Search"),
      h("p", {}, "Type words in the search box above."),
    );
    return;
  }
  replaceChildren(main, h("h1", { tabindex: "-1" }, `Search: ${q}`), h("p", {}, "Searching…"));
  const result = await getJson<{ items: SearchHit[] }>("/api/search", { q }, signal);
  replaceChildren(
    main,
    h("h1", { tabindex: "-1" }, `Search: ${q}`),
    h(
      "p",
      { class: "count", "aria-live": "polite" },
      `${result.items.length} document${result.items.length === 1 ? "" : "s"}`,
    ),
    h(
      "ol",
      { class: "search-results" },
      result.items.map((hit) =>
        h(
          "li",
          {},
          h("a", { href: buildHash("documents", hit.docId) }, hit.title || hit.docId),
          h("span", { class: "meta" }, [hit.outlet, hit.published].filter(Boolean).join(" · ")),
          h("p", { class: "snippet" }, hit.snippet),
        ),
      ),
    ),
  );
}
