// Document view (#/documents/<id>?claim=<claimId>, or ?start=&end= for a mention): metadata, the full
// text with the selected claim's sentence and figure (or the mention) highlighted, and every claim
// of the document beside it with its attribution chain ("Outlet → agency → ministry").
import { h, replaceChildren, safeHref, type Child } from "../lib/dom.ts";
import { getJson } from "../lib/api.ts";
import { buildHash } from "../lib/route.ts";
import { claimRanges, highlighted } from "../lib/highlight.ts";
import { formatTerm, languageName } from "../lib/format.ts";
import { attributionPath } from "../lib/estimates.ts";
import { focusReviewPanel, reviewBadge, reviewPanel, shownFigure } from "./review.ts";
import type { Route, ViewContext } from "../lib/view.ts";
import type { ApiClaim, DocumentDetail } from "../lib/api-types.ts";

export const title = "Document";

/** The last document fetched, so selecting another of its claims does not refetch it. */
let cached: DocumentDetail | null = null;

export async function render(main: HTMLElement, route: Route, { signal }: ViewContext): Promise<void> {
  const id = route.id ?? "";
  const selectedId = Number.parseInt(route.params.get("claim") ?? "", 10);
  let doc = cached && cached.id === id ? cached : null;
  if (!doc) {
    replaceChildren(main, h("h1", { tabindex: "-1" }, id), h("p", {}, "Loading document…"));
    doc = await getJson<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`, {}, signal);
    cached = doc;
  }
  const selected = doc.claims.find((c) => c.id === selectedId) ?? null;
  const spanStart = Number.parseInt(route.params.get("start") ?? "", 10);
  const spanEnd = Number.parseInt(route.params.get("end") ?? "", 10);
  const ranges = selected ? claimRanges(selected) : [];
  if (Number.isFinite(spanStart) && Number.isFinite(spanEnd))
    ranges.push({ start: spanStart, end: spanEnd, className: "mention" });
  const text = h(
    "div",
    { class: "doc-text", id: "doc-text", "aria-label": "Document text", lang: doc.lang ?? null },
    highlighted(doc.text, ranges),
  );
  replaceChildren(
    main,
    h(
      "div",
      { class: "doc-layout" },
      h("article", { class: "doc" }, metadata(doc), text),
      h(
        "div",
        { class: "doc-side" },
        selected
          ? reviewPanel(selected, {
              showClaim: true,
              onReviewed: async () => {
                cached = null;
                await render(main, route, { signal });
                focusReviewPanel(main, "Saved.");
              },
            })
          : null,
        claimList(doc, selected),
      ),
    ),
  );
  const figure =
    text.querySelector("mark.figure") ?? text.querySelector("mark.mention") ?? text.querySelector("mark");
  if (figure) figure.scrollIntoView({ block: "center" });
}

function metadata(doc: DocumentDetail): HTMLElement {
  const href = safeHref(doc.url);
  const row = (label: string, value: Child) => (value ? [h("dt", {}, label), h("dd", {}, value)] : null);
  return h(
    "header",
    { class: "doc-meta" },
    h("h1", { tabindex: "-1" }, doc.title || doc.id),
    h(
      "dl",
      {},
      row("Outlet", doc.outlet),
      row("Published", doc.published),
      row("Language", languageName(doc.lang)),
      row(
        "URL",
        doc.url
          ? href
            ? h("a", { href, rel: "noopener noreferrer", target: "_blank" }, doc.url)
            : doc.url
          : null,
      ),
      row("Document id", doc.id),
      row("Format", doc.format),
      row("Ingested", doc.ingestedAt),
      row("Claims", String(doc.claims.length)),
    ),
  );
}

function claimList(doc: DocumentDetail, selected: ApiClaim | null): HTMLElement {
  return h(
    "aside",
    { class: "doc-claims", "aria-label": "Claims in this document" },
    h("h2", {}, `Claims (${doc.claims.length})`),
    doc.claims.length
      ? h(
          "p",
          { class: "meta" },
          h("a", { href: buildHash("claims", null, { docId: doc.id }) }, "View as a table"),
        )
      : null,
    doc.claims.length === 0
      ? h("p", { class: "empty" }, "No claims were read from this document.")
      : h(
          "ol",
          {},
          doc.claims.map((claim) => {
            const current = selected && claim.id === selected.id;
            return h(
              "li",
              { class: current ? "selected" : null },
              h(
                "a",
                {
                  href: buildHash("documents", doc.id, { claim: claim.id }),
                  "aria-current": current ? "true" : null,
                },
                h("strong", {}, shownFigure(claim)),
                ` ${claim.unit} · ${formatTerm(claim.subject)} · ${formatTerm(claim.event)}`,
              ),
              h(
                "span",
                { class: "meta" },
                [claim.destination, claim.time].filter((v) => v && v !== "—").join(" · "),
              ),
              h(
                "span",
                { class: "meta chain", title: "Attribution chain: the outlet, then whom it cites" },
                attributionPath(doc.outlet, chainOf(claim)),
              ),
              claim.review ? h("span", { class: "meta" }, reviewBadge(claim)) : null,
            );
          }),
        ),
  );
}

/** The claim's chain, or its immediate source when no chain was read. */
function chainOf(claim: ApiClaim): string[] {
  if (Array.isArray(claim.attributionChain) && claim.attributionChain.length) return claim.attributionChain;
  return claim.attributedTo ? [claim.attributedTo] : [];
}
