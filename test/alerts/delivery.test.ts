// Delivery end to end against local receivers: a signed webhook (retried after a 500, disabled
// after repeated failure, refused by the SSRF guard without allow-private), e-mail to an SMTP sink
// (immediate and daily digest), and the Atom feed parsed back.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildAtomFeed } from "../../src/alerts/atom.ts";
import { deliverDue, type DeliverySettings } from "../../src/alerts/deliver.ts";
import { runAlerts } from "../../src/alerts/run.ts";
import { verifySignature, SIGNATURE_HEADER } from "../../src/alerts/webhook.ts";
import { deliveryLog, watchlistAlerts } from "../../src/store/alerts.ts";
import type { Store } from "../../src/store/store.ts";
import { createWatchlist, enableWebhook, getWatchlist } from "../../src/store/watchlists.ts";
import { claimOn, makeDoc, sentencesOf } from "../store/fixtures.ts";
import { engines, type Engine } from "./engines.ts";
import {
  mailSubject,
  mailText,
  smtpSink,
  webhookReceiver,
  type SmtpSink,
  type WebhookReceiver,
} from "./receivers.ts";

const HOUR = 3600_000;

async function addClaimDoc(store: Store, id: string, text: string, figure: string) {
  const doc = makeDoc(id, text, { published: "2025-07-01" });
  await store.putDocument(doc, sentencesOf(doc.text), {
    claims: [claimOn(doc, figure, { subject: "troops" })],
  });
}

