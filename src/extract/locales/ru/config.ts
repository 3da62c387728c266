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
