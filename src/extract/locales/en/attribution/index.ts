// The English attribution parser: who a sentence says its figures come from. One frame per way of
// saying it, run in this order (each sees what the earlier ones found); pronouns and descriptions
// ("it said", "the agency said") are marked anaphoric for the attachAttribution refiner to resolve.
import { defaultReference, type Gazetteer } from "../../../../reference/index.ts";
import { accordingTo } from "./accordingTo.ts";
import { citedNames, citing } from "./citing.ts";
import { headline } from "./headline.ts";
import { learnedFrom } from "./learnedFrom.ts";
import { passiveBy } from "./passiveBy.ts";
import { possessiveData } from "./possessiveData.ts";
import { quotedAs } from "./quotedAs.ts";
import { reportBy } from "./reportBy.ts";
import { roleAtPlace } from "./roleAtPlace.ts";
import { saidTold } from "./saidTold.ts";
import type { Attribution, AttributionFrame } from "./types.ts";
import { withReporting } from "./withReporting.ts";

export type { Attribution, AttributionFrame } from "./types.ts";
export { cleanSourceName } from "./shared.ts";

export const ENGLISH_ATTRIBUTION_FRAMES: readonly AttributionFrame[] = [
  accordingTo,
  reportBy,
  learnedFrom,
  roleAtPlace,
  possessiveData,
  quotedAs,
  passiveBy,
  withReporting,
  saidTold,
  headline,
  citing,
];

/** Every attribution in the sentence, in text order, each tagged with the frame that found it. */
export function findAttributions(
  sentence: string,
  places: Gazetteer = defaultReference().places,
  frames: readonly AttributionFrame[] = ENGLISH_ATTRIBUTION_FRAMES,
): Attribution[] {
  const cited = citedNames(sentence);
  const out: Attribution[] = [];
  for (const frame of frames)
    for (const a of frame.find(sentence, out, cited, places)) out.push({ ...a, frame: frame.name });
  return out.sort((a, b) => a.start - b.start);
}
