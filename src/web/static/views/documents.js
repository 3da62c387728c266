// Documents list: every stored document, newest publication first, paginated.
import { h, replaceChildren } from "../lib/dom.js";
import { getJson } from "../lib/api.js";
import { buildHash } from "../lib/route.js";
import { pager } from "./pager.js";

const PAGE_SIZE = 50;

export const title = "Documents";

export async function render(main, route, { signal }) {
  const offset = Math.max(0, Number.parseInt(route.params.get("offset") ?? "0", 10) || 0);
  replaceChildren(main, h("h1", { tabindex: "-1" }, "Documents"), h("p", {}, "Loading documents…"));
  const page = await getJson("/api/documents", { limit: PAGE_SIZE, offset }, signal);
  const link = (o) => buildHash("documents", null, { offset: o || null });
  replaceChildren(
    main,
    h("h1", { tabindex: "-1" }, "Documents"),
    pager(page, link, "documents"),
    page.items.length
      ? h(
          "ul",
          { class: "doc-list" },
          page.items.map((doc) =>
            h(
              "li",
              {},
              h("a", { href: buildHash("documents", doc.id) }, doc.title || doc.id),
              h(
                "span",
                { class: "meta" },
                [doc.outlet, doc.published, `${doc.claimCount} claim${doc.claimCount === 1 ? "" : "s"}`]
                  .filter(Boolean)
                  .join(" · "),
              ),
            ),
          ),
        )
      : h("p", { class: "empty" }, "No documents stored yet. Ingest some with `flowwatch ingest`."),
  );
}
