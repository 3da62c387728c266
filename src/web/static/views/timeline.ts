// Timeline (#/timeline?subject=workers&place=Russia): one subject's estimates over the years, drawn
// with Observable Plot. Planned figures are hollow triangles on dashed lines, reported ones filled
// dots on solid lines, other kinds their own colour; the range of each year is a vertical rule and
// the headline (lowest well-sourced figure) a line per series, so points of different places are
// never joined. The same data is in a table under the chart (the accessible alternative).
import { h, replaceChildren, formData } from "../lib/dom.ts";
import { getJson } from "../lib/api.ts";
import { buildHash } from "../lib/route.ts";
import { formatTerm } from "../lib/format.ts";
import {
  FAMILY_COLOURS,
  FAMILY_LABELS,
  formatRange,
  subjectsByWeight,
  timelineRows,
  yearTicks,
  type FigureRow,
  type PeriodRow,
} from "../lib/estimates.ts";
import type { Route, ViewContext } from "../lib/view.ts";
import type { SeriesOut, SeriesPage } from "../lib/api-types.ts";

type PlotModule = typeof import("../vendor/plot.ts");

const number = new Intl.NumberFormat("en-GB");

export const title = "Timeline";

export async function render(main: HTMLElement, route: Route, { signal }: ViewContext): Promise<void> {
  replaceChildren(main, h("h1", { tabindex: "-1" }, "Estimates over time"), h("p", {}, "Loading…"));
  // Every series, for the subject selector (the server caches the assessment).
  const [everything, Plot] = await Promise.all([
    getJson<SeriesPage>("/api/series", { figures: "false", limit: 1000 }, signal),
    import("../vendor/plot.ts"),
  ]);
  const subjects = subjectsByWeight(everything.items);
  const subject = route.params.get("subject") || subjects[0] || "";
  const place = route.params.get("place") ?? "";
  const data = subject
    ? await getJson<SeriesPage>("/api/series", { subject, place, limit: 1000 }, signal)
    : { items: [] as SeriesOut[] };
  const rows = timelineRows(data.items);
  const places = [
    ...new Set(everything.items.filter((s) => s.subject === subject).map((s) => s.place)),
  ].sort();

  replaceChildren(
    main,
    h("h1", { tabindex: "-1" }, "Estimates over time"),
    selector(subjects, subject, places, place),
    rows.periods.length
      ? [
          h(
            "figure",
            { class: "chart" },
            chart(Plot, rows, subject, Math.max(300, Math.min(960, main.clientWidth - 8))),
            h(
              "figcaption",
              {},
              `${formatTerm(subject)}${place ? ` in ${place}` : ""}: each dot is one reported figure; vertical rules span every figure of a year; lines join the headline (lowest well-sourced) figure of one series. Planned figures are triangles on dashed lines.`,
            ),
          ),
          table(rows.periods),
        ]
      : h("p", { class: "empty" }, "No estimates for this subject yet."),
    h("p", { class: "meta" }, `Assessed ${everything.summary.builtAt}.`),
  );
}

function selector(subjects: string[], subject: string, places: string[], place: string): HTMLElement {
  return h(
    "form",
    {
      class: "filters",
      "aria-label": "Choose what to plot",
      on: {
        submit: (event) => {
          event.preventDefault();
          const form = formData(event);
          const next = String(form.get("subject") ?? "");
          location.hash = buildHash("timeline", null, {
            subject: next,
            place: next === subject ? String(form.get("place") ?? "") : null,
          });
        },
      },
    },
    h(
      "div",
      { class: "field" },
      h("label", { for: "t-subject" }, "Subject"),
      h(
        "select",
        { id: "t-subject", name: "subject" },
        subjects.map((s) => h("option", { value: s, selected: s === subject }, formatTerm(s))),
      ),
    ),
    h(
      "div",
      { class: "field" },
      h("label", { for: "t-place" }, "Place"),
      h(
        "select",
        { id: "t-place", name: "place" },
        h("option", { value: "" }, "All places"),
        places.map((p) => h("option", { value: p, selected: p === place }, p)),
      ),
    ),
    h("div", { class: "field actions" }, h("button", { type: "submit" }, "Show")),
  );
}

