// JSON schemas shared by several route groups. Each schema doubles as response serialiser (fields
// not listed here are dropped from the output) and as the OpenAPI component it is registered under.
import { EVENTS, QUALIFIERS } from "../types.ts";
import { ROLES } from "../auth/roles.ts";

const nullableString = { type: ["string", "null"] } as const;

export const spanSchema = {
  $id: "Span",
  type: "object",
  required: ["start", "end"],
  properties: { start: { type: "integer" }, end: { type: "integer" } },
} as const;

export const sentenceSchema = {
  $id: "Sentence",
  type: "object",
  required: ["index", "paragraph", "start", "end", "text"],
  properties: {
    index: { type: "integer" },
    paragraph: { type: "integer" },
    start: { type: "integer" },
    end: { type: "integer" },
    text: { type: "string" },
  },
} as const;

const claimRequired = [
  "id",
  "docId",
  "quantity",
  "qualifier",
  "unit",
  "subject",
  "event",
  "evidence",
  "sentence",
  "span",
] as const;

const quantitySchema = {
  description: "The figure as stated; a range is [low, high].",
  anyOf: [{ type: "number" }, { type: "array", items: { type: "number" }, minItems: 2, maxItems: 2 }],
} as const;

/** A subject id from the subject registry (GET /api/vocabulary lists them). */
export const subjectId = {
  type: "string",
  pattern: "^[a-z][a-z0-9_]*$",
  description: "A subject id from the subject registry (see GET /api/vocabulary).",
} as const;

const claimFields = {
  id: { type: "integer" },
  docId: { type: "string" },
  quantity: quantitySchema,
  qualifier: { type: "string", enum: [...QUALIFIERS] },
  unit: { type: "string" },
  subject: subjectId,
  event: { type: "string", enum: [...EVENTS] },
  destination: nullableString,
  attributedTo: nullableString,
  attributionChain: { type: "array", items: { type: "string" } },
  time: nullableString,
  modality: { type: "string" },
  evidence: { type: "string" },
  sentence: { $ref: "Span#" },
  span: { $ref: "Span#" },
  confidence: {
    type: "number",
    minimum: 0,
    maximum: 1,
    description: "How sure the extractor was (absent for claims stored before it was recorded).",
  },
  outlet: nullableString,
  published: nullableString,
  url: nullableString,
} as const;

/** The fields an analyst may correct (see src/store/reviews.ts). */
export const correctionSchema = {
  $id: "Correction",
  type: "object",
  description: "Corrected values; fields not listed keep the extracted value. `attributedTo` is the source.",
  properties: {
    quantity: quantitySchema,
    qualifier: { type: "string", enum: [...QUALIFIERS] },
    unit: { type: "string" },
    subject: subjectId,
    event: { type: "string", enum: [...EVENTS] },
    destination: nullableString,
    attributedTo: nullableString,
    time: nullableString,
  },
} as const;

export const reviewSchema = {
  $id: "Review",
  type: "object",
  description: "One analyst decision on a claim. Reviews are append-only; the latest one counts.",
  required: ["id", "claimId", "decision", "correction", "note", "author", "createdAt"],
  properties: {
    id: { type: "integer" },
    claimId: { type: "integer" },
    decision: { type: "string", enum: ["accept", "reject", "correct"] },
    correction: { anyOf: [{ $ref: "Correction#" }, { type: "null" }] },
    note: { type: "string" },
    author: { type: "string" },
    createdAt: { type: "string" },
  },
} as const;

/** A claim exactly as extracted (the `original` beside a corrected claim). */
export const extractedClaimSchema = {
  $id: "ExtractedClaim",
  type: "object",
  description: "A claim as the extractor read it, before any correction.",
  required: claimRequired,
  properties: claimFields,
} as const;

export const claimSchema = {
  $id: "Claim",
  type: "object",
  description:
    "A figure read from one sentence, with the offsets of the figure and its sentence in the document text. " +
    "When an analyst corrected it, the fields hold the corrected values and `original` the extracted claim.",
  required: claimRequired,
  properties: {
    ...claimFields,
    review: {
      description: "The latest review, or null when nobody has reviewed the claim.",
      anyOf: [{ $ref: "Review#" }, { type: "null" }],
    },
    original: {
      description: "The claim as extracted, present when the latest review is a correction.",
      anyOf: [{ $ref: "ExtractedClaim#" }, { type: "null" }],
    },
  },
} as const;

