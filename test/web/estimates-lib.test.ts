// The estimates views' pure helpers (src/web/static/lib/estimates.ts) and the network builder.
import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../src/assess/network.ts";
import type { Series, SeriesFigure } from "../../src/assess/types.ts";

import {
  attributionPath,
  formatRange,
  timelineRows,
  yearTicks,
  subjectsByWeight,
  type SeriesOut,
} from "../../src/web/static/lib/estimates.ts";

const figure = (over: Partial<Record<string, unknown>>) => ({
  claimId: 1,
  value: 100,
  qualifier: "exact",
  outlet: "Outlet",
  grade: "C3",
  ...over,
});
/** A series with the fields the helpers read (the rest of SeriesOut does not matter here). */
const series = (key: string, family: string, periods: { period: string; values: number[] }[]): SeriesOut =>
  ({
    key,
    subject: "workers",
    family,
    unit: "persons",
    place: key.split("|")[1],
    periods: periods.map((p) => ({
      period: p.period,
      range: [Math.min(...p.values), Math.max(...p.values)],
      headline: { value: Math.min(...p.values), qualifier: "exact", claimId: 7 },
      grade: "B2",
      corroboration: 2,
      contradicted: false,
      figures: p.values.map((value, i) => figure({ value, claimId: i + 1 })),
    })),
  }) as unknown as SeriesOut;

describe("attributionPath", () => {
  it("reads outlet first, then whom it cites, without repeating the outlet", () => {
    expect(attributionPath("JoongAng", ["Yonhap", "NIS"])).toBe("JoongAng → Yonhap → NIS");
    expect(attributionPath("Yonhap", ["yonhap", "NIS"])).toBe("Yonhap → NIS");
    expect(attributionPath(null, [])).toBe("");
  });
});

describe("timeline rows", () => {
  it("makes one row per figure and per period, grouped by series so places are never joined", () => {
    const rows = timelineRows([
      series("a|Russia", "reported", [
        { period: "2023", values: [3000, 12000] },
        { period: "2021", values: [500] },
      ]),
      series("b|China", "planned", [{ period: "2023", values: [2000] }]),
    ]);
    expect(rows.figures).toHaveLength(4);
    expect(rows.periods.map((p: { year: number; z: string }) => `${p.year}:${p.z}`)).toEqual([
      "2021:a|Russia",
      "2023:b|China",
      "2023:a|Russia",
    ]);
    const p2023 = rows.periods.find(
      (p: { year: number; z: string }) => p.year === 2023 && p.z === "a|Russia",
    );
    expect([p2023?.low, p2023?.high, p2023?.headline]).toEqual([3000, 12000, 3000]);
    expect(yearTicks(rows.periods)).toEqual([2021, 2022, 2023]);
  });

  it("thins the year ticks over a long span and formats ranges", () => {
    const ticks = yearTicks([{ year: 1990 }, { year: 2024 }]);
    expect(ticks[0]).toBe(1990);
    expect(ticks.length).toBeLessThan(10);
    expect(formatRange([1000, 1500])).toBe("1,000–1,500");
    expect(formatRange([400, 400])).toBe("400");
  });

  it("orders subjects by how many figures they have", () => {
    const a = { ...series("x|Russia", "reported", [{ period: "2020", values: [1] }]), subject: "troops" };
    const b = series("y|Russia", "reported", [{ period: "2020", values: [1, 2, 3] }]);
    expect(subjectsByWeight([a, b])).toEqual(["workers", "troops"]);
  });
});

describe("buildNetwork", () => {
  const fig = (docId: string, origin: string, outlet: string): SeriesFigure =>
    ({
      docId,
      outlet,
      origin: { id: origin, name: origin, basis: "chain", reason: "" },
    }) as unknown as SeriesFigure;
  const s = (place: string, figures: SeriesFigure[]): Series =>
    ({
      key: place,
      subject: "workers",
      family: "realised",
      unit: "persons",
      place,
      placePath: [place],
      placePrecision: "country",
      periods: [{ period: "2023", figures }],
    }) as unknown as Series;

  it("joins outlets to sources to places and parties to the places of their documents", () => {
    const net = buildNetwork(
      {
        series: [
          s("Russia", [fig("d1", "NIS", "Herald"), fig("d2", "Herald2", "Herald2")]),
          s("China", [fig("d3", "NIS", "Wire")]),
        ],
        parties: [{ docId: "d1", name: "Acme Trading", listId: "ofac-sdn", programmes: [], score: 1 }],
        mentions: [
          { docId: "d1", entityId: "org:acme", name: "Acme Trading", type: "organization" },
          { docId: "d1", entityId: "person:kim", name: "Kim", type: "person" },
        ],
      },
      { nodes: 100, edges: 100 },
    );
    const edge = (kind: string, a: string, b: string) =>
      net.edges.find((e) => e.kind === kind && e.source === a && e.target === b);
    expect(edge("carried", "outlet:herald", "source:NIS")).toBeDefined();
    expect(edge("reports", "source:NIS", "place:china")).toBeDefined();
    // An outlet reporting on its own authority is one node.
    expect(edge("reports", "outlet:herald2", "place:russia")).toBeDefined();
    expect(net.nodes.some((n) => n.id === "source:Herald2")).toBe(false);
    // Screened and mentioned in the same document: one party node, one document's weight.
    const party = net.nodes.find((n) => n.kind === "party" && n.entityId === "org:acme")!;
    expect(party.lists).toEqual(["ofac-sdn"]);
    expect(edge("party-place", party.id, "place:russia")!.weight).toBe(1);
    expect(net.edges.filter((e) => e.kind === "co-mention")).toHaveLength(1);
    expect(net.capped).toBe(false);
  });
});
