// Entity registry: gazetteer entities, their aliases and list identifiers, and mention finding.
export {
  loadGazetteer,
  validateGazetteer,
  GazetteerError,
  slugify,
  entityId,
  ENTITY_TYPES,
  DEFAULT_GAZETTEER_DIR,
} from "./gazetteer.ts";
export { EntityRegistry, loadRegistry, IDENTIFIER_LISTS } from "./registry.ts";
export { findMentions, candidateEntities, candidateId, type FoundMention } from "./mentions.ts";
export { proposeCandidates, type Candidate } from "./candidates.ts";
export { AliasTrie, type AliasMatch } from "./alias-trie.ts";
