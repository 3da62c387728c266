// Map view: where the claims point. Countries and Russia's federal subjects shaded by how many
// claims name them, circles for the largest number of people reported, each linked to the claim list
// filtered by destination, and the same figures as a plain table under the map.
// State lives in the hash: #/map?group=military&family=realised
import { h, replaceChildren } from "../lib/dom.ts";
import { getJson } from "../lib/api.ts";
import { buildHash } from "../lib/route.ts";
import { formatTerm } from "../lib/format.ts";
import { subjectGroups } from "../vocab.ts";
import {
  WIDTH,
  classBreaks,
  drawMap,
  shadeKey,
  s as svgEl,
  formatRange,
  layers,
  viewTransform,
  type MapLayers,
  type MapPlace,
  type MapView,
  type ShadedFeature,
} from "../geo/draw-map.ts";
import type { Route, ViewContext } from "../lib/view.ts";
import type { PlacesReport, PlaceSummary } from "../lib/api-types.ts";
import type { Topology } from "topojson-specification";

export const title = "Map";

/** Mirrored from src/assess/figures.ts (FAMILY_LABEL): the API's `family` values. */
export const FAMILIES: Record<string, string> = {
  planned: "planned / announced",
  realised: "reported dispatched",
  stock: "present at a time (stock)",
  entries: "border entries",
  revenue: "revenue",
  casualties: "casualties",
  other: "other",
};
const FILTERS = ["group", "family", "from", "to"];
const DATE_PATTERN = "\\d{4}(-\\d{2}(-\\d{2})?)?";
/** Countries the map draws by their regions (so country-level claims are not shaded). */
const SUBDIVIDED = new Set(["c-russia"]);
const KIND: Record<string, string> = {
  region: "Russian region",
  country: "country",
  site: "site",
  area: "broad area",
};

// The boundary file (≈200 KB) is fetched once, the first time the map is opened.
let geoPromise: Promise<MapLayers> | null = null;
function loadGeo(): Promise<MapLayers> {
  geoPromise ??= fetch(new URL("../geo/world.topo.json", import.meta.url))
    .then((res) => {
      if (!res.ok) throw new Error(`The map's boundary file could not be loaded (${res.status}).`);
      return res.json() as Promise<Topology>;
    })
    .then(layers)
    .catch((err) => {
      geoPromise = null;
      throw err;
    });
  return geoPromise;
}

export async function render(main: HTMLElement, route: Route, { signal }: ViewContext): Promise<void> {
  const filters = Object.fromEntries(FILTERS.map((f) => [f, route.params.get(f) ?? ""]));
  const results = h(
    "section",
    { class: "results", "aria-live": "polite", "aria-busy": "true" },
    h("p", {}, "Loading the map…"),
  );
  replaceChildren(
    main,
    h("h1", { tabindex: "-1" }, "Map"),
    h(
      "p",
      { class: "meta" },
      "Where the claims point: each destination named in a claim is placed in a country or a Russian federal subject. " +
        "Shading counts claims; a circle's area shows the largest number of workers or troops reported there " +
        "(figures from different reports overlap and are never added into a total). Select a place to see its claims.",
    ),
    filterForm(filters),
    yearSlider(filters),
    results,
  );
  const [report, geo] = await Promise.all([getJson<PlacesReport>("/api/places", filters, signal), loadGeo()]);
  if (signal.aborted) return;
  results.setAttribute("aria-busy", "false");

  const places: (MapPlace & PlaceSummary)[] = report.places.map((p) => {
    // Claims that name only Russia get a dashed circle in its middle, not Russia shaded under its
    // federal subjects: the text never said which region.
    const wholeCountry = SUBDIVIDED.has(p.key);
    return {
      ...p,
      label: wholeCountry ? `${p.name}, region not named` : p.name,
      vague: p.kind === "area" || wholeCountry,
      href: claimsLink(p),
      title: describe(p),
    };
  });
  const shaded = new Map<string, ShadedFeature & { parts: (MapPlace & PlaceSummary)[] }>();
  for (const p of places) {
    if (!p.feature || SUBDIVIDED.has(p.feature)) continue;
    const entry = shaded.get(p.feature) ?? { claims: 0, parts: [], href: "", title: "" };
    entry.claims += p.claims;
    entry.parts.push(p);
    shaded.set(p.feature, entry);
  }
  for (const entry of shaded.values()) {
    // A feature's link goes to its own place (not a site inside it) when it has one.
    const own = entry.parts.find((p) => p.key === p.feature) ?? entry.parts[0];
    entry.href = own.href;
    entry.title = entry.parts.map((p) => p.title).join("\n");
  }

  replaceChildren(
    results,
    h("p", { class: "count" }, summaryLine(report)),
    report.places.length
      ? h(
          "figure",
          { class: "chart map" },
          zoomControls(drawMap({ geo, shaded, places })),
          pageLegend(shaded, places),
          h(
            "figcaption",
            {},
            "Arrows run from North Korea to each place where people were reported, as wide as the largest figure. " +
              "Boundaries: Natural Earth (public domain), simplified for this scale; not a statement on any border.",
          ),
        )
      : h("p", { class: "empty" }, "No claim in this selection names a place on the map."),
    placeTable(places),
    unmappedList(report.unmapped),
  );
}