/** `width`: the room there is, so text stays legible on a phone instead of scaling down. */
function chart(
  Plot: PlotModule,
  rows: { figures: FigureRow[]; periods: PeriodRow[] },
  subject: string,
  width: number,
): HTMLElement | SVGSVGElement {
  const families = [...new Set(rows.periods.map((r) => r.family))];
  const colour = {
    domain: families.map((f) => FAMILY_LABELS[f] ?? f),
    range: families.map((f) => FAMILY_COLOURS[f] ?? "#555"),
  };
  const label = (r: PeriodRow) => FAMILY_LABELS[r.family] ?? r.family;
  const headlines = rows.periods.filter((r) => r.headline !== null);
  const planned = (r: PeriodRow) => r.family === "planned";
  const years = rows.periods.map((r) => r.year);
  const figure = Plot.plot({
    width,
    height: Math.round(Math.max(300, Math.min(420, width * 0.55))),
    marginLeft: 64,
    marginRight: 24,
    marginBottom: 40,
    style: { fontSize: "13px" },
    className: "fw-plot",
    ariaLabel: `Estimates of ${formatTerm(subject)} over time`,
    // Periods are calendar years: a linear year axis, padded half a year so end points are not clipped.
    x: {
      label: "Year",
      domain: [Math.min(...years) - 0.5, Math.max(...years) + 0.5],
      ticks: yearTicks(rows.periods),
      tickFormat: (y: number) => String(y),
    },
    y: {
      label: `${formatTerm(subject)} (${rows.periods[0]?.unit ?? ""})`,
      grid: true,
      zero: true,
      tickFormat: (v: number) => number.format(v),
    },
    color: { ...colour, legend: true },
    marks: [
      Plot.ruleX(rows.periods, {
        x: "year",
        y1: "low",
        y2: "high",
        stroke: label,
        strokeWidth: 6,
        strokeOpacity: 0.3,
      }),
      Plot.line(
        headlines.filter((r) => !planned(r)),
        { x: "year", y: "headline", z: "z", stroke: label, strokeWidth: 2, marker: false },
      ),
      Plot.line(headlines.filter(planned), {
        x: "year",
        y: "headline",
        z: "z",
        stroke: label,
        strokeWidth: 2,
        strokeDasharray: "6,4",
      }),
      Plot.dot(
        rows.figures.filter((r) => r.family !== "planned"),
        {
          x: "year",
          y: "value",
          fill: (r: FigureRow) => FAMILY_LABELS[r.family] ?? r.family,
          r: 4,
          title: (r: FigureRow) =>
            `${r.text} — ${r.outlet ?? "unknown outlet"}, grade ${r.grade} (${r.place})`,
        },
      ),
      Plot.dot(
        rows.figures.filter((r) => r.family === "planned"),
        {
          x: "year",
          y: "value",
          stroke: (r: FigureRow) => FAMILY_LABELS[r.family] ?? r.family,
          symbol: "triangle",
          r: 5,
          strokeWidth: 2,
          fill: "white",
          title: (r: FigureRow) =>
            `${r.text} (planned) — ${r.outlet ?? "unknown outlet"}, grade ${r.grade} (${r.place})`,
        },
      ),
      Plot.ruleY([0]),
    ],
  });
  // Plot adds a <style> element; the page's CSP forbids inline styles, so its rules live in
  // style.css instead. Removed before the chart is attached, so the browser never sees it.
  for (const style of figure.querySelectorAll("style")) style.remove();
  figure.classList.add("plot");
  return figure;
}

function table(periods: PeriodRow[]): HTMLElement {
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "estimates timeline-table" },
      h("caption", {}, "The chart's data"),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ["Year", "Kind", "Place", "Headline", "Range", "Figures", "Sources agreeing", "Grade"].map((l) =>
            h("th", { scope: "col" }, l),
          ),
        ),
      ),
      h(
        "tbody",
        {},
        periods.map((r) =>
          h(
            "tr",
            { class: `family-${r.family}` },
            h("td", { "data-label": "Year" }, r.period),
            h("td", { "data-label": "Kind" }, FAMILY_LABELS[r.family] ?? r.family),
            h("td", { "data-label": "Place" }, r.place),
            h(
              "td",
              { "data-label": "Headline", class: "num" },
              r.claimId !== null && r.headline !== null
                ? h("a", { href: `#/claims/${r.claimId}` }, r.headlineText)
                : r.headlineText,
            ),
            h("td", { "data-label": "Range", class: "num" }, formatRange([r.low, r.high])),
            h("td", { "data-label": "Figures", class: "num" }, String(r.figures)),
            h("td", { "data-label": "Sources agreeing", class: "num" }, String(r.corroboration)),
            h(
              "td",
              { "data-label": "Grade" },
              r.grade ?? "—",
              r.contradicted ? h("span", { class: "flag contradiction" }, "contradicted") : null,
            ),
          ),
        ),
      ),
    ),
  );
}
