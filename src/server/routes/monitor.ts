// The monitor's sources and job queue for the dashboard: everyone with `read` sees every watched
// source with its last fetch, status, error and how many documents and claims it brought; admins
// add, pause, resume and remove sources (audited) and see the job queue's counts and failures.
import type { FastifyPluginAsync } from "fastify";
import { SOURCE_KINDS, type Source, type SourceKind } from "../../store/index.ts";
import { parseDuration } from "../../monitor/duration.ts";
import { errorResponses } from "../schemas.ts";
import { badRequest, notFound } from "../errors.ts";

const sourceSchema = {
  type: "object",
  required: ["id", "url", "kind", "everySeconds", "status", "documents", "claims", "nextDueAt", "createdAt"],
  properties: {
    id: { type: "integer" },
    url: { type: "string" },
    kind: { type: "string", enum: [...SOURCE_KINDS] },
    everySeconds: { type: "integer" },
    outlet: { type: ["string", "null"] },
    lang: { type: ["string", "null"] },
    status: { type: "string", enum: ["active", "paused"] },
    lastFetchAt: { type: ["string", "null"] },
    lastHttpStatus: { type: ["integer", "null"] },
    lastError: { type: ["string", "null"] },
    nextDueAt: { type: "string" },
    documents: { type: "integer", description: "New documents ingested from this source." },
    claims: { type: "integer", description: "Claims stored from those documents." },
    createdAt: { type: "string" },
  },
} as const;

const idParams = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "integer", minimum: 1, maximum: 2147483647 } },
} as const;

const JOB_STATES = ["queued", "scheduled", "running", "retrying", "failed"] as const;

/** A source as the API shows it: no cache validators (ETag, Last-Modified), plus its claim count. */
function sourceOut(s: Source, claims: Map<number, number>) {
  const { etag: _etag, lastModified: _lastModified, ...rest } = s;
  return { ...rest, claims: claims.get(s.id) ?? 0 };
}