describe.each(engines)("alert delivery on %s", (_name, make) => {
  let engine: Engine;
  let store: Store;
  let hooks: WebhookReceiver;
  let smtp: SmtpSink;
  let settings: DeliverySettings;

  beforeEach(async () => {
    engine = await make();
    store = await engine.open();
    hooks = await webhookReceiver(4141);
    smtp = await smtpSink(4142);
    settings = {
      smtpUrl: smtp.url,
      mailFrom: "alerts@flowwatch.test",
      publicUrl: "http://127.0.0.1:4143/",
      allowPrivate: true,
      backoffMs: 20,
      maxAttempts: 10,
      maxFailures: 3,
      digestEveryMs: 24 * HOUR,
      timeoutMs: 5000,
    };
  });
  afterEach(async () => {
    await store.close();
    await engine.cleanup();
    await hooks.close();
    await smtp.close();
  });

  it("signs webhooks, retries a 500, disables a dead hook, mails at once and as a digest", async () => {
    const watch = (username: string, extra: object) =>
      createWatchlist(store, { username, kind: "subject", value: "troops", ...extra });
    const ok = await watch("u1", { webhookUrl: hooks.url("/ok"), email: "u1@example.test" });
    const flaky = await watch("u2", { webhookUrl: hooks.url("/flaky") });
    const down = await watch("u3", { webhookUrl: hooks.url("/down") });
    const digest = await watch("u4", { email: "u4@example.test", emailMode: "digest" });
    hooks.plan.set("/flaky", [500, 200]);
    hooks.plan.set("/down", [500]);

    await addClaimDoc(
      store,
      "t1",
      "Some 6,000 soldiers crossed the river <b>at dawn</b> & moved east.",
      "6,000",
    );
    const first = await runAlerts(store, { mode: "inline", settings });
    expect(first.matched.alerts).toBe(4);
    expect(first.delivered).toMatchObject({
      webhooksSent: 1,
      webhooksFailed: 2,
      mailsSent: 1,
      digestsSent: 0,
    });

    // The signed body verifies with the watchlist's secret and carries the alert.
    const okHit = hooks.hits.find((h) => h.path === "/ok")!;
    expect(verifySignature(ok.webhookSecret!, okHit.body, okHit.headers[SIGNATURE_HEADER] as string)).toBe(
      true,
    );
    expect(verifySignature(flaky.webhookSecret!, okHit.body, okHit.headers[SIGNATURE_HEADER] as string)).toBe(
      false,
    );
    const body = JSON.parse(okHit.body);
    expect(body).toMatchObject({
      type: "flowwatch.alert",
      alert: { watchlist: { id: ok.watchlist.id }, event: { kind: "claim" } },
    });
    expect(body.alert.event.claim.evidence).toContain("<b>at dawn</b> &");

    // Immediate e-mail.
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0].to).toEqual(["u1@example.test"]);
    expect(mailSubject(smtp.messages[0].raw)).toContain("troops: New claim: 6,000 troops");
    expect(mailText(smtp.messages[0].raw)).toContain(
      "Some 6,000 soldiers crossed the river <b>at dawn</b> & moved east.",
    );

    // The flaky hook succeeds on its retry, once the backoff has passed.
    await new Promise((r) => setTimeout(r, 40));
    const second = await deliverDue(store, settings);
    expect(second.webhooksSent).toBe(1);
    expect(
      (await deliveryLog(store, flaky.watchlist.id)).map((l) => [l.attempt, l.ok, l.statusCode]),
    ).toEqual([
      [2, true, 200],
      [1, false, 500],
    ]);
    expect(hooks.hits.filter((h) => h.path === "/ok")).toHaveLength(1); // never sent twice

    // The dead hook is disabled after three consecutive failures and then left alone.
    for (let i = 1; i <= 4; i++) await deliverDue(store, settings, { now: new Date(Date.now() + i * HOUR) });
    expect(hooks.hits.filter((h) => h.path === "/down")).toHaveLength(3);
    expect((await getWatchlist(store, down.watchlist.id))?.webhookDisabled).toBe(true);
    expect((await deliveryLog(store, down.watchlist.id)).every((l) => !l.ok && l.statusCode === 500)).toBe(
      true,
    );
    // Re-enabled, it is tried again.
    hooks.plan.set("/down", [200]);
    await enableWebhook(store, down.watchlist.id);
    expect((await deliverDue(store, settings, { now: new Date(Date.now() + 10 * HOUR) })).webhooksSent).toBe(
      1,
    );

    // Digest: nothing before the day is up, then one mail with both alerts.
    await addClaimDoc(store, "t2", "A further 900 soldiers arrived by train.", "900");
    await runAlerts(store, { mode: "inline", settings });
    expect(smtp.messages.filter((m) => m.to.includes("u4@example.test"))).toHaveLength(0);
    const later = await deliverDue(store, settings, { now: new Date(Date.now() + 25 * HOUR) });
    expect(later.digestsSent).toBe(1);
    const digests = smtp.messages.filter((m) => m.to.includes("u4@example.test"));
    expect(digests).toHaveLength(1);
    expect(mailSubject(digests[0].raw)).toContain("2 new alerts (daily digest)");
    expect(mailText(digests[0].raw)).toMatch(/6,000 troops[\s\S]*900 troops|900 troops[\s\S]*6,000 troops/);
    expect((await deliverDue(store, settings, { now: new Date(Date.now() + 26 * HOUR) })).digestsSent).toBe(
      0,
    );
    expect(digest.watchlist.emailMode).toBe("digest");
  });

  it("sends the first digest a day after the watchlist was made", async () => {
    const old = await createWatchlist(
      store,
      { username: "u7", kind: "subject", value: "troops", email: "u7@example.test", emailMode: "digest" },
      new Date(Date.now() - 30 * HOUR),
    );
    const fresh = await createWatchlist(store, {
      username: "u8",
      kind: "subject",
      value: "troops",
      email: "u8@example.test",
      emailMode: "digest",
    });
    await addClaimDoc(store, "t5", "About 450 soldiers boarded a ship at the port.", "450");
    const r = await runAlerts(store, { mode: "inline", settings });
    expect(r.delivered?.digestsSent).toBe(1);
    expect(smtp.messages.map((m) => m.to[0])).toEqual(["u7@example.test"]);
    expect(mailSubject(smtp.messages[0].raw)).toContain("1 new alert (daily digest)");
    expect(fresh.watchlist.id).toBeGreaterThan(old.watchlist.id);
  });

  it("refuses a webhook to a private address unless allowed", async () => {
    const w = await createWatchlist(store, {
      username: "u5",
      kind: "subject",
      value: "troops",
      webhookUrl: hooks.url("/private"),
    });
    await addClaimDoc(store, "t3", "About 700 soldiers were seen near the border.", "700");
    const r = await runAlerts(store, { mode: "inline", settings: { ...settings, allowPrivate: false } });
    expect(r.delivered?.webhooksFailed).toBe(1);
    expect(hooks.hits).toHaveLength(0);
    expect((await deliveryLog(store, w.watchlist.id))[0].error).toMatch(/private address/);
  });

  it("serves alerts as a valid Atom feed with the article text escaped", async () => {
    const w = await createWatchlist(store, { username: "u6", kind: "subject", value: "troops" });
    await addClaimDoc(
      store,
      "t4",
      'Reports said 1,200 soldiers <script>alert("x")</script> & more had left.',
      "1,200",
    );
    await runAlerts(store, { mode: "off" });
    const alerts = await watchlistAlerts(store, w.watchlist.id);
    const xml = buildAtomFeed(w.watchlist, alerts, {
      selfUrl: `http://127.0.0.1:4143/api/feeds/${w.feedToken}`,
      baseUrl: "http://127.0.0.1:4143/",
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain("<script>");
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.title).toBe("flowwatch: subject troops");
    const entry = Array.isArray(feed.entry) ? feed.entry[0] : feed.entry;
    expect(entry.summary["#text"]).toContain('<script>alert("x")</script> & more');
    expect(entry.summary["@_type"]).toBe("text");
    expect(entry.link["@_href"]).toMatch(/^http:\/\/127\.0\.0\.1:4143\/#\/claims\/\d+$/);
    expect(entry.id).toMatch(/^urn:flowwatch:alert:/);
  });
});
