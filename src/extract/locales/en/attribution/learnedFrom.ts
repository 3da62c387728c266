// "X has learned from a Ukrainian security official that …": the informant is the source.
import { classify, ORG_WORDS, phraseAfter } from "./shared.ts";
import type { Attribution, AttributionFrame } from "./types.ts";

export const learnedFrom: AttributionFrame = {
  name: "learned-from",
  find(sentence, _found, cited) {
    const out: Attribution[] = [];
    for (const m of sentence.matchAll(
      /\b(?:learned|learnt|heard|been told|was told|were told)\s+(?:by|from)\s+/gi,
    )) {
      const p = phraseAfter(sentence, m.index + m[0].length);
      if (p && ORG_WORDS.has(p.text.split(/\s+/).pop()!.replace(/\.$/, "").toLowerCase()))
        out.push(classify(p.text, m.index, p.end, [...cited]));
    }
    return out;
  },
};
