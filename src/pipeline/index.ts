export {
  ingestIntoStore,
  type IngestOptions,
  type IngestSummary,
  type PipelineStages,
  type ReadResult,
} from "./ingest.ts";
export {
  STAGES,
  stageKey,
  stageVersion,
  ingestStage,
  extractStage,
  screenStage,
  assessStage,
  defaultAfterStages,
  type StageName,
  type StageKey,
  type AfterStage,
  type StoredDocument,
} from "./stages.ts";
