// The pure matcher: names across scripts, the claims-filter semantics, which event kinds each
// watchlist kind takes, and cursors.
import { describe, expect, it } from "vitest";
import { claimEvent, contradictionEvent, designationEvent } from "../../src/alerts/events.ts";
import { claimMatchesQuery, matchEvents, matchReason, sameName } from "../../src/alerts/match.ts";
import { resolveTarget } from "../../src/alerts/targets.ts";
import type { AlertEvent, EventClaim, NewAlertEvent } from "../../src/alerts/types.ts";
import type { Series } from "../../src/assess/types.ts";
import { loadGazetteer } from "../../src/resolve/entities/gazetteer.ts";

const claim: EventClaim = {
  id: 7,
  docId: "doc-7",
  subject: "workers",
  event: "deployment_reported",
  quantity: 2500,
  unit: "persons",
  destination: "Vladivostok",
  attributedTo: "a regional labour office",
  attributionChain: ["a regional labour office", "Example Wire"],
  time: "2025-03",
  outlet: "Harbour Gazette",
  published: "2025-04-11",
  evidence: "A regional labour office counted 2,500 workers in Vladivostok in March.",
};
const withId = (e: NewAlertEvent, id: number): AlertEvent => ({ ...e, id });
const at = "2025-04-12T00:00:00.000Z";

describe("alert matcher", () => {
  it("compares names across scripts and spellings", () => {
    expect(sameName("Kim Jong Un", "Kim Jong-un")).toBe(true);
    expect(sameName("Kim Jong Un", "Kim Yo Jong")).toBe(false);
    expect(sameName("  vladivostok ", "Vladivostok")).toBe(true);
    expect(sameName("", "Vladivostok")).toBe(false);
  });

  it("applies the claims explorer's filter rules to a new claim", () => {
    expect(claimMatchesQuery(claim, { subject: "workers", destination: "vladi" })).toBe(true);
    expect(claimMatchesQuery(claim, { subject: "troops" })).toBe(false);
    expect(claimMatchesQuery(claim, { source: "example wire" })).toBe(true); // a link of the chain
    expect(claimMatchesQuery(claim, { source: "harbour" })).toBe(true); // the outlet
    expect(claimMatchesQuery(claim, { from: "2025-03-15" })).toBe(true); // month-precise claim time overlaps
    expect(claimMatchesQuery(claim, { to: "2025-02" })).toBe(false);
    expect(claimMatchesQuery({ ...claim, time: null }, { to: "2025-04-10" })).toBe(false); // falls back to published
    expect(claimMatchesQuery(claim, { reviewed: false })).toBe(true);
    expect(claimMatchesQuery(claim, { reviewed: true })).toBe(false);
    expect(claimMatchesQuery(claim, { decision: "accept" })).toBe(false);
  });

  it("resolves a watched party in any script and matches each event kind it takes", () => {
    const entities = loadGazetteer();
    const party = resolveTarget("party", "Ким Чен Ын", entities);
    expect(party.label).toBe("Kim Jong Un");
    const place = resolveTarget("place", "Владивосток", entities);
    expect(place.label).toBe("Vladivostok");
    expect(resolveTarget("party", "Nobody Inparticular", entities)).toMatchObject({
      target: { entityId: null, names: ["Nobody Inparticular"] },
    });

    const named = withId(
      claimEvent(
        claim,
        [{ entityId: party.target.entityId!, text: "김정은", name: "Kim Jong Un", type: "person" }],
        at,
      ),
      1,
    );
    const plain = withId(claimEvent({ ...claim, id: 8, destination: "Kursk" }, [], at), 2);
    const listed = withId(
      designationEvent(
        "added",
        { listId: "un-sc", sourceId: "KPi.1", name: "KIM JONG UN", aliases: [] },
        "v2",
        at,
      ),
      3,
    );
    const series = {
      key: "s",
      subject: "workers",
      place: "Vladivostok",
      placePath: ["Russia", "Vladivostok"],
    } as unknown as Series;
    const contra = withId(
      contradictionEvent(
        {
          id: "c1",
          seriesKey: "s",
          period: "2025",
          claimKeys: ["a", "b"],
          origins: ["o1", "o2"],
          figures: [1, 9],
          reason: "differ",
        },
        series,
        at,
      ),
      4,
    );
    const p = { kind: "party" as const, target: party.target };
    expect(matchReason(p, named)).toMatch(/names/);
    expect(matchReason(p, plain)).toBeNull();
    expect(matchReason(p, listed)).toBe("names the watched party"); // by name: the record has no entity link
    expect(matchReason(p, contra)).toBeNull();

    const pl = { kind: "place" as const, target: place.target };
    expect(matchReason(pl, named)).not.toBeNull();
    expect(matchReason(pl, plain)).toBeNull();
    expect(matchReason(pl, contra)).not.toBeNull();
    expect(matchReason(pl, listed)).toBeNull();
    expect(
      matchReason({ kind: "place", target: resolveTarget("place", "Russia", entities).target }, contra),
    ).not.toBeNull();

    const q = { kind: "query" as const, target: { filter: { subject: "workers" } } };
    expect(matchReason(q, named)).not.toBeNull();
    expect(matchReason(q, contra)).toBeNull(); // a saved claims query takes claims only

    // Cursors: only events after the watchlist's cursor.
    const pairs = matchEvents(
      [{ id: 1, kind: "subject", target: { subject: "workers" }, cursor: 1 }],
      [named, plain, contra],
    );
    expect(pairs.map((x) => x.eventId)).toEqual([2, 4]);
  });

  it("finds parties by name through the index when many watchlists are matched at once", () => {
    const entities = loadGazetteer();
    const watchlists = ["Kim Jong Un", "Kim Yo Jong", "Choe Son Hui"].map((name, i) => ({
      id: i + 1,
      kind: "party" as const,
      target: resolveTarget("party", name, entities).target,
      cursor: 0,
    }));
    // No entity ids on the events: the names alone must decide, in Cyrillic, Hangul and a new romanisation.
    const named = (id: number, name: string) =>
      withId(
        designationEvent("added", { listId: "uk", sourceId: String(id), name, aliases: [] }, "v", at),
        id,
      );
    const pairs = matchEvents(watchlists, [
      named(1, "Ким Чен Ын"),
      named(2, "김여정"),
      named(3, "KIM Jong-un"),
      named(4, "Kim Jong Nam"),
    ]);
    expect(pairs.map((p) => [p.watchlistId, p.eventId])).toEqual([
      [1, 1],
      [1, 3],
      [2, 2],
    ]);
  });

  it("refuses bad input with the reason", () => {
    expect(() => resolveTarget("query", "{oops", [])).toThrow(/not JSON/);
    expect(() => resolveTarget("query", { from: "last week" }, [])).toThrow(/ISO date prefix/);
    expect(() => resolveTarget("query", {}, [])).toThrow(/at least one filter/);
    expect(
      resolveTarget("query", "subject=troops&destination=Kursk&sort=-published", []).target.filter,
    ).toEqual({
      subject: "troops",
      destination: "Kursk",
    });
    expect(() => resolveTarget("source", "   ", [])).toThrow(/non-empty/);
  });
});
