// The match threshold on its own, so the CLI's help can state it without loading the matcher.

/** Chosen on the public name bench (best F1 on one half, checked on the other; see docs/matching.md). */
export const DEFAULT_THRESHOLD = 0.72;
