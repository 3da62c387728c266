// The extract stage: sentences in, claims out. See docs/extract.md.
import { defaultReference, type Reference } from "../reference/index.ts";
import type { Claim, Sentence } from "../types.ts";
import type { DebugEntry, ExtractInput } from "./context.ts";
import { runExtraction } from "./extractor.ts";
import { detectLanguage, scriptCounts, type Lang } from "./language.ts";
import { localeFor } from "./locales/index.ts";

export { findFigures, type Figure } from "./locales/en/figures.ts";
export { findAttributions, cleanSourceName } from "./locales/en/attribution.ts";
export { findPlaces } from "./locales/en/places.ts";
export { findTimes } from "./locales/en/times.ts";
export { publishedFromHeader } from "./extractor.ts";
export { EXTRACTOR_VERSION } from "./version.ts";
export { detectLanguage, type Lang } from "./language.ts";
export { ENGLISH_REFINERS, englishConfiguration } from "./locales/en/config.ts";
export { localeFor, type Configuration } from "./locales/index.ts";
export type { Candidate, DebugEntry, ExtractInput, Refiner } from "./context.ts";
export type { Sentence };

/** Sentences of a text, split by the rules of its language. */
export function splitSentences(text: string, reference: Reference = defaultReference()): Sentence[] {
  return localeFor(detectLanguage(text), reference).splitSentences(text);
}

/**
 * Every claim in the document, ordered by span. Pure and deterministic. `reference` is the
 * subject registry and gazetteer to read with (default: the repository's data/).
 */
export function extractClaims(doc: ExtractInput, reference: Reference = defaultReference()): Claim[] {
  return extractClaimsDebug(doc, false, reference).claims;
}

/** Claims plus a trace of which parser or refiner kept, dropped or changed what. */
export function extractClaimsDebug(
  doc: ExtractInput,
  trace = true,
  reference: Reference = defaultReference(),
): { claims: Claim[]; trace: DebugEntry[] } {
  // the one dispatch point: each document is read by the configuration of its language, and a
  // document that mixes languages by paragraph (an English report quoting a Russian statement) has
  // each language's paragraphs read by that language's configuration
  const parts = languageParts(doc.text);
  if (!parts) return runExtraction(localeFor(detectLanguage(doc.text), reference), reference, doc, trace);
  const claims: Claim[] = [];
  const steps: DebugEntry[] = [];
  for (const [lang, text] of parts) {
    const run = runExtraction(localeFor(lang, reference), reference, { ...doc, text }, trace);
    claims.push(...run.claims.map((c) => ({ ...c, docId: doc.id })));
    steps.push(...run.trace);
  }
  claims.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { claims, trace: steps };
}

/** Letters a paragraph needs before its language counts (headlines, bylines, header lines do not). */
const MIN_LETTERS = 40;
const NON_LATIN = /[\u0400-\u04ff\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/;
const HEADER_LINE = /^[A-Z][A-Z_-]*:\s/;

/**
 * For a document whose paragraphs are in more than one language: per language, the text with every
 * paragraph of another language blanked out (spaces, newlines kept, so every offset still points
 * into the document). Short paragraphs and header lines stay in every copy. Null for a document in
 * one language, which is read whole as before.
 */
export function languageParts(text: string): Map<Lang, string> | null {
  // Most documents are in Latin script alone: then every paragraph is English, nothing to split.
  if (!NON_LATIN.test(text)) return null;
  const owned: { start: number; end: number; lang: Lang }[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
    const para = m[0];
    const { hangul, cyrillic, latin } = scriptCounts(para);
    if (hangul + cyrillic + latin < MIN_LETTERS || HEADER_LINE.test(para)) continue;
    owned.push({ start: m.index, end: m.index + para.length, lang: detectLanguage(para) });
  }
  const langs = [...new Set(owned.map((o) => o.lang))];
  if (langs.length <= 1) return null;
  const parts = new Map<Lang, string>();
  for (const lang of langs) {
    let masked = "";
    let at = 0;
    for (const o of owned) {
      if (o.lang === lang) continue;
      masked += text.slice(at, o.start) + text.slice(o.start, o.end).replace(/[^\n]/g, " ");
      at = o.end;
    }
    parts.set(lang, masked + text.slice(at));
  }
  return parts;
}
