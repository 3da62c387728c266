export {
  ingestIntoStore,
  type IngestOptions,
  type IngestSummary,
  type PipelineStages,
  type ReadResult,
} from "./ingest.ts";
export {
  postIngestHooks,
  addPostIngestHook,
  removePostIngestHook,
  type PostIngestHook,
  type PostIngestContext,
} from "./hooks.ts";
