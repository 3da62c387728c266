// The Russian nouns each subject is counted in, as patterns over one or two lower-cased words
// (any case ending), from the subject registry (data/reference/nouns/ru.json). Order matters: the
// first pattern that fits a position names the subject.
import type { NounEntry } from "../../../reference/index.ts";
import type { Subject } from "../../../types.ts";

export interface Noun {
  subject: Subject;
  /** Matched against the words from a position, joined by single spaces. */
  re: RegExp;
}

const compiled = new WeakMap<readonly NounEntry[], readonly Noun[]>();

/** The registry's Russian nouns (data/reference/nouns/ru.json), compiled once per list. */
export function russianNouns(nouns: readonly NounEntry[]): readonly Noun[] {
  let out = compiled.get(nouns);
  if (!out) {
    out = nouns.map((e) => ({ subject: e.subject, re: new RegExp(`^(?:${e.pattern})`, "iu") }));
    compiled.set(nouns, out);
  }
  return out;
}

/** The generic count noun: "9 264 человек" counts whatever the sentence says the people are. */
export const PEOPLE_WORD = /^(?:человек|чел\.?|людей|граждан(?!ск)|лиц)(?!\p{L})/iu;
