// The extractor's output version: bump it whenever a change alters the claims extracted from the
// same text, so stored claims can be told apart and re-extracted (jobs/queue reads it).
export const EXTRACTOR_VERSION = "2026-12-02.h-extract.2";
