// JSON schemas shared by several route groups. Each schema doubles as response serialiser (fields
// not listed here are dropped from the output) and as the OpenAPI component it is registered under.
import { EVENTS, QUALIFIERS, SUBJECTS } from "../types.ts";

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

export const claimSchema = {
  $id: "Claim",
  type: "object",
  description:
    "A figure read from one sentence, with the offsets of the figure and its sentence in the document text.",
  required: [
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
  ],
  properties: {
    id: { type: "integer" },
    docId: { type: "string" },
    quantity: {
      description: "The figure as stated; a range is [low, high].",
      anyOf: [{ type: "number" }, { type: "array", items: { type: "number" }, minItems: 2, maxItems: 2 }],
    },
    qualifier: { type: "string", enum: [...QUALIFIERS] },
    unit: { type: "string" },
    subject: { type: "string", enum: [...SUBJECTS] },
    event: { type: "string", enum: [...EVENTS] },
    destination: nullableString,
    attributedTo: nullableString,
    attributionChain: { type: "array", items: { type: "string" } },
    time: nullableString,
    modality: { type: "string" },
    evidence: { type: "string" },
    sentence: { $ref: "Span#" },
    span: { $ref: "Span#" },
    outlet: nullableString,
    published: nullableString,
    url: nullableString,
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
  },
} as const;

/** Every shared schema, in the order they must be added (referenced ones first). */
export const sharedSchemas = [
  spanSchema,
  sentenceSchema,
  claimSchema,
  documentSummarySchema,
  documentDetailSchema,
  searchHitSchema,
  errorSchema,
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
    },
  } as const;
}

/** Error responses every route can give. */
export const errorResponses = {
  400: { $ref: "Error#" },
  404: { $ref: "Error#" },
  500: { $ref: "Error#" },
} as const;

/** ISO 8601 date prefix: `2024`, `2024-06` or `2024-06-17`. */
export const isoDatePrefix = { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" } as const;

export const paginationQuery = {
  limit: { type: "integer", minimum: 1, maximum: 500, default: 50 },
  offset: { type: "integer", minimum: 0, default: 0 },
} as const;
