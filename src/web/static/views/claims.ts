// Claims view: filters, a table of claims each with its evidence sentence, pagination.
// All state lives in the hash (#/claims?subject=…&offset=…) so a view can be linked.
import { h, replaceChildren, type Child } from "../lib/dom.ts";
import { getJson } from "../lib/api.ts";
import { buildHash } from "../lib/route.ts";
import { claimRanges, highlighted } from "../lib/highlight.ts";
import { formatOutlet, formatTerm } from "../lib/format.ts";
import { subjectGroups, subjectLabel } from "../vocab.ts";
import { pager } from "./pager.ts";
import { exportButton, type Row } from "../lib/export.ts";
import { reviewBadge, shownFigure, shownSource, shownValue } from "./review.ts";
import type { Route, ViewContext } from "../lib/view.ts";
import type { ApiClaim, Page } from "../lib/api-types.ts";
import { watchButton } from "../lib/watch.ts";

const FILTERS = ["subject", "destination", "source", "from", "to", "review", "sort"];
const SORTS: Record<string, string> = {
  "": "newest report first",
  published: "oldest report first",
  "-quantity": "largest figure first",
  quantity: "smallest figure first",
  "-time": "latest claim time first",
  time: "earliest claim time first",
};
/** Facets the API counts → the filter a click on one of its values sets. */
const FACETS: ReadonlyArray<readonly [string, string, (value: string) => Record<string, string>]> = [
  ["subject", "Subject", (v) => ({ subject: v })],
  ["destination", "Destination", (v) => ({ destination: v })],
  ["source", "Source", (v) => ({ source: v })],
  ["outlet", "Outlet", (v) => ({ source: v })],
  ["year", "Year", (v) => ({ from: v, to: v })],
];
/** GET /api/claims/facets: per facet, its values with how many filtered claims have each. */
type Facets = Record<string, { value: string; count: number }[]>;
/** The review filter's choices → the API's `reviewed` / `decision` parameters. */
const REVIEW_CHOICES: Record<string, readonly [string, Record<string, string>]> = {
  "": ["any", {}],
  unreviewed: ["not reviewed", { reviewed: "false" }],
  reviewed: ["reviewed", { reviewed: "true" }],
  accept: ["accepted", { decision: "accept" }],
  reject: ["rejected", { decision: "reject" }],
  correct: ["corrected", { decision: "correct" }],
};
/** Filters set by links (not the form), kept when the form is submitted. */
const LINK_FILTERS = ["docId", "limit"];
const PAGE_SIZE = 50;
const DATE_PATTERN = "\\d{4}(-\\d{2}(-\\d{2})?)?";

export const title = "Claims";

/** "Watch" for the current filters: new claims passing them become alerts (sort and paging aside). */
function watchSearch(filters: Record<string, string>): HTMLElement {
  const query: Record<string, string> = {};
  for (const f of ["subject", "destination", "source", "docId", "from", "to"])
    if (filters[f]) query[f] = filters[f];
  Object.assign(query, (REVIEW_CHOICES[filters.review] ?? REVIEW_CHOICES[""])[1]);
  if (Object.keys(query).length === 0)
    return h("p", { class: "watch meta" }, "Set a filter to watch this search for new claims.");
  return watchButton("query", query, "this search");
}

/** Renders into `main`; `route.params` holds the filters. */
export async function render(main: HTMLElement, route: Route, { signal }: ViewContext): Promise<void> {
  const filters = Object.fromEntries(
    [...FILTERS, ...LINK_FILTERS].map((f) => [f, route.params.get(f) ?? ""]),
  );
  const offset = Math.max(0, Number.parseInt(route.params.get("offset") ?? "0", 10) || 0);
  const results = h(
    "section",
    { class: "results", "aria-live": "polite", "aria-busy": "true" },
    h("p", {}, "Loading claims…"),
  );
  replaceChildren(
    main,
    h("h1", { tabindex: "-1" }, "Claims"),
    filterForm(filters),
    watchSearch(filters),
    filters.docId ? docScope(filters) : null,
    results,
  );

  const limit = Math.min(500, Math.max(1, Number.parseInt(filters.limit, 10) || PAGE_SIZE));
  const { review, ...apiFilters } = filters;
  const reviewParams = (REVIEW_CHOICES[review] ?? REVIEW_CHOICES[""])[1];
  const { sort: _sort, ...facetFilters } = apiFilters;
  const [page, facets] = await Promise.all([
    getJson<Page<ApiClaim>>("/api/claims", { ...apiFilters, ...reviewParams, limit, offset }, signal),
    getJson<Facets>("/api/claims/facets", { ...facetFilters, limit: undefined }, signal).catch(() => null),
  ]);
  results.setAttribute("aria-busy", "false");
  const link = (newOffset: number) => buildHash("claims", null, { ...filters, offset: newOffset || null });
  replaceChildren(
    results,
    facets ? facetPanel(facets, filters) : null,
    page.total
      ? exportButton("flowwatch-claims", CLAIM_COLUMNS, (progress) =>
          allClaims({ ...apiFilters, ...reviewParams }, page.total, progress),
        )
      : null,
    pager(page, link, "claims"),
    page.items.length ? claimTable(page.items) : h("p", { class: "empty" }, "No claims match these filters."),
    page.items.length > 10 ? pager(page, link, "claims") : null,
  );
}

