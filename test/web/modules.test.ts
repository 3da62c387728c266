// The dashboard's pure modules (no DOM needed), imported straight from src/web/static.
import { describe, expect, it } from "vitest";
import { validateCorrection } from "../../src/store/reviews.ts";

import { splitByRanges, claimRanges } from "../../src/web/static/lib/highlight.ts";
import { parseHash, buildHash } from "../../src/web/static/lib/route.ts";
import { formatFigure, formatSource, languageName } from "../../src/web/static/lib/format.ts";
import { parseQuantity, correctionFrom, describeReview } from "../../src/web/static/lib/review-form.ts";

interface Piece {
  text: string;
  start: number;
  classes: string[];
}

describe("splitByRanges", () => {
  const text = "Some 400 workers arrived. Later 20 more came.";

  it("cuts the text at range boundaries and reassembles to the same text", () => {
    const pieces: Piece[] = splitByRanges(text, [
      { start: 0, end: 25, className: "evidence" },
      { start: 0, end: 8, className: "figure" },
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.map((p) => [p.text, p.classes])).toEqual([
      ["Some 400", ["evidence", "figure"]],
      [" workers arrived.", ["evidence"]],
      [" Later 20 more came.", []],
    ]);
  });

  it("clamps ranges to the text and ignores empty or inverted ones", () => {
    const pieces: Piece[] = splitByRanges(text, [
      { start: 32, end: 999, className: "figure" },
      { start: 10, end: 10, className: "empty" },
      { start: 20, end: 5, className: "inverted" },
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.filter((p) => p.classes.length).map((p) => p.text)).toEqual(["20 more came."]);
    expect(pieces.flatMap((p) => p.classes)).toEqual(["figure"]);
  });

  it("leaves markup in the text as text", () => {
    const hostile = "a <script>x()</script> b";
    const pieces: Piece[] = splitByRanges(hostile, [{ start: 2, end: 10, className: "figure" }]);
    expect(pieces.map((p) => p.text)).toEqual(["a ", "<script>", "x()</script> b"]);
  });

  it("shifts a claim's ranges into its evidence sentence", () => {
    const claim = { sentence: { start: 100, end: 125 }, span: { start: 105, end: 108 } };
    expect(claimRanges(claim, 100)).toEqual([
      { start: 0, end: 25, className: "evidence" },
      { start: 5, end: 8, className: "figure" },
    ]);
  });
});

describe("hash routes", () => {
  it("round-trips a document id with awkward characters and a selected claim", () => {
    const hash = buildHash("documents", "feed.xml#3/a b", { claim: 12, empty: "" });
    expect(hash).not.toContain(" ");
    const route = parseHash(hash);
    expect(route.view).toBe("documents");
    expect(route.id).toBe("feed.xml#3/a b");
    expect(route.params.get("claim")).toBe("12");
    expect(route.params.has("empty")).toBe(false);
  });

  it("defaults to the overview and keeps a view's filters", () => {
    expect(parseHash("").view).toBe("overview");
    expect(parseHash("#/").view).toBe("overview");
    expect(parseHash("#/?group=labor").params.get("group")).toBe("labor");
    const route = parseHash("#/claims?subject=troops&from=2024");
    expect([route.view, route.id, route.params.get("subject"), route.params.get("from")]).toEqual([
      "claims",
      null,
      "troops",
      "2024",
    ]);
  });
});

describe("formatting", () => {
  it("writes figures with their qualifier", () => {
    expect(formatFigure(13000, "more_than")).toBe("more than 13,000");
    expect(formatFigure([1000, 1500], "range")).toBe("1,000–1,500");
    expect(formatFigure(30, "approx")).toBe("about 30");
    expect(formatFigure(7, "exact")).toBe("7");
  });

  it("writes the attribution chain nearest source first", () => {
    expect(formatSource({ attributionChain: ["JoongAng", "Yonhap", "NIS"], attributedTo: "JoongAng" })).toBe(
      "JoongAng, citing Yonhap, citing NIS",
    );
    expect(formatSource({ attributionChain: [], attributedTo: null })).toBe("—");
  });
});

describe("language names", () => {
  it("names the languages documents are read in, and shows an unknown code as it is", () => {
    expect(languageName("ru")).toBe("Russian (ru)");
    expect(languageName("ko")).toBe("Korean (ko)");
    expect(languageName("xx")).toBe("xx");
    expect(languageName(null)).toBe("—");
  });
});

describe("the correction form", () => {
  const claim = {
    quantity: 12000,
    qualifier: "approx",
    unit: "persons",
    subject: "workers",
    event: "deployment_reported",
    destination: "Russia",
    attributedTo: "the ministry",
    time: "2023",
  };
  const values = (over: Record<string, string> = {}) => ({
    quantity: "12000",
    qualifier: "approx",
    unit: "persons",
    subject: "workers",
    event: "deployment_reported",
    destination: "Russia",
    source: "the ministry",
    time: "2023",
    ...over,
  });

  it("reads numbers and ranges as written by people", () => {
    expect(parseQuantity("12,000")).toBe(12000);
    expect(parseQuantity(" 1 500 ")).toBe(1500);
    expect(parseQuantity("1,000–1,500")).toEqual([1000, 1500]);
    expect(parseQuantity("2.5")).toBe(2.5);
    expect(parseQuantity("about 40")).toBeNull();
    expect(parseQuantity("")).toBeNull();
  });

  it("sends only the fields that differ, and an emptied optional field as null", () => {
    const { correction, problems } = correctionFrom(
      values({ quantity: "10,000–12,000", qualifier: "range", destination: "", source: "a defector" }),
      claim,
    );
    expect(problems).toEqual([]);
    expect(correction).toEqual({
      quantity: [10000, 12000],
      qualifier: "range",
      destination: null,
      attributedTo: "a defector",
    });
    // What the form sends is what the server accepts.
    expect(validateCorrection(correction)).toEqual([]);
  });

  it("refuses an unchanged form, an unreadable quantity and an empty unit", () => {
    expect(correctionFrom(values(), claim).problems).toHaveLength(1);
    expect(correctionFrom(values({ quantity: "lots" }), claim).problems[0]).toMatch(/Quantity/);
    expect(correctionFrom(values({ unit: " " }), claim).problems[0]).toMatch(/Unit/);
  });

  it("describes a review in words", () => {
    expect(describeReview(null)).toBe("Not reviewed");
    expect(describeReview({ decision: "correct", author: "ana", createdAt: "2026-01-02T03:04:05Z" })).toBe(
      "Corrected by ana on 2026-01-02",
    );
  });
});

describe("the dashboard's sources", () => {
  it("never hand data to an HTML parser", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const root = new URL("../../src/web/static/", import.meta.url);
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const code = readFileSync(new URL(file, root), "utf8").replace(/^\s*\/\/.*$/gm, "");
      expect(code, file).not.toMatch(
        /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/,
      );
    }
  });
});
