// The extract stage: sentences in, claims out. See docs/extract.md.
import { defaultReference, type Reference } from "../reference/index.ts";
import type { Claim, Sentence } from "../types.ts";
import type { DebugEntry, ExtractInput } from "./context.ts";
import { runExtraction } from "./extractor.ts";
import { detectLanguage } from "./language.ts";
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
  // the one dispatch point: each document is read by the configuration of its language
  return runExtraction(localeFor(detectLanguage(doc.text), reference), reference, doc, trace);
}