/** First year the slider offers: the UN ban on new work permits (resolution 2375) came in 2017. */
const FIRST_YEAR = 2016;

/** One year at a time (from = to = that year), or every year: moving the slider redraws the map. */
function yearSlider(filters: Record<string, string>): HTMLElement {
  const last = new Date().getUTCFullYear();
  const single = filters.from && filters.from === filters.to && /^\d{4}$/.test(filters.from);
  const year = single ? Number(filters.from) : last;
  const output = h("output", { for: "m-year", class: "year-value" }, single ? String(year) : "every year");
  const go = (y: string | null) => {
    location.hash = buildHash("map", null, { ...filters, from: y, to: y });
  };
  const slider = h("input", {
    id: "m-year",
    type: "range",
    min: FIRST_YEAR,
    max: last,
    step: 1,
    value: String(year),
    "aria-valuetext": single ? String(year) : "every year",
    on: {
      input: (event) => {
        output.textContent = (event.currentTarget as HTMLInputElement).value;
      },
      change: (event) => go((event.currentTarget as HTMLInputElement).value),
    },
  });
  return h(
    "div",
    { class: "year-slider" },
    h("label", { for: "m-year" }, "Year"),
    slider,
    output,
    single
      ? h("button", { type: "button", class: "secondary", on: { click: () => go(null) } }, "Every year")
      : null,
  );
}

/**
 * The legend as page text, shown instead of the one drawn in the SVG on a phone, where the SVG's
 * text shrinks with the map below a readable size.
 */
function pageLegend(shaded: Map<string, ShadedFeature>, places: MapPlace[]): HTMLElement {
  const breaks = classBreaks(Math.max(0, ...[...shaded.values()].map((v) => v.claims)));
  const most = Math.max(0, ...places.map((p) => p.people?.high ?? 0));
  return h(
    "div",
    { class: "map-legend-page" },
    h(
      "p",
      {},
      h("strong", {}, "Claims naming the place: "),
      shadeKey(breaks).map(({ colour, label }) => [
        // An SVG swatch: the page's CSP allows presentation attributes, not inline styles.
        svgEl(
          "svg",
          { class: "swatch", width: 14, height: 14, viewBox: "0 0 14 14", "aria-hidden": "true" },
          svgEl("rect", { width: 14, height: 14, fill: colour }),
        ),
        ` ${label} `,
      ]),
    ),
    h(
      "p",
      {},
      h("strong", {}, "Circles: "),
      most > 0
        ? `area by the most workers or troops reported (largest here ${most.toLocaleString("en-GB")}); dashed: a broad area or no region named.`
        : "no persons figures in this selection.",
    ),
    h("p", {}, h("strong", {}, "Arrows: "), "from North Korea, as wide as the largest figure reported."),
  );
}

/** Zoom buttons and drag to pan, for the map area (the legend stays as it is). */
function zoomControls(svg: SVGElement): HTMLElement {
  const content = svg.querySelector<SVGGElement>("g.map-content");
  const view: MapView = { scale: 1, x: 0, y: 0 };
  const apply = () => content?.setAttribute("transform", viewTransform(view));
  const zoom = (factor: number) => {
    const next = Math.min(8, Math.max(1, view.scale * factor));
    view.x *= next / view.scale;
    view.y *= next / view.scale;
    view.scale = next;
    if (next === 1) view.x = view.y = 0;
    apply();
  };
  // Dragging moves the map by as many SVG units as the pointer moved on screen.
  let drag: { x: number; y: number } | null = null;
  svg.addEventListener("pointerdown", (event) => {
    if (view.scale === 1) return;
    drag = { x: event.clientX, y: event.clientY };
  });
  svg.addEventListener("pointermove", (event) => {
    if (!drag) return;
    const unit = WIDTH / svg.getBoundingClientRect().width;
    view.x += (event.clientX - drag.x) * unit;
    view.y += (event.clientY - drag.y) * unit;
    drag = { x: event.clientX, y: event.clientY };
    apply();
  });
  for (const end of ["pointerup", "pointerleave"]) svg.addEventListener(end, () => (drag = null));
  const button = (label: string, text: string, run: () => void) =>
    h("button", { type: "button", class: "secondary", "aria-label": label, on: { click: run } }, text);
  return h(
    "div",
    { class: "map-frame" },
    h(
      "div",
      { class: "zoom-controls", role: "group", "aria-label": "Zoom the map" },
      button("Zoom in", "+", () => zoom(1.5)),
      button("Zoom out", "−", () => zoom(1 / 1.5)),
      button("Reset the view", "Reset", () => zoom(0)),
    ),
    svg,
  );
}

/** The claim list filtered by the destination most claims of this place state. */
function claimsLink(place: PlaceSummary): string {
  return buildHash("claims", null, { destination: place.destinations[0]?.name ?? place.name });
}

