// Draws the places map as SVG: countries and Russia's federal subjects shaded by claim count,
// circles sized by the largest number of people reported, a legend. Every label is a text node
// (createElementNS + textContent); styling is by presentation attributes, which the dashboard's
// Content-Security-Policy (style-src 'self') allows where inline styles are refused.
import { geoConicEqualArea, geoGraticule10, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeoProjection } from "d3-geo";
import type { Topology } from "topojson-specification";

type LonLat = [number, number];

/** A boundary of world.topo.json (a country or one of Russia's federal subjects). */
export interface MapFeature extends GeoJSON.Feature {
  id: string;
  properties: { name: string; kind: string; centroid: LonLat };
}

export interface MapLayers {
  countries: MapFeature[];
  regions: MapFeature[];
}

/** A shaded boundary: how many claims name it, where its link goes, its tooltip. */
export interface ShadedFeature {
  claims: number;
  href: string;
  title: string;
}

/** A place with a circle. `people` is the range of persons figures (sizes the circle), or null. */
export interface MapPlace {
  key: string;
  name: string;
  label?: string;
  vague?: boolean;
  point: LonLat;
  people: { low: number; high: number } | null;
  kind: string;
  claims: number;
  href: string;
  title: string;
}

type SvgChild = Node | string | number | null | undefined | false | readonly SvgChild[];

const SVG = "http://www.w3.org/2000/svg";
export const WIDTH = 960;
export const HEIGHT = 600;
/** The legend sits in a strip under the map so it never hides a place. */
const LEGEND_HEIGHT = 96;
/** Sequential blues, light to dark (ColorBrewer "Blues", 5 classes). */
const SHADES = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];
const LAND = "#eceae4";
const SEA = "#f4f8fb";
const CIRCLE = "#d9480f";
/** North Korea, where every flow starts, drawn in its own colour. */
const DPRK = "c-north-korea";
const DPRK_FILL = "#f6d7c3";
const FLOW = "#a8380b";
/** Pyongyang: where the flow arrows start. */
const FLOW_ORIGIN: LonLat = [125.75, 39.03];
const MAX_RADIUS = 34;
const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
let drawn = 0;

/** An SVG element with attributes; strings among the children become text nodes. */
export function s(tag: string, attrs: Record<string, unknown> = {}, ...children: SvgChild[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "on")
      for (const [event, fn] of Object.entries(value as Record<string, EventListener>))
        el.addEventListener(event, fn);
    else el.setAttribute(key, String(value));
  }
  const add = (items: readonly SvgChild[]): void => {
    for (const child of items) {
      if (child === null || child === undefined || child === false) continue;
      if (Array.isArray(child)) add(child);
      else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  };
  add(children);
  return el;
}

/** `800–1,200` or `1,200`. */
export function formatRange(range: { low: number; high: number } | null | undefined): string {
  if (!range) return "—";
  return range.low === range.high
    ? number.format(range.low)
    : `${number.format(range.low)}–${number.format(range.high)}`;
}

/** The topology's two layers as GeoJSON features. */
export function layers(topology: Topology): MapLayers {
  const of = (name: string) =>
    (feature(topology, topology.objects[name]) as unknown as GeoJSON.FeatureCollection)
      .features as MapFeature[];
  return { countries: of("countries"), regions: of("regions") };
}

/** Up to five class breaks for counts 1..max: 1, then roughly geometric steps. */
export function classBreaks(max: number): number[] {
  if (max <= SHADES.length) return Array.from({ length: Math.max(1, max) }, (_, i) => i + 1);
  const breaks = [1];
  for (let i = 1; i < SHADES.length; i++) {
    const b = Math.round(Math.pow(max, i / (SHADES.length - 1)));
    if (b > breaks[breaks.length - 1]) breaks.push(b);
  }
  return breaks;
}

function shadeFor(count: number, breaks: number[]): string {
  let index = 0;
  for (let i = 0; i < breaks.length; i++) if (count >= breaks[i]) index = i;
  // Few classes use the darker end of the ramp so one claim is still clearly visible.
  return SHADES[SHADES.length - breaks.length + index];
}

