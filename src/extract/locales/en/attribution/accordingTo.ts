// "according to X", "according to two people familiar with the matter".
import { classify, FAMILIAR, phraseAfter } from "./shared.ts";
import type { Attribution, AttributionFrame } from "./types.ts";

export const accordingTo: AttributionFrame = {
  name: "according-to",
  find(sentence, _found, cited) {
    const out: Attribution[] = [];
    for (const m of sentence.matchAll(/\baccording to\s+/gi)) {
      // "according to two people familiar with the matter": unnamed but counted, kept as written.
      const familiar = FAMILIAR.exec(sentence.slice(m.index + m[0].length));
      if (familiar) {
        const name = familiar[1];
        out.push({
          name,
          chain: [name],
          start: m.index,
          end: m.index + m[0].length + name.length,
          anaphoric: false,
        });
        continue;
      }
      const p = phraseAfter(sentence, m.index + m[0].length);
      if (p) out.push(classify(p.text, m.index, p.end, [...cited]));
      else out.push({ name: null, chain: [], start: m.index, end: m.index + m[0].length, anaphoric: false });
    }
    return out;
  },
};
