// "This was reported by NHK", "the figure was confirmed by the ministry": a passive verb with its
// agent. Often the whole sentence points back to the one before it (attachAttribution reads it so).
import { classify, phraseAfter } from "./shared.ts";
import type { Attribution, AttributionFrame } from "./types.ts";

const PASSIVE_BY =
  /\b(?:was|were|is|are|has been|have been|had been)\s+(?:first\s+|also\s+|earlier\s+)?(?:reported|announced|stated|said|disclosed|revealed|confirmed|published|estimated|claimed)\s+by\s+/gi;

export const passiveBy: AttributionFrame = {
  name: "passive-by",
  find(sentence, _found, cited) {
    const out: Attribution[] = [];
    for (const m of sentence.matchAll(PASSIVE_BY)) {
      const p = phraseAfter(sentence, m.index + m[0].length);
      if (p) out.push(classify(p.text, m.index, p.end, [...cited]));
    }
    return out;
  },
};
