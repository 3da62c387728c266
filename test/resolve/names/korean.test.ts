import { describe, expect, it } from "vitest";
import { parseKoreanSyllables } from "../../../src/resolve/names/index.ts";
import { compareSyllables } from "../../../src/resolve/names/korean.ts";

const syllables = (t: string) => parseKoreanSyllables(t)?.map((s) => s.text);
const same = (a: string, b: string) => {
  const [x] = parseKoreanSyllables(a)!;
  const [y] = parseKoreanSyllables(b)!;
  return compareSyllables(x, y);
};

describe("Korean syllable keys", () => {
  it("splits joined given names at syllable boundaries", () => {
    expect(syllables("jongun")).toEqual(["jong", "un"]);
    expect(syllables("yongchol")).toEqual(["yong", "chol"]);
    expect(syllables("myongguk")).toEqual(["myong", "guk"]);
  });

  it("refuses words that are not Korean syllables", () => {
    expect(parseKoreanSyllables("vladimir")).toBeNull();
    expect(parseKoreanSyllables("sergei")).toBeNull();
  });

  it.each([
    ["jong", "jeong"],
    ["jong", "chong"],
    ["jeong", "cheong"],
    ["un", "eun"],
    ["un", "woon"],
    ["il", "ill"],
    ["ri", "lee"],
    ["ri", "rhee"],
    ["ri", "yi"],
    ["ri", "i"],
    ["pak", "park"],
    ["pak", "bak"],
    ["choe", "choi"],
    ["choe", "chwe"],
    ["kim", "gim"],
    ["kang", "gang"],
    ["ko", "go"],
    ["kwon", "gwon"],
    ["son", "sohn"],
    ["sin", "shin"],
    ["yong", "young"],
    ["yong", "ryong"],
    ["ryong", "lyong"],
    ["chol", "cheol"],
    ["chol", "chul"],
    ["hyon", "hyun"],
    ["hyon", "hyeon"],
    ["song", "seong"],
    ["song", "sung"],
    ["hui", "hee"],
    ["hui", "hwi"],
    ["ryu", "yu"],
    ["rim", "im"],
    ["rim", "lim"],
    ["thaek", "taek"],
  ])("treats %s and %s as one syllable", (a, b) => {
    expect(same(a, b)).toBe("strict");
  });

  it.each([
    ["jong", "jang"],
    ["un", "il"],
    ["kim", "kum"],
    ["chol", "chun"],
    ["yong", "kyong"],
    ["sik", "guk"],
  ])("keeps %s and %s apart", (a, b) => {
    expect(same(a, b)).toBe("different");
  });

  it("lets ng and n meet only loosely (Kontsevich Cyrillic writes both as н)", () => {
    expect(same("jong", "jon")).toBe("loose");
  });
});
