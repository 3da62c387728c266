// Similarity of two normalised tokens, with the reason in words for the explanation.
import { compareSyllables, parseKoreanSyllables } from "./korean.ts";
import { consonantSkeleton } from "./phonetic.ts";
import { editSimilarity, editSimilarityAtLeast } from "./similarity.ts";
import { vowelTolerantSimilarity } from "./vowel-similarity.ts";
import { abjadSkeleton } from "./arabic.ts";
import type { NameToken } from "./normalize.ts";

/** A Latin token against one romanised from Arabic script: only the consonants can agree. */
function abjadSimilarity(a: NameToken, b: NameToken): TokenMatch {
  const sa = abjadSkeleton(a.text);
  const sb = abjadSkeleton(b.text);
  if (sa === sb && sa.length > 0)
    return { similarity: sa.length >= 2 ? 0.92 : 0.86, reason: "same consonants (Arabic script)" };
  if (Math.min(sa.length, sb.length) >= 3) {
    const edit = editSimilarity(sa, sb);
    if (edit >= 0.75) return { similarity: 0.8, reason: "consonants alike (Arabic script)" };
  }
  return { similarity: 0, reason: "different consonants (Arabic script)" };
}

export interface TokenMatch {
  similarity: number;
  reason: string;
}

/** Compare Korean given or family names syllable by syllable on the canonical syllable key. */
function koreanSimilarity(a: NameToken, b: NameToken, bothHangul: boolean): TokenMatch | undefined {
  const sa = a.korean!;
  const sb = b.korean!;
  if (sa.length !== sb.length || sa.length === 0) return undefined;
  let strict = 0;
  let loose = 0;
  for (let i = 0; i < sa.length; i++) {
    // both written in Hangul: the romanisation is exact, so any difference is a different syllable
    const verdict = bothHangul
      ? sa[i].text === sb[i].text
        ? "strict"
        : "different"
      : compareSyllables(sa[i], sb[i]);
    if (verdict === "strict") strict++;
    else if (verdict === "loose") loose++;
  }
  if (strict === sa.length) return { similarity: 0.96, reason: "Korean romanisation variant" };
  if (strict + loose === sa.length)
    return { similarity: 0.92, reason: "Korean romanisation variant (ng/n, w glide)" };
  // a differing syllable is a different name (Jong-un vs Jong-il), however close the letters
  const agree = strict + loose;
  return {
    similarity: 0.4 * (agree / sa.length),
    reason: agree > 0 ? "Korean syllables differ in part" : "Korean syllables differ",
  };
}

