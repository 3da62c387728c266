// Public API of the name matcher. Other stages (sanctions-list importers, entity registry, the
// `screen` command) import from here only; everything else in this folder is internal and may change.
//
// Stable API:
//   normalizeName(name, type?: "person" | "organization" | "any"): NormalizedName
//   scoreNames(a, b, { type?, a?: { dob?, nationality? }, b?: { dob?, nationality? }, threshold? })
//     → { score: 0..1, match: boolean, explanation: string[] }
//   scoreNormalized(na, nb, opts)            same, on names already normalised (saves work in loops)
//   DEFAULT_THRESHOLD                         0.72, chosen on the public bench (docs/matching.md)
//   NameIndex.build(records: Iterable<{ id, name, type? }>)
//   index.query(name, { limit? = 10, type?, threshold? = DEFAULT_THRESHOLD })
//     → [{ id, name, score, explanation }], best first, one hit per id (its best-scoring alias).
//     `type` filters records by their exact `type` string ("person", "organization", "vessel", …);
//     records built without a type always pass. An untyped query is compared with each record as
//     the record's kind.
//   index.serialize(meta) / NameIndex.deserialize(bytes); indexFileFor(db) and loadOrBuildIndex(file,
//     fingerprint, records): the screening index stored beside the database (loaded, not rebuilt)
//   romanizeCyrillic / cyrillicVariants / romanizeHangul / romanizeKoreanName: alias generation.
export { normalizeName, inferType } from "./normalize.ts";
export type { NameType, NameToken, NormalizedName, TokenRole } from "./normalize.ts";
export { scoreNames, scoreNormalized, DEFAULT_THRESHOLD } from "./score.ts";
export type { ScoreOptions, ScoreResult, PartyFacts } from "./score.ts";
export { romanizeCyrillic, cyrillicVariants, romanizeKoreanCyrillic } from "./cyrillic.ts";
export type { CyrillicSystem } from "./cyrillic.ts";
export { romanizeHangul, romanizeKoreanName } from "./hangul.ts";
export { parseKoreanSyllables, isKoreanSurname } from "./korean.ts";
export { phoneticKey } from "./phonetic.ts";
export { NameIndex } from "./name-index.ts";
export type { IndexRecord, IndexQueryOptions, IndexHit } from "./name-index.ts";
export {
  indexFileFor,
  loadIndexFile,
  loadOrBuildIndex,
  loadOrBuildStaticIndex,
  writeIndexFile,
} from "./index-file.ts";
