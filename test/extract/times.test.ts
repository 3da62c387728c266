import { describe, expect, it } from "vitest";
import { findTimes } from "../../src/extract/index.ts";
import { claimsOf, only } from "./helpers.ts";

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

describe("time families seen in published reporting", () => {
  it("reads two months stated as a window, forward when the clause looks ahead", () => {
    expect(
      time(
        "Pyongyang is expected to send another 4,000 workers to Russia in September or October.",
        "2025-07-02",
      ),
    ).toBe("2025-09/2025-10");
    expect(findTimes("The ships sailed in March or April.", "2025-07-02")[0].value).toBe("2025-03/2025-04");
  });

  it("reads a planned day forward", () => {
    expect(
      time("A first group of 1,200 North Korean soldiers will reach the front on December 3.", "2024-11-20"),
    ).toBe("2024-12-03");
  });

  it("dates a present state at publication when no date of speaking is given", () => {
    expect(time("About 7,000 North Korean soldiers are being drilled near Vladivostok.", "2024-10-05")).toBe(
      "2024-10-05",
    );
    expect(time("About 7,000 North Korean soldiers are being drilled near Vladivostok.", null)).toBeNull();
  });

  it("dates a state 'still' holding when it was said", () => {
    expect(
      time(
        "A ministry spokesman told reporters on Monday that some 600 North Korean workers were still in Russia.",
        "2020-02-05",
      ),
    ).toBe("2020-02-03");
  });

  it("shares the time of the sentence a back-reference points to", () => {
    const claims = claimsOf(
      "Mongolian border statistics published on Friday showed that arrivals from North Korea doubled last year.\nThe figures showed 3,400 North Korean workers crossed.",
      "2025-03-10",
    );
    expect(claims.map((c) => c.time)).toEqual(["2024"]);
    const then = claimsOf(
      "The spy agency updated its estimate in a hearing last August.\nThen, it said 2,000 North Korean workers had arrived in Russia.",
      "2025-03-10",
    );
    expect(then.map((c) => c.time)).toEqual(["2024-08"]);
  });

  it("gives a breakdown the total's time, not that of a comparison in between", () => {
    const claims = claimsOf(
      "Some 9,100 North Koreans entered Mongolia in 2024.\nThat number was up from 700 in 2023.\nMost came to study, at 5,200, followed by work, at 2,900.",
      "2025-03-10",
    );
    const byValue = Object.fromEntries(claims.map((c) => [String(c.quantity), c.time]));
    expect(byValue["5200"]).toBe("2024");
    expect(byValue["2900"]).toBe("2024");
  });

  it("runs a total already reached up to the statement", () => {
    expect(
      time(
        "Local sources said that 35 North Korean soldiers had already deserted their posts.",
        "2024-12-02",
      ),
    ).toBe("../2024-12-02");
  });

  it("dates a promised wage from its announcement", () => {
    expect(time("North Korean workers will receive $3 per hour at the plant.", "2025-09-30")).toBe(
      "2025-09-30",
    );
  });

  it("gives a report's figures the period the report covers", () => {
    const claims = claimsOf(
      "North Korea earned $30 million from IT workers abroad, a U.N. panel will disclose in an upcoming report.\nThe report is an overview of sanctions evasion in 2023.",
      null,
    );
    expect(claims.map((c) => c.time)).toEqual(["2023"]);
  });

  it("does not take 'it was learned Friday' for the figure's date", () => {
    expect(
      time(
        "North Korea has sent 700 IT workers abroad, a U.N. panel will say in a report, it was learned Friday.",
        null,
      ),
    ).toBeNull();
  });

  it("reads half-years and a bare quarter as intervals", () => {
    expect(findTimes("in the second half of 2024", null)[0].value).toBe("2024-07/2024-12");
    expect(findTimes("in the first half of this year", "2025-09-01")[0].value).toBe("2025-01/2025-06");
    expect(findTimes("arrived in the first quarter", "2025-03-14")[0].value).toBe("2025-01/2025-03");
    expect(findTimes("arrived in the fourth quarter", "2025-03-14")[0].value).toBe("2024-10/2024-12");
  });

  it("reads 'the first three months of 2025' from January", () => {
    expect(findTimes("in the first three months of 2025", null)[0].value).toBe("2025-01/2025-03");
    expect(findTimes("in the first 5 months of last year", "2025-03-14")[0].value).toBe("2024-01/2024-05");
  });

  it("reads spans of months and years", () => {
    expect(findTimes("between April and July 2024", null)[0].value).toBe("2024-04/2024-07");
    expect(findTimes("in 2022 and 2023", null)[0].value).toBe("2022/2023");
    expect(time("As of April, about 9,000 North Korean troops remained in Kursk.", "2025-06-02")).toBe(
      "2025-04",
    );
  });

  it("does not take the date of a briefing or press conference for the figure's", () => {
    expect(
      time(
        "Spokesman Tom Reyes said at a briefing on November 12 that about 600 North Korean soldiers had been wounded.",
        "2024-11-20",
      ),
    ).toBeNull();
  });

  it("reads seasons as their three months, and not the noun 'fall'", () => {
    expect(findTimes("in the autumn of 2023", null)[0].value).toBe("2023-09/2023-11");
    expect(findTimes("last summer", "2025-03-14")[0].value).toBe("2024-06/2024-08");
    expect(findTimes("in the winter of 2022", null)[0].value).toBe("2022-12/2023-02");
    expect(findTimes("after a sharp fall in arrivals", "2025-03-14")).toEqual([]);
  });

  it("does not date a figure by 'said on Tuesday after a briefing'", () => {
    expect(
      time(
        "More than 400 North Korean soldiers have died in Russia, lawmaker Kim Jae-won said on Tuesday after a briefing.",
        "2025-04-10",
      ),
    ).toBeNull();
  });

  it("reads 'over the past year and a half' as a stretch up to publication", () => {
    expect(findTimes("over the past year and a half", "2025-04-16")[0].value).toBe("2023-10/2025-04-16");
    expect(findTimes("in the last 6 months", "2025-04-16")[0].value).toBe("2024-10/2025-04-16");
    expect(findTimes("over the past two years", null)[0].value).toBeNull();
  });
});
