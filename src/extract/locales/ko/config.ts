// The Korean configuration: sentences, figure and subject parsers, then refiners in order.
import { publishedFromHeader } from "../../extractor.ts";
import { mergeRepeatedFigures } from "../common/mergeRepeatedFigures.ts";
import { modalityFromSlots } from "../common/modalityFromSlots.ts";
import { preferSpecificSubject } from "../common/preferSpecificSubject.ts";
import type { Configuration } from "../configuration.ts";
import { findFiguresKo } from "./figures.ts";
import { attachAttribution } from "./refiners/attachAttribution.ts";
import { attachDestination } from "./refiners/attachDestination.ts";
import { attachEvent } from "./refiners/attachEvent.ts";
import { attachTime } from "./refiners/attachTime.ts";
import { requireDprkContext } from "./refiners/requireDprkContext.ts";
import { splitSentencesKo } from "./sentences.ts";
import { findSubjectKo } from "./subjects.ts";
import { koreanNouns } from "./nouns.ts";
import type { Reference } from "../../../reference/index.ts";
import { DPRK_KO } from "./vocabulary.ts";

export const KOREAN: Configuration = {
  lang: "ko",
  splitSentences: splitSentencesKo,
  published: publishedFromHeader,
  onlyDprkDocuments: true,
  aboutDprk: (text) => DPRK_KO.test(text),
  parsers: { figures: findFiguresKo, subject: findSubjectKo },
  refiners: [
    requireDprkContext,
    preferSpecificSubject,
    attachEvent,
    attachDestination,
    attachAttribution,
    attachTime,
    modalityFromSlots,
    mergeRepeatedFigures,
  ],
};

const configurations = new WeakMap<Reference["subjects"], Configuration>();

/** The configuration over a subject registry: its nouns in this language (built once per registry). */
export function koreanConfiguration(reference: Reference): Configuration {
  let config = configurations.get(reference.subjects);
  if (!config) {
    const nouns = koreanNouns(reference.subjects.nouns("ko"));
    config = { ...KOREAN, parsers: { ...KOREAN.parsers, subject: (s, f) => findSubjectKo(s, f, nouns) } };
    configurations.set(reference.subjects, config);
  }
  return config;
}
