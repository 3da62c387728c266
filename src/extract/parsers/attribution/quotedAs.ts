// "TASS quoted Shoigu as saying …", "Yonhap cited an official as estimating …": the outlet relays,
// the person quoted is the source.
import { classify, phraseAfter } from "./shared.ts";
import type { Attribution, AttributionFrame } from "./types.ts";

const QUOTED = /\b(?:quoted|quotes|quoting|cited|cites)\s+/gi;
const AS_SAYING =
  /^\s*as\s+(?:saying|telling|stating|writing|estimating|claiming|confirming|noting|adding)\b/i;

export const quotedAs: AttributionFrame = {
  name: "quoted-as",
  find(sentence, _found, cited) {
    const out: Attribution[] = [];
    for (const m of sentence.matchAll(QUOTED)) {
      const p = phraseAfter(sentence, m.index + m[0].length);
      if (!p || !AS_SAYING.test(sentence.slice(p.end))) continue;
      out.push(
        classify(p.text, m.index, p.end + AS_SAYING.exec(sentence.slice(p.end))![0].length, [...cited]),
      );
    }
    return out;
  },
};
