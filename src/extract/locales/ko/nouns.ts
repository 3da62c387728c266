// The Korean nouns each subject is counted in. Korean puts the noun before the count ("근로자
// 1만여명") or after it with 의 ("1만 1천명의 북한군"); the counter (명, 개, 발) narrows it. The
// nouns are the subject registry's (data/reference/nouns/ko.json).
import type { NounEntry } from "../../../reference/index.ts";
import type { Subject } from "../../../types.ts";

const compiled = new WeakMap<readonly NounEntry[], readonly [Subject, RegExp][]>();

/** The registry's Korean nouns (data/reference/nouns/ko.json), compiled once per list. */
export function koreanNouns(nouns: readonly NounEntry[]): readonly [Subject, RegExp][] {
  let out = compiled.get(nouns);
  if (!out) {
    out = nouns.map((e) => [e.subject, new RegExp(e.pattern, "u")] as [Subject, RegExp]);
    compiled.set(nouns, out);
  }
  return out;
}

/** The subject a counter implies on its own ("발" counts rounds). */
export const COUNTER_SUBJECT: Record<string, Subject> = { 발: "munitions", 척: "shipments" };
