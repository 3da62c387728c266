// Security headers on every response. Article text is untrusted: the dashboard never renders it as
// HTML, and the CSP forbids inline scripts, so even a slip there cannot run injected code.
import type { FastifyInstance } from "fastify";
import { errorBody, HttpError } from "./errors.ts";

/** Largest JSON answer the API sends, in characters. */
export const MAX_API_RESPONSE = 16_000_000;

const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

// Swagger UI sets inline style attributes; scripts stay 'self' only.
const DOCS_CSP = APP_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

export function contentSecurityPolicy(url: string): string {
  return url === "/docs" || url.startsWith("/docs/") || url.startsWith("/docs?") ? DOCS_CSP : APP_CSP;
}

export function installSecurityHeaders(app: FastifyInstance, maxResponse = MAX_API_RESPONSE): void {
  app.addHook("onSend", async (req, reply, payload) => {
    reply.header("content-security-policy", contentSecurityPolicy(req.url));
    reply.header("x-content-type-options", "nosniff");
    reply.header("x-request-id", req.id);
    reply.header("referrer-policy", "no-referrer");
    reply.header("x-frame-options", "DENY");
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
