// The English configuration: the refiners, in the order they run (like a chrono-node locale).
// Adding a rule means adding one file under refiners/ and one line here.
import type { Refiner } from "./context.ts";
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
import { mergeRepeatedFigures } from "./refiners/mergeRepeatedFigures.ts";
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
