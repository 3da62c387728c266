// GET /api/entities (filtered, paginated, with mention counts) and GET /api/entities/:id (the
// entity with its mentions in context, the documents naming it and its sanctions designations).
import type { FastifyPluginAsync } from "fastify";
import { errorResponses, paginationQuery } from "../schemas.ts";
import { notFound } from "../errors.ts";

const ENTITY_TYPES = ["person", "organization", "site", "place", "agency", "outlet"] as const;
const nullableString = { type: ["string", "null"] } as const;

const entityFields = {
  id: { type: "string" },
  type: { type: "string", enum: [...ENTITY_TYPES] },
  name: { type: "string" },
  aliases: { type: "array", items: { type: "string" } },
  identifiers: {
    type: "object",
    description: "List ids (`ofac`, `un`, `uk`, `opensanctions`), `country`, …",
    additionalProperties: { type: "string" },
  },
  candidate: {
    type: "boolean",
    description: "True for a name first seen in a document, not (yet) in the gazetteer.",
  },
  mentionCount: { type: "integer" },
  documentCount: { type: "integer" },
} as const;
const entityRequired = Object.keys(entityFields);

const entitySummary = { type: "object", required: entityRequired, properties: entityFields } as const;

const mentionSchema = {
  type: "object",
  required: ["docId", "title", "outlet", "published", "start", "end", "text", "sentence"],
  properties: {
    docId: { type: "string" },
    title: nullableString,
    outlet: nullableString,
    published: nullableString,
    start: { type: "integer" },
    end: { type: "integer" },
    text: { type: "string", description: "The name as written (plain text, never HTML)." },
    sentence: {
      anyOf: [{ $ref: "Sentence#" }, { type: "null" }],
      description: "The stored sentence the mention is in, with its offsets.",
    },
  },
} as const;

const documentSchema = {
  type: "object",
  required: ["docId", "title", "outlet", "published", "mentionCount"],
  properties: {
    docId: { type: "string" },
    title: nullableString,
    outlet: nullableString,
    published: nullableString,
    mentionCount: { type: "integer" },
  },
} as const;

const designationSchema = {
  type: "object",
  required: [
    "listId",
    "sourceId",
    "name",
    "type",
    "programmes",
    "listedOn",
    "via",
    "score",
    "matchedAlias",
    "explanation",
    "documents",
  ],
  properties: {
    listId: { type: "string" },
    sourceId: { type: "string" },
    name: { type: "string" },
    type: { type: "string" },
    programmes: { type: "array", items: { type: "string" } },
    listedOn: nullableString,
    via: {
      type: "array",
      items: { type: "string", enum: ["identifier", "screening"] },
      description:
        "`identifier`: linked by the gazetteer's list id; `screening`: a mention matched it by name.",
    },
    score: { type: "number" },
    matchedAlias: { type: "string" },
    explanation: { type: "array", items: { type: "string" } },
    documents: { type: "array", items: { type: "string" } },
  },
} as const;

const listSchema = {
  summary: "List entities (gazetteer and candidates) with their mention counts, most mentioned first",
  tags: ["entities"],
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: {
      type: { type: "string", enum: [...ENTITY_TYPES] },
      candidate: {
        type: "boolean",
        description: "`true`: only candidates; `false`: only gazetteer entities.",
      },
      q: {
        type: "string",
        minLength: 1,
        maxLength: 200,
        description: "Case-insensitive substring of the id, name or an alias.",
      },
      docId: {
        type: "string",
        minLength: 1,
        maxLength: 300,
        description: "Only entities named in this document.",
      },
      mentioned: { type: "boolean", description: "`true`: only entities named in at least one document." },
      ...paginationQuery,
    },
  },
  response: {
    200: {
      type: "object",
      required: ["items", "total", "limit", "offset"],
      properties: {
        items: { type: "array", items: entitySummary },
        total: { type: "integer" },
        limit: { type: "integer" },
        offset: { type: "integer" },
      },
    },
    ...errorResponses,
  },
} as const;

const getSchema = {
  summary: "One entity: aliases, identifiers, mentions with their sentences, documents and designations",
  tags: ["entities"],
  params: {
    type: "object",
    required: ["id"],
    properties: { id: { type: "string", minLength: 1, maxLength: 300 } },
  },
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: {
      mentionLimit: { type: "integer", minimum: 1, maximum: 500, default: 100 },
      mentionOffset: { type: "integer", minimum: 0, default: 0 },
    },
  },
  response: {
    200: {
      type: "object",
      required: [...entityRequired, "mentions", "mentionLimit", "mentionOffset", "documents", "designations"],
      properties: {
        ...entityFields,
        mentions: { type: "array", items: mentionSchema },
        mentionLimit: { type: "integer" },
        mentionOffset: { type: "integer" },
        documents: { type: "array", items: documentSchema },
        designations: { type: "array", items: designationSchema },
      },
    },
    ...errorResponses,
  },
} as const;

interface ListQuery {
  type?: string;
  candidate?: boolean;
  q?: string;
  docId?: string;
  mentioned?: boolean;
  limit: number;
  offset: number;
}

export const entityRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: ListQuery }>(
    "",
    { schema: listSchema, config: { permission: "read" } },
    async (req) => {
      return app.store.entities.list(req.query);
    },
  );

  app.get<{ Params: { id: string }; Querystring: { mentionLimit: number; mentionOffset: number } }>(
    "/:id",
    { schema: getSchema, config: { permission: "read" } },
    async (req) => {
      const entity = await app.store.entities.get(req.params.id, req.query);
      if (!entity) throw notFound(`no entity with id "${req.params.id}"`);
      return entity;
    },
  );
};
