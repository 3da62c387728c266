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
