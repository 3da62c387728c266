// GET /api/documents (paginated summaries) and GET /api/documents/:id (text, sentences, claims).
import type { FastifyPluginAsync } from "fastify";
import type { StoredClaim } from "../../store/index.ts";
import { errorResponses, pageOf, paginationQuery } from "../schemas.ts";
import { notFound } from "../errors.ts";

const listSchema = {
  summary: "List stored documents, newest publication date first",
  tags: ["documents"],
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: {
      ...paginationQuery,
      lang: {
        type: "string",
        enum: ["en", "ru", "ko"],
        description: "Only documents read in this language.",
      },
    },
  },
  response: { 200: pageOf("DocumentSummary"), ...errorResponses },
} as const;

const getSchema = {
  summary: "One document: metadata, full text, sentences and every claim read from it",
  tags: ["documents"],
  params: {
    type: "object",
    required: ["id"],
    properties: { id: { type: "string", minLength: 1, maxLength: 300 } },
  },
  response: { 200: { $ref: "DocumentDetail#" }, ...errorResponses },
} as const;

/** The store caps page sizes, so a document's claims are read page by page. */
const CLAIM_PAGE = 500;

export const documentRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: { limit: number; offset: number; lang?: string } }>(
    "",
    { schema: listSchema, config: { permission: "read" } },
    async (req) => {
      return app.store.listDocuments({
        limit: req.query.limit,
        offset: req.query.offset,
        lang: req.query.lang,
      });
    },
  );

  app.get<{ Params: { id: string } }>(
    "/:id",
    { schema: getSchema, config: { permission: "read" } },
    async (req) => {
      const doc = await app.store.getDocument(req.params.id);
      if (!doc) throw notFound(`no document with id "${req.params.id}"`);
      const sentences = await app.store.getSentences(doc.id);
      const claims: StoredClaim[] = [];
      for (let offset = 0; ; offset += CLAIM_PAGE) {
        const page = await app.store.listClaims({ docId: doc.id, limit: CLAIM_PAGE, offset });
        claims.push(...page.items);
        if (page.items.length === 0 || claims.length >= page.total) break;
      }
      return { ...doc, sentences, claims: await app.store.claims.withReviews(claims) };
    },
  );
};
