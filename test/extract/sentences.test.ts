import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/index.ts";

describe("splitSentences", () => {
  it("keeps abbreviations, initials and decimals inside one sentence", () => {
    const text =
      "The U.S. envoy met Gen. Kim on Dec. 22 to discuss Resolution No. 2397. About 1.5 million rounds were moved by J. Smith's unit.";
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      "The U.S. envoy met Gen. Kim on Dec. 22 to discuss Resolution No. 2397.",
      "About 1.5 million rounds were moved by J. Smith's unit.",
    ]);
  });

  it("gives offsets that slice back to the sentence text", () => {
    const text = "Headline without a stop\n\nFirst one here. Second one there!\nA third on its own line?";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("treats single newlines as paragraph breaks and numbers sentences in order", () => {
    const s = splitSentences("Title line\nBody one. Body two.\n\nNext paragraph.");
    expect(s.map((x) => [x.index, x.paragraph])).toEqual([
      [0, 0],
      [1, 1],
      [2, 1],
      [3, 2],
    ]);
  });

  it("ends a sentence after a closing quote", () => {
    const s = splitSentences("He said “they left.” Then they came back.");
    expect(s.map((x) => x.text)).toEqual(["He said “they left.”", "Then they came back."]);
  });

  it("splits after U.S. when a new sentence clearly starts", () => {
    const s = splitSentences("The workers were sent to the U.S. The plan failed.");
    expect(s).toHaveLength(2);
  });
});
