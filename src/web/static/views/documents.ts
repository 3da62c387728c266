// Documents list (#/documents?lang=ru&offset=50): every stored document, newest publication first,
// paginated, with the language each was read in; the list can be narrowed to one language.
import { formData, h, replaceChildren, selectField } from "../lib/dom.ts";
import { getJson } from "../lib/api.ts";
import { buildHash } from "../lib/route.ts";
import { LANGUAGES, languageName } from "../lib/format.ts";
import { pager } from "./pager.ts";
import type { Route, ViewContext } from "../lib/view.ts";
import type { DocumentSummary, Page } from "../lib/api-types.ts";

const PAGE_SIZE = 50;

export const title = "Documents";

export async function render(main: HTMLElement, route: Route, { signal }: ViewContext): Promise<void> {
  const offset = Math.max(0, Number.parseInt(route.params.get("offset") ?? "0", 10) || 0);
  const lang = route.params.get("lang") ?? "";
  replaceChildren(main, h("h1", { tabindex: "-1" }, "Documents"), h("p", {}, "Loading documents…"));
  const page = await getJson<Page<DocumentSummary>>(
    "/api/documents",
    { limit: PAGE_SIZE, offset, lang },
    signal,
  );
  const link = (o: number) => buildHash("documents", null, { lang, offset: o || null });
  replaceChildren(
    main,
    h("h1", { tabindex: "-1" }, "Documents"),
    filters(lang),
    pager(page, link, "documents"),
    page.items.length
      ? h(
          "ul",
          { class: "doc-list" },
          page.items.map((doc) =>
            h(
              "li",
              {},
              h("a", { href: buildHash("documents", doc.id), lang: doc.lang ?? null }, doc.title || doc.id),
              h(
                "span",
                { class: "meta" },
                [
                  doc.outlet,
                  doc.published,
                  doc.lang ? languageName(doc.lang) : null,
                  `${doc.claimCount} claim${doc.claimCount === 1 ? "" : "s"}`,
                ]
                  .filter(Boolean)
                  .join(" · "),
              ),
            ),
          ),
        )
      : h(
          "p",
          { class: "empty" },
          lang
            ? `No documents in ${languageName(lang)}.`
            : "No documents stored yet. Ingest some with `flowwatch ingest`.",
        ),
  );
}

function filters(lang: string): HTMLElement {
  return h(
    "form",
    {
      class: "filters",
      "aria-label": "Filter documents",
      on: {
        submit: (event) => {
          event.preventDefault();
          location.hash = buildHash("documents", null, { lang: String(formData(event).get("lang") ?? "") });
        },
      },
    },
    selectField(
      "d-lang",
      "lang",
      "Language",
      lang,
      Object.entries(LANGUAGES).map(([code, name]) => [code, name]),
    ),
    h("div", { class: "field actions" }, h("button", { type: "submit" }, "Apply")),
  );
}
