// Entities (#/entities?q=…&type=…&offset=…): people, organisations, sites, places, agencies and
// outlets named in the documents, most mentioned first; each links to its page.
import { h, replaceChildren, formData } from "../lib/dom.ts";
import { getJson } from "../lib/api.ts";
import { buildHash } from "../lib/route.ts";
import { pager } from "./pager.ts";
import type { Route, ViewContext } from "../lib/view.ts";
import type { EntitySummary, Page } from "../lib/api-types.ts";

export const title = "Entities";

const TYPES = ["person", "organization", "site", "place", "agency", "outlet"];
const LIMIT = 50;

export async function render(main: HTMLElement, route: Route, { signal }: ViewContext): Promise<void> {
  const q = route.params.get("q") ?? "";
  const type = route.params.get("type") ?? "";
  const offset = Math.max(0, Number.parseInt(route.params.get("offset") ?? "0", 10) || 0);
  replaceChildren(main, h("h1", { tabindex: "-1" }, "Entities"), h("p", {}, "Loading…"));
  const page = await getJson<Page<EntitySummary>>(
    "/api/entities",
    { q, type, mentioned: "true", limit: LIMIT, offset },
    signal,
  );
  const link = (o: number) => buildHash("entities", null, { q, type, offset: o || null });
  replaceChildren(
    main,
    h("h1", { tabindex: "-1" }, "Entities"),
    h(
      "form",
      {
        class: "filters",
        role: "search",
        "aria-label": "Find entities",
        on: {
          submit: (event) => {
            event.preventDefault();
            const form = formData(event);
            location.hash = buildHash("entities", null, {
              q: String(form.get("q") ?? "").trim(),
              type: String(form.get("type") ?? ""),
            });
          },
        },
      },
      h(
        "div",
        { class: "field" },
        h("label", { for: "e-q" }, "Name or alias"),
        h("input", { id: "e-q", name: "q", type: "search", value: q, maxlength: "200" }),
      ),
      h(
        "div",
        { class: "field" },
        h("label", { for: "e-type" }, "Type"),
        h(
          "select",
          { id: "e-type", name: "type" },
          h("option", { value: "" }, "All"),
          TYPES.map((t) => h("option", { value: t, selected: t === type }, t)),
        ),
      ),
      h("div", { class: "field actions" }, h("button", { type: "submit" }, "Find")),
    ),
    pager(page, link, "entities"),
    page.items.length
      ? h(
          "div",
          { class: "table-wrap" },
          h(
            "table",
            { class: "estimates entities" },
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                ["Name", "Type", "Also known as", "Mentions", "Documents"].map((l) =>
                  h("th", { scope: "col" }, l),
                ),
              ),
            ),
            h(
              "tbody",
              {},
              page.items.map((e) =>
                h(
                  "tr",
                  {},
                  h(
                    "td",
                    { "data-label": "Name" },
                    h("a", { href: buildHash("entities", e.id), class: "entity-link" }, e.name),
                    e.candidate ? h("span", { class: "meta" }, " (new name)") : null,
                  ),
                  h("td", { "data-label": "Type" }, e.type),
                  h("td", { "data-label": "Also known as" }, aliasSummary(e.aliases)),
                  h("td", { "data-label": "Mentions", class: "num" }, String(e.mentionCount)),
                  h("td", { "data-label": "Documents", class: "num" }, String(e.documentCount)),
                ),
              ),
            ),
          ),
        )
      : h("p", { class: "empty" }, "No entity matches."),
  );
}

/** The first aliases and how many more there are (the entity's page lists them all). */
function aliasSummary(aliases: string[], shown = 4): string {
  if (aliases.length === 0) return "—";
  const more = aliases.length - shown;
  return aliases.slice(0, shown).join("; ") + (more > 0 ? ` and ${more} more` : "");
}
