// The Russian configuration: sentences, figure and subject parsers, then refiners in order.
import { publishedFromHeader } from "../../extractor.ts";
import { mergeRepeatedFigures } from "../common/mergeRepeatedFigures.ts";
import { modalityFromSlots } from "../common/modalityFromSlots.ts";
import { preferSpecificSubject } from "../common/preferSpecificSubject.ts";
import type { Configuration } from "../configuration.ts";
import { findFiguresRu } from "./figures.ts";
import { attachAttribution } from "./refiners/attachAttribution.ts";
import { attachDestination } from "./refiners/attachDestination.ts";
import { attachEvent } from "./refiners/attachEvent.ts";
import { attachTime } from "./refiners/attachTime.ts";
import { casualtyVerbs } from "./refiners/casualtyVerbs.ts";
import { nationalsAtWork } from "./refiners/nationalsAtWork.ts";
import { requireDprkContext } from "./refiners/requireDprkContext.ts";
import { splitSentencesRu } from "./sentences.ts";
import { findSubjectRu } from "./subjects.ts";
import { russianNouns } from "./nouns.ts";
import type { Reference } from "../../../reference/index.ts";
import { DPRK_RU } from "./vocabulary.ts";

export const RUSSIAN: Configuration = {
  lang: "ru",
  splitSentences: splitSentencesRu,
  published: publishedFromHeader,
  onlyDprkDocuments: true,
  aboutDprk: (text) => DPRK_RU.test(text),
  parsers: { figures: findFiguresRu, subject: findSubjectRu },
  refiners: [
    casualtyVerbs,
    nationalsAtWork,
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
export function russianConfiguration(reference: Reference): Configuration {
  let config = configurations.get(reference.subjects);
  if (!config) {
    const nouns = russianNouns(reference.subjects.nouns("ru"));
    config = { ...RUSSIAN, parsers: { ...RUSSIAN.parsers, subject: (s, f) => findSubjectRu(s, f, nouns) } };
    configurations.set(reference.subjects, config);
  }
  return config;
}
