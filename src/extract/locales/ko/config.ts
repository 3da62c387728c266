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
