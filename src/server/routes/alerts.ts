// Watchlists and alerts: GET/POST /api/watchlists, DELETE /api/watchlists/:id, its feed token and
// delivery log; the inbox (GET /api/alerts, /api/alerts/unread, POST /api/alerts/read); and each
// watchlist's Atom feed at GET /api/feeds/:token (no sign-in: the token in the URL is the secret).
// Watchlists are personal: every route but the feed needs a signed-in account (`watch`) and only
// ever sees the caller's own watchlists and alerts.
import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { buildAtomFeed } from "../../alerts/atom.ts";
import { WatchInputError } from "../../alerts/targets.ts";
import { WATCH_KINDS, type Watchlist } from "../../alerts/types.ts";
import { deliveryLog, listAlerts, markRead, unreadCount, watchlistAlerts } from "../../store/index.ts";
import {
  createWatchlist,
  enableWebhook,
  getWatchlist,
  listWatchlists,
  removeWatchlist,
  rotateFeedToken,
  watchlistByFeedToken,
} from "../../store/index.ts";
import { errorResponses } from "../schemas.ts";
import { badRequest, HttpError, notFound } from "../errors.ts";

const watchlistSchema = {
  $id: "Watchlist",
  type: "object",
  required: ["id", "kind", "label", "target", "createdAt"],
  properties: {
    id: { type: "integer" },
    kind: { type: "string", enum: [...WATCH_KINDS] },
    label: { type: "string" },
    target: {
      type: "object",
      description:
        "What is watched: `entityId` and `names` (party, place), `subject`, `source`, or `filter` (query).",
      additionalProperties: true,
    },
    webhookUrl: { type: ["string", "null"] },
    webhookDisabled: {
      type: "boolean",
      description: "Set after repeated failed deliveries; re-enable with POST …/webhook/enable.",
    },
    webhookFailures: { type: "integer" },
    email: { type: ["string", "null"] },
    emailMode: { type: ["string", "null"], enum: ["immediate", "digest", null] },
    createdAt: { type: "string" },
  },
} as const;

const alertSchema = {
  $id: "Alert",
  type: "object",
  required: ["id", "watchlistId", "watchlistLabel", "createdAt", "readAt", "event"],
  properties: {
    id: { type: "integer" },
    watchlistId: { type: "integer" },
    watchlistLabel: { type: "string" },
    createdAt: { type: "string" },
    readAt: { type: ["string", "null"] },
    event: {
      type: "object",
      required: ["id", "kind", "at", "payload"],
      properties: {
        id: { type: "integer" },
        kind: { type: "string" },
        key: { type: "string" },
        at: { type: "string" },
        payload: {
          type: "object",
          description:
            "Plain text `title` and `summary` (never HTML), the dashboard `link`, and the facts matched.",
          additionalProperties: true,
        },
      },
    },
  },
} as const;

const idParams = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "integer", minimum: 1 } },
} as const;

function me(req: FastifyRequest): string {
  // `watch` routes always have a user (the permission check refuses anonymous callers).
  return req.user!.username;
}

function feedUrl(req: FastifyRequest, token: string): string {
  const base = process.env.FLOWWATCH_PUBLIC_URL || `${req.protocol}://${req.headers.host}/`;
  return new URL(`api/feeds/${token}`, base).toString();
}

async function own(req: FastifyRequest, id: number): Promise<Watchlist> {
  const w = await getWatchlist(req.server.store, id);
  if (!w || w.username !== me(req)) throw notFound(`no watchlist ${id}`);
  return w;
}

interface CreateBody {
  kind: string;
  value: unknown;
  webhookUrl?: string;
  email?: string;
  emailMode?: "immediate" | "digest";
}

