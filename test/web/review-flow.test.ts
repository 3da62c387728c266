// Signing in and reviewing claims in Debian's Chromium over a real server that requires sign-in:
// an analyst corrects and accepts claims, an admin sees the entries in the Audit view.
// Screenshots go to test-results/screens/ for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { haveChromium, launchChromium } from "./browser.ts";
import { startServer, type RunningServer } from "../../src/server/index.ts";
import { STATIC_DIR } from "../../src/web/serve.ts";
import type { Store } from "../../src/store/store.ts";
import { fixtureStore } from "../server/fixtures.ts";

const SCREENS = path.resolve(process.cwd(), "test-results/screens");
const PASSWORD = "browser test password";

describe.skipIf(!haveChromium && !process.env.CI)("reviewing claims in the dashboard", () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let labourId: number;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    store = await fixtureStore();
    for (const role of ["viewer", "analyst", "admin"] as const)
      await store.accounts.createUser(`web-${role}`, PASSWORD, role);
    labourId = (await store.listClaims({ limit: 100 })).items.find((c) => c.quantity === 12000)!.id;
    // The unbuilt sources, even when a Vite build exists in src/web/dist/ (build.test.ts covers that).
    process.env.FLOWWATCH_WEB_ROOT = STATIC_DIR;
    server = await startServer({ store, port: 0 });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("console", (msg) => {
      // The deliberate wrong password and the signed-out first load answer 401.
      if (msg.type() === "error" && !/status of 401/.test(msg.text()))
        problems.push(`console: ${msg.text()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  async function signIn(p: Page, username: string, password = PASSWORD) {
    await p.waitForSelector("#login-username");
    await p.fill("#login-username", username);
    await p.fill("#login-password", password);
    await p.click(".login-form button[type=submit]");
  }

  it("sends a signed-out visitor to the sign-in form and back after signing in", async () => {
    await page.goto(`${server.url}/#/claims?subject=workers`);
    await page.waitForSelector(".login-form");
    expect(decodeURIComponent(page.url())).toContain("#/login?next=#/claims?subject=workers");
    expect(await page.locator(".login-why").textContent()).toContain("sign in to continue");
    await page.screenshot({ path: path.join(SCREENS, "login-1280.png") });
    await signIn(page, "web-analyst", "not the password");
    await expect
      .poll(() => page.locator(".login-form [role=alert]").textContent())
      .toContain("wrong username or password");
    await signIn(page, "web-analyst");
    await page.waitForSelector("tbody.claim");
    expect(page.url()).toContain("#/claims?subject=workers");
    expect(await page.locator("#account").textContent()).toContain("Signed in as web-analyst");
    expect(await page.locator("#account .role").textContent()).toBe("analyst");
    expect(await page.locator("#nav-audit").isVisible()).toBe(false);
  });

  it("lets an analyst correct a claim from the keyboard and shows the original struck through", async () => {
    await page.goto(`${server.url}/#/claims/${labourId}`);
    await page.waitForSelector(".review-panel .review-buttons");
    expect(await page.locator(".review-badge").first().textContent()).toBe("Not reviewed");
    expect(await page.locator(".correction-form").isVisible()).toBe(false);
    await page.focus("button[aria-controls^=correct-form]");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".correction-form:not([hidden])");
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^correct-\d+-quantity$/);
    await page.fill(`#correct-${labourId}-quantity`, "11,000–13,000");
    await page.selectOption(`#correct-${labourId}-qualifier`, "range");
    await page.fill(`#correct-${labourId}-destination`, "Russian Far East");
    await page.fill(`#correct-${labourId}-note`, "The briefing gave a range.");
    await page.screenshot({ path: path.join(SCREENS, "claim-correct-form-1280.png"), fullPage: true });
    await page.click(".correction-form button[type=submit]");
    await expect
      .poll(() => page.locator(".review-badge").first().textContent())
      .toMatch(/^Corrected by web-analyst on /);
    expect(await page.locator(".correction-form").isVisible()).toBe(false);
    // Keyboard focus lands on the review panel, with the outcome announced.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest(".review-panel") !== null))
      .toBe(true);
    expect(await page.locator(".review-panel [role=status]").textContent()).toBe("Saved.");
    const figure = page.locator(".claim-fields dd").first();
    expect(await figure.locator("ins").textContent()).toBe("11,000–13,000");
    expect(await figure.locator("del").textContent()).toBe("about 12,000");
    expect(await page.locator(".claim-fields .corrected del", { hasText: "Russia" }).count()).toBe(1);
    await expect
      .poll(() => page.locator(".review-history li").first().textContent())
      .toMatch(/web-analyst corrected the claim .*quantity: 11000–13000.*The briefing gave a range\./);
    await page.screenshot({ path: path.join(SCREENS, "claim-corrected-1280.png"), fullPage: true });

    // The claims table shows the corrected figure with the original beside it.
    await page.goto(`${server.url}/#/claims?review=correct`);
    await page.waitForSelector("tbody.claim");
    expect(await page.locator("tbody.claim").count()).toBe(1);
    expect(await page.locator("tbody.claim .figure del").textContent()).toBe("about 12,000");
  });

  it("lists every problem the form finds before posting", async () => {
    await page.goto(`${server.url}/#/claims/${labourId}`);
    await page.click("button[aria-controls^=correct-form]");
    await page.fill(`#correct-${labourId}-quantity`, "lots");
    await page.click(".correction-form button[type=submit]");
    await expect
      .poll(() => page.locator(".correction-form ul.error li").allTextContents())
      .toEqual([expect.stringMatching(/^Quantity must be a number/)]);
  });

  it("accepts another claim from the document view", async () => {
    await page.goto(`${server.url}/#/documents/t-labour`);
    await page.locator(".doc-claims li a", { hasText: "1,500" }).click();
    await page.waitForSelector(".doc-side .review-panel");
    await page.click(".review-panel button.decide-accept");
    await expect
      .poll(() => page.locator(".doc-side .review-panel .review-badge").textContent())
      .toMatch(/^Accepted by web-analyst/);
    expect(await page.locator(".doc-text mark.figure").textContent()).toBe("1,500");
    await page.screenshot({ path: path.join(SCREENS, "document-review-1280.png"), fullPage: true });
  });

  it("shows a viewer the review state but no controls", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const viewer = await context.newPage();
    await viewer.goto(`${server.url}/#/claims/${labourId}`);
    await signIn(viewer, "web-viewer");
    await viewer.waitForSelector(".review-panel");
    expect(await viewer.locator(".review-badge").first().textContent()).toMatch(/^Corrected by web-analyst/);
    expect(await viewer.locator(".review-panel button").count()).toBe(0);
    expect(await viewer.locator(".review-panel").textContent()).toContain("As a viewer you can read reviews");
    await context.close();
  });

  it("shows an admin the audit entries, after signing out and in again", async () => {
    await page.click("#account button");
    await page.waitForSelector(".login-form");
    expect(await page.locator("#account").textContent()).toContain("Sign in");
    // Signed out, the audit log says why it asks for a sign-in.
    await page.goto(`${server.url}/#/audit`);
    await expect.poll(() => page.locator(".login-why").textContent()).toContain("for administrators");
    await signIn(page, "web-admin");
    await page.waitForSelector("#nav-audit:not([hidden])");
    await page.click("#nav-audit");
    await page.waitForSelector("table.audit tr.audit-entry");
    const rows = await page.locator("tr.audit-entry").allTextContents();
    const correction = rows.find((r) => r.includes("review.correct"));
    expect(correction).toContain("web-analyst");
    expect(correction).toContain(`claim ${labourId}`);
    // The detail reads as words, not JSON.
    const detail = await page
      .locator("tr.audit-entry", { hasText: "review.correct" })
      .first()
      .locator("td.detail")
      .textContent();
    expect(detail).toMatch(/correction: /);
    expect(detail).not.toMatch(/[{}"]/);
    expect(rows.some((r) => r.includes("review.accept"))).toBe(true);
    expect(rows.some((r) => r.includes("auth.login_failed"))).toBe(true);
    expect(rows.some((r) => r.includes("auth.logout") && r.includes("web-analyst"))).toBe(true);
    await page.screenshot({ path: path.join(SCREENS, "audit-1280.png"), fullPage: true });

    await page.fill("#a-action", "review.");
    await page.click(".filters button[type=submit]");
    await expect.poll(() => page.locator("tr.audit-entry").count()).toBe(2);
    const csv = await page.locator("a.csv-link").getAttribute("href");
    expect(csv).toContain("format=csv");
    const res = await page.request.get(`${server.url}${csv}`);
    expect(res.status()).toBe(200);
    expect((await res.text()).split("\r\n")[0]).toBe("id,at,actor,action,targetType,targetId,detail");
    // The claim link leads to the claim with its history.
    await page
      .locator("tr.audit-entry a", { hasText: `claim ${labourId}` })
      .first()
      .click();
    await page.waitForSelector(".review-history li");
  });

  it("fits a phone screen with the correction form open", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const phone = await context.newPage();
    await phone.goto(`${server.url}/#/claims/${labourId}`);
    await signIn(phone, "web-analyst");
    await phone.waitForSelector(".review-panel .review-buttons");
    await phone.click("button[aria-controls^=correct-form]");
    const width = () => phone.evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(390);
    // One column: the claim and the review panel each take the full width, one under the other.
    for (const selector of [".claim-detail", ".review-panel"]) {
      expect((await phone.locator(selector).boundingBox())!.width, selector).toBeGreaterThan(330);
    }
    await phone.screenshot({ path: path.join(SCREENS, "claim-review-phone.png"), fullPage: true });
    await phone.goto(`${server.url}/#/claims`);
    await phone.waitForSelector("tbody.claim");
    expect(await width()).toBeLessThanOrEqual(390);
    await context.close();
  });

  it("shows the audit log on a phone without sideways scrolling", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const phone = await context.newPage();
    await phone.goto(`${server.url}/#/audit`);
    await signIn(phone, "web-admin");
    await phone.waitForSelector("tr.audit-entry");
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: path.join(SCREENS, "audit-phone.png"), fullPage: true });
    await context.close();
  });

  it("ran without script errors or CSP violations", () => {
    expect(problems).toEqual([]);
  });
});
