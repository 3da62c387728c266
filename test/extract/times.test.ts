import { describe, expect, it } from "vitest";
import { findTimes } from "../../src/extract/index.ts";
import { only } from "./helpers.ts";

const time = (text: string, published: string | null) => only(text, published).time;

describe("time of a figure", () => {
  it.each([
    ["In 2024, North Korea sent 3,000 workers to Russia.", "2025-05-01", "2024"],
    ["North Korea sent 3,000 workers to Russia last year.", "2025-05-01", "2024"],
    ["North Korea will send 3,000 workers to Russia this year.", "2025-05-01", "2025"],
    ["North Korea sent 3,000 workers to Russia last October.", "2025-05-01", "2024-10"],
    ["North Korea sent 3,000 workers to Russia last October.", "2025-11-20", "2025-10"],
    ["North Korea sent 3,000 workers to Russia in June.", "2025-05-01", "2024-06"],
    ["North Korea sent 3,000 workers to Russia on Tuesday.", "2025-06-19", "2025-06-17"],
    ["By December 2019, 3,000 North Korean workers had left Russia.", null, "2019-12"],
    ["Since October 2024, North Korea has sent 3,000 workers to Russia.", null, "2024-10/.."],
    ["Since October 2024, North Korea has sent 3,000 workers to Russia.", "2025-03-02", "2024-10/2025-03-02"],
    ["North Korea sent 3,000 workers to Russia on June 7, 2025.", null, "2025-06-07"],
  ])("%s (published %s) → %s", (text, pub, expected) => expect(time(text, pub)).toBe(expected));

  it("is null for relative expressions in an undated document", () => {
    expect(time("North Korea sent 3,000 workers to Russia last year.", null)).toBeNull();
  });

  it("is null when the text does not fix a time", () => {
    expect(time("North Korea sent 3,000 workers to Russia.", "2025-05-01")).toBeNull();
  });

  it("reads publication-relative deadlines forward", () => {
    expect(findTimes("They will arrive by December.", "2024-10-23")[0].value).toBe("2024-12");
  });
});
