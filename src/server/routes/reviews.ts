// POST /api/claims/:id/reviews (analysts: accept, reject or correct a claim) and
// GET /api/claims/:id/reviews (the claim's review history, oldest first).
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type, type Static } from "typebox";
import { validateCorrection, type Correction } from "../../store/index.ts";
import type { SubjectRegistry } from "../../reference/index.ts";
import { errorResponses } from "../schemas.ts";
import { badRequest, notFound } from "../errors.ts";
import { IdParams, Ref } from "../typebox.ts";

const ReviewBody = Type.Object(
  {
    decision: Type.Union([Type.Literal("accept"), Type.Literal("reject"), Type.Literal("correct")]),
    // Checked by validateCorrection so that every problem is reported at once.
    correction: Type.Optional(Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()])),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
type ReviewBody = Static<typeof ReviewBody>;

const postSchema = {
  summary: "Review a claim: accept it, reject it, or correct some of its fields (analyst or admin)",
  description:
    "A correction is stored beside the extracted claim, never over it. Invalid input gives a 400 whose `problems` lists every problem.",
  tags: ["reviews"],
  params: IdParams,
  body: ReviewBody,
  response: { 201: Ref("Review"), ...errorResponses },
};

const listSchema = {
  summary: "A claim's review history (its audit trail), oldest first",
  tags: ["reviews"],
  params: IdParams,
  response: {
    200: Type.Object({ claimId: Type.Integer(), items: Type.Array(Ref("Review")) }),
    ...errorResponses,
  },
};

/** Every problem with a review request (empty when it can be stored). */
export function reviewProblems(body: ReviewBody, subjects?: SubjectRegistry): string[] {
  const problems: string[] = [];
  const hasCorrection = body.correction !== undefined && body.correction !== null;
  if (body.decision === "correct") {
    if (!hasCorrection) problems.push(`decision "correct" needs a "correction" object`);
    else problems.push(...validateCorrection(body.correction as Correction, subjects));
  } else if (hasCorrection) {
    problems.push(`only decision "correct" takes a correction (got "${body.decision}")`);
  }
  return problems;
}

export const reviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post("/:id/reviews", { schema: postSchema, config: { permission: "review" } }, async (req, reply) => {
    const claimId = req.params.id;
    if (!(await app.store.getClaim(claimId))) throw notFound(`no claim with id ${claimId}`);
    const problems = reviewProblems(req.body, app.reference.subjects);
    if (problems.length) throw badRequest(`invalid review: ${problems.join("; ")}`, problems);
    const review = await app.store.reviews.add({
      claimId,
      decision: req.body.decision,
      correction: (req.body.correction as Correction | null | undefined) ?? null,
      note: req.body.note?.trim() ?? "",
      author: req.user!.username,
      subjects: app.reference.subjects,
    });
    return reply.status(201).send(review);
  });

  app.get("/:id/reviews", { schema: listSchema, config: { permission: "read" } }, async (req) => {
    const claimId = req.params.id;
    if (!(await app.store.getClaim(claimId))) throw notFound(`no claim with id ${claimId}`);
    return { claimId, items: await app.store.reviews.list([claimId]) };
  });
};
