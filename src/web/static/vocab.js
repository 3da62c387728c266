// The claim contract's subject vocabulary, mirrored from src/types.ts (SUBJECT_GROUPS) so the
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
