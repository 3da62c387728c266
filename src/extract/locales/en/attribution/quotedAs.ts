// "TASS quoted Shoigu as saying …", "Lee quoted the nation's spy agency as saying …", "the NIS was
// quoted as telling lawmakers …": the outlet or person quoting relays, the one quoted is the source.
import { classify, phraseAfter, phraseBefore } from "./shared.ts";
import type { Attribution, AttributionFrame } from "./types.ts";

const QUOTED = /\b(?:quoted|quotes|quoting|cited|cites)\s+/gi;
const AS_SAYING =
  /^\s*as\s+(?:saying|telling|stating|writing|estimating|claiming|confirming|noting|adding)\b/i;
const PASSIVE = /\b(?:was|were|has been|had been)\s+quoted\s+as\s+(?:saying|telling|stating)\b/gi;
// A description the noun-phrase scanner does not take for a name: "the nation's spy agency".
const DESCRIPTION =
  /^(?:the|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:agency|ministry|service|office|military|government|army|command|spy agency|intelligence)(?=\s+as\b)/iu;

export const quotedAs: AttributionFrame = {
  name: "quoted-as",
  find(sentence, _found, cited, places) {
    const out: Attribution[] = [];
    for (const m of sentence.matchAll(QUOTED)) {
      const from = m.index + m[0].length;
      const description = DESCRIPTION.exec(sentence.slice(from));
      const p = description
        ? { text: description[0], end: from + description[0].length }
        : phraseAfter(sentence, from);
      const saying = p && AS_SAYING.exec(sentence.slice(p.end));
      if (!p || !saying) continue;
      out.push(classify(p.text, m.index, p.end + saying[0].length, [...cited]));
    }
    for (const m of sentence.matchAll(PASSIVE)) {
      const p = phraseBefore(sentence, m.index, places);
      if (p) out.push(classify(p.text, p.start, m.index + m[0].length, [...cited]));
    }
    return out;
  },
};
