import { describe, expect, it } from "vitest";
import { assess, parseOverrides, reliabilityOf } from "../../src/assess/index.ts";
import { troopConflict, independentWorkers } from "./fixtures.ts";

describe("grades", () => {
  it("flags incompatible figures for the same quantity and period as a contradiction", () => {
    const { snapshot } = assess(troopConflict());
    expect(snapshot.contradictions).toHaveLength(1);
    const c = snapshot.contradictions[0];
    expect(c.origins.sort()).toEqual(["kr-nis", "ru-gov"]);
    expect(c.reason).toMatch(/incompatible/);
    const period = snapshot.series[0].periods[0];
    // Never averaged away: both figures stay, the range spans them.
    expect(period.figures.map((f) => f.quantity)).toEqual(expect.arrayContaining([11000, 2000]));
    expect(period.range).toEqual([2000, 11000]);
  });

  it("grades reliability per origin with a reason, and lets an analyst override it", () => {
    const nis = reliabilityOf("kr-nis");
    expect(nis.grade).toBe("B");
    expect(nis.reason).toMatch(/intelligence/);
    expect(reliabilityOf("ru-gov").grade).toBe("D");
    expect(reliabilityOf("src:unknown-blog")).toMatchObject({ grade: "F" });
    const overridden = reliabilityOf(
      "ru-gov",
      parseOverrides({ "ru-gov": { grade: "C", reason: "figure matches satellite imagery" } }),
    );
    expect(overridden).toMatchObject({ grade: "C" });
    expect(overridden.reason).toMatch(/analyst override: figure matches/);
    expect(() => parseOverrides({ "kr-nis": "Z" }, "overrides.json")).toThrow(
      /overrides.json: "kr-nis" has grade "Z"/,
    );
  });

  it("gives credibility with words: contradicted single source by a better source is improbable", () => {
    const { snapshot } = assess(troopConflict());
    const figures = snapshot.series[0].periods[0].figures;
    const kremlin = figures.find((f) => f.origin.id === "ru-gov")!;
    const nis = figures.find((f) => f.origin.id === "kr-nis")!;
    expect(kremlin.grade.credibility).toBe(5);
    expect(kremlin.grade.credibilityReason).toMatch(/improbable.*South Korea/);
    expect(nis.grade.credibility).toBe(3);
    expect(nis.grade.credibilityReason).toMatch(/contradicted only by less reliable Russian officials/);
  });

  it("rates a figure confirmed by independent origins 1 and regrades after an override", () => {
    const { snapshot, engine } = assess(independentWorkers());
    const figures = snapshot.series[0].periods[0].figures;
    expect(figures.every((f) => f.grade.credibility === 1)).toBe(true);
    engine.setOverrides({ "kr-nis": "E" });
    const after = engine.snapshot().series[0].periods[0].figures.find((f) => f.origin.id === "kr-nis")!;
    expect(after.grade.reliability).toBe("E");
  });
});
