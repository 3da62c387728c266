// Public surface of the assessment stage.
export * from "./types.ts";
export {
  AssessmentEngine,
  claimProblem,
  type AddResult,
  type EngineOptions,
  type RefreshStats,
} from "./engine.ts";
export {
  buildOneSeries,
  groupBySeries,
  seriesKeyOf,
  chooseHeadline,
  describeSeries,
  describeHeadline,
} from "./series.ts";
export {
  DocumentClusters,
  baseOrigin,
  resolveFigureGroup,
  figureGroupKey,
  DEFAULT_INDEPENDENCE,
} from "./independence.ts";
export { signature, estimateJaccard, jaccard, shingleHashes, LshIndex, DEFAULT_MINHASH } from "./minhash.ts";
export {
  gradeFigure,
  isWellSourced,
  findContradictions,
  RELIABILITY_SCALE,
  CREDIBILITY_SCALE,
} from "./grades.ts";
export {
  resolveSource,
  reliabilityOf,
  parseOverrides,
  defaultSourceTable,
  type ReliabilityOverrides,
} from "./sources.ts";
export {
  provisionsFor,
  provisionsForParties,
  loadProvisions,
  provisionLabel,
  REPATRIATION_DEADLINE,
} from "./provisions.ts";
export { buildFinding, findingsForSeries, statementFor, CorrectionsLog, findingId } from "./findings.ts";
export { normalisePlace, rollUp, placeWithin } from "./places.ts";
export {
  compatible,
  figureInterval,
  eventFamily,
  claimPeriod,
  topicOf,
  formatQuantity,
  TOLERANCE,
} from "./figures.ts";

import type { Claim } from "../types.ts";
import { AssessmentEngine, type EngineOptions } from "./engine.ts";
import type { AssessDocument, AssessmentSnapshot, PartyHit } from "./types.ts";

/** One-shot assessment of a batch of documents and their claims. */
export function assess(
  batch: { doc: AssessDocument; claims: (Claim & { id?: number | string })[] }[],
  options: EngineOptions & { parties?: PartyHit[] } = {},
): { snapshot: AssessmentSnapshot; engine: AssessmentEngine; errors: string[] } {
  const engine = new AssessmentEngine(options);
  const errors: string[] = [];
  for (const { doc, claims } of batch) {
    try {
      errors.push(...engine.addDocument(doc, claims).errors);
    } catch (err) {
      errors.push(`document ${doc?.id ?? "?"}: ${(err as Error).message}`);
    }
  }
  if (options.parties) engine.addParties(options.parties);
  return { snapshot: engine.snapshot(), engine, errors };
}
