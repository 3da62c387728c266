// "…, citing X": a relay. The cited names become the inner links of every chain the sentence
// yields; when no other frame names a source, the cited body itself is the source.
import { classify, cleanSourceName, phraseAfter } from "./shared.ts";
import type { AttributionFrame } from "./types.ts";

/** The phrases after each "citing" in the sentence, in text order. */
export function citedPhrases(sentence: string): { text: string; end: number }[] {
  return [...sentence.matchAll(/\bciting\s+/gi)]
    .map((m) => phraseAfter(sentence, m.index + m[0].length))
    .filter((p) => p !== null);
}

/** The cited names, cleaned, for chains. */
export function citedNames(sentence: string): string[] {
  return citedPhrases(sentence).map((c) => cleanSourceName(c.text.replace(/(?<!\b\p{L})\.$/u, "")));
}

export const citing: AttributionFrame = {
  name: "citing",
  find(sentence, found, cited) {
    const phrases = citedPhrases(sentence);
    if (!phrases.length || found.length) return [];
    const at = sentence.search(/\bciting\s/i);
    return [classify(phrases[0].text, at, phrases[0].end, cited.slice(1))];
  },
};
