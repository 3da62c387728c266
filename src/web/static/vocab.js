// The claim contract's vocabulary, mirrored from src/types.ts (SUBJECT_GROUPS) so the
// filter can offer it without a round trip. test/web checks the two stay equal.
export const SUBJECT_GROUPS = {
  labor: ["workers", "construction_workers", "it_workers", "nationals"],
  military: ["troops", "deminers", "military_builders"],
  casualties: ["casualties"],
  money: ["revenue", "wage"],
  share: ["wage_share"],
  documents: ["visas"],
  arms: ["munitions", "missiles", "weapons", "containers", "shipments"],
};

/** Mirrored from src/types.ts (QUALIFIERS, EVENTS) for the correction form; test/web checks them. */
export const QUALIFIERS = ["exact", "approx", "more_than", "at_least", "up_to", "range"];
export const EVENTS = [
  "deployment_planned",
  "deployment_reported",
  "stock_estimate",
  "entries",
  "revenue_estimate",
  "casualties",
  "other",
];