/** The columns of a claims export: the contract's fields, where each was published, the review. */
const CLAIM_COLUMNS = [
  "id",
  "docId",
  "quantity",
  "qualifier",
  "unit",
  "subject",
  "event",
  "destination",
  "attributedTo",
  "attributionChain",
  "time",
  "modality",
  "outlet",
  "published",
  "url",
  "review",
  "evidence",
];
/** At most this many claims in one export from the page (the CLI's `flowwatch export` has no cap). */
const EXPORT_CAP = 20_000;

/** Every claim of the current filter, page by page, as export rows. */
async function allClaims(
  params: Record<string, string>,
  total: number,
  progress: (done: number) => void,
): Promise<Row[]> {
  const rows: Row[] = [];
  const want = Math.min(total, EXPORT_CAP);
  for (let offset = 0; offset < want; offset += 500) {
    const page = await getJson<Page<ApiClaim>>("/api/claims", { ...params, limit: 500, offset });
    for (const c of page.items)
      rows.push({
        id: c.id,
        docId: c.docId,
        quantity: Array.isArray(c.quantity) ? `${c.quantity[0]}-${c.quantity[1]}` : c.quantity,
        qualifier: c.qualifier,
        unit: c.unit,
        subject: c.subject,
        event: c.event,
        destination: c.destination,
        attributedTo: c.attributedTo,
        attributionChain: (c.attributionChain ?? []).join(" > "),
        time: c.time,
        modality: c.modality,
        outlet: c.outlet,
        published: c.published,
        url: c.url,
        review: c.review?.decision ?? null,
        evidence: c.evidence,
      });
    progress(rows.length);
    if (page.items.length === 0) break;
  }
  return rows;
}

/** Counts of the filtered claims per value; each value links to the list narrowed to it. */
function facetPanel(facets: Facets, filters: Record<string, string>): HTMLElement {
  return h(
    "details",
    { class: "facets" },
    h("summary", {}, "Counts by subject, destination, source, outlet and year"),
    h(
      "div",
      { class: "facet-groups" },
      FACETS.map(([name, label, narrow]) =>
        (facets[name] ?? []).length
          ? h(
              "section",
              { class: "facet" },
              h("h2", {}, label),
              h(
                "ul",
                {},
                (facets[name] ?? [])
                  .slice(0, 10)
                  .map(({ value, count }) =>
                    h(
                      "li",
                      {},
                      h(
                        "a",
                        { href: buildHash("claims", null, { ...filters, offset: null, ...narrow(value) }) },
                        name === "subject" ? formatTerm(value) : value,
                      ),
                      ` ${count}`,
                    ),
                  ),
              ),
            )
          : null,
      ),
    ),
  );
}

