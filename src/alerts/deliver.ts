// Delivers what matching queued: webhooks (signed, retried with exponential backoff, disabled after
// repeated failure) and e-mail (immediate, or a daily digest per watchlist). Every attempt is
// logged. Run in-process (SQLite, or `flowwatch alerts deliver`) or as the fw_deliver_alerts job.
import type { Store } from "../store/index.ts";
import {
  dueDeliveries,
  recordAttempt,
  recordDigestSent,
  digestSentAt,
  type PendingDelivery,
} from "../store/index.ts";
import { digestMail, immediateMail, mailTransport, sendMail } from "./email.ts";
import { WebhookSender, webhookBody } from "./webhook.ts";

export interface DeliverySettings {
  smtpUrl: string | null;
  mailFrom: string;
  /** The dashboard's public address (links in mails, feeds and webhook bodies). */
  publicUrl: string;
  /** Let webhooks reach loopback and private addresses (tests, intranets). */
  allowPrivate: boolean;
  /** First retry after this many ms; doubled each attempt. */
  backoffMs: number;
  /** A delivery is given up (`failed`) after this many attempts. */
  maxAttempts: number;
  /** A watchlist's webhook is disabled after this many consecutive failed attempts. */
  maxFailures: number;
  /** Time between digests of one watchlist. */
  digestEveryMs: number;
  timeoutMs: number;
}

/** Settings from the environment (see docs/alerts.md). */
export function deliverySettings(env: NodeJS.ProcessEnv = process.env): DeliverySettings {
  const num = (v: string | undefined, d: number) =>
    v !== undefined && Number.isFinite(Number(v)) ? Number(v) : d;
  return {
    smtpUrl: env.FLOWWATCH_SMTP_URL || null,
    mailFrom: env.FLOWWATCH_MAIL_FROM || "flowwatch@localhost",
    publicUrl: env.FLOWWATCH_PUBLIC_URL || "http://localhost:8080/",
    allowPrivate: env.FLOWWATCH_WEBHOOK_ALLOW_PRIVATE === "1",
    backoffMs: num(env.FLOWWATCH_WEBHOOK_BACKOFF_MS, 30_000),
    maxAttempts: num(env.FLOWWATCH_WEBHOOK_ATTEMPTS, 8),
    maxFailures: num(env.FLOWWATCH_WEBHOOK_MAX_FAILURES, 5),
    digestEveryMs: num(env.FLOWWATCH_DIGEST_EVERY_MS, 24 * 3600_000),
    timeoutMs: 10_000,
  };
}

export interface DeliverySummary {
  webhooksSent: number;
  webhooksFailed: number;
  webhooksDisabled: number[];
  mailsSent: number;
  digestsSent: number;
  mailErrors: number;
}

/** When to try a delivery again after `attempts` failures, or null to give up. */
export function retryAt(
  attempts: number,
  s: Pick<DeliverySettings, "backoffMs" | "maxAttempts">,
  now: Date,
): Date | null {
  if (attempts >= s.maxAttempts) return null;
  return new Date(now.getTime() + s.backoffMs * 2 ** (attempts - 1));
}

async function deliverWebhooks(
  store: Store,
  s: DeliverySettings,
  now: Date,
  out: DeliverySummary,
): Promise<void> {
  const due = await dueDeliveries(store, "webhook", now);
  if (due.length === 0) return;
  const sender = new WebhookSender({ allowPrivate: s.allowPrivate, timeoutMs: s.timeoutMs });
  const disabled = new Set<number>();
  try {
    for (const d of due) {
      // Once a watchlist's hook is disabled in this pass its other deliveries wait for re-enabling.
      if (disabled.has(d.watchlist.id) || !d.watchlist.webhookUrl || !d.webhookSecret) continue;
      const r = await sender.send(
        d.watchlist.webhookUrl,
        d.webhookSecret,
        webhookBody(d.alert, d.deliveryId),
        d.deliveryId,
      );
      const outcome = await recordAttempt(
        store,
        { ...d, watchlistId: d.watchlist.id },
        {
          ok: r.ok,
          statusCode: r.statusCode,
          error: r.error,
          retryAt: r.ok ? null : retryAt(d.attempts + 1, s, new Date()),
        },
        { maxFailures: s.maxFailures },
      );
      if (r.ok) out.webhooksSent++;
      else out.webhooksFailed++;
      if (outcome.disabled) {
        disabled.add(d.watchlist.id);
        out.webhooksDisabled.push(d.watchlist.id);
      }
    }
  } finally {
    await sender.close();
  }
}

async function deliverMail(
  store: Store,
  s: DeliverySettings,
  now: Date,
  out: DeliverySummary,
  forceDigest: boolean,
): Promise<void> {
  if (!s.smtpUrl) return;
  const due = await dueDeliveries(store, "email", now, 1000);
  if (due.length === 0) return;
  const transport = await mailTransport(s.smtpUrl);
  try {
    const digests = new Map<number, PendingDelivery[]>();
    for (const d of due) {
      if (d.watchlist.emailMode === "digest") {
        digests.set(d.watchlist.id, [...(digests.get(d.watchlist.id) ?? []), d]);
        continue;
      }
      try {
        await sendMail(transport, s.mailFrom, immediateMail(d.watchlist, d.alert, s.publicUrl));
        await recordAttempt(store, { ...d, watchlistId: d.watchlist.id }, { ok: true });
        out.mailsSent++;
      } catch (err) {
        out.mailErrors++;
        await recordAttempt(
          store,
          { ...d, watchlistId: d.watchlist.id },
          { ok: false, error: (err as Error).message, retryAt: retryAt(d.attempts + 1, s, new Date()) },
        );
      }
    }
    for (const [watchlistId, items] of digests) {
      // The first digest goes out a full period after the watchlist was made.
      const last = (await digestSentAt(store, watchlistId)) ?? items[0].watchlist.createdAt;
      if (!forceDigest && now.getTime() - Date.parse(last) < s.digestEveryMs) continue;
      try {
        await sendMail(
          transport,
          s.mailFrom,
          digestMail(
            items[0].watchlist,
            items.map((d) => d.alert),
            s.publicUrl,
          ),
        );
        await recordDigestSent(store, watchlistId, items, now);
        out.digestsSent++;
      } catch (err) {
        out.mailErrors++;
        for (const d of items)
          await recordAttempt(
            store,
            { ...d, watchlistId },
            { ok: false, error: (err as Error).message, retryAt: retryAt(d.attempts + 1, s, new Date()) },
          );
      }
    }
  } finally {
    transport.close();
  }
}

/** Sends every delivery due now. `forceDigest` sends digests even before their day is up. */
export async function deliverDue(
  store: Store,
  s: DeliverySettings = deliverySettings(),
  opts: { now?: Date; forceDigest?: boolean } = {},
): Promise<DeliverySummary> {
  const now = opts.now ?? new Date();
  const out: DeliverySummary = {
    webhooksSent: 0,
    webhooksFailed: 0,
    webhooksDisabled: [],
    mailsSent: 0,
    digestsSent: 0,
    mailErrors: 0,
  };
  await deliverWebhooks(store, s, now, out);
  await deliverMail(store, s, now, out, opts.forceDigest ?? false);
  return out;
}
