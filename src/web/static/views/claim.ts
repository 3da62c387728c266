// One claim (#/claims/<id>): its fields (corrected values beside the extracted ones), the evidence
// sentence with the figure highlighted, a link into the document, and the review panel.
import { h, replaceChildren, safeHref, type Child } from "../lib/dom.ts";
import { getJson } from "../lib/api.ts";
import { buildHash } from "../lib/route.ts";
import { claimRanges, highlighted } from "../lib/highlight.ts";
import { formatOutlet, formatTerm } from "../lib/format.ts";
import { focusReviewPanel, reviewPanel, shownFigure, shownSource, shownValue } from "./review.ts";
import type { Route, ViewContext } from "../lib/view.ts";
import type { ApiClaim } from "../lib/api-types.ts";

export const title = "Claim";

export async function render(main: HTMLElement, route: Route, { signal }: ViewContext): Promise<void> {
  const id = Number.parseInt(route.id ?? "", 10);
  replaceChildren(main, h("h1", { tabindex: "-1" }, `Claim ${route.id}`), h("p", {}, "Loading claim…"));
  const claim = await getJson<ApiClaim>(`/api/claims/${Number.isFinite(id) ? id : 0}`, {}, signal);
  const rerender = async () => {
    await render(main, route, { signal });
    focusReviewPanel(main, "Saved.");
  };
  const row = (label: string, value: Child) => [h("dt", {}, label), h("dd", {}, value)];
  const href = safeHref(claim.url);
  replaceChildren(
    main,
    h(
      "div",
      { class: "claim-layout" },
      h(
        "article",
        { class: "claim-detail" },
        h("h1", { tabindex: "-1" }, shownFigure(claim), ` ${formatTerm(claim.subject)}`),
        h(
          "blockquote",
          { class: "evidence" },
          highlighted(
            claim.evidence,
            claimRanges(claim, claim.sentence.start).filter((r) => r.className === "figure"),
          ),
        ),
        h(
          "dl",
          { class: "claim-fields" },
          row("Figure", shownFigure(claim)),
          row("Unit", shownValue(claim, "unit")),
          row("Subject", shownValue(claim, "subject", formatTerm)),
          row("Event", shownValue(claim, "event", formatTerm)),
          row("Destination", shownValue(claim, "destination")),
          row("Source", shownSource(claim)),
          row("Time", shownValue(claim, "time")),
          row("Modality", formatTerm(claim.modality)),
          row("Outlet, date", formatOutlet(claim)),
          row(
            "Article",
            href
              ? h("a", { href, rel: "noopener noreferrer", target: "_blank" }, claim.url)
              : claim.url || "—",
          ),
        ),
        h(
          "p",
          {},
          h(
            "a",
            { class: "open-doc", href: buildHash("documents", claim.docId, { claim: claim.id }) },
            `Show in document ${claim.docId}`,
          ),
        ),
      ),
      reviewPanel(claim, { onReviewed: rerender }),
    ),
  );
}
