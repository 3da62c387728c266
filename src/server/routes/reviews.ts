// POST /api/claims/:id/reviews (analysts: accept, reject or correct a claim) and
// GET /api/claims/:id/reviews (the claim's review history, oldest first).
import type { FastifyPluginAsync } from "fastify";
import { validateCorrection, type Correction, type Decision } from "../../store/index.ts";
import { errorResponses } from "../schemas.ts";
import { badRequest, notFound } from "../errors.ts";

const params = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "integer", minimum: 1 } },
} as const;

const postSchema = {
  summary: "Review a claim: accept it, reject it, or correct some of its fields (analyst or admin)",
  description:
    "A correction is stored beside the extracted claim, never over it. Invalid input gives a 400 whose `problems` lists every problem.",
  tags: ["reviews"],
  params,
  body: {
    type: "object",
    required: ["decision"],
    additionalProperties: false,
    properties: {
      decision: { type: "string", enum: ["accept", "reject", "correct"] },
      // Checked by validateCorrection so that every problem is reported at once.
      correction: { type: ["object", "null"] },
      note: { type: "string", maxLength: 2000 },
    },
  },
  response: { 201: { $ref: "Review#" }, ...errorResponses },
} as const;

const listSchema = {
  summary: "A claim's review history (its audit trail), oldest first",
  tags: ["reviews"],
  params,
  response: {
    200: {
      type: "object",
      required: ["claimId", "items"],
      properties: { claimId: { type: "integer" }, items: { type: "array", items: { $ref: "Review#" } } },
    },
    ...errorResponses,
  },
} as const;

interface ReviewBody {
  decision: Decision;
  correction?: Record<string, unknown> | null;
  note?: string;
}

/** Every problem with a review request (empty when it can be stored). */
export function reviewProblems(body: ReviewBody): string[] {
  const problems: string[] = [];
  const hasCorrection = body.correction !== undefined && body.correction !== null;
  if (body.decision === "correct") {
    if (!hasCorrection) problems.push(`decision "correct" needs a "correction" object`);
    else problems.push(...validateCorrection(body.correction as Correction));
  } else if (hasCorrection) {
    problems.push(`only decision "correct" takes a correction (got "${body.decision}")`);
  }
  return problems;
}

export const reviewRoutes: FastifyPluginAsync = async (app) => {
  app.post<{ Params: { id: number }; Body: ReviewBody }>(
    "/:id/reviews",
    { schema: postSchema, config: { permission: "review" } },
    async (req, reply) => {
      const claimId = req.params.id;
      if (!(await app.store.getClaim(claimId))) throw notFound(`no claim with id ${claimId}`);
      const problems = reviewProblems(req.body);
      if (problems.length) throw badRequest(`invalid review: ${problems.join("; ")}`, problems);
      const review = await app.store.reviews.add({
        claimId,
        decision: req.body.decision,
        correction: (req.body.correction as Correction | null | undefined) ?? null,
        note: req.body.note?.trim() ?? "",
        author: req.user!.username,
      });
      return reply.status(201).send(review);
    },
  );

  app.get<{ Params: { id: number } }>(
    "/:id/reviews",
    { schema: listSchema, config: { permission: "read" } },
    async (req) => {
      const claimId = req.params.id;
      if (!(await app.store.getClaim(claimId))) throw notFound(`no claim with id ${claimId}`);
      return { claimId, items: await app.store.reviews.list([claimId]) };
    },
  );
};
