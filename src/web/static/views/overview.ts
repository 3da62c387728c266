// Overview (#/, the default): what the record holds, the headline estimate of every quantity of
// interest (subject × family × place, latest period) with its range, corroboration and grade, and
// the contradictions and circular reports an analyst should look at first. Every figure links to
// its claim (and from there to its sentence).
import { h, replaceChildren, selectField, formData } from "../lib/dom.ts";
import { getJson } from "../lib/api.ts";
import { buildHash } from "../lib/route.ts";
import { formatFigure, formatTerm } from "../lib/format.ts";
import { FAMILIES, FAMILY_LABELS, formatHeadline, formatRange } from "../lib/estimates.ts";
import { subjectGroups } from "../vocab.ts";
import { downloadLinks, type Row } from "../lib/export.ts";
import type { Route, ViewContext } from "../lib/view.ts";
import type { SeriesOut, SeriesPage } from "../lib/api-types.ts";

export const title = "Overview";

const COUNT_LABELS: ReadonlyArray<readonly [string, string]> = [
  ["documents", "Documents"],
  ["claims", "Claims"],
  ["sources", "Sources (origins)"],
  ["outlets", "Outlets"],
  ["series", "Estimate series"],
  ["findings", "Findings"],
  ["reviewedClaims", "Reviewed claims"],
];

export async function render(main: HTMLElement, route: Route, { signal }: ViewContext): Promise<void> {
  const group = route.params.get("group") ?? "";
  const family = route.params.get("family") ?? "";
  replaceChildren(main, h("h1", { tabindex: "-1" }, "Overview"), h("p", {}, "Assessing the record…"));
  const data = await getJson<SeriesPage>(
    "/api/series",
    { subjectGroup: group, family, figures: "false", limit: 500 },
    signal,
  );
  const { counts, contradictions, circular, contradictionCount, circularCount } = data.summary;
  replaceChildren(
    main,
    h("h1", { tabindex: "-1" }, "Overview"),
    h(
      "dl",
      { class: "counts" },
      COUNT_LABELS.map(([key, label]) =>
        h("div", {}, h("dt", {}, label), h("dd", {}, String(counts[key] ?? 0))),
      ),
    ),
    filters(group, family),
    h("h2", { id: "headlines" }, "Headline estimates"),
    h(
      "p",
      { class: "meta" },
      "The latest year of each quantity. The headline is the lowest well-sourced figure; the range covers every figure. ",
      h("a", { href: "#/timeline" }, "See them over time"),
      ".",
    ),
    data.items.length
      ? downloadLinks("flowwatch-estimates", data.items.map(seriesRow), SERIES_COLUMNS)
      : null,
    data.items.length
      ? headlineTable(data.items)
      : h("p", { class: "empty" }, "No estimates match. Ingest documents, or clear the filters."),
    data.total > data.items.length
      ? h("p", { class: "meta" }, `Showing ${data.items.length} of ${data.total} series.`)
      : null,
    h("h2", { id: "contradictions" }, `Contradictions (${contradictionCount})`),
    contradictionCount > contradictions.length
      ? h("p", { class: "meta" }, `The ${contradictions.length} most recent are listed.`)
      : null,
    contradictions.length
      ? h(
          "ul",
          { class: "flags" },
          contradictions.map((c) =>
            h(
              "li",
              {},
              h(
                "strong",
                {},
                c.subject
                  ? `${formatTerm(c.subject)}, ${FAMILY_LABELS[c.family ?? ""] ?? c.family}, ${c.place}, ${c.period}: `
                  : `${c.period}: `,
              ),
              c.figures.map((f, i) => [
                i > 0 ? " vs " : "",
                c.claimIds[i] !== null
                  ? h("a", { href: `#/claims/${c.claimIds[i]}` }, formatFigure(f, "exact"))
                  : formatFigure(f, "exact"),
                ` (${(c.originNames ?? c.origins)[i]})`,
              ]),
              h("span", { class: "meta" }, ` — ${c.reason}`),
            ),
          ),
        )
      : h("p", { class: "empty" }, "No two independent sources disagree beyond their hedges."),
    h("h2", { id: "circular" }, `Circular reporting (${circularCount})`),
    circular.length
      ? h(
          "ul",
          { class: "flags" },
          circular
            .slice(0, 50)
            .map((c) =>
              h(
                "li",
                {},
                c.claimId !== null
                  ? h("a", { href: `#/claims/${c.claimId}` }, `Claim ${c.claimId}`)
                  : "A claim",
                ` cites ${c.citedVia}, which had already carried the figure; it is counted under ${c.trueOrigin}`,
                c.earlierClaimId !== null
                  ? [" (", h("a", { href: `#/claims/${c.earlierClaimId}` }, "earlier report"), ")"]
                  : null,
                ".",
              ),
            ),
        )
      : h("p", { class: "empty" }, "No figure was found to come back through a later report."),
  );
}

