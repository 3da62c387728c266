// GET /api/documents (paginated summaries) and GET /api/documents/:id (text, sentences, claims).
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "typebox";
import type { StoredClaim } from "../../store/index.ts";
import { errorResponses, pageOf } from "../schemas.ts";
import { notFound } from "../errors.ts";
import { Pagination, Ref } from "../typebox.ts";

const listSchema = {
  summary: "List stored documents, newest publication date first",
  tags: ["documents"],
  querystring: Type.Object(
    {
      ...Pagination,
      lang: Type.Optional(
        Type.Union([Type.Literal("en"), Type.Literal("ru"), Type.Literal("ko")], {
          description: "Only documents read in this language.",
        }),
      ),
    },
    { additionalProperties: false },
  ),
  response: { 200: pageOf("DocumentSummary"), ...errorResponses },
};

const getSchema = {
  summary: "One document: metadata, full text, sentences and every claim read from it",
  tags: ["documents"],
  params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 300 }) }),
  response: { 200: Ref("DocumentDetail"), ...errorResponses },
};

/** The store caps page sizes, so a document's claims are read page by page. */
const CLAIM_PAGE = 500;

export const documentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get("", { schema: listSchema, config: { permission: "read" } }, async (req) =>
    app.store.listDocuments(req.query),
  );

  app.get("/:id", { schema: getSchema, config: { permission: "read" } }, async (req) => {
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
  });
};