const documentMetadata = {
  id: { type: "string" },
  contentHash: { type: "string" },
  url: nullableString,
  title: nullableString,
  outlet: nullableString,
  published: nullableString,
  format: { type: "string" },
  sourcePath: nullableString,
  ingestedAt: { type: "string" },
  lang: { ...nullableString, description: "Language the document was read in (`en`, `ru`, `ko`)." },
} as const;

export const documentSummarySchema = {
  $id: "DocumentSummary",
  type: "object",
  required: ["id", "claimCount"],
  properties: { ...documentMetadata, claimCount: { type: "integer" } },
} as const;

export const documentDetailSchema = {
  $id: "DocumentDetail",
  type: "object",
  description: "A stored document: metadata, full text, its sentences and every claim read from it.",
  required: ["id", "text", "sentences", "claims"],
  properties: {
    ...documentMetadata,
    text: { type: "string" },
    sentences: { type: "array", items: { $ref: "Sentence#" } },
    claims: { type: "array", items: { $ref: "Claim#" } },
  },
} as const;

export const searchHitSchema = {
  $id: "SearchHit",
  type: "object",
  required: ["docId", "snippet"],
  properties: {
    docId: { type: "string" },
    title: nullableString,
    outlet: nullableString,
    published: nullableString,
    snippet: { type: "string", description: "Plain text, never HTML." },
  },
} as const;

export const errorSchema = {
  $id: "Error",
  type: "object",
  required: ["error", "message", "statusCode"],
  properties: {
    error: { type: "string" },
    message: { type: "string" },
    statusCode: { type: "integer" },
    problems: { type: "array", items: { type: "string" }, description: "Every problem found (400 only)." },
  },
} as const;

export const auditEntrySchema = {
  $id: "AuditEntry",
  type: "object",
  required: ["id", "at", "actor", "action", "targetType", "targetId", "detail"],
  properties: {
    id: { type: "integer" },
    at: { type: "string" },
    actor: { type: "string" },
    action: { type: "string", description: "e.g. `review.correct`, `auth.login`, `user.create`" },
    targetType: { type: "string" },
    targetId: { type: "string" },
    detail: { type: "object", additionalProperties: true },
  },
} as const;

export const userSchema = {
  $id: "User",
  type: "object",
  required: ["username", "role", "createdAt", "disabled"],
  properties: {
    username: { type: "string" },
    role: { type: "string", enum: [...ROLES] },
    createdAt: { type: "string" },
    disabled: { type: "boolean" },
  },
} as const;

/** Every shared schema, in the order they must be added (referenced ones first). */
export const sharedSchemas = [
  spanSchema,
  sentenceSchema,
  correctionSchema,
  reviewSchema,
  extractedClaimSchema,
  claimSchema,
  documentSummarySchema,
  documentDetailSchema,
  searchHitSchema,
  errorSchema,
  auditEntrySchema,
  userSchema,
];

/** `{ items, total, limit, offset }` around a list of `$ref`'d items. */
export function pageOf(ref: string) {
  return {
    type: "object",
    required: ["items", "total", "limit", "offset"],
    properties: {
      items: { type: "array", items: { $ref: `${ref}#` } },
      total: { type: "integer" },
      limit: { type: "integer" },
      offset: { type: "integer" },
      nextCursor: { type: ["string", "null"] },
    },
  } as const;
}

/** Error responses every route can give (401/403 come from the auth hook, 405 on a read-only server). */
export const errorResponses = {
  400: { $ref: "Error#" },
  401: { $ref: "Error#" },
  403: { $ref: "Error#" },
  404: { $ref: "Error#" },
  405: { $ref: "Error#" },
  500: { $ref: "Error#" },
} as const;

/** ISO 8601 date prefix: `2024`, `2024-06` or `2024-06-17`. */
export const isoDatePrefix = { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" } as const;

export const paginationQuery = {
  limit: { type: "integer", minimum: 1, maximum: 500, default: 50 },
  offset: { type: "integer", minimum: 0, default: 0 },
} as const;
