// Security headers on every response (@fastify/helmet) and the API's own response rules. Article
// text is untrusted: the dashboard never renders it as HTML, and the CSP forbids inline scripts, so
// even a slip there cannot run injected code.
import type { FastifyInstance } from "fastify";
import helmet from "@fastify/helmet";
import { errorBody, HttpError } from "./errors.ts";

/** Largest JSON answer the API sends, in characters. */
export const MAX_API_RESPONSE = 16_000_000;

const isDocs = (url: string | undefined) =>
  !!url && (url === "/docs" || url.startsWith("/docs/") || url.startsWith("/docs?"));

/**
 * Helmet's headers (nosniff, no-referrer, frame DENY, cross-origin policies) with our CSP: scripts
 * from this origin only, everywhere. Swagger UI at /docs sets inline style attributes, so there
 * alone styles may be inline. HSTS only when the server says it sits behind TLS.
 */
export async function installSecurityHeaders(
  app: FastifyInstance,
  opts: { maxResponse?: number; tls?: boolean } = {},
): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", (req) => (isDocs(req.url) ? "'unsafe-inline'" : "")],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    hsts: opts.tls ? { maxAge: 15_552_000 } : false,
  });
  const maxResponse = opts.maxResponse ?? MAX_API_RESPONSE;
  app.addHook("onSend", async (req, reply, payload) => {
    reply.header("x-request-id", req.id);
    if (req.url.startsWith("/api/")) {
      reply.header("cache-control", "no-store");
      // A response this large stalls the server and the browser alike: ask for less instead.
      if (typeof payload === "string" && payload.length > maxResponse) {
        reply.code(400).header("content-type", "application/json; charset=utf-8");
        return JSON.stringify(
          errorBody(
            400,
            `the answer would be ${Math.round(payload.length / 1e6)} MB, more than the ${maxResponse / 1e6} MB a response may be: ask for fewer items (limit) or leave out detail (figures=false)`,
          ),
        );
      }
    }
    return payload;
  });
}

/** Host names a loopback-bound server answers to when no allow-list is given. */
export const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/** `Example.org:8080` → `example.org`; `[::1]:80` → `[::1]`. */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(0, h.indexOf("]") + 1);
  return h.replace(/:\d*$/, "");
}

/**
 * Answers only requests whose Host header names one of `allowed` (names, without port): a page on
 * another site that points its own name at 127.0.0.1 (DNS rebinding) cannot read the API.
 */
export function installHostCheck(app: FastifyInstance, allowed: string[]): void {
  const names = new Set(allowed.map(hostName));
  app.addHook("onRequest", async (req) => {
    const host = hostName(req.headers.host ?? "");
    if (!names.has(host))
      throw new HttpError(
        421,
        `this server does not answer for host "${host.slice(0, 100)}"; see serve --host-allow`,
      );
  });
}
