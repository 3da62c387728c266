// Korean parsers, on sentences written for these tests.
import { describe, expect, it } from "vitest";
import { findFiguresKo } from "../../../../src/extract/locales/ko/figures.ts";
import { numeralValue } from "../../../../src/extract/locales/ko/numbers.ts";
import { findSubjectKo } from "../../../../src/extract/locales/ko/subjects.ts";
import { findPlacesKo } from "../../../../src/extract/locales/ko/places.ts";
import { findSourcesKo } from "../../../../src/extract/locales/ko/attribution.ts";
import { findTimeKo } from "../../../../src/extract/locales/ko/times.ts";
import { splitSentencesKo } from "../../../../src/extract/locales/ko/sentences.ts";
import { detectLanguage } from "../../../../src/extract/language.ts";

const fig = (s: string) => findFiguresKo(s).map((f) => [f.value, f.qualifier]);
const subj = (s: string) => findFiguresKo(s).map((f) => findSubjectKo(s, f)?.subject ?? null);

describe("ko numerals", () => {
  it("reads 만/천 mixed numerals", () => {
    expect(numeralValue("2만 3천").value).toBe(23000);
    expect(numeralValue("1만5000").value).toBe(15000);
    expect(numeralValue("4천200").value).toBe(4200);
    expect(numeralValue("3억").value).toBe(300000000);
    expect(numeralValue("2천만").value).toBe(20000000);
  });
});

describe("ko figures", () => {
  it("reads hedges before and after", () => {
    expect(fig("약 2만 3천 명의 병력")).toEqual([[23000, "approx"]]);
    expect(fig("노동자 500여 명")).toEqual([[500, "approx"]]);
    expect(fig("포탄 2만 발 이상")).toEqual([[20000, "at_least"]]);
    expect(fig("2000개가 넘는 컨테이너")).toEqual([[2000, "more_than"]]);
    expect(fig("최대 8천 명")).toEqual([[8000, "up_to"]]);
    expect(fig("근로자 700명가량")).toEqual([[700, "approx"]]);
  });
  it("reads ranges with one unit", () => {
    expect(fig("월 2~3만 달러")).toEqual([[[20000, 30000], "range"]]);
  });
  it("skips dates, distances and vague amounts", () => {
    expect(fig("2024년 5월 3일 수천 명이 약 450㎞ 이동했다")).toEqual([]);
  });
});

describe("ko subjects", () => {
  it("finds the noun before the figure or after it with 의", () => {
    expect(subj("북한이 건설 노동자 3천 명을 보냈다")).toEqual(["construction_workers"]);
    expect(subj("약 7천 명의 북한군이 배치됐다")).toEqual(["troops"]);
    expect(subj("공병 800명이 파견됐다")).toEqual(["deminers"]);
    expect(subj("포탄 90만 발을 실어 보냈다")).toEqual(["munitions"]);
    expect(subj("사망자가 400여 명에 이른다")).toEqual(["casualties"]);
  });
  it("reads wages and leaves a lone soldier out", () => {
    expect(subj("1인당 한 달에 800달러의 임금을 받는다")).toEqual(["wage"]);
    expect(subj("병사 1명이 붙잡혔다")).toEqual([null]);
  });
});

describe("ko places, sources, times, sentences, language", () => {
  it("maps Korean place names to the English ones", () => {
    expect(findPlacesKo("쿠르스크에 배치된 병력과 연해주 노동자").map((p) => p.name)).toEqual([
      "Kursk",
      "Primorye",
    ]);
  });
  it("finds the NIS and outlet sources", () => {
    expect(findSourcesKo("국정원은 병력이 늘었다고 밝혔다").map((f) => f.source)).toEqual([
      "National Intelligence Service (NIS)",
    ]);
    expect(findSourcesKo("데일리NK 소식통에 따르면 인력이 늘었다").map((f) => f.source)).toEqual([
      "Daily NK sources",
    ]);
  });
  it("resolves 지난해, 올해 and periods", () => {
    expect(findTimeKo("지난해 9월", "2025-04-02")).toBe("2024-09");
    expect(findTimeKo("올해 하반기", "2025-04-02")).toBe("2025-07/2025-12");
    expect(findTimeKo("2023년 6월부터", "2025-04-02")).toBe("2023-06/2025-04-02");
  });
  it("splits sentences run together after 다.", () => {
    expect(splitSentencesKo("보냈다.이번에는 늘었다. 끝.").map((s) => s.text)).toEqual([
      "보냈다.",
      "이번에는 늘었다.",
      "끝.",
    ]);
  });
  it("detects the language by script", () => {
    expect(detectLanguage("북한이 노동자를 보냈다 (IT)")).toBe("ko");
    expect(detectLanguage("КНДР направит рабочих в Россию")).toBe("ru");
    expect(detectLanguage("North Korea sent 5,000 workers")).toBe("en");
  });
});
