import { describe, expect, it } from "vitest";
import {
  cyrillicVariants,
  romanizeCyrillic,
  romanizeHangul,
  romanizeKoreanCyrillic,
  romanizeKoreanName,
} from "../../../src/resolve/names/index.ts";

describe("Cyrillic romanisation", () => {
  it("writes Шойгу the BGN, ICAO and ISO 9 ways", () => {
    expect(romanizeCyrillic("Шойгу", "bgn")).toBe("Shoygu");
    expect(romanizeCyrillic("Шойгу", "icao")).toBe("Shoigu");
    expect(romanizeCyrillic("Шойгу", "iso9")).toBe("Šojgu");
  });

  it("writes Сергей as Sergey, Sergei and Sergej", () => {
    expect(cyrillicVariants("Сергей")).toEqual(expect.arrayContaining(["Sergey", "Sergei", "Sergej"]));
  });

  it("renders ж, х, ц, щ, ю and я differently per system", () => {
    expect(romanizeCyrillic("жхцщюя", "bgn")).toBe("zhkhtsshchyuya");
    expect(romanizeCyrillic("жхцщюя", "iso9")).toBe("žhcŝûâ");
    expect(romanizeCyrillic("жхцщюя", "icao")).toBe("zhkhtsshchiuia");
  });

  it("writes initial е as ye in BGN only", () => {
    expect(romanizeCyrillic("Евгений", "bgn")).toBe("Yevgeniy");
    expect(romanizeCyrillic("Евгений", "icao")).toBe("Evgenii");
  });

  it("keeps an all-capitals word in capitals", () => {
    expect(romanizeCyrillic("ШОЙГУ Сергей")).toBe("SHOYGU Sergey");
  });

  it("reads Ukrainian г as h and и as y", () => {
    expect(romanizeCyrillic("Володимир Гончаренко і")).toBe("Volodymyr Honcharenko i");
  });

  it("reads a Korean name in Cyrillic back to Korean romanisation", () => {
    expect(romanizeKoreanCyrillic("Ким Чен Ын")).toBe("kim cheon eun");
    expect(romanizeKoreanCyrillic("Чхве Рён Хэ")).toBe("chwe ryeon hae");
  });
});

describe("Hangul romanisation", () => {
  it("decomposes syllable blocks with Revised Romanisation", () => {
    expect(romanizeHangul("김정은", "rr")).toBe("gimjeongeun");
    expect(romanizeHangul("최룡해", "rr")).toBe("choeryonghae");
  });

  it("uses McCune–Reischauer breves and voiceless initials in MR mode", () => {
    expect(romanizeHangul("김정은", "mr")).toBe("kimjŏngŭn");
  });

  it("splits a personal name into family name and hyphenated given name", () => {
    expect(romanizeKoreanName("김정은")).toBe("Gim Jeong-eun");
    expect(romanizeKoreanName("남궁민수")).toBe("Namgung Min-su");
  });
});