export const alertRoutes: FastifyPluginAsync = async (app) => {
  app.addSchema(watchlistSchema);
  app.addSchema(alertSchema);

  app.get(
    "/watchlists",
    {
      schema: {
        summary: "Your watchlists",
        tags: ["alerts"],
        response: {
          200: {
            type: "object",
            required: ["items"],
            properties: { items: { type: "array", items: { $ref: "Watchlist#" } } },
          },
          ...errorResponses,
        },
      },
      config: { permission: "watch" },
    },
    async (req) => ({ items: await listWatchlists(app.store, me(req)) }),
  );

  app.post<{ Body: CreateBody }>(
    "/watchlists",
    {
      schema: {
        summary: "Watch a party, place, subject, source or claims query",
        description:
          "`value` is a name in any script (party, place: resolved to the registry entity and all its spellings), a subject, a source, or for `query` a claims filter object (the fields of GET /api/claims). " +
          "The answer holds the secret feed URL and the webhook signing secret: both are shown only here.",
        tags: ["alerts"],
        body: {
          type: "object",
          required: ["kind", "value"],
          additionalProperties: false,
          properties: {
            kind: { type: "string", enum: [...WATCH_KINDS] },
            value: { anyOf: [{ type: "string", minLength: 1, maxLength: 300 }, { type: "object" }] },
            webhookUrl: { type: "string", maxLength: 2000 },
            email: { type: "string", maxLength: 300 },
            emailMode: { type: "string", enum: ["immediate", "digest"] },
          },
        },
        response: {
          201: {
            type: "object",
            required: ["watchlist", "feedUrl"],
            properties: {
              watchlist: { $ref: "Watchlist#" },
              feedUrl: {
                type: "string",
                description: "Atom feed of this watchlist; anyone with the URL can read it.",
              },
              webhookSecret: {
                type: ["string", "null"],
                description: "HMAC-SHA256 key of X-Flowwatch-Signature.",
              },
            },
          },
          409: { $ref: "Error#" },
          ...errorResponses,
        },
      },
      config: { permission: "watch" },
    },
    async (req, reply) => {
      try {
        const created = await createWatchlist(app.store, { ...req.body, username: me(req) });
        return reply.status(201).send({
          watchlist: created.watchlist,
          feedUrl: feedUrl(req, created.feedToken),
          webhookSecret: created.webhookSecret,
        });
      } catch (err) {
        if (!(err instanceof WatchInputError)) throw err;
        if (/already watching/.test(err.message)) throw new HttpError(409, err.message);
        throw badRequest(err.message);
      }
    },
  );

  app.delete<{ Params: { id: number } }>(
    "/watchlists/:id",
    {
      schema: {
        summary: "Stop watching: removes the watchlist with its alerts and delivery log",
        tags: ["alerts"],
        params: idParams,
        response: { 204: { type: "null" }, ...errorResponses },
      },
      config: { permission: "watch" },
    },
    async (req, reply) => {
      if (!(await removeWatchlist(app.store, req.params.id, me(req))))
        throw notFound(`no watchlist ${req.params.id}`);
      return reply.status(204).send();
    },
  );

  app.post<{ Params: { id: number } }>(
    "/watchlists/:id/feed-token",
    {
      schema: {
        summary: "A new secret feed URL (the old one stops working)",
        tags: ["alerts"],
        params: idParams,
        response: {
          200: { type: "object", required: ["feedUrl"], properties: { feedUrl: { type: "string" } } },
          ...errorResponses,
        },
      },
      config: { permission: "watch" },
    },
    async (req) => {
      const w = await own(req, req.params.id);
      return { feedUrl: feedUrl(req, await rotateFeedToken(app.store, w.id)) };
    },
  );

  app.post<{ Params: { id: number } }>(
    "/watchlists/:id/webhook/enable",
    {
      schema: {
        summary: "Re-enable a webhook disabled after repeated failures",
        tags: ["alerts"],
        params: idParams,
        response: { 200: { $ref: "Watchlist#" }, ...errorResponses },
      },
      config: { permission: "watch" },
    },
    async (req) => {
      const w = await own(req, req.params.id);
      if (!w.webhookUrl) throw badRequest(`watchlist ${w.id} has no webhook`);
      await enableWebhook(app.store, w.id);
      return (await getWatchlist(app.store, w.id))!;
    },
  );

  app.get<{ Params: { id: number } }>(
    "/watchlists/:id/deliveries",
    {
      schema: {
        summary: "The delivery log of a watchlist (webhook and e-mail attempts), newest first",
        tags: ["alerts"],
        params: idParams,
        response: {
          200: {
            type: "object",
            required: ["items"],
            properties: {
              items: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    id: { type: "integer" },
                    deliveryId: { type: "integer" },
                    channel: { type: "string" },
                    at: { type: "string" },
                    attempt: { type: "integer" },
                    ok: { type: "boolean" },
                    statusCode: { type: ["integer", "null"] },
                    error: { type: ["string", "null"] },
                  },
                },
              },
            },
          },
          ...errorResponses,
        },
      },
      config: { permission: "watch" },
    },
    async (req) => ({ items: await deliveryLog(app.store, (await own(req, req.params.id)).id) }),
  );

  app.get<{ Querystring: { unread?: boolean; watchlist?: number; limit?: number; offset?: number } }>(
    "/alerts",
    {
      schema: {
        summary: "Your inbox: alerts, newest first, with the unread count",
        tags: ["alerts"],
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            unread: { type: "boolean", description: "Only unread alerts." },
            watchlist: { type: "integer", minimum: 1, description: "Only this watchlist's alerts." },
            limit: { type: "integer", minimum: 1, maximum: 500, default: 50 },
            offset: { type: "integer", minimum: 0, default: 0 },
          },
        },
        response: {
          200: {
            type: "object",
            required: ["items", "total", "unread"],
            properties: {
              items: { type: "array", items: { $ref: "Alert#" } },
              total: { type: "integer" },
              unread: { type: "integer" },
            },
          },
          ...errorResponses,
        },
      },
      config: { permission: "watch" },
    },
    async (req) =>
      listAlerts(app.store, me(req), {
        unread: req.query.unread,
        watchlistId: req.query.watchlist,
        limit: req.query.limit,
        offset: req.query.offset,
      }),
  );

  app.get(
    "/alerts/unread",
    {
      schema: {
        summary: "How many of your alerts are unread (the header badge)",
        tags: ["alerts"],
        response: {
          200: { type: "object", required: ["unread"], properties: { unread: { type: "integer" } } },
          ...errorResponses,
        },
      },
      config: { permission: "watch" },
    },
    async (req) => ({ unread: await unreadCount(app.store, me(req)) }),
  );

  app.post<{ Body: { ids?: number[]; all?: boolean } }>(
    "/alerts/read",
    {
      schema: {
        summary: "Mark alerts read: `ids`, or `all: true`",
        tags: ["alerts"],
        body: {
          type: "object",
          additionalProperties: false,
          properties: {
            ids: { type: "array", items: { type: "integer", minimum: 1 }, maxItems: 1000 },
            all: { type: "boolean" },
          },
        },
        response: {
          200: {
            type: "object",
            required: ["marked", "unread"],
            properties: { marked: { type: "integer" }, unread: { type: "integer" } },
          },
          ...errorResponses,
        },
      },
      config: { permission: "watch" },
    },
    async (req) => {
      const { ids, all } = req.body ?? {};
      if (!all && !ids) throw badRequest('give "ids" (alert ids) or "all": true');
      const marked = await markRead(app.store, me(req), all ? undefined : ids);
      return { marked, unread: await unreadCount(app.store, me(req)) };
    },
  );

  app.get<{ Params: { token: string } }>(
    "/feeds/:token",
    {
      schema: {
        summary: "A watchlist's alerts as an Atom feed (the token in the URL is the secret; no sign-in)",
        tags: ["alerts"],
        params: {
          type: "object",
          required: ["token"],
          properties: { token: { type: "string", minLength: 8, maxLength: 200 } },
        },
        response: { 200: { type: "string" }, ...errorResponses },
      },
      config: { permission: "public" },
    },
    async (req, reply) => {
      const w = await watchlistByFeedToken(app.store, req.params.token);
      if (!w) throw notFound("no feed at this address (the token may have been replaced)");
      const base = process.env.FLOWWATCH_PUBLIC_URL || `${req.protocol}://${req.headers.host}/`;
      const xml = buildAtomFeed(w, await watchlistAlerts(app.store, w.id, 100), {
        selfUrl: feedUrl(req, req.params.token),
        baseUrl: base,
      });
      return reply
        .header("content-type", "application/atom+xml; charset=utf-8")
        .header("cache-control", "no-store")
        .send(xml);
    },
  );
};
