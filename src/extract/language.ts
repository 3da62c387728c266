// Language of a text by its script: Hangul → Korean, Cyrillic → Russian, otherwise English.
// News copy mixes scripts (Latin acronyms in Korean, "M2010" in Russian), so the decision is by
// the share of letters, not by the first letter seen.
export type Lang = "en" | "ru" | "ko";
export const LANGS: readonly Lang[] = ["en", "ru", "ko"];

export function scriptCounts(text: string): { hangul: number; cyrillic: number; latin: number } {
  // One pass over the UTF-16 units (every range below is in the BMP), without the arrays that
  // `text.match(/…/g)` would build for each script.
  let hangul = 0;
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    } else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f))
      hangul++;
  }
  return { hangul, cyrillic, latin };
}

/** The dominant language of a text; "en" when nothing else dominates (and for empty text). */
export function detectLanguage(text: string): Lang {
  // Asked several times per document (split, extract, store): the last answer is kept.
  if (text === lastText) return lastLang;
  lastLang = decide(text);
  lastText = text;
  return lastLang;
}

let lastText: string | null = null;
let lastLang: Lang = "en";

function decide(text: string): Lang {
  const { hangul, cyrillic, latin } = scriptCounts(text);
  // A Hangul syllable carries about two Latin letters' worth of text.
  const ko = hangul * 2;
  const total = ko + cyrillic + latin;
  if (total === 0) return "en";
  if (ko >= cyrillic && ko / total >= 0.3) return "ko";
  if (cyrillic > ko && cyrillic / total >= 0.3) return "ru";
  return "en";
}
