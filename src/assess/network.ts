// The network the dashboard draws: who reports what where. Nodes are parties (designated parties
// found by screening, named people/organisations), places/sites, sources (the origins figures are
// traced to) and outlets; edges are outlet→source ("carried"), source→place ("reports", labelled
// with the subjects), party→place (named in a document with figures about that place) and
// co-mention (two entities named in the same document). Capped to the best-connected nodes so the
// graph stays readable; the caller says how many. Pure function.
import type { Series } from "./types.ts";
import type { PartyHit } from "./types.ts";

export type NodeKind = "party" | "place" | "source" | "outlet";
export type EdgeKind = "carried" | "reports" | "party-place" | "co-mention";

export interface NetworkNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** Sum of the weights of its edges (before capping). */
  weight: number;
  /** Entity id when the node is a stored entity (links to its page). */
  entityId: string | null;
  /** Sanctions list ids when the party is designated. */
  lists: string[];
}

export interface NetworkEdge {
  source: string;
  target: string;
  kind: EdgeKind;
  /** Figures, documents or co-mentions behind the edge. */
  weight: number;
  label: string;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Before capping. */
  totalNodes: number;
  totalEdges: number;
  capped: boolean;
}

export interface MentionRow {
  docId: string;
  entityId: string;
  name: string;
  type: string;
}

export interface NetworkInput {
  series: Series[];
  parties: PartyHit[];
  mentions: MentionRow[];
}

// Agencies and outlets are already in the graph as the sources and outlets of figures.
const PARTY_TYPES = new Set(["person", "organization"]);
const PLACE_TYPES = new Set(["site", "place"]);

const norm = (s: string) => s.trim().toLowerCase();

export function buildNetwork(input: NetworkInput, caps: { nodes: number; edges: number }): Network {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge & { labels: Set<string> }>();
  const node = (id: string, kind: NodeKind, label: string, entityId: string | null = null) => {
    let n = nodes.get(id);
    if (!n) {
      n = { id, kind, label, weight: 0, entityId, lists: [] };
      nodes.set(id, n);
    }
    if (entityId && !n.entityId) n.entityId = entityId;
    return n;
  };
  const edge = (source: string, target: string, kind: EdgeKind, label: string, weight = 1) => {
    if (source === target) return;
    // Co-mention is symmetric: one edge per pair.
    const [a, b] = kind === "co-mention" && target < source ? [target, source] : [source, target];
    const key = `${kind}|${a}|${b}`;
    let e = edges.get(key);
    if (!e) {
      e = { source: a, target: b, kind, weight: 0, label: "", labels: new Set() };
      edges.set(key, e);
    }
    e.weight += weight;
    if (label) e.labels.add(label);
  };

  const placeId = (name: string) => `place:${norm(name)}`;
  // Places each document has figures about, for party→place edges.
  const placesOfDoc = new Map<string, Set<string>>();
  for (const s of input.series) {
    if (s.placePrecision === "unknown") continue;
    const place = node(placeId(s.place), "place", s.place);
    for (const p of s.periods)
      for (const f of p.figures) {
        // An outlet reporting on its own authority is the source: one node, not two.
        const ownSource = f.outlet !== null && norm(f.origin.name) === norm(f.outlet);
        const source = ownSource
          ? node(`outlet:${norm(f.outlet!)}`, "outlet", f.outlet!)
          : node(`source:${f.origin.id}`, "source", f.origin.name);
        edge(source.id, place.id, "reports", s.subject.replaceAll("_", " "));
        if (f.outlet && !ownSource)
          edge(node(`outlet:${norm(f.outlet)}`, "outlet", f.outlet).id, source.id, "carried", "");
        const set = placesOfDoc.get(f.docId) ?? new Set<string>();
        set.add(place.id);
        placesOfDoc.set(f.docId, set);
      }
  }

  // party→place weighs documents: a party screened and mentioned in one document counts once.
  const partyDocs = new Set<string>();
  const partyPlace = (partyId: string, docId: string) => {
    if (partyDocs.has(`${partyId}|${docId}`)) return;
    partyDocs.add(`${partyId}|${docId}`);
    for (const place of placesOfDoc.get(docId) ?? []) edge(partyId, place, "party-place", "");
  };
  for (const hit of input.parties) {
    const party = node(`party:${norm(hit.name)}`, "party", hit.name);
    if (!party.lists.includes(hit.listId)) party.lists.push(hit.listId);
    partyPlace(party.id, hit.docId);
  }

  // Entities named in documents: parties and places, co-mentioned per document.
  const byDoc = new Map<string, Set<string>>();
  for (const m of input.mentions) {
    let id: string;
    if (PARTY_TYPES.has(m.type)) {
      id = nodes.has(`party:${norm(m.name)}`) ? `party:${norm(m.name)}` : `entity:${m.entityId}`;
      const party = node(id, "party", m.name, m.entityId);
      // The entity's own spelling reads better than a list's capitals.
      party.label = m.name;
      partyPlace(id, m.docId);
    } else if (PLACE_TYPES.has(m.type)) {
      id = placeId(m.name);
      node(id, "place", m.name, m.entityId);
    } else continue;
    const set = byDoc.get(m.docId) ?? new Set<string>();
    set.add(id);
    byDoc.set(m.docId, set);
  }
  for (const ids of byDoc.values()) {
    const list = [...ids].sort();
    // A document naming dozens of entities would add hundreds of weak pairs; keep the first 25.
    const capped = list.slice(0, 25);
    for (let i = 0; i < capped.length; i++)
      for (let j = i + 1; j < capped.length; j++) edge(capped[i], capped[j], "co-mention", "");
  }

  for (const e of edges.values()) {
    nodes.get(e.source)!.weight += e.weight;
    nodes.get(e.target)!.weight += e.weight;
  }
  const totalNodes = nodes.size;
  const totalEdges = edges.size;
  const keptNodes = [...nodes.values()]
    .sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label))
    .slice(0, caps.nodes);
  const kept = new Set(keptNodes.map((n) => n.id));
  const keptEdges = [...edges.values()]
    .filter((e) => kept.has(e.source) && kept.has(e.target))
    .sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source))
    .slice(0, caps.edges)
    .map(({ labels, ...e }) => ({ ...e, label: [...labels].sort().join(", ") }));
  return {
    nodes: keptNodes,
    edges: keptEdges,
    totalNodes,
    totalEdges,
    capped: keptNodes.length < totalNodes || keptEdges.length < totalEdges,
  };
}
