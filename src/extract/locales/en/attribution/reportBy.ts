// "a report by X", "statistics released by X", "data from X": a document and its author.
import { classify, phraseAfter } from "./shared.ts";
import type { Attribution, AttributionFrame } from "./types.ts";

const DOCUMENT_BY =
  /\b(?:announcements?|reports?|report|analysis|assessment|estimates?|data|statement|study|investigation|figures|briefing|testimony|survey|documents|findings|statistics|records|filings?|numbers|tallies|a report)\s+(?:released\s+|published\s+|compiled\s+|kept\s+|issued\s+)?(?:by|from)\s+/gi;

// "the website of a U.N. panel showed", "the records of the border service show".
// "The figure came from Rosstat data", "numbers drawn from customs records".
const CAME_FROM =
  /\b(?:came|comes|come|drawn|taken|derived|obtained)\s+from\s+(?=(?:the\s+)?\p{Lu}[^,.;]{0,40}?\b(?:data|statistics|figures|records|report|survey|estimates)\b)/giu;
const DOCUMENT_OF =
  /\b(?:the\s+)?(?:website|data|records|statistics|figures|database|tally|filings?)\s+of\s+(?=(?:an?\s+|the\s+)?\p{Lu})/giu;

export const reportBy: AttributionFrame = {
  name: "report-by",
  find(sentence, _found, cited) {
    const out: Attribution[] = [];
    for (const m of sentence.matchAll(DOCUMENT_BY)) {
      const p = phraseAfter(sentence, m.index + m[0].length);
      if (p && /^(?:the\s+)?\p{Lu}/u.test(p.text)) out.push(classify(p.text, m.index, p.end, [...cited]));
    }
    for (const m of sentence.matchAll(CAME_FROM)) {
      const p = phraseAfter(sentence, m.index + m[0].length);
      if (p) out.push(classify(p.text, m.index, p.end, [...cited]));
    }
    for (const m of sentence.matchAll(DOCUMENT_OF)) {
      const p = phraseAfter(sentence, m.index + m[0].length);
      if (p) out.push(classify(p.text, m.index, p.end, [...cited]));
    }
    return out;
  },
};
