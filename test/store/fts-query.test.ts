import { describe, expect, it } from "vitest";
import { parseSearchQuery, toFts5Query, toTsQuery } from "../../src/store/fts-query.ts";

describe("search-box queries", () => {
  it("quotes every word so FTS5 operators are plain text", () => {
    expect(toFts5Query("troops NEAR Kursk")).toBe('"troops" "NEAR" "Kursk"');
    expect(toFts5Query("title:x AND y")).toBe('"title:x" "AND" "y"');
  });

  it("keeps balanced phrases and drops an unbalanced quote", () => {
    expect(toFts5Query('"construction site" Russia')).toBe('"construction site" "Russia"');
    expect(toFts5Query('"foo')).toBe('"foo"');
    expect(parseSearchQuery('say "a b').map((t) => t.text)).toEqual(["say", "a", "b"]);
  });

  it("supports a trailing star for prefixes and OR between terms", () => {
    expect(toFts5Query("deploy* OR troops")).toBe('"deploy"* OR "troops"');
    expect(toTsQuery("deploy* OR troops")).toBe("'deploy':* | 'troops'");
    expect(toFts5Query("OR troops OR")).toBe('"troops"');
  });

  it("returns null when nothing searchable is left", () => {
    for (const q of ["", "   ", "(((", "*", '"', "-", "NEAR(".replace(/\w/g, "")]) {
      expect(toFts5Query(q), q).toBeNull();
      expect(toTsQuery(q), q).toBeNull();
    }
  });

  it("builds tsquery lexemes that cannot carry operators", () => {
    expect(toTsQuery("rail & !shells")).toBe("'rail' & 'shells'");
    expect(toTsQuery('"trading company" Kim')).toBe("('trading' <-> 'company') & 'Kim'");
    expect(toTsQuery("O'Brien")).toBe("('O' <-> 'Brien')");
  });
});
