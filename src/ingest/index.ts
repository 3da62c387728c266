// The ingest stage: files on disk → SourceDocument records. The only stage that reads files.
export { IngestError, type IngestResult } from "./errors.ts";
export { normalizeText, contentHash } from "./normalize.ts";
export { parseDate, parseDateLine } from "./dates.ts";
export { parseFile, parseFileResults, formatOf } from "./parse.ts";
export { walkPaths, walkInputs, type Walked } from "./walk.ts";
export { readDocuments, readAheadFiles, parseToResults, type ReadOptions } from "./read.ts";
export { defaultLimits, resolveLimits, type IngestLimits } from "./limits.ts";
export { readFileBounded } from "./read-file.ts";
