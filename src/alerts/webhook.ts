// Webhook delivery: a JSON body signed with HMAC-SHA256 of the watchlist's secret
// (`X-Flowwatch-Signature: sha256=<hex>`), sent with undici through the monitor's SSRF guard: the
// hook may not reach loopback or private addresses unless `allowPrivate` (tests, intranets).
import { createHmac, timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import { Agent, request } from "undici";
import { guardedLookup, isPrivateAddress, PrivateAddressError } from "../monitor/address-guard.ts";
import type { Alert } from "./types.ts";

export const SIGNATURE_HEADER = "x-flowwatch-signature";

export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/** For receivers: checks a signature header against the raw body, in constant time. */
export function verifySignature(secret: string, body: string, header: string | undefined): boolean {
  if (!header) return false;
  const want = Buffer.from(signBody(secret, body));
  const got = Buffer.from(header);
  return want.length === got.length && timingSafeEqual(want, got);
}

/** The JSON a webhook receives for one alert (also documented in docs/alerts.md). */
export function webhookBody(a: Alert, deliveryId: number): string {
  return JSON.stringify({
    type: "flowwatch.alert",
    deliveryId,
    alert: {
      id: a.id,
      createdAt: a.createdAt,
      watchlist: { id: a.watchlistId, label: a.watchlistLabel },
      event: { kind: a.event.kind, key: a.event.key, at: a.event.at, ...a.event.payload },
    },
  });
}

export interface WebhookOptions {
  allowPrivate?: boolean;
  timeoutMs?: number;
}

export interface WebhookResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

export class WebhookSender {
  private readonly agent: Agent;
  constructor(private readonly opts: WebhookOptions = {}) {
    const timeout = opts.timeoutMs ?? 10_000;
    this.agent = new Agent({
      connect: opts.allowPrivate ? {} : { lookup: guardedLookup as never },
      headersTimeout: timeout,
      bodyTimeout: timeout,
    });
  }

  async send(url: string, secret: string, body: string, deliveryId: number): Promise<WebhookResult> {
    try {
      const u = new URL(url);
      const host = u.hostname.replace(/^\[|\]$/g, "");
      if (
        !this.opts.allowPrivate &&
        ((isIP(host) && isPrivateAddress(host)) || host.toLowerCase() === "localhost")
      )
        throw new PrivateAddressError(host, isIP(host) ? host : "127.0.0.1");
      const res = await request(u, {
        method: "POST",
        dispatcher: this.agent,
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 10_000),
        headers: {
          "content-type": "application/json",
          "user-agent": "flowwatch-alerts/1",
          [SIGNATURE_HEADER]: signBody(secret, body),
          // Receivers may drop a delivery they have already seen (a retry after a lost answer).
          "x-flowwatch-delivery": String(deliveryId),
        },
        body,
      });
      await res.body.dump();
      const ok = res.statusCode >= 200 && res.statusCode < 300;
      return { ok, statusCode: res.statusCode, error: ok ? null : `HTTP ${res.statusCode}` };
    } catch (err) {
      return { ok: false, statusCode: null, error: (err as Error).message };
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}
