// From watching to the inbox in Debian's Chromium: a viewer signs in, watches an entity (a party
// in any spelling) and a claims search with one click each and a subject with a webhook and e-mail
// from the inbox's form; a new article is stored and the alerts step runs; the header badge counts
// the alerts, the inbox shows them and marks them read, the Atom feed has them, the local webhook
// receiver gets a signed body and the local SMTP sink the e-mail.
// Screenshots (1280 and 390 px) go to test-results/screens/ for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { haveChromium, launchChromium } from "./browser.ts";
import { startServer, type RunningServer } from "../../src/server/index.ts";
import { STATIC_DIR } from "../../src/web/serve.ts";
import { loadGazetteer } from "../../src/resolve/entities/gazetteer.ts";
import { runAlerts } from "../../src/alerts/run.ts";
import { verifySignature } from "../../src/alerts/webhook.ts";
import { XMLParser } from "fast-xml-parser";
import {
  mailText,
  smtpSink,
  webhookReceiver,
  type SmtpSink,
  type WebhookReceiver,
} from "../alerts/receivers.ts";
import type { Store } from "../../src/store/index.ts";
import { fixtureStore } from "../server/fixtures.ts";
import { claimOn, makeDoc, sentencesOf } from "../store/fixtures.ts";

const SCREENS = path.resolve(process.cwd(), "test-results/screens");
const PASSWORD = "browser test password";
const KIM = "person:kim-jong-un";

