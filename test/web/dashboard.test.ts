// Drives the dashboard in Debian's Chromium over a real server and store. Screenshots go to
// test-results/screens/ for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM, haveChromium, launchChromium } from "./browser.ts";
import { startServer, type RunningServer } from "../../src/server/index.ts";
import { STATIC_DIR } from "../../src/web/serve.ts";
import type { Store } from "../../src/store/store.ts";
import { HOSTILE_IMG, HOSTILE_SCRIPT, TOTAL_CLAIMS, fixtureStore } from "../server/fixtures.ts";

const SCREENS = path.resolve(process.cwd(), "test-results/screens");
if (!haveChromium && !process.env.CI) {
  console.warn(`test/web: skipping the browser test, ${CHROMIUM} is missing (apt install chromium)`);
}

describe.skipIf(!haveChromium && !process.env.CI)("the dashboard in a browser", () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    store = await fixtureStore();
    // Anonymous reads (the public demo mode); signing in and reviewing are in review-flow.test.ts.
    // The unbuilt sources, even when a Vite build exists in src/web/dist/ (build.test.ts covers that).
    process.env.FLOWWATCH_WEB_ROOT = STATIC_DIR;
    server = await startServer({ store, port: 0, publicRead: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

  it("lists claims with their evidence sentence and figure highlighted", async () => {
    await page.goto(`${server.url}/#/claims`);
    await page.waitForSelector("table.claims tbody.claim");
    expect(page.url()).toMatch(/#\/claims$/);
    expect(await page.locator("tbody.claim").count()).toBe(TOTAL_CLAIMS);
    await expect
      .poll(() => page.locator(".pager .count").first().textContent())
      .toContain(`of ${TOTAL_CLAIMS}`);
    const troops = page.locator("tbody.claim", { hasText: "More than 10,000" });
    expect(await troops.locator("blockquote.evidence mark.figure").textContent()).toBe("More than 10,000");
    expect(await troops.locator('td[data-label="Source"]').textContent()).toBe("Ukrainian intelligence");
    await page.screenshot({ path: path.join(SCREENS, "claims-1280.png"), fullPage: true });
  });

  it("exports every claim of the current filter as CSV", async () => {
    await page.goto(`${server.url}/#/claims`);
    await page.waitForSelector(".export button");
    await page.click(".export button");
    await page.waitForSelector(".export a.csv-link");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(".export a.csv-link")]);
    const { readFileSync } = await import("node:fs");
    const lines = readFileSync(await download.path(), "utf8")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      "id,docId,quantity,qualifier,unit,subject,event,destination,attributedTo,attributionChain,time,modality,outlet,published,url,review,evidence",
    );
    expect(lines).toHaveLength(TOTAL_CLAIMS + 1);
    expect(await page.locator(".export [role=status]").textContent()).toBe(`${TOTAL_CLAIMS} rows.`);
  });

  it("pages through claims with real links", async () => {
    await page.goto(`${server.url}/#/claims?limit=4`);
    await page.waitForSelector("tbody.claim");
    expect(await page.locator("tbody.claim").count()).toBe(4);
    const firstPage = await page.locator("tbody.claim blockquote.evidence").allTextContents();
    await page.locator(".pager a[rel=next]").first().click();
    await expect
      .poll(() => page.locator(".pager .count").first().textContent())
      .toBe(`5–8 of ${TOTAL_CLAIMS} claims`);
    expect(page.url()).toContain("offset=4");
    const secondPage = await page.locator("tbody.claim blockquote.evidence").allTextContents();
    expect(secondPage).toHaveLength(4);
    expect(secondPage.filter((sentence) => firstPage.includes(sentence))).toEqual([]);
    await page.locator(".pager a[rel=prev]").first().click();
    await expect
      .poll(() => page.locator("tbody.claim blockquote.evidence").allTextContents())
      .toEqual(firstPage);
  });

  it("filters claims from the form and keeps the filters in the URL", async () => {
    await page.selectOption("#f-subject", "troops");
    await page.fill("#f-destination", "russia");
    await page.click(".filters button[type=submit]");
    await page.waitForFunction(() => document.querySelectorAll("tbody.claim").length === 2);
    expect(page.url()).toContain("subject=troops");
    expect(page.url()).toContain("destination=russia");
    // A linked view renders the same thing from scratch.
    const fresh = await browser.newPage();
    await fresh.goto(page.url());
    await fresh.waitForSelector("tbody.claim");
    expect(await fresh.locator("tbody.claim").count()).toBe(2);
    expect(await fresh.locator("#f-subject").inputValue()).toBe("troops");
    await fresh.close();
  });

  it("narrows claims by a facet count and orders them by figure", async () => {
    await page.goto(`${server.url}/#/claims`);
    await page.waitForSelector("details.facets");
    await page.click("details.facets summary");
    const facet = page.locator(".facet").filter({ hasText: "Subject" }).locator("li").first();
    const count = Number((await facet.textContent())!.trim().split(" ").pop());
    await facet.locator("a").click();
    await page.waitForFunction((n) => document.querySelectorAll("tbody.claim").length === n, count);
    expect(page.url()).toContain("subject=");

    await page.goto(`${server.url}/#/claims?sort=-quantity`);
    await page.waitForSelector("tbody.claim");
    expect(await page.locator("#f-sort").inputValue()).toBe("-quantity");
  });

  it("opens a document with the claim's span in a <mark> and shows markup as literal text", async () => {
    await page.goto(`${server.url}/#/claims?source=regional`);
    await page.waitForSelector("tbody.claim");
    await page.click("a.open-doc");
    await page.waitForSelector(".doc-text mark.figure");
    expect(page.url()).toMatch(/#\/documents\/t-hostile\?claim=\d+$/);

    const figure = await page.locator(".doc-text mark.figure").evaluate((el) => ({
      tag: el.tagName,
      text: el.textContent,
      inSentence: el.closest(".doc-text") !== null,
    }));
    expect(figure).toEqual({ tag: "MARK", text: "Some 400", inSentence: true });
    const evidence = await page.locator(".doc-text mark.evidence").allTextContents();
    expect(evidence.join("")).toBe(
      "Some 400 construction workers reached Vladivostok in May 2023, the regional paper wrote.",
    );

    const text = await page.locator(".doc-text").textContent();
    expect(text).toContain(HOSTILE_SCRIPT);
    expect(text).toContain(HOSTILE_IMG);
    expect(await page.locator("h1").textContent()).toContain(HOSTILE_SCRIPT);
    expect(await page.locator("main script, main img, .doc-meta b").count()).toBe(0);
    expect(await pwned()).toBeUndefined();
    await page.screenshot({ path: path.join(SCREENS, "document-hostile-1280.png"), fullPage: true });
  });

  it("highlights another claim of the document when it is clicked", async () => {
    await page.goto(`${server.url}/#/documents/t-labour`);
    await page.waitForSelector(".doc-claims li a");
    expect(await page.locator(".doc-text mark").count()).toBe(0);
    await page.locator(".doc-claims li a", { hasText: "1,500" }).click();
    await page.waitForSelector(".doc-text mark.figure");
    expect(await page.locator(".doc-text mark.figure").textContent()).toBe("1,500");
    expect(await page.locator('.doc-claims a[aria-current="true"]').textContent()).toContain("1,500");
    await page.locator(".doc-claims li a", { hasText: "12,000" }).click();
    await expect.poll(() => page.locator(".doc-text mark.figure").textContent()).toBe("About 12,000");
    await page.screenshot({ path: path.join(SCREENS, "document-1280.png"), fullPage: true });
  });

  it("never turns a javascript: URL into a link", async () => {
    await page.goto(`${server.url}/#/documents/t-troops`);
    await page.waitForSelector(".doc-meta");
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await page.locator(".doc-meta").textContent()).toContain("javascript:alert(1)");
  });

  it("searches documents from the header box", async () => {
    await page.goto(`${server.url}/#/claims`);
    await page.waitForSelector("tbody.claim");
    await page.fill("#search-q", "Vladivostok");
    await page.press("#search-q", "Enter");
    await page.waitForSelector(".search-results li");
    expect(page.url()).toContain("#/search?q=Vladivostok");
    const links = await page
      .locator(".search-results li > a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual(["#/documents/t-hostile"]);
    expect(await page.locator(".search-results script, .search-results img").count()).toBe(0);
    await page.click(".search-results li > a");
    await page.waitForSelector(".doc-text");
    expect(await pwned()).toBeUndefined();
  });

  it("can be used from the keyboard", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/#/claims`);
    await page.waitForSelector("tbody.claim");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    expect(page.url()).toMatch(/#\/claims$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    // Tab through to the first document link and follow it with Enter.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const href = await page.evaluate(() => document.activeElement?.getAttribute("href") ?? "");
      if (href.startsWith("#/documents/")) break;
    }
    await page.keyboard.press("Enter");
    await page.waitForSelector(".doc-text mark.figure");
    await page.close();
  });

  it("fits a phone screen", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await phone.goto(`${server.url}/#/claims`);
    await phone.waitForSelector("tbody.claim");
    // Compared with the device width: a mobile browser zooms out (widening innerWidth) on overflow.
    const pageWidth = () => phone.evaluate(() => document.documentElement.scrollWidth);
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: path.join(SCREENS, "claims-phone.png") });
    await phone.goto(`${server.url}/#/documents/t-hostile`);
    await phone.waitForSelector(".doc-text");
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: path.join(SCREENS, "document-phone.png"), fullPage: true });
    await phone.close();
  });

  it("shows the API reference (Swagger UI) under the same CSP", async () => {
    await page.goto(`${server.url}/docs`);
    await page.waitForSelector(".swagger-ui .opblock", { timeout: 15_000 });
    expect(await page.locator(".swagger-ui .opblock-summary-path").allTextContents()).toContain(
      "/api/claims",
    );
    await page.screenshot({ path: path.join(SCREENS, "api-docs-1280.png") });
  });

  it("ran without script errors or CSP violations", () => {
    expect(problems).toEqual([]);
  });
});
