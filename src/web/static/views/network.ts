// Network (#/network?node=<id>): parties, places, sources and outlets and how they connect, drawn
// with cytoscape on a canvas, with the same nodes as a keyboard-usable list beside it. Choosing a
// node (in the graph or the list) selects it in both and lists its connections. Labels reach the
// canvas and the DOM as text only.
import { h, replaceChildren } from "../lib/dom.ts";
import { getJson } from "../lib/api.ts";
import { buildHash } from "../lib/route.ts";
import type { Route, ViewContext } from "../lib/view.ts";
import type { Network, NetworkNode } from "../lib/api-types.ts";
import type cytoscape from "cytoscape";

export const title = "Network";

const KINDS: ReadonlyArray<readonly [string, string, string, cytoscape.Css.NodeShape]> = [
  ["party", "Parties", "#b2182b", "diamond"],
  ["place", "Places and sites", "#1b7837", "round-rectangle"],
  ["source", "Sources (origins)", "#2166ac", "ellipse"],
  ["outlet", "Outlets", "#8c6d31", "triangle"],
];

/** How a link reads from each end: [from its source, from its target]. */
const EDGE_WORDS: Record<string, readonly [string, string]> = {
  carried: ["carried figures from", "carried by"],
  reports: ["reports on", "reported on by"],
  "party-place": ["named in reports on", "named with"],
  "co-mention": ["named together with", "named together with"],
};

let cy: cytoscape.Core | null = null;

