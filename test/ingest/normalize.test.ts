import { describe, expect, it } from "vitest";
import { contentHash, normalizeText, parseDate, parseDateLine } from "../../src/ingest/index.ts";

describe("normalizeText", () => {
  it("turns fullwidth digits into ASCII and no-break or thin spaces into plain spaces", () => {
    expect(normalizeText("１２，０００ workers")).toBe("12,000 workers");
    expect(normalizeText("6\u00a0000 visas and 7\u202f887 more\u2009here")).toBe(
      "6 000 visas and 7 887 more here",
    );
  });

  it("converts CRLF, trims trailing spaces and collapses three or more newlines into one blank line", () => {
    expect(normalizeText("first line   \r\nsecond\r\n\r\n\r\n\r\nthird  ")).toBe(
      "first line\nsecond\n\nthird",
    );
  });

  it("removes zero-width characters, soft hyphens, the BOM and control characters", () => {
    expect(normalizeText("\ufeffKur\u00adsk\u200b region\u0007")).toBe("Kursk region");
  });

  it("repairs replacement characters left by a wrong charset where the lost character is obvious", () => {
    expect(normalizeText("Russia\ufffds border")).toBe("Russia's border");
    expect(normalizeText("about 6\ufffd000 workers")).toBe("about 6 000 workers");
    expect(normalizeText("Seoul \ufffd and Kyiv")).toBe("Seoul – and Kyiv");
    expect(normalizeText("stray\ufffd mark")).toBe("stray mark");
  });

  it("gives the same text, and so the same hash, for differently encoded spaces", () => {
    expect(contentHash(normalizeText("9\u00a0000 containers"))).toBe(
      contentHash(normalizeText("9 000 containers")),
    );
    expect(contentHash("a")).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash("a")).not.toBe(contentHash("b"));
  });
});

describe("parseDate", () => {
  it.each([
    ["2025-06-17", "2025-06-17"],
    ["2025-06-17T23:30:00-05:00", "2025-06-17"],
    ["Tue, 17 Jun 2025 08:00:00 GMT", "2025-06-17"],
    ["June 17, 2025", "2025-06-17"],
    ["Sept. 3, 2025", "2025-09-03"],
    ["25 January 2026", "2026-01-25"],
    ["3rd of March 2024", "2024-03-03"],
    ["Sunday, January 25, 2026", "2026-01-25"],
    ["17.06.2025", "2025-06-17"],
    ["2025/6/7", "2025-06-07"],
    ["June 2025", "2025-06"],
    ["2025-06", "2025-06"],
    ["2024", "2024"],
    ["Published: March 4, 2025 10:15 AM", "2025-03-04"],
    ["2025.06.17 14:05", "2025-06-17"],
    ["17/06/2025", "2025-06-17"],
  ])("reads %s as %s", (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });

  it("returns null for text without a date and for impossible dates", () => {
    expect(parseDate("")).toBeNull();
    expect(parseDate("no date here")).toBeNull();
    expect(parseDate("2025-02-30")).toBeNull();
    expect(parseDate(null)).toBeNull();
  });
});

describe("parseDateLine", () => {
  it("accepts a line that is only a full date, with weekday, prefix or time", () => {
    expect(parseDateLine("Sunday, January 25, 2026")).toBe("2026-01-25");
    expect(parseDateLine("Updated: 18 June 2025, 14:05 KST")).toBe("2025-06-18");
    expect(parseDateLine("2025-06-17")).toBe("2025-06-17");
    expect(parseDateLine("Posted : 2025-06-17 17:00 Updated : 2025-06-18 09:00")).toBe("2025-06-17");
    expect(parseDateLine("June 17, 2025 at 10:45 a.m. EDT")).toBe("2025-06-17");
  });

  it("rejects sentences that merely contain a date, and month-only dates", () => {
    expect(parseDateLine("June 17, 2025 was the day Shoigu arrived.")).toBeNull();
    expect(parseDateLine("On June 17, 2025")).toBeNull();
    expect(parseDateLine("June 2025")).toBeNull();
  });
});
