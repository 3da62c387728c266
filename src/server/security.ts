// Security headers on every response. Article text is untrusted: the dashboard never renders it as
// HTML, and the CSP forbids inline scripts, so even a slip there cannot run injected code.
import type { FastifyInstance } from "fastify";

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

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onSend", async (req, reply, payload) => {
    reply.header("content-security-policy", contentSecurityPolicy(req.url));
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "no-referrer");
    reply.header("x-frame-options", "DENY");
    if (req.url.startsWith("/api/")) reply.header("cache-control", "no-store");
    return payload;
  });
}
