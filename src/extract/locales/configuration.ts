// A language's extraction configuration (after chrono-node's locales): how it splits sentences,
// the parsers that turn a sentence into candidates, and the refiners that run over them in order.
import type { Sentence } from "../../types.ts";
import type { Refiner } from "../context.ts";
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
  parsers: {
    figures(sentence: string): Figure[];
    subject(sentence: string, figure: Figure): SubjectMatch | null;
  };
  refiners: readonly Refiner[];
}
