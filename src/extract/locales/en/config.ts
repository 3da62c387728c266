// The English configuration (like a chrono-node locale): sentences, the figure, subject, ellipsis
// and attribution parsers, then the refiners in the order they run. Adding a rule means adding one
// file under refiners/ and one line here. The subject parser reads the registry's English nouns.
import type { Reference } from "../../../reference/index.ts";
import type { Refiner } from "../../context.ts";
import { publishedFromHeader } from "../../extractor.ts";
import type { Configuration } from "../configuration.ts";
import { findAttributions } from "./attribution.ts";
import { isElliptical } from "./ellipsis.ts";
import { mayHoldFigure, unquoteFigures } from "./figure-text.ts";
import { findFigures } from "./figures.ts";
import { splitSentences } from "./sentences.ts";
import { compileNouns, findSubject } from "./subjects.ts";
import { DPRK_MENTION } from "./vocabulary.ts";
import { attachAttribution } from "./refiners/attachAttribution.ts";
import { attachDestination } from "./refiners/attachDestination.ts";
import { attachEvent } from "./refiners/attachEvent.ts";
import { attachModality } from "./refiners/attachModality.ts";
import { canonicalSources } from "./refiners/canonicalSources.ts";
import { inheritDestination } from "./refiners/inheritDestination.ts";
import { nationalsAtWar } from "./refiners/nationalsAtWar.ts";
import { armsToDprk } from "./refiners/armsToDprk.ts";
import { framingSource } from "./refiners/framingSource.ts";
import { figureRole } from "./refiners/figureRole.ts";
import { casualtyMeasure } from "./refiners/casualtyMeasure.ts";
import { scoreConfidence } from "./refiners/scoreConfidence.ts";
import { sharpenSubject } from "./refiners/sharpenSubject.ts";
import { attachTime } from "./refiners/attachTime.ts";
import { casualtyPhrases, dropNonDprkCasualties, nationalsAtWork } from "./refiners/casualties.ts";
import { dropInterviewees } from "./refiners/dropInterviewees.ts";
import { dropCaptives } from "./refiners/dropCaptives.ts";
import { dropHomeForces } from "./refiners/dropHomeForces.ts";
import { dropOrphanedEllipses } from "./refiners/dropOrphanedEllipses.ts";
import { dropDomestic } from "./refiners/dropDomestic.ts";
import { dropForeignSubjects } from "./refiners/dropForeignSubjects.ts";
import { dropLabourMarketFigures } from "./refiners/dropLabourMarketFigures.ts";
import { dropReferenceNumbers } from "./refiners/dropReferenceNumbers.ts";
import { mergeRestatements } from "./refiners/mergeRestatements.ts";
import { mergeRepeatedFigures } from "../common/mergeRepeatedFigures.ts";
import { requireDprkContext } from "./refiners/requireDprkContext.ts";
import { dropWeaponsTests } from "./refiners/dropWeaponsTests.ts";
import { dropBreakdownTotals } from "./refiners/dropBreakdownTotals.ts";

export const ENGLISH_REFINERS: readonly Refiner[] = [
  dropReferenceNumbers,
  casualtyPhrases,
  nationalsAtWork,
  nationalsAtWar,
  dropForeignSubjects,
  dropCaptives,
  dropInterviewees,
  dropHomeForces,
  dropDomestic,
  dropLabourMarketFigures,
  dropNonDprkCasualties,
  requireDprkContext,
  dropWeaponsTests,
  dropOrphanedEllipses,
  dropBreakdownTotals,
  attachEvent,
  attachDestination,
  inheritDestination,
  armsToDprk,
  attachAttribution,
  canonicalSources,
  framingSource,
  attachTime,
  attachModality,
  casualtyMeasure,
  figureRole,
  sharpenSubject,
  mergeRestatements,
  mergeRepeatedFigures,
  scoreConfidence,
];

const configurations = new WeakMap<Reference["subjects"], Configuration>();

/** The English configuration over a subject registry (built once per registry). */
export function englishConfiguration(reference: Reference): Configuration {
  let config = configurations.get(reference.subjects);
  if (!config) {
    const nouns = compileNouns(reference.subjects.nouns("en"));
    config = {
      lang: "en",
      splitSentences,
      published: publishedFromHeader,
      aboutDprk: (text) => DPRK_MENTION.test(text),
      onlyDprkDocuments: false,
      parsers: {
        figures: findFigures,
        subject: (sentence, figure) => findSubject(sentence, figure, nouns),
        mayHoldFigure,
        normalize: unquoteFigures,
        elliptical: isElliptical,
        attributions: (sentence) => findAttributions(sentence, reference.places),
      },
      refiners: ENGLISH_REFINERS,
    };
    configurations.set(reference.subjects, config);
  }
  return config;
}