function describe(place: PlaceSummary): string {
  const lines = [`${place.name}: ${place.claims} claim${place.claims === 1 ? "" : "s"}`];
  if (place.people) lines.push(`people reported: ${formatRange(place.people)}`);
  const stated = place.destinations.map((d) => d.name).filter((n) => n !== place.name);
  if (stated.length) lines.push(`named as ${stated.join(", ")}`);
  return lines.join("; ");
}

function summaryLine(report: PlacesReport): string {
  const mapped = report.places.reduce((n, p) => n + p.claims, 0);
  const parts = [`${mapped} of ${report.total} claims placed on the map`];
  if (report.withoutDestination) parts.push(`${report.withoutDestination} name no destination`);
  const unmapped = report.unmapped.reduce((n, u) => n + u.claims, 0);
  if (unmapped) parts.push(`${unmapped} name a place the map does not know`);
  if (report.rejected) parts.push(`${report.rejected} rejected by an analyst and left out`);
  return `${parts.join("; ")}.`;
}

function filterForm(filters: Record<string, string>): HTMLFormElement {
  const field = (id: string, label: string, input: Node) =>
    h("div", { class: "field" }, h("label", { for: id }, label), input);
  const select = (name: string, choices: Record<string, string>) =>
    h(
      "select",
      { id: `m-${name}`, name },
      h("option", { value: "" }, "any"),
      Object.entries(choices).map(([value, label]) =>
        h("option", { value, selected: value === filters[name] }, label),
      ),
    );
  const date = (name: string) =>
    h("input", {
      id: `m-${name}`,
      name,
      type: "text",
      value: filters[name],
      pattern: DATE_PATTERN,
      placeholder: "YYYY[-MM[-DD]]",
      inputmode: "numeric",
      maxlength: 10,
      title: "2024, 2024-06 or 2024-06-17",
    });
  const groups = Object.fromEntries(Object.keys(subjectGroups()).map((g) => [g, formatTerm(g)]));
  const form = h(
    "form",
    {
      class: "filters",
      "aria-label": "Filter the map",
      on: {
        submit: (event) => {
          event.preventDefault();
          const data = new FormData(form);
          location.hash = buildHash(
            "map",
            null,
            Object.fromEntries(FILTERS.map((f) => [f, String(data.get(f) ?? "").trim()])),
          );
        },
      },
    },
    field("m-group", "Subject group", select("group", groups)),
    field("m-family", "Event family", select("family", FAMILIES)),
    field("m-from", "From", date("from")),
    field("m-to", "To", date("to")),
    h(
      "div",
      { class: "field actions" },
      h("button", { type: "submit" }, "Apply"),
      h("a", { href: "#/map", class: "button secondary" }, "Clear"),
    ),
  );
  return form;
}

/** The accessible alternative: every place with its counts, figures and the names it was stated as. */
function placeTable(places: (MapPlace & PlaceSummary)[]): HTMLElement | null {
  if (!places.length) return null;
  // One line per subject group, event family and unit (a div each: a list's margins would
  // misalign the row).
  const breakdown = (p: PlaceSummary) =>
    p.breakdown.map((b) =>
      h(
        "div",
        { class: "breakdown" },
        `${formatTerm(b.group)}, ${FAMILIES[b.family] ?? b.family}: ${b.claims} claim${b.claims === 1 ? "" : "s"}, ` +
          // The range of what was stated, never a sum: estimates from different sources overlap.
          `${b.claims > 1 ? "stated figures range " : ""}${formatRange(b.range)} ${formatTerm(b.unit)}`,
      ),
    );
  const stated = (p: PlaceSummary) =>
    p.destinations.map((d, i) => [
      i > 0 ? ", " : null,
      h("a", { href: buildHash("claims", null, { destination: d.name }) }, d.name),
      ` (${d.claims})`,
    ]);
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "estimates places" },
      h("caption", {}, "The same places as a table"),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ["Place", "Kind", "Claims", "People reported", "Figures by subject and event", "Stated as"].map(
            (c) => h("th", { scope: "col" }, c),
          ),
        ),
      ),
      h(
        "tbody",
        {},
        places.map((p) =>
          h(
            "tr",
            { "data-place": p.key },
            h("td", {}, h("a", { href: p.href }, h("strong", {}, p.label))),
            h("td", {}, KIND[p.kind] ?? p.kind),
            h("td", { class: "num" }, String(p.claims)),
            h("td", { class: "num" }, p.people ? formatRange(p.people) : "—"),
            h("td", {}, breakdown(p)),
            h("td", {}, stated(p)),
          ),
        ),
      ),
    ),
  );
}

function unmappedList(unmapped: PlacesReport["unmapped"]): HTMLElement | null {
  if (!unmapped.length) return null;
  return h(
    "section",
    { class: "unmapped" },
    h("h2", {}, "Not on the map"),
    h("p", { class: "meta" }, "Destinations the map's gazetteer does not place yet:"),
    h(
      "ul",
      {},
      unmapped.map((u) =>
        h(
          "li",
          {},
          h("a", { href: buildHash("claims", null, { destination: u.destination }) }, u.destination),
          ` (${u.claims})`,
        ),
      ),
    ),
  );
}
