// What the extract stage keeps between calls (last language, last document's acronyms, recent
// places) must never leak from one document or one caller into the next.
import { describe, expect, it } from "vitest";
import { detectLanguage, findPlaces } from "../../src/extract/index.ts";
import { scriptCounts } from "../../src/extract/language.ts";
import { definedAcronyms } from "../../src/extract/locales/en/sources.ts";

describe("kept answers", () => {
  it("counts letters per script as the share rule needs, and answers each text on its own", () => {
    expect(scriptCounts("Kim 김정은 Ким ok!")).toEqual({ hangul: 3, cyrillic: 3, latin: 5 });
    const ko = "북한 노동자 3천명이 러시아에 파견됐다고 정보당국이 밝혔다.";
    const en = "Officials said 3,000 workers were sent to Russia.";
    expect(detectLanguage(ko)).toBe("ko");
    expect(detectLanguage(ko)).toBe("ko");
    expect(detectLanguage(en)).toBe("en");
    expect(detectLanguage("Чиновники сообщили о 3000 рабочих.")).toBe("ru");
    expect(detectLanguage(ko)).toBe("ko");
  });

  it("hands each caller its own copy of a document's acronyms and of a sentence's places", () => {
    const text = "The Korea Institute for Defense Analyses (KIDA) counted 2,000 workers in Vladivostok.";
    const first = definedAcronyms(text);
    expect([...first]).toEqual([["KIDA", "Korea Institute for Defense Analyses"]]);
    first.set("XYZ", "changed by a caller");
    expect([...definedAcronyms(text)]).toEqual([["KIDA", "Korea Institute for Defense Analyses"]]);
    expect(definedAcronyms("No acronym is defined in this sentence.").size).toBe(0);

    const places = findPlaces(text);
    expect(places.map((p) => p.name)).toEqual(["Vladivostok"]);
    places.splice(0, places.length);
    expect(findPlaces(text).map((p) => p.name)).toEqual(["Vladivostok"]);
  });
});
