// The matcher: given stored events and watchlists, which events concern which watchlist. Pure.
// Names are compared by the resolve stage's name matcher, so a party watched as "Kim Jong Un"
// matches 김정은 and Ким Чен Ын; an entity id, when both sides have one, decides at once.
import { DEFAULT_THRESHOLD, NameIndex, scoreNames } from "../resolve/names/index.ts";
import type { AlertEvent, ClaimQuery, EventClaim, Watchlist } from "./types.ts";

/** Case, accent-free-width and spacing folded, for exact comparisons. */
export function foldName(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\-‐–—_.,'’"«»]+/g, " ")
    .trim();
}

/** True when two spellings name the same party or place (any script). */
export function sameName(a: string, b: string): boolean {
  const fa = foldName(a);
  const fb = foldName(b);
  if (!fa || !fb) return false;
  if (fa === fb) return true;
  return scoreNames(a, b).score >= DEFAULT_THRESHOLD;
}

function anyName(watched: readonly string[], seen: readonly string[]): boolean {
  return watched.some((w) => seen.some((s) => sameName(w, s)));
}

const contains = (hay: string | null | undefined, needle: string) =>
  !!hay && hay.toLowerCase().includes(needle.toLowerCase());

/** The ISO prefix overlap rule of the claims listing: compared at the precision both share. */
function onOrAfter(date: string, from: string): boolean {
  const n = Math.min(date.length, from.length);
  return date.slice(0, n) >= from.slice(0, n);
}
function onOrBefore(date: string, to: string): boolean {
  const n = Math.min(date.length, to.length);
  return date.slice(0, n) <= to.slice(0, n);
}

/**
 * Whether a new claim passes a claims-explorer filter, with the listing's semantics (subject
 * exact, destination and source case-insensitive substrings, from/to on the claim time or else the
 * publication date). A new claim has no review yet: `reviewed: true` and `decision` never match.
 */
export function claimMatchesQuery(c: EventClaim, q: ClaimQuery): boolean {
  if (q.subject && c.subject !== q.subject) return false;
  if (q.destination && !contains(c.destination, q.destination)) return false;
  if (q.source && ![c.attributedTo, c.outlet, ...c.attributionChain].some((s) => contains(s, q.source!)))
    return false;
  if (q.docId && c.docId !== q.docId) return false;
  const date = c.time ?? c.published;
  if ((q.from || q.to) && !date) return false;
  if (q.from && !onOrAfter(date!, q.from)) return false;
  if (q.to && !onOrBefore(date!, q.to)) return false;
  if (q.reviewed === true || q.decision) return false;
  return true;
}

/**
 * Which watchlists an event's names concern. The default compares every pair with the name
 * matcher (fine for one watchlist); matchEvents builds one from the name index instead.
 */
export interface NameLookup {
  concerns(w: Pick<Watchlist, "kind" | "target"> & { id?: number }, seen: readonly string[]): boolean;
}

const pairwise: NameLookup = {
  concerns: (w, seen) => anyName(w.target.names ?? [], seen),
};

/**
 * A lookup over many watchlists: the names of the party and place watchlists go into a
 * NameIndex (the screening index: blocking keys, then the matcher on candidates only), and each
 * name seen in an event is queried once per run.
 */
export function indexedLookup(
  watchlists: readonly (Pick<Watchlist, "kind" | "target"> & { id: number })[],
): NameLookup {
  const build = (kind: "party" | "place") =>
    NameIndex.build(
      watchlists
        .filter((w) => w.kind === kind)
        .flatMap((w) => (w.target.names ?? []).map((name) => ({ id: String(w.id), name }))),
    );
  const indexes = { party: build("party"), place: build("place") };
  const cache = { party: new Map<string, Set<string>>(), place: new Map<string, Set<string>>() };
  const exact = { party: new Map<string, Set<string>>(), place: new Map<string, Set<string>>() };
  for (const w of watchlists)
    if (w.kind === "party" || w.kind === "place")
      for (const n of w.target.names ?? []) {
        const f = foldName(n);
        if (f) exact[w.kind].set(f, (exact[w.kind].get(f) ?? new Set()).add(String(w.id)));
      }
  const hits = (kind: "party" | "place", name: string): Set<string> => {
    let found = cache[kind].get(name);
    if (!found) {
      found = new Set(
        indexes[kind].query(name, { limit: 100, threshold: DEFAULT_THRESHOLD }).map((h) => h.id),
      );
      // exact spellings (folded) always count, whatever the index's candidate generation does
      for (const id of exact[kind].get(foldName(name)) ?? []) found.add(id);
      cache[kind].set(name, found);
    }
    return found;
  };
  return {
    concerns(w, seen) {
      if ((w.kind !== "party" && w.kind !== "place") || w.id === undefined) return pairwise.concerns(w, seen);
      return seen.some((name) => hits(w.kind as "party" | "place", name).has(String(w.id)));
    },
  };
}

/** Why the event concerns the watchlist (a short phrase), or null when it does not. */
export function matchReason(
  w: Pick<Watchlist, "kind" | "target"> & { id?: number },
  e: AlertEvent,
  names: NameLookup = pairwise,
): string | null {
  const p = e.payload;
  const t = w.target;
  switch (w.kind) {
    case "party": {
      if (e.kind === "contradiction") return null;
      if (t.entityId && p.entityIds.includes(t.entityId)) return `names ${t.entityId}`;
      return names.concerns(w, p.names) ? "names the watched party" : null;
    }
    case "place": {
      if (e.kind === "designated_mention" || e.kind.startsWith("designation")) return null;
      if (t.entityId && p.entityIds.includes(t.entityId)) return `names ${t.entityId}`;
      return names.concerns(w, p.places) ? "concerns the watched place" : null;
    }
    case "subject":
      return t.subject && p.subjects.includes(t.subject) ? `subject ${t.subject}` : null;
    case "source":
      return t.source && p.sources.some((s) => contains(s, t.source!)) ? `source ${t.source}` : null;
    case "query":
      return e.kind === "claim" && p.claim && claimMatchesQuery(p.claim, t.filter ?? {})
        ? "matches the saved query"
        : null;
  }
}

/** Every (watchlist, event) pair that makes an alert, for events after each watchlist's cursor. */
export function matchEvents(
  watchlists: readonly Pick<Watchlist, "id" | "kind" | "target" | "cursor">[],
  events: readonly AlertEvent[],
): { watchlistId: number; eventId: number; reason: string }[] {
  const names = indexedLookup(watchlists);
  const out: { watchlistId: number; eventId: number; reason: string }[] = [];
  for (const w of watchlists)
    for (const e of events) {
      if (e.id <= w.cursor) continue;
      const reason = matchReason(w, e, names);
      if (reason) out.push({ watchlistId: w.id, eventId: e.id, reason });
    }
  return out;
}