function filters(group: string, family: string): HTMLElement {
  return h(
    "form",
    {
      class: "filters",
      "aria-label": "Filter estimates",
      on: {
        submit: (event) => {
          event.preventDefault();
          const form = formData(event);
          location.hash = buildHash("", null, {
            group: String(form.get("group") ?? ""),
            family: String(form.get("family") ?? ""),
          });
        },
      },
    },
    selectField(
      "o-group",
      "group",
      "Subject group",
      group,
      Object.keys(subjectGroups()).map((g) => [g, formatTerm(g)]),
    ),
    selectField(
      "o-family",
      "family",
      "Kind of figure",
      family,
      FAMILIES.map((f) => [f, FAMILY_LABELS[f]]),
    ),
    h("div", { class: "field actions" }, h("button", { type: "submit" }, "Apply")),
  );
}

const SERIES_COLUMNS = [
  "subject",
  "family",
  "place",
  "unit",
  "period",
  "headline",
  "headlineClaim",
  "low",
  "high",
  "corroboration",
  "origins",
  "grade",
  "contradicted",
  "circular",
];

/** The latest period of a series, as the headline table shows it. */
function seriesRow(s: SeriesOut): Row {
  const p = s.latest;
  return {
    subject: s.subject,
    family: s.family,
    place: s.place,
    unit: s.unit,
    period: p?.period,
    headline: p?.headline?.value,
    headlineClaim: p?.headline?.claimId,
    low: p?.range[0],
    high: p?.range[1],
    corroboration: p?.corroboration,
    origins: p?.origins.length,
    grade: p?.grade,
    contradicted: p?.contradicted,
    circular: p?.circular,
  };
}

function headlineTable(items: SeriesOut[]): HTMLElement {
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "estimates" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ["Subject", "Kind", "Place", "Year", "Headline", "Range", "Sources agreeing", "Grade", "Flags"].map(
            (label) => h("th", { scope: "col" }, label),
          ),
        ),
      ),
      h(
        "tbody",
        {},
        items.map((s) => {
          const p = s.latest;
          if (!p) return null;
          const headline = p.headline;
          return h(
            "tr",
            { class: "estimate" },
            h("td", { "data-label": "Subject" }, formatTerm(s.subject)),
            h("td", { "data-label": "Kind" }, FAMILY_LABELS[s.family] ?? s.family),
            h(
              "td",
              { "data-label": "Place" },
              s.place,
              h("span", { class: "meta" }, ` (${s.placePrecision})`),
            ),
            h("td", { "data-label": "Year" }, p.period),
            h(
              "td",
              { "data-label": "Headline", class: "num" },
              headline && headline.claimId !== null
                ? [
                    h(
                      "a",
                      { href: `#/claims/${headline.claimId}`, title: p.headlineReason },
                      formatHeadline(headline),
                    ),
                    ` ${formatTerm(s.unit)}`,
                  ]
                : h("span", { class: "meta", title: p.headlineReason }, "none well-sourced"),
            ),
            h("td", { "data-label": "Range", class: "num" }, formatRange(p.range), ` ${formatTerm(s.unit)}`),
            h(
              "td",
              { "data-label": "Sources agreeing", class: "num" },
              String(p.corroboration),
              h("span", { class: "meta" }, ` of ${p.origins.length}`),
            ),
            h("td", { "data-label": "Grade" }, p.grade ? h("span", { class: "grade" }, p.grade) : "—"),
            h(
              "td",
              { "data-label": "Flags" },
              p.contradicted ? h("span", { class: "flag contradiction" }, "contradicted") : null,
              p.circular ? h("span", { class: "flag circular" }, "circular") : null,
              h(
                "a",
                { class: "more", href: buildHash("timeline", null, { subject: s.subject }) },
                "over time",
              ),
            ),
          );
        }),
      ),
    ),
  );
}
