// One entity (#/entities/<id>): its names and identifiers, its sanctions designations (and how
// each was linked), and every mention with its sentence, linking to the document at the span.
import { h, replaceChildren } from "../lib/dom.ts";
import { getJson } from "../lib/api.ts";
import { buildHash } from "../lib/route.ts";
import { highlighted } from "../lib/highlight.ts";
import type { Route, ViewContext } from "../lib/view.ts";
import type { EntityDetail } from "../lib/api-types.ts";
import { watchButton } from "../lib/watch.ts";

export const title = "Entity";

export async function render(main: HTMLElement, route: Route, { signal }: ViewContext): Promise<void> {
  replaceChildren(main, h("h1", { tabindex: "-1" }, route.id ?? "Entity"), h("p", {}, "Loading…"));
  const e = await getJson<EntityDetail>(
    `/api/entities/${encodeURIComponent(route.id ?? "")}`,
    { mentionLimit: 200 },
    signal,
  );
  const identifiers = Object.entries(e.identifiers ?? {});
  replaceChildren(
    main,
    h("p", { class: "meta" }, h("a", { href: "#/entities" }, "← All entities")),
    h("h1", { tabindex: "-1" }, e.name),
    // One click: places and sites are watched as places, outlets as sources, the rest as parties.
    e.type === "place" || e.type === "site"
      ? watchButton("place", e.id, e.name)
      : e.type === "outlet"
        ? watchButton("source", e.name, e.name)
        : watchButton("party", e.id, e.name),
    h(
      "dl",
      { class: "entity-facts" },
      h("dt", {}, "Type"),
      h("dd", {}, e.type, e.candidate ? " (a name first seen in a document)" : ""),
      h("dt", {}, "Also known as"),
      h("dd", {}, e.aliases.length ? e.aliases.join("; ") : "—"),
      identifiers.length
        ? [h("dt", {}, "Identifiers"), h("dd", {}, identifiers.map(([k, v]) => `${k}: ${v}`).join("; "))]
        : null,
      h("dt", {}, "Mentions"),
      h("dd", {}, `${e.mentionCount} in ${e.documentCount} document${e.documentCount === 1 ? "" : "s"}`),
    ),
    h("h2", {}, `Sanctions designations (${e.designations.length})`),
    e.designations.length
      ? h(
          "ul",
          { class: "designations" },
          e.designations.map((d) =>
            h(
              "li",
              {},
              h("strong", {}, d.name),
              ` — ${d.listId}`,
              d.programmes.length ? ` (${d.programmes.join(", ")})` : "",
              d.listedOn ? `, listed ${d.listedOn}` : "",
              h(
                "p",
                { class: "meta" },
                `Linked by ${d.via.join(" and ")}`,
                d.via.includes("screening")
                  ? `, matched alias “${d.matchedAlias}”, score ${Number(d.score).toFixed(2)}`
                  : "",
                d.explanation.length ? `: ${d.explanation.join("; ")}` : "",
              ),
            ),
          ),
        )
      : h("p", { class: "empty" }, "Not found on the sanctions lists loaded."),
    h(
      "h2",
      {},
      `Mentions (${e.mentions.length}${e.mentionCount > e.mentions.length ? ` of ${e.mentionCount}` : ""})`,
    ),
    e.mentions.length
      ? h(
          "ol",
          { class: "mentions" },
          e.mentions.map((m) => {
            const sentence = m.sentence;
            return h(
              "li",
              {},
              h(
                "a",
                { href: buildHash("documents", m.docId, { start: m.start, end: m.end }), class: "open-doc" },
                m.title || m.docId,
              ),
              h("span", { class: "meta" }, ` ${[m.outlet, m.published].filter(Boolean).join(", ")}`),
              sentence
                ? h(
                    "blockquote",
                    { class: "evidence" },
                    highlighted(sentence.text, [
                      { start: m.start - sentence.start, end: m.end - sentence.start, className: "mention" },
                    ]),
                  )
                : h("blockquote", { class: "evidence" }, m.text),
            );
          }),
        )
      : h("p", { class: "empty" }, "No mentions stored."),
  );
}