export function tokenSimilarity(a: NameToken, b: NameToken, bothHangul = false): TokenMatch {
  if (a.text === b.text) return { similarity: 1, reason: "exact" };
  if (a.role === "number" || b.role === "number") {
    return { similarity: 0, reason: a.role === b.role ? "different numbers" : "number vs word" };
  }
  if (a.abjad !== b.abjad) return abjadSimilarity(a, b);
  if (a.korean && b.korean) {
    const korean = koreanSimilarity(a, b, bothHangul);
    if (korean) return korean;
    // different syllable counts (Sang-ho vs Song): a different name unless it is plainly a typo
    const edit = editSimilarity(a.text, b.text);
    return edit >= 0.85
      ? { similarity: edit * 0.95, reason: "similar spelling" }
      : { similarity: Math.min(edit, 0.5), reason: "Korean names of different length" };
  }
  const shorter = a.text.length <= b.text.length ? a : b;
  const longer = shorter === a ? b : a;
  if (shorter.text.length === 1) {
    return longer.text.startsWith(shorter.text)
      ? { similarity: 0.9, reason: "initial" }
      : { similarity: 0, reason: "initial does not fit" };
  }
  if (a.key === b.key) return { similarity: 0.95, reason: "spelling variant" };
  if ((a.altKey && (a.altKey === b.key || a.altKey === b.altKey)) || (b.altKey && b.altKey === a.key)) {
    return { similarity: 0.95, reason: "spelling variant (caron read as a digraph)" };
  }
  if (a.nicknameOf?.includes(b.key) || b.nicknameOf?.includes(a.key)) {
    return { similarity: 0.9, reason: "short form of the name" };
  }
  if (genderedPair(a.text, b.text))
    return { similarity: 0.5, reason: "masculine and feminine forms of a surname" };
  // Korean words outside personal names (Daedong/Taedong, Samsung/Samsong): syllable by syllable
  if (!a.korean && !b.korean && a.text.length >= 4 && b.text.length >= 4) {
    const sa = parseKoreanSyllables(a.text);
    const sb = sa && sa.length >= 2 ? parseKoreanSyllables(b.text) : null;
    if (sa && sb && sa.length === sb.length) {
      const verdicts = sa.map((s, i) => compareSyllables(s, sb[i]));
      if (verdicts.every((v) => v === "strict"))
        return { similarity: 0.92, reason: "Korean romanisation variant" };
      // ng written n (Heungjin / Hunjin), a w glide dropped: a looser variant, still the same word
      if (verdicts.every((v) => v !== "different") && a.text.length >= 5 && b.text.length >= 5)
        return { similarity: 0.88, reason: "Korean romanisation variant (ng/n, w glide)" };
    }
  }
  // lengths this far apart cannot reach a useful similarity: skip the edit distance
  const la = a.key.length;
  const lb = b.key.length;
  if (
    Math.abs(la - lb) > 0.5 * Math.max(la, lb) &&
    Math.abs(a.text.length - b.text.length) > 0.5 * longer.text.length
  ) {
    return { similarity: 0, reason: "different lengths" };
  }
  // below 0.5 the exact value does not matter (it counts as a conflict): bounded distance
  const keyEdit = editSimilarityAtLeast(a.key, b.key, 0.5);
  const edit = keyEdit >= 0.9 ? keyEdit : Math.max(keyEdit, editSimilarityAtLeast(a.text, b.text, 0.5));
  // vowels written differently (Hamid/Hamed, Nazaranka/Nazarenko): consonants decide
  if (edit < 0.9 && edit >= 0.5) {
    const vowels = vowelTolerantSimilarity(a.key, b.key);
    if (vowels > edit && vowels >= 0.85)
      return { similarity: Math.min(0.92, vowels), reason: "vowel transliteration variant" };
  }
  const skeleton = consonantSkeleton(a.key);
  if (skeleton.length >= 3 && edit < 0.8 && skeleton === consonantSkeleton(b.key)) {
    return { similarity: 0.8, reason: "same consonants (vowel transliteration)" };
  }
  // reasons are constant strings: the explanation adds the similarity value (and is built only on demand)
  return { similarity: edit, reason: edit === 0 ? "different words" : "similar spelling" };
}

const MASCULINE = /(ov|ev|yov|in|yn)$/;
const ADJECTIVE_MASCULINE = /(iy|yy|yi|ii|ij|yj|oy|oi|y|i)$/;
const ADJECTIVE_FEMININE = /(aya|aja|aia)$/;

/** Lavrov/Lavrova, Medinsky/Medinskaya, Navalny/Navalnaya: relatives, not spellings of one name. */
function genderedPair(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 5 && long === `${short}a` && MASCULINE.test(short)) return true;
  for (const [m, f] of [
    [x, y],
    [y, x],
  ]) {
    if (!ADJECTIVE_FEMININE.test(f) || !ADJECTIVE_MASCULINE.test(m)) continue;
    const stemF = f.replace(ADJECTIVE_FEMININE, "");
    const stemM = m.replace(ADJECTIVE_MASCULINE, "");
    if (stemF.length >= 4 && stemF === stemM) return true;
  }
  return false;
}

/** Sharpened contribution: near-identical tokens count fully, weakly similar ones count as conflicts. */
export function contribution(similarity: number): number {
  if (similarity >= 0.95) return similarity;
  return Math.max(0, (similarity - 0.55) / 0.4) * 0.95;
}
