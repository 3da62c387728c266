// POST /api/match: entity matching like yente's /match. The body holds FtM-shaped queries by key;
// each result carries its score, the named features that made it and the explanation in words.
import type { FastifyPluginAsync } from "fastify";
import { badRequest } from "../errors.ts";
import { errorResponses } from "../schemas.ts";

const MAX_QUERIES = 100;

const stringList = { type: "array", items: { type: "string", maxLength: 300 }, maxItems: 50 } as const;

const matchSchema = {
  summary: "Match FtM-shaped entities against the imported sanctions lists",
  description:
    "Body: `{ queries: { <key>: { schema, properties: { name: [...], birthDate?, nationality?, country?, passportNumber?/idNumber?/registrationNumber?/… } } } }` " +
    "(at most 100 queries). Each result is one list record with its score, `match` (score ≥ threshold), the named features " +
    "(name, dob, country, identifier; schema decides which records are candidates) and an explanation.",
  tags: ["screening"],
  querystring: {
    type: "object",
    additionalProperties: false,
    properties: {
      limit: { type: "integer", minimum: 1, maximum: 50, default: 5 },
      threshold: { type: "number", minimum: 0, maximum: 1 },
    },
  },
  body: {
    type: "object",
    required: ["queries"],
    additionalProperties: false,
    properties: {
      queries: {
        type: "object",
        minProperties: 1,
        additionalProperties: {
          type: "object",
          required: ["properties"],
          properties: {
            schema: { type: "string" },
            properties: { type: "object", additionalProperties: stringList },
          },
        },
      },
    },
  },
  response: {
    200: {
      type: "object",
      required: ["responses", "threshold"],
      properties: {
        threshold: { type: "number" },
        responses: {
          type: "object",
          additionalProperties: {
            type: "object",
            required: ["results", "total"],
            properties: {
              total: { type: "integer" },
              results: {
                type: "array",
                items: {
                  type: "object",
                  required: [
                    "id",
                    "listId",
                    "sourceId",
                    "caption",
                    "type",
                    "score",
                    "match",
                    "features",
                    "explanation",
                  ],
                  properties: {
                    id: { type: "string" },
                    listId: { type: "string" },
                    sourceId: { type: "string" },
                    caption: { type: "string" },
                    type: { type: "string" },
                    programmes: { type: "array", items: { type: "string" } },
                    score: { type: "number" },
                    match: { type: "boolean" },
                    matchedAlias: { type: "string" },
                    features: { type: "object", additionalProperties: { type: "number" } },
                    explanation: { type: "array", items: { type: "string" } },
                    dob: { type: "string" },
                    nationality: { type: "string" },
                  },
                },
              },
            },
          },
        },
      },
    },
    ...errorResponses,
  },
} as const;

/** The alias index file `flowwatch lists import` wrote beside the database, if the server knows it. */
async function storedIndexFile(dbLocation: string | undefined): Promise<string | undefined> {
  if (!dbLocation) return undefined;
  const { indexFileFor } = await import("../../resolve/names/index.ts");
  return indexFileFor(dbLocation);
}

export const matchRoutes: FastifyPluginAsync = async (app) => {
  // keep the alias index warm: load it once the server is up, not on the first request
  app.addHook("onReady", async () => {
    if (!app.dbLocation) return;
    setImmediate(() => {
      void (async () => {
        const { aliasIndex } = await import("../../resolve/screen.ts");
        await aliasIndex(app.store, await storedIndexFile(app.dbLocation));
      })().catch((err: unknown) => app.log.warn(`screening index not preloaded: ${(err as Error).message}`));
    });
  });

  // a read that changes nothing: a read-only server answers it too
  app.post<{
    Querystring: { limit: number; threshold?: number };
    Body: { queries: Record<string, unknown> };
  }>("", { schema: matchSchema, config: { permission: "read", allowWhenReadOnly: true } }, async (req) => {
    const { parseMatchQuery, MatchQueryError } = await import("../../resolve/match/query.ts");
    const { matchQueries } = await import("../../resolve/match/match.ts");
    const { DEFAULT_THRESHOLD } = await import("../../resolve/names/index.ts");
    const entries = Object.entries(req.body.queries);
    if (entries.length > MAX_QUERIES)
      throw badRequest(`at most ${MAX_QUERIES} queries per request, got ${entries.length}`);
    const problems: string[] = [];
    const queries = entries.flatMap(([key, raw]) => {
      try {
        return [parseMatchQuery(key, raw)];
      } catch (err) {
        if (err instanceof MatchQueryError) problems.push(err.message);
        else throw err;
        return [];
      }
    });
    if (problems.length) throw badRequest(problems[0], problems);
    const threshold = req.query.threshold ?? DEFAULT_THRESHOLD;
    const responses = await matchQueries(app.store, queries, {
      limit: req.query.limit,
      threshold,
      indexFile: await storedIndexFile(app.dbLocation),
    });
    return {
      threshold,
      responses: Object.fromEntries(
        responses.map((r) => [r.key, { total: r.results.length, results: r.results }]),
      ),
    };
  });
};
