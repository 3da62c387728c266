// "Moscow's own reporting to the UN put …", "Seoul's intelligence shows …": the possessor is the
// source, not the body reported to.
import { classify } from "./shared.ts";
import type { Attribution, AttributionFrame } from "./types.ts";

const HINT =
  /['’]s\s+(?:own\s+|official\s+)?(?:intelligence|data|figures|estimates?|report|reporting|filings?|submissions?|assessment|analysis|statistics|records|findings)\b/;
const POSSESSIVE =
  /([\p{Lu}][\p{L}.\s-]{1,40}?)['’]s\s+(?:own\s+|official\s+)?(intelligence|data|figures|estimates?|report|reporting|filings?|submissions?|assessment|analysis|statistics|records|findings)(?:\s+to\s+(?:the\s+)?[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,3})?\s+(?:show|shows|showed|suggest|suggests|indicate|indicates|reveal|reveals|put|puts|say|says|said)\b/gu;

export const possessiveData: AttributionFrame = {
  name: "possessive-data",
  find(sentence, _found, cited) {
    if (!HINT.test(sentence)) return [];
    const out: Attribution[] = [];
    for (const m of sentence.matchAll(POSSESSIVE)) {
      const who = m[1].trim();
      const text = m[2].toLowerCase() === "intelligence" ? `${who}'s intelligence` : who;
      out.push(classify(text, m.index, m.index + m[0].length, [...cited]));
    }
    return out;
  },
};
