// The extract stage: sentences in, claims out. See docs/extract.md.
import type { Claim, Sentence } from "../types.ts";
import type { DebugEntry, ExtractInput } from "./context.ts";
import { runExtraction } from "./extractor.ts";
import { detectLanguage } from "./language.ts";
import { LOCALES, runLocale } from "./locales/index.ts";

import { splitSentences as splitEnglishSentences } from "./sentences.ts";
export { findFigures, type Figure } from "./parsers/figures.ts";
export { findAttributions, cleanSourceName } from "./parsers/attribution.ts";
export { findPlaces } from "./parsers/places.ts";
export { findTimes } from "./parsers/times.ts";
export { publishedFromHeader } from "./extractor.ts";
export { EXTRACTOR_VERSION } from "./version.ts";
export { detectLanguage, type Lang } from "./language.ts";
export { ENGLISH_REFINERS } from "./config.ts";
export type { Candidate, DebugEntry, ExtractInput, Refiner } from "./context.ts";
export type { Sentence };

/** Sentences of a text, split by the rules of its language. */
export function splitSentences(text: string): Sentence[] {
  const locale = LOCALES[detectLanguage(text)];
  return locale ? locale.splitSentences(text) : splitEnglishSentences(text);
}

/** Every claim in the document, ordered by span. Pure and deterministic. */
export function extractClaims(doc: ExtractInput): Claim[] {
  return extractClaimsDebug(doc, false).claims;
}

/** Claims plus a trace of which parser or refiner kept, dropped or changed what. */
export function extractClaimsDebug(
  doc: ExtractInput,
  trace = true,
): { claims: Claim[]; trace: DebugEntry[] } {
  // the one dispatch point: Russian and Korean documents go to their locale's configuration
  const locale = LOCALES[detectLanguage(doc.text)];
  return locale ? runLocale(locale, doc, trace) : runExtraction(doc, undefined, trace);
}
