// The claim contract's vocabulary, taken from the stage types (src/types.ts) at build time, so the
// dashboard's filters and correction form can never drift from what the API accepts.
export { EVENTS, QUALIFIERS, SUBJECT_GROUPS } from "../../types.ts";