function filterForm(filters: Record<string, string>): HTMLFormElement {
  const subject = h(
    "select",
    { id: "f-subject", name: "subject" },
    h("option", { value: "" }, "any"),
    Object.entries(subjectGroups()).map(([group, subjects]) =>
      h(
        "optgroup",
        { label: group },
        subjects.map((s) => h("option", { value: s, selected: s === filters.subject }, subjectLabel(s))),
      ),
    ),
  );
  // A subject not in the vocabulary (an old link) is still shown as selected.
  if (filters.subject && subject.value !== filters.subject) {
    subject.append(h("option", { value: filters.subject, selected: true }, filters.subject));
  }
  const field = (id: string, label: string, input: Node) =>
    h("div", { class: "field" }, h("label", { for: id }, label), input);
  const text = (name: string, extra: Record<string, unknown> = {}) =>
    h("input", { id: `f-${name}`, name, type: "text", value: filters[name], maxlength: 200, ...extra });
  const date = (name: string) =>
    text(name, {
      pattern: DATE_PATTERN,
      placeholder: "YYYY[-MM[-DD]]",
      inputmode: "numeric",
      title: "2024, 2024-06 or 2024-06-17",
    });

  const form = h(
    "form",
    {
      class: "filters",
      "aria-label": "Filter claims",
      on: {
        submit: (event) => {
          event.preventDefault();
          const data = new FormData(form);
          const params = Object.fromEntries(FILTERS.map((f) => [f, String(data.get(f) ?? "").trim()]));
          for (const f of LINK_FILTERS) params[f] = filters[f];
          location.hash = buildHash("claims", null, params);
        },
      },
    },
    field("f-subject", "Subject", subject),
    field("f-destination", "Destination", text("destination", { placeholder: "e.g. Russia" })),
    field("f-source", "Source or outlet", text("source", { placeholder: "e.g. NIS" })),
    field("f-from", "From", date("from")),
    field("f-to", "To", date("to")),
    field(
      "f-review",
      "Review",
      h(
        "select",
        { id: "f-review", name: "review" },
        Object.entries(REVIEW_CHOICES).map(([value, [label]]) =>
          h("option", { value, selected: value === (filters.review || "") }, label),
        ),
      ),
    ),
    field(
      "f-sort",
      "Order",
      h(
        "select",
        { id: "f-sort", name: "sort" },
        Object.entries(SORTS).map(([value, label]) =>
          h("option", { value, selected: value === (filters.sort || "") }, label),
        ),
      ),
    ),
    h(
      "div",
      { class: "field actions" },
      h("button", { type: "submit" }, "Apply"),
      h("a", { href: "#/claims", class: "button secondary" }, "Clear"),
    ),
  );
  return form;
}

function docScope(filters: Record<string, string>): HTMLElement {
  return h(
    "p",
    { class: "scope" },
    "Only claims from document ",
    h("a", { href: buildHash("documents", filters.docId) }, filters.docId),
    " · ",
    h(
      "a",
      { href: buildHash("claims", null, { ...filters, docId: null }) },
      "show claims from every document",
    ),
  );
}

const COLUMNS = [
  "Figure",
  "Unit",
  "Subject",
  "Event",
  "Destination",
  "Source",
  "Time",
  "Outlet, date",
  "Review",
];

function claimTable(claims: ApiClaim[]): HTMLElement {
  return h(
    "table",
    { class: "claims" },
    h("caption", { class: "visually-hidden" }, "Claims with their evidence sentence"),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        COLUMNS.map((c) => h("th", { scope: "col" }, c)),
      ),
    ),
    claims.map((claim) => h("tbody", { class: "claim" }, claimRow(claim), evidenceRow(claim))),
  );
}

function claimRow(claim: ApiClaim): HTMLElement {
  const cell = (label: string, ...content: Child[]) => h("td", { "data-label": label }, ...content);
  return h(
    "tr",
    {},
    cell("Figure", h("strong", { class: "figure" }, shownFigure(claim))),
    cell("Unit", shownValue(claim, "unit")),
    cell("Subject", shownValue(claim, "subject", formatTerm)),
    cell("Event", shownValue(claim, "event", formatTerm)),
    cell("Destination", shownValue(claim, "destination")),
    cell("Source", shownSource(claim)),
    cell("Time", shownValue(claim, "time")),
    cell(
      "Outlet, date",
      h("a", { href: buildHash("documents", claim.docId, { claim: claim.id }) }, formatOutlet(claim)),
    ),
    cell(
      "Review",
      reviewBadge(claim),
      " ",
      h(
        "a",
        {
          class: "review-link",
          href: buildHash("claims", String(claim.id)),
          "aria-label": `Review claim ${claim.id}`,
        },
        "Review",
      ),
    ),
  );
}

function evidenceRow(claim: ApiClaim): HTMLElement {
  return h(
    "tr",
    { class: "evidence-row" },
    h(
      "td",
      { colspan: COLUMNS.length },
      h(
        "blockquote",
        { class: "evidence" },
        highlighted(
          claim.evidence,
          claimRanges(claim, claim.sentence.start).filter((r) => r.className === "figure"),
        ),
      ),
      h(
        "a",
        { class: "open-doc", href: buildHash("documents", claim.docId, { claim: claim.id }) },
        `Show in document ${claim.docId}`,
      ),
    ),
  );
}
