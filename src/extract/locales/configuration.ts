// A language's extraction configuration (after chrono-node's locales): how it splits sentences,
// the parsers that turn a sentence into candidates, and the refiners that run over them in order.
// Adding a language is adding locales/<lang>/ with one of these and a line in locales/index.ts.
import type { Sentence } from "../../types.ts";
import type { Refiner } from "../context.ts";
import type { Attribution } from "./en/attribution.ts";
import type { Figure } from "./en/figures.ts";
import type { SubjectMatch } from "./en/subjects.ts";
import type { Lang } from "../language.ts";

export interface Configuration {
  lang: Lang;
  splitSentences(text: string): Sentence[];
  /** Publication date from the header lines, when the caller has none. */
  published(text: string): string | null;
  /** True when the document is about North Korea at all (controls about Russia alone are not). */
  aboutDprk(text: string): boolean;
  /** Read figures only from documents about North Korea (else every sentence is read and the refiners decide). */
  onlyDprkDocuments: boolean;
  parsers: {
    figures(sentence: string): Figure[];
    subject(sentence: string, figure: Figure): SubjectMatch | null;
    /** A cheap test that a sentence can hold a figure at all (default: every sentence is read). */
    mayHoldFigure?(sentence: string): boolean;
    /** The sentence as the figure parser should read it, same length (offsets kept). */
    normalize?(sentence: string): string;
    /** True when the figure's noun was left out ("another 5,000"): it counts the previous figure's subject. */
    elliptical?(sentence: string, figure: Figure): boolean;
    /** Attribution frames of a sentence, for the refiners (default: none; a locale's refiners read their own). */
    attributions?(sentence: string): Attribution[];
  };
  refiners: readonly Refiner[];
}