export const monitorRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    "/sources",
    {
      schema: {
        summary: "Every watched source with its last fetch, status, error, documents and claims",
        tags: ["monitor"],
        response: {
          200: {
            type: "object",
            required: ["items"],
            properties: { items: { type: "array", items: sourceSchema } },
          },
          ...errorResponses,
        },
      },
      config: { permission: "read" },
    },
    async () => {
      const [sources, claims] = await Promise.all([
        app.store.sources.list(),
        app.store.sources.claimsPerSource(),
      ]);
      return { items: sources.map((s) => sourceOut(s, claims)) };
    },
  );

  app.post<{ Body: { url: string; kind: SourceKind; every: string; outlet?: string; lang?: string } }>(
    "/sources",
    {
      schema: {
        summary: "Watch a new source (admin); it is fetched at the next scheduler pass",
        tags: ["monitor"],
        body: {
          type: "object",
          required: ["url", "kind", "every"],
          additionalProperties: false,
          properties: {
            url: { type: "string", minLength: 1, maxLength: 2000 },
            kind: { type: "string", enum: [...SOURCE_KINDS] },
            every: { type: "string", maxLength: 10, description: "How often: `15m`, `2h`, `1d`." },
            outlet: { type: "string", maxLength: 200 },
            lang: { type: "string", enum: ["en", "ru", "ko"] },
          },
        },
        response: { 201: sourceSchema, ...errorResponses },
      },
      config: { permission: "admin" },
    },
    async (req, reply) => {
      let source: Source;
      try {
        source = await app.store.sources.add({
          url: req.body.url.trim(),
          kind: req.body.kind,
          everySeconds: parseDuration(req.body.every),
          outlet: req.body.outlet?.trim() || null,
          lang: req.body.lang ?? null,
        });
      } catch (err) {
        // addSource and parseDuration name what is wrong (URL, scheme, interval, already watched).
        throw badRequest((err as Error).message);
      }
      await app.store.audit.append({
        actor: req.user!.username,
        action: "source.add",
        targetType: "source",
        targetId: String(source.id),
        detail: { url: source.url, kind: source.kind, every: req.body.every },
      });
      return reply.status(201).send(sourceOut(source, new Map()));
    },
  );

  app.post<{ Params: { id: number }; Body: { status: "active" | "paused" } }>(
    "/sources/:id/status",
    {
      schema: {
        summary: "Pause or resume a source (admin)",
        tags: ["monitor"],
        params: idParams,
        body: {
          type: "object",
          required: ["status"],
          additionalProperties: false,
          properties: { status: { type: "string", enum: ["active", "paused"] } },
        },
        response: { 200: sourceSchema, ...errorResponses },
      },
      config: { permission: "admin" },
    },
    async (req) => {
      const source = await app.store.sources.get(req.params.id);
      if (!source) throw notFound(`no source ${req.params.id}`);
      await app.store.sources.setStatus(source.id, req.body.status);
      await app.store.audit.append({
        actor: req.user!.username,
        action: req.body.status === "paused" ? "source.pause" : "source.resume",
        targetType: "source",
        targetId: String(source.id),
        detail: { url: source.url },
      });
      const claims = await app.store.sources.claimsPerSource();
      return sourceOut((await app.store.sources.get(source.id))!, claims);
    },
  );

  app.delete<{ Params: { id: number } }>(
    "/sources/:id",
    {
      schema: {
        summary: "Stop watching a source (admin); documents already ingested stay",
        tags: ["monitor"],
        params: idParams,
        response: { 204: { type: "null" }, ...errorResponses },
      },
      config: { permission: "admin" },
    },
    async (req, reply) => {
      const source = await app.store.sources.get(req.params.id);
      if (!source || !(await app.store.sources.remove(source.id)))
        throw notFound(`no source ${req.params.id}`);
      await app.store.audit.append({
        actor: req.user!.username,
        action: "source.remove",
        targetType: "source",
        targetId: String(source.id),
        detail: { url: source.url },
      });
      return reply.status(204).send();
    },
  );

  app.get(
    "/jobs",
    {
      schema: {
        summary: "The job queue (admin): counts by state and the failures with their reasons",
        description:
          "On PostgreSQL the monitor's stages run as graphile-worker jobs; on the embedded SQLite database they run in-process and there is no queue to show (`engine: in-process`).",
        tags: ["monitor"],
        response: {
          200: {
            type: "object",
            required: ["engine", "counts", "failures"],
            properties: {
              engine: { type: "string", enum: ["graphile-worker", "in-process"] },
              counts: {
                type: "object",
                properties: Object.fromEntries(JOB_STATES.map((s) => [s, { type: "integer" }])),
              },
              failures: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    id: { type: "string" },
                    task: { type: "string" },
                    key: { type: ["string", "null"] },
                    state: { type: "string" },
                    attempts: { type: "integer" },
                    maxAttempts: { type: "integer" },
                    lastError: { type: ["string", "null"] },
                    runAt: { type: "string" },
                  },
                },
              },
            },
          },
          ...errorResponses,
        },
      },
      config: { permission: "admin" },
    },
    async () => {
      const empty = Object.fromEntries(JOB_STATES.map((s) => [s, 0]));
      if (app.store.dialect !== "postgres" || !app.dbLocation)
        return { engine: "in-process", counts: empty, failures: [] };
      const { listJobs, countByState, queueInstalled } = await import("../../jobs/inspect.ts");
      // No worker has run against this database yet: graphile-worker has not made its tables.
      if (!(await queueInstalled(app.dbLocation)))
        return { engine: "graphile-worker", counts: empty, failures: [] };
      const jobs = await listJobs(app.dbLocation);
      const failures = jobs.filter((j) => j.state === "failed" || j.state === "retrying").slice(0, 100);
      return { engine: "graphile-worker", counts: countByState(jobs), failures };
    },
  );
};