/** The map: `shaded` is keyed by feature id. */
export function drawMap({
  geo,
  shaded,
  places,
}: {
  geo: MapLayers;
  shaded: Map<string, ShadedFeature>;
  places: MapPlace[];
}): SVGElement {
  const byId = new Map([...geo.countries, ...geo.regions].map((f) => [f.id, f]));
  // Fit the projection to the centres of Russia's federal subjects and Korea (the frame every reader
  // expects) plus every place with claims; the Arctic coast may run off the top, the data never does.
  const points: LonLat[] = geo.regions.map((f) => f.properties.centroid);
  const korea = byId.get("c-north-korea");
  if (korea) points.push(korea.properties.centroid);
  for (const id of shaded.keys()) {
    const f = byId.get(id);
    if (f) points.push(f.properties.centroid);
  }
  for (const p of places) points.push(p.point);
  const projection = geoConicEqualArea()
    .parallels([35, 65])
    .rotate([-95, 0])
    .fitExtent(
      [
        [48, 40],
        [WIDTH - 48, HEIGHT - 30],
      ],
      { type: "MultiPoint", coordinates: points },
    );
  const path = geoPath(projection);

  const maxCount = Math.max(0, ...[...shaded.values()].map((v) => v.claims));
  const breaks = classBreaks(maxCount);
  const region = (f: MapFeature) => {
    const data = shaded.get(f.id);
    const d = path(f);
    if (!d) return null;
    if (!data) {
      const origin = f.id === DPRK;
      return s(
        "path",
        {
          d,
          fill: origin ? DPRK_FILL : LAND,
          stroke: origin ? FLOW : "#ffffff",
          "stroke-width": origin ? 1 : 0.5,
          class: origin ? "feature origin" : "feature",
          "data-feature": f.id,
        },
        s("title", {}, origin ? `${f.properties.name}: where the flows start` : f.properties.name),
      );
    }
    const shape = s(
      "path",
      {
        d,
        fill: shadeFor(data.claims, breaks),
        stroke: "#ffffff",
        "stroke-width": 0.6,
        class: "feature has-claims",
        "data-feature": f.id,
      },
      s("title", {}, data.title),
    );
    return focusable(
      s("a", { href: data.href, "aria-label": data.title, class: "region-link" }, shape),
      shape,
    );
  };

  const svg = s("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT + LEGEND_HEIGHT}`,
    width: "100%",
    role: "group",
    "aria-labelledby": "map-title",
    class: "places-map",
    "font-family": "system-ui, sans-serif",
  });
  const clipId = `map-clip-${++drawn}`;
  svg.append(
    s("title", { id: "map-title" }, "Map of the destinations named in the claims"),
    s(
      "defs",
      {},
      s("clipPath", { id: clipId }, s("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT })),
      s(
        "marker",
        {
          id: `${clipId}-arrow`,
          viewBox: "0 0 10 10",
          refX: 9,
          refY: 5,
          // A head of one size whatever the arrow's width (the default scales it with the stroke).
          markerUnits: "userSpaceOnUse",
          markerWidth: 12,
          markerHeight: 12,
          orient: "auto-start-reverse",
        },
        s("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: FLOW }),
      ),
    ),
    s(
      "g",
      { "clip-path": `url(#${clipId})` },
      s("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT, fill: "#ffffff" }),
      s(
        "g",
        { class: "map-content" },
        s("path", { d: path({ type: "Sphere" }), fill: SEA, stroke: "#c9d6e2" }),
        s("path", { d: path(geoGraticule10()), fill: "none", stroke: "#dde6ee", "stroke-width": 0.5 }),
        // Russia as a country sits under its federal subjects: only its outline shows.
        s("g", { class: "countries" }, geo.countries.map(region)),
        s("g", { class: "regions" }, geo.regions.filter((f) => f.properties.kind === "region").map(region)),
        s("g", { class: "flows" }, flows(places, projection, `${clipId}-arrow`)),
        s("g", { class: "circles" }, circles(places, projection)),
        s("g", { class: "labels", "pointer-events": "none" }, labels(places, projection)),
      ),
    ),
    s("line", { x1: 0, y1: HEIGHT, x2: WIDTH, y2: HEIGHT, stroke: "#d0d7de" }),
    legend(breaks, places),
  );
  return svg;
}

/**
 * Arrows from Pyongyang to each place where people were reported, as wide as the largest figure
 * (area-like: by its square root). Only places with a persons figure and their own point get one:
 * a broad area or a whole country without a region named gets no arrow to an arbitrary point.
 */
function flows(places: MapPlace[], projection: GeoProjection, marker: string): SVGElement[] {
  const from = projection(FLOW_ORIGIN);
  if (!from) return [];
  const max = Math.max(0, ...places.map((p) => p.people?.high ?? 0));
  if (max === 0) return [];
  const out: SVGElement[] = [];
  for (const p of [...places].sort((a, b) => (b.people?.high ?? 0) - (a.people?.high ?? 0))) {
    if (!p.people || p.vague) continue;
    const to = projection(p.point);
    if (!to) continue;
    const dx = to[0] - from[0];
    const dy = to[1] - from[1];
    const length = Math.hypot(dx, dy);
    // Too close to draw an arrow (a site in North Korea itself, or on its border).
    if (length < 12) continue;
    // A gentle curve: the control point sits off the straight line, always to the same side.
    const bend = Math.min(80, length * 0.2);
    const cx = (from[0] + to[0]) / 2 - (dy / length) * bend;
    const cy = (from[1] + to[1]) / 2 + (dx / length) * bend;
    const width = 1.5 + 8.5 * Math.sqrt(p.people.high / max);
    out.push(
      s(
        "path",
        {
          d: `M${from[0].toFixed(1)},${from[1].toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${to[0].toFixed(1)},${to[1].toFixed(1)}`,
          fill: "none",
          stroke: FLOW,
          "stroke-opacity": 0.55,
          "stroke-width": width.toFixed(1),
          "stroke-linecap": "round",
          "marker-end": `url(#${marker})`,
          class: "flow",
          "data-place": p.key,
        },
        s(
          "title",
          {},
          `North Korea → ${p.label ?? p.name}: up to ${number.format(p.people.high)} people reported`,
        ),
      ),
    );
  }
  return out;
}

/** The map's view: a scale and a translation of the map area (the legend below stays put). */
export interface MapView {
  scale: number;
  x: number;
  y: number;
}

/** The transform that shows `view`: scaled about the map area's centre, then moved. */
export function viewTransform(view: MapView): string {
  const cx = WIDTH / 2;
  const cy = HEIGHT / 2;
  return `translate(${(cx + view.x).toFixed(1)} ${(cy + view.y).toFixed(1)}) scale(${view.scale}) translate(${-cx} ${-cy})`;
}

/** Keyboard focus shows as a thick outline on the shape (no CSS needed). */
function focusable(link: SVGElement, shape: SVGElement): SVGElement {
  const stroke = shape.getAttribute("stroke");
  const width = shape.getAttribute("stroke-width");
  link.addEventListener("focus", () => {
    shape.setAttribute("stroke", "#ff8c00");
    shape.setAttribute("stroke-width", "3");
  });
  link.addEventListener("blur", () => {
    if (stroke !== null) shape.setAttribute("stroke", stroke);
    if (width !== null) shape.setAttribute("stroke-width", width);
  });
  return link;
}

function radiusScale(places: MapPlace[]): (value: number) => number {
  const max = Math.max(0, ...places.map((p) => p.people?.high ?? 0));
  // Area, not radius, is proportional to the figure.
  return (value: number) => (max > 0 ? Math.max(3, MAX_RADIUS * Math.sqrt(value / max)) : 3);
}

function circles(places: MapPlace[], projection: GeoProjection): (SVGElement | null)[] {
  const radius = radiusScale(places);
  // Largest first so small circles stay on top and clickable.
  const sorted = [...places].sort((a, b) => (b.people?.high ?? 0) - (a.people?.high ?? 0));
  return sorted.map((p) => {
    const xy = projection(p.point);
    if (!xy) return null;
    const shape = s(
      "circle",
      {
        cx: xy[0].toFixed(1),
        cy: xy[1].toFixed(1),
        r: (p.people ? radius(p.people.high) : 3).toFixed(1),
        fill: p.people ? CIRCLE : "#495057",
        "fill-opacity": p.people ? 0.3 : 0.8,
        stroke: p.people ? "#a8380b" : "#212529",
        "stroke-width": 1,
        // A dashed ring: a broad area ("the Russian Far East") or a whole country, not a mapped place.
        "stroke-dasharray": p.vague ? "4 3" : null,
        class: "place-circle",
        "data-place": p.key,
      },
      s("title", {}, p.title),
    );
    return focusable(s("a", { href: p.href, "aria-label": p.title, class: "circle-link" }, shape), shape);
  });
}

/** Place names beside their circles; a label that would overlap one already placed tries the other
 * side, then is left out (the tooltip and the table still name the place). */
interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

function labels(places: MapPlace[], projection: GeoProjection): SVGElement[] {
  const placed: Box[] = [];
  const fits = (box: Box) =>
    placed.every((b) => box.x2 < b.x1 || box.x1 > b.x2 || box.y2 < b.y1 || box.y1 > b.y2);
  const radius = radiusScale(places);
  const out: SVGElement[] = [];
  for (const p of [...places].sort((a, b) => b.claims - a.claims)) {
    const xy = projection(p.point);
    if (!xy) continue;
    const r = p.people ? radius(p.people.high) : 3;
    const text = p.label ?? p.name;
    const width = text.length * 6.6;
    const candidates = [
      { x: xy[0] + r + 3, y: xy[1] + 4, anchor: "start" },
      { x: xy[0] - r - 3, y: xy[1] + 4, anchor: "end" },
      { x: xy[0], y: xy[1] + r + 13, anchor: "middle" },
      { x: xy[0], y: xy[1] - r - 5, anchor: "middle" },
    ];
    for (const c of candidates) {
      const x1 = c.anchor === "start" ? c.x : c.anchor === "end" ? c.x - width : c.x - width / 2;
      const box = { x1, x2: x1 + width, y1: c.y - 11, y2: c.y + 3 };
      if (box.x1 < 0 || box.x2 > WIDTH || box.y1 < 0 || box.y2 > HEIGHT || !fits(box)) continue;
      placed.push(box);
      out.push(
        s(
          "text",
          {
            x: c.x.toFixed(1),
            y: c.y.toFixed(1),
            "text-anchor": c.anchor,
            "font-size": 12,
            fill: "#1b1f24",
            stroke: "#ffffff",
            "stroke-width": 3,
            "paint-order": "stroke",
            "stroke-linejoin": "round",
          },
          text,
        ),
      );
      break;
    }
  }
  return out;
}

/** The shading classes as colour and label ("1", "2–4", "5+"), for the legend in the SVG and the page. */
export function shadeKey(breaks: number[]): { colour: string; label: string }[] {
  return breaks.map((b, i) => {
    const next = breaks[i + 1];
    const label =
      next === undefined
        ? b === 1 && i === 0
          ? "1"
          : `${b}+`
        : next - 1 === b
          ? `${b}`
          : `${b}–${next - 1}`;
    return { colour: shadeFor(b, breaks), label };
  });
}

function legend(breaks: number[], places: MapPlace[]): SVGElement {
  const g = s("g", { class: "legend", transform: `translate(16 ${HEIGHT + 22})`, "font-size": 11 });
  g.append(s("text", { x: 0, y: 0, "font-size": 12, "font-weight": 600 }, "Claims naming the place"));
  shadeKey(breaks).forEach(({ colour, label }, i) => {
    const x = i * 46;
    g.append(
      s("rect", { x, y: 10, width: 40, height: 12, fill: colour, stroke: "#ffffff" }),
      s("text", { x, y: 36 }, label),
    );
  });

  const circles = s("g", { transform: "translate(300 0)" });
  circles.append(
    s("text", { x: 0, y: 0, "font-size": 12, "font-weight": 600 }, "Most workers or troops reported"),
  );
  const max = Math.max(0, ...places.map((p) => p.people?.high ?? 0));
  if (max > 0) {
    const radius = radiusScale(places);
    let x = 0;
    // Circles share a baseline, as on printed maps.
    for (const v of [max, Math.round(max / 4)]) {
      const r = radius(v);
      circles.append(
        s("circle", {
          cx: x + r,
          cy: 72 - r,
          r: r.toFixed(1),
          fill: CIRCLE,
          "fill-opacity": 0.35,
          stroke: "#a8380b",
        }),
        s("text", { x: x + 2 * r + 4, y: 72 - r + 4 }, number.format(v)),
      );
      x += 2 * r + 56;
    }
  } else {
    circles.append(s("text", { x: 0, y: 30 }, "no persons figures in this selection"));
  }

  const marks = s("g", { transform: "translate(620 0)" });
  marks.append(
    s("text", { x: 0, y: 0, "font-size": 12, "font-weight": 600 }, "Marks"),
    s("circle", { cx: 6, cy: 20, r: 5, fill: "none", stroke: "#212529", "stroke-dasharray": "3 2" }),
    s("text", { x: 18, y: 24 }, "dashed: a broad area, or no region named"),
    s("circle", { cx: 6, cy: 42, r: 3, fill: "#495057" }),
    s("text", { x: 18, y: 46 }, "claims without a persons figure"),
    s("path", { d: "M0,62 L14,62", stroke: FLOW, "stroke-width": 3, "stroke-opacity": 0.55 }),
    s("text", { x: 18, y: 66 }, "from North Korea, width by people"),
  );
  g.append(circles, marks);
  return g;
}
