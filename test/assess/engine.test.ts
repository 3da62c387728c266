import { describe, expect, it } from "vitest";
import { AssessmentEngine, assess } from "../../src/assess/index.ts";
import { allFixtures, circularStory, syndicatedStory } from "./fixtures.ts";

describe("incremental engine", () => {
  it("gives the same snapshot whether documents arrive together or one by one in another order", () => {
    const together = assess(allFixtures()).snapshot;
    const engine = new AssessmentEngine();
    for (const { doc, claims } of allFixtures().reverse()) {
      engine.addDocument(doc, claims);
      engine.snapshot();
    }
    const oneByOne = engine.snapshot();
    const summary = (s: typeof together) =>
      s.series.map((x) => [x.key, x.periods.map((p) => [p.period, p.origins, p.headline?.value])]);
    expect(summary(oneByOne)).toEqual(summary(together));
    expect(oneByOne.circular).toEqual(together.circular);
  });

  it("recomputes only the series a new document touches", () => {
    const engine = new AssessmentEngine();
    for (const { doc, claims } of allFixtures()) engine.addDocument(doc, claims);
    const full = engine.refresh();
    expect(full.series).toBeGreaterThan(4);
    const [extra] = circularStory();
    extra.doc.id = "late-yonhap";
    extra.doc.text = "A later bulletin repeated the count of soldiers sent for training, unchanged.";
    extra.claims[0] = { ...extra.claims[0], docId: "late-yonhap" };
    engine.addDocument(extra.doc, extra.claims);
    const step = engine.refresh();
    expect(step.series).toBe(1);
    expect(step.originsRecomputed).toBe(1);
  });

  it("re-derives origins when an earlier original arrives after its copy", () => {
    const [original, copy] = syndicatedStory();
    const engine = new AssessmentEngine();
    engine.addDocument(copy.doc, copy.claims);
    expect(engine.snapshot().series[0].periods[0].origins).toEqual(["src:harbour-city-gazette"]);
    engine.addDocument(original.doc, original.claims);
    expect(engine.snapshot().series[0].periods[0].origins).toEqual(["outlet:reuters"]);
  });

  it("reports a bad claim with its document and keeps the rest of the batch", () => {
    const [doc] = syndicatedStory();
    const bad = { ...doc.claims[0], quantity: "many" as unknown as number };
    const { snapshot, errors } = assess([{ doc: doc.doc, claims: [bad, doc.claims[0]] }, ...circularStory()]);
    expect(errors).toEqual([
      `document wire-1, claim #1: quantity "many" is not a non-negative number or [low, high]`,
    ]);
    expect(snapshot.series.length).toBe(2);
  });
});

describe("replacing a document's claims (an analyst's review)", () => {
  const summary = (s: ReturnType<typeof assess>["snapshot"]) =>
    s.series.map((x) => [
      x.key,
      x.periods.map((p) => [p.period, p.origins, p.headline?.value, p.figures.length]),
    ]);

  it("gives the snapshot a fresh assessment of the reviewed claims gives, and rebuilds only what changed", () => {
    const batch = allFixtures();
    const engine = new AssessmentEngine();
    for (const { doc, claims } of batch) engine.addDocument(doc, claims);
    engine.snapshot();
    // Correct the figure of one document.
    const target = batch.find((b) => b.claims.length > 0)!;
    const [first] = target.claims;
    const corrected = {
      ...first,
      quantity: Array.isArray(first.quantity) ? first.quantity[1] + 7 : first.quantity + 7,
      qualifier: "exact" as const,
    };
    const reviewed = batch.map((b) => (b === target ? { doc: b.doc, claims: [corrected] } : b));
    const result = engine.replaceClaims(target.doc.id, [corrected]);
    expect(result.claims).toBe(1);
    const step = engine.refresh();
    expect(step.series).toBeGreaterThan(0);
    expect(step.series).toBeLessThan(summary(assess(batch).snapshot).length);
    expect(summary(engine.snapshot())).toEqual(summary(assess(reviewed).snapshot));
    expect(engine.claimCount).toBe(assess(reviewed).engine.claimCount);
  });

  it("drops a series whose only claims were rejected, and brings it back when they are restored", () => {
    const batch = allFixtures();
    const engine = new AssessmentEngine();
    for (const { doc, claims } of batch) engine.addDocument(doc, claims);
    const before = summary(engine.snapshot());
    for (const { doc } of batch) engine.replaceClaims(doc.id, []);
    expect(engine.snapshot().series).toEqual([]);
    expect(engine.snapshot().findings).toEqual([]);
    for (const { doc, claims } of batch) engine.replaceClaims(doc.id, claims);
    expect(summary(engine.snapshot())).toEqual(before);
  });

  it("refuses a document it never saw", () => {
    expect(() => new AssessmentEngine().replaceClaims("nowhere", [])).toThrow(/nowhere was never added/);
  });
});