export async function render(main: HTMLElement, route: Route, { signal }: ViewContext): Promise<void> {
  replaceChildren(main, h("h1", { tabindex: "-1" }, "Network"), h("p", {}, "Loading…"));
  const [net, cytoscapeModule] = await Promise.all([
    getJson<Network>("/api/network", { nodes: 150, edges: 400 }, signal),
    import("../vendor/cytoscape.ts"),
  ]);
  const cytoscape = cytoscapeModule.default;
  const selected = route.params.get("node");
  const byId = new Map<string, NetworkNode>(net.nodes.map((n) => [n.id, n]));
  const graph = h("div", {
    class: "graph",
    id: "graph",
    role: "img",
    "aria-label": "Network graph; the same nodes are listed beside it",
  });
  const details = h("div", { class: "node-details", "aria-live": "polite" });
  const list = h(
    "nav",
    { class: "node-list", "aria-label": "Nodes" },
    KINDS.map(([kind, label]) => {
      const nodes = net.nodes.filter((n) => n.kind === kind);
      if (nodes.length === 0) return null;
      return [
        h("h2", {}, `${label} (${nodes.length})`),
        h(
          "ul",
          {},
          nodes.map((n) =>
            h(
              "li",
              {},
              h(
                "a",
                {
                  href: buildHash("network", null, { node: n.id }),
                  class: `node node-${n.kind}`,
                  "aria-current": n.id === selected ? "true" : null,
                },
                n.label,
              ),
              n.lists.length ? h("span", { class: "flag designated" }, "designated") : null,
            ),
          ),
        ),
      ];
    }),
  );
  replaceChildren(
    main,
    h("h1", { tabindex: "-1" }, "Network"),
    h(
      "p",
      { class: "meta" },
      `${net.nodes.length} of ${net.totalNodes} nodes and ${net.edges.length} of ${net.totalEdges} links`,
      net.capped ? " (the best-connected ones)" : "",
      ". ",
      KINDS.map(([kind, label]) => h("span", { class: `legend legend-${kind}` }, label)),
    ),
    h("div", { class: "network-layout" }, graph, h("div", { class: "network-side" }, details, list)),
  );
  cy?.destroy();
  allowCytoscapeUnderCsp();
  const graphView = cytoscape({
    container: graph,
    elements: [
      ...net.nodes.map((n) => ({ data: { id: n.id, label: n.label, kind: n.kind, weight: n.weight } })),
      ...net.edges.map((e, i) => ({
        data: { id: `e${i}`, source: e.source, target: e.target, kind: e.kind, weight: e.weight },
      })),
    ],
    style: [
      {
        selector: "node",
        style: {
          label: "data(label)",
          "font-size": 10,
          "text-wrap": "ellipsis",
          "text-max-width": "120px",
          "text-valign": "bottom",
          "text-margin-y": 3,
          width: "mapData(weight, 1, 30, 14, 40)",
          height: "mapData(weight, 1, 30, 14, 40)",
        },
      },
      ...KINDS.map(([kind, , colour, shape]): cytoscape.StylesheetJsonBlock => ({
        selector: `node[kind = "${kind}"]`,
        style: { "background-color": colour, shape },
      })),
      {
        selector: "edge",
        style: { width: "mapData(weight, 1, 10, 1, 5)", "line-color": "#bbb", "curve-style": "bezier" },
      },
      {
        selector: 'edge[kind = "carried"]',
        style: { "target-arrow-shape": "triangle", "target-arrow-color": "#bbb" },
      },
      {
        selector: 'edge[kind = "reports"]',
        style: { "target-arrow-shape": "triangle", "target-arrow-color": "#bbb" },
      },
      { selector: 'edge[kind = "co-mention"]', style: { "line-style": "dashed" } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#111" } },
      { selector: ".faded", style: { opacity: 0.2 } },
    ],
    layout: {
      name: "cose",
      animate: false,
      randomize: true,
      padding: 30,
      nodeRepulsion: () => 60000,
      nodeOverlap: 20,
      idealEdgeLength: () => 90,
      componentSpacing: 80,
    },
    wheelSensitivity: 0.3,
  });
  cy = graphView;
  graphView.on("tap", "node", (event) => {
    location.hash = buildHash("network", null, { node: event.target.id() });
  });
  showDetails(details, selected ? byId.get(selected) : null, net, byId);
  if (selected && byId.has(selected)) {
    const node = graphView.getElementById(selected);
    node.select();
    graphView.elements().not(node.closedNeighborhood()).addClass("faded");
  }
}

function showDetails(
  el: HTMLElement,
  node: NetworkNode | null | undefined,
  net: Network,
  byId: Map<string, NetworkNode>,
): void {
  if (!node) {
    replaceChildren(
      el,
      h("p", { class: "meta" }, "Choose a node in the graph or the list to see its links."),
    );
    return;
  }
  const links = net.edges
    .filter((e) => e.source === node.id || e.target === node.id)
    .map((e) => {
      const outgoing = e.source === node.id;
      const other = byId.get(outgoing ? e.target : e.source);
      return { e, other, outgoing };
    });
  replaceChildren(
    el,
    h("h2", {}, node.label),
    h(
      "p",
      { class: "meta" },
      `${node.kind}${node.lists.length ? ` · designated on ${node.lists.join(", ")}` : ""}`,
      node.entityId ? [" · ", h("a", { href: buildHash("entities", node.entityId) }, "entity page")] : null,
    ),
    h(
      "ul",
      { class: "node-links" },
      links.map(({ e, other, outgoing }) =>
        h(
          "li",
          {},
          `${(EDGE_WORDS[e.kind] ?? [e.kind, e.kind])[outgoing ? 0 : 1]} `,
          other ? h("a", { href: buildHash("network", null, { node: other.id }) }, other.label) : "?",
          e.label ? h("span", { class: "meta" }, ` (${e.label})`) : null,
          h("span", { class: "meta" }, ` ×${e.weight}`),
        ),
      ),
    ),
  );
}

/**
 * Cytoscape adds a <style> to <head> unless an element with this id exists; the page's CSP
 * (style-src 'self') would refuse it, so a placeholder stands in and style.css carries its one rule.
 */
function allowCytoscapeUnderCsp() {
  const id = "__________cytoscape_stylesheet";
  if (document.getElementById(id)) return;
  const placeholder = document.createElement("meta");
  placeholder.id = id;
  document.head.append(placeholder);
}
