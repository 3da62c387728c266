// Search results (/api/search): documents whose text matches, each with a plain-text snippet.
import { h, replaceChildren } from "../lib/dom.js";
import { getJson } from "../lib/api.js";
import { buildHash } from "../lib/route.js";

export const title = "Search";

export async function render(main, route, { signal }) {
  const q = (route.params.get("q") ?? "").trim();
  const input = document.getElementById("search-q");
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
  const result = await getJson("/api/search", { q }, signal);
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
