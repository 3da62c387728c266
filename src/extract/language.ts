// Language of a text by its script: Hangul → Korean, Cyrillic → Russian, otherwise English.
// News copy mixes scripts (Latin acronyms in Korean, "M2010" in Russian), so the decision is by
// the share of letters, not by the first letter seen.
export type Lang = "en" | "ru" | "ko";
export const LANGS: readonly Lang[] = ["en", "ru", "ko"];

export function scriptCounts(text: string): { hangul: number; cyrillic: number; latin: number } {
  const hangul = text.match(/[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/g)?.length ?? 0;
  const cyrillic = text.match(/[\u0400-\u04ff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return { hangul, cyrillic, latin };
}

/** The dominant language of a text; "en" when nothing else dominates (and for empty text). */
export function detectLanguage(text: string): Lang {
  const { hangul, cyrillic, latin } = scriptCounts(text);
  // A Hangul syllable carries about two Latin letters' worth of text.
  const ko = hangul * 2;
  const total = ko + cyrillic + latin;
  if (total === 0) return "en";
  if (ko >= cyrillic && ko / total >= 0.3) return "ko";
  if (cyrillic > ko && cyrillic / total >= 0.3) return "ru";
  return "en";
}
