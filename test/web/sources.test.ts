// The sources page in Chromium: an admin watches a new feed from the form, sees it listed with its
// counts, pauses and removes it, and sees that the embedded database has no job queue; a viewer
// sees the list without the controls.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import path from "node:path";
import type { Page } from "playwright-core";
import { SCREENS, haveChromium, openDashboard, type DashboardSession } from "./browser.ts";
import type { RunningServer } from "../../src/server/index.ts";
import type { Store } from "../../src/store/index.ts";
import { fixtureStore } from "../server/fixtures.ts";

const PASSWORD = "a long browser test password";

describe.skipIf(!haveChromium && !process.env.CI)("the sources page", () => {
  let store: Store;
  let session: DashboardSession;
  let server: RunningServer;
  let page: Page;

  beforeAll(async () => {
    store = await fixtureStore();
    for (const role of ["viewer", "admin"] as const)
      await store.accounts.createUser(`src-${role}`, PASSWORD, role);
    await store.sources.add({
      url: "https://existing.example/rss",
      kind: "rss",
      everySeconds: 3600,
      outlet: "Existing Wire",
    });
    session = await openDashboard(store);
    ({ server, page } = session);
    page.on("dialog", (dialog) => void dialog.accept());
  }, 60_000);

  afterAll(async () => {
    await session?.close();
    await store?.close();
  });

  async function signIn(p: Page, username: string) {
    await p.goto(`${server.url}/#/login?next=${encodeURIComponent("#/sources")}`);
    await p.waitForSelector("#login-username");
    await p.fill("#login-username", username);
    await p.fill("#login-password", PASSWORD);
    await p.click(".login-form button[type=submit]");
    await p.waitForSelector("table.sources");
  }

  it("shows a viewer every source without the controls", async () => {
    await signIn(page, "src-viewer");
    expect(await page.locator("tr.source").count()).toBe(1);
    expect(await page.locator("tr.source").textContent()).toContain("Existing Wire");
    expect(await page.locator("form.add-source").count()).toBe(0);
    expect(await page.locator("tr.source button").count()).toBe(0);
    await page.click("#account button");
    await page.waitForSelector(".login-form");
  });

  it("lets an admin watch a feed, refuses a bad interval, then pauses and removes it", async () => {
    await signIn(page, "src-admin");
    await page.fill("#src-url", "https://new-feed.example/atom.xml");
    await page.selectOption("#src-kind", "atom");
    await page.fill("#src-every", "5s");
    await page.click("form.add-source button[type=submit]");
    await expect
      .poll(() => page.locator("form.add-source [role=alert]").textContent())
      .toContain("once a minute");
    await page.fill("#src-every", "30m");
    await page.fill("#src-outlet", "New Feed");
    await page.selectOption("#src-lang", "ru");
    await page.click("form.add-source button[type=submit]");
    await expect.poll(() => page.locator("tr.source").count()).toBe(2);
    const row = page.locator("tr.source", { hasText: "New Feed" });
    expect(await row.textContent()).toContain("Russian");
    expect(await row.locator('td[data-label="Every"]').textContent()).toBe("30 min");
    expect(await page.locator(".jobs").textContent()).toContain("embedded SQLite");
    await page.screenshot({ path: path.join(SCREENS, "sources-1280.png"), fullPage: true });

    await row.locator("button", { hasText: "Pause" }).click();
    await expect
      .poll(() => page.locator("tr.source", { hasText: "New Feed" }).getAttribute("class"))
      .toContain("status-paused");
    await page.locator("tr.source", { hasText: "New Feed" }).locator("button", { hasText: "Remove" }).click();
    await expect.poll(() => page.locator("tr.source").count()).toBe(1);

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SCREENS, "sources-390.png"), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("raised no page errors", () => {
    expect(session.problems).toEqual([]);
  });
});
