// "…, with South Korean, Ukrainian and Western sources reporting over 6,000 killed": a source
// introduced by "with" and a participle, mid-sentence.
import { classify } from "./shared.ts";
import type { Attribution, AttributionFrame } from "./types.ts";

const WITH_REPORTING =
  /\bwith\s+((?:(?:the\s+)?[\p{Lu}][\p{L}'’.-]*,?\s+(?:and\s+)?){1,6}(?:sources|officials|intelligence|estimates|media|analysts|authorities|agencies|governments))\s+(?:reporting|estimating|saying|claiming|putting|suggesting|citing)\b/gu;

export const withReporting: AttributionFrame = {
  name: "with-reporting",
  find(sentence, _found, cited) {
    const out: Attribution[] = [];
    for (const m of sentence.matchAll(WITH_REPORTING)) {
      const at = m.index + m[0].indexOf(m[1]);
      out.push(classify(m[1].replace(/,\s+and\s+/g, " and "), at, m.index + m[0].length, [...cited]));
    }
    return out;
  },
};