describe.skipIf(!haveChromium && !process.env.CI)("watchlists and the alert inbox in the dashboard", () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let hooks: WebhookReceiver;
  let smtp: SmtpSink;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    store = await fixtureStore();
    await store.entities.upsert(loadGazetteer());
    await store.accounts.createUser("web-viewer", PASSWORD, "viewer");
    hooks = await webhookReceiver(4147);
    smtp = await smtpSink(4148);
    process.env.FLOWWATCH_WEB_ROOT = STATIC_DIR;
    server = await startServer({ store, port: 4145 });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("console", (msg) => {
      if (msg.type() === "error" && !/status of 40[19]/.test(msg.text()))
        problems.push(`console: ${msg.text()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    await hooks?.close();
    await smtp?.close();
  });

  it("watches an entity and a claims search, then shows the alerts in the inbox", async () => {
    await page.goto(`${server.url}/#/login?next=${encodeURIComponent(`#/entities/${KIM}`)}`);
    await page.fill("#login-username", "web-viewer");
    await page.fill("#login-password", PASSWORD);
    await page.click(".login-form button[type=submit]");
    await page.waitForSelector(".watch-button");
    expect(await page.locator("h1").textContent()).toBe("Kim Jong Un");
    await page.click(".watch-button");
    await expect.poll(() => page.locator(".watch-status").textContent()).toContain("Watching");
    expect(await page.locator(".watch .feed-link").getAttribute("href")).toMatch(/\/api\/feeds\/fwf_/);
    await page.screenshot({ path: path.join(SCREENS, "entity-watch-1280.png") });
    // Coming back, the page says it is watched.
    await page.reload();
    await page.waitForSelector(".watch-button");
    await expect.poll(() => page.locator(".watch-status").textContent()).toContain("You watch this");
    expect(await page.locator(".watch-button").isDisabled()).toBe(true);

    // A place page watches the place.
    await page.goto(`${server.url}/#/entities/place:kursk-oblast`);
    await page.waitForSelector(".watch-button");
    expect(await page.locator(".watch-button").getAttribute("aria-label")).toBe("Watch Kursk Oblast");
    await page.screenshot({ path: path.join(SCREENS, "place-watch-1280.png") });

    await page.goto(`${server.url}/#/claims?subject=troops&destination=Kursk`);
    await page.waitForSelector(".watch-button");
    await page.click(".watch-button");
    await expect.poll(() => page.locator(".watch-status").textContent()).toContain("Watching");
    await page.screenshot({ path: path.join(SCREENS, "claims-watch-1280.png") });
    const feedUrl = await page.locator(".watch .feed-link").getAttribute("href");

    // From the inbox's form: a subject, delivered by webhook and e-mail too.
    await page.click("#nav-alerts");
    await page.waitForSelector(".watch-form");
    await page.selectOption("#watch-kind", "subject");
    await page.fill("#watch-value", "troops");
    await page.fill("#watch-webhook", hooks.url("/hook"));
    await page.fill("#watch-email", "viewer@example.test");
    await page.click(".watch-form button[type=submit]");
    await expect.poll(() => page.locator(".watch-form .watch-status").textContent()).toContain("Watching");
    const secret = (await page.locator(".webhook-secret code").textContent())!;
    expect(secret.length).toBeGreaterThan(20);

    // A new article names Kim (in Korean) and puts troops in Kursk; the alerts step runs.
    const doc = makeDoc("web-alert", "김정은 sent 2,400 more soldiers to Kursk in October.", {
      published: "2025-10-20",
    });
    await store.putDocument(doc, sentencesOf(doc.text), {
      claims: [
        claimOn(doc, "2,400", { subject: "troops", destination: "Kursk", event: "deployment_reported" }),
      ],
    });
    await store.entities.putMentions(doc.id, [
      { docId: doc.id, entityId: KIM, start: 0, end: 3, text: "김정은" },
    ]);
    const run = await runAlerts(store, {
      mode: "inline",
      settings: {
        smtpUrl: smtp.url,
        mailFrom: "alerts@flowwatch.test",
        publicUrl: server.url + "/",
        allowPrivate: true,
        backoffMs: 50,
        maxAttempts: 3,
        maxFailures: 3,
        digestEveryMs: 86_400_000,
        timeoutMs: 5000,
      },
    });
    expect(run.matched.alerts).toBe(3);

    // The signed webhook and the e-mail.
    expect(hooks.hits).toHaveLength(1);
    expect(
      verifySignature(secret, hooks.hits[0].body, hooks.hits[0].headers["x-flowwatch-signature"] as string),
    ).toBe(true);
    expect(JSON.parse(hooks.hits[0].body).alert.event.title).toBe("New claim: 2,400 troops in Kursk");
    expect(smtp.messages.map((m) => m.to)).toEqual([["viewer@example.test"]]);
    expect(mailText(smtp.messages[0].raw)).toContain("김정은 sent 2,400 more soldiers to Kursk in October.");

    // The Atom feed of the claims search, read without signing in.
    const feed = await (await fetch(feedUrl!)).text();
    const entry = new XMLParser({ ignoreAttributes: false }).parse(feed).feed.entry;
    expect(entry.title["#text"]).toBe("New claim: 2,400 troops in Kursk");

    await page.goto(`${server.url}/#/claims`);
    await expect.poll(() => page.locator("#alerts-unread").textContent()).toBe("3");
    await page.click("#nav-alerts");
    await page.waitForSelector(".alert-list");
    const items = page.locator(".alert-list .alert.unread");
    expect(await items.count()).toBe(3);
    expect(await page.locator(".alert-list").textContent()).toContain("New claim: 2,400 troops in Kursk");
    expect(await page.locator(".watchlists").textContent()).toContain("Kim Jong Un");
    await page.screenshot({ path: path.join(SCREENS, "alerts-inbox-1280.png"), fullPage: true });

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.context().addCookies(await page.context().cookies());
    await phone.goto(`${server.url}/#/alerts`);
    await phone.waitForSelector(".alert-list");
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: path.join(SCREENS, "alerts-inbox-390.png"), fullPage: true });
    await phone.goto(`${server.url}/#/entities/${KIM}`);
    await phone.waitForSelector(".watch");
    await phone.screenshot({ path: path.join(SCREENS, "entity-watch-390.png") });
    await phone.goto(`${server.url}/#/claims?subject=troops&destination=Kursk`);
    await expect.poll(() => phone.locator(".watch-status").textContent()).toContain("You watch this");
    await phone.screenshot({ path: path.join(SCREENS, "claims-watch-390.png") });
    await phone.close();

    await page.locator(".alert-list .alert.unread button", { hasText: "Mark read" }).first().click();
    await expect.poll(() => page.locator("#alerts-unread").textContent()).toBe("2");
    await page.click("text=Mark all read");
    await expect.poll(() => page.locator("#alerts-unread").isHidden()).toBe(true);
    expect(await page.locator(".alert-list .alert.unread").count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it("asks a signed-out visitor to sign in to watch", async () => {
    const anon = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const pub = await startServer({ store, port: 4146, publicRead: true });
    try {
      await anon.goto(`${pub.url}/#/entities/${KIM}`);
      await anon.waitForSelector(".watch");
      expect(await anon.locator(".watch a").textContent()).toBe("Sign in to watch");
      expect(await anon.locator("#nav-alerts").isHidden()).toBe(true);
    } finally {
      await anon.close();
      await pub.close();
    }
  });
});
