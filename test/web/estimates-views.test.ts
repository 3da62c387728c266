// The estimates views in Debian's Chromium, served unbuilt from src/web/static/ over a store filled
// through the real pipeline: overview, timeline (an SVG chart with marks), findings, network (a
// canvas graph and its list), entity page and the document view's attribution chains. Screenshots
// go to test-results/screens/ for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { haveChromium, launchChromium } from "./browser.ts";
import { startServer, type RunningServer } from "../../src/server/index.ts";
import type { Store, StoredClaim } from "../../src/store/index.ts";
import { STATIC_DIR } from "../../src/web/serve.ts";
import { COMPANY, COMPANY_ID, estimatesStore } from "./fixtures/estimates-store.ts";

const SCREENS = path.resolve(process.cwd(), "test-results/screens");

describe.skipIf(!haveChromium && !process.env.CI)("the estimates views in a browser", () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let claims: StoredClaim[];
  const problems: string[] = [];
  const savedRoot = process.env.FLOWWATCH_WEB_ROOT;

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    // The sources as they are, even when a build exists in src/web/dist/.
    process.env.FLOWWATCH_WEB_ROOT = STATIC_DIR;
    store = await estimatesStore();
    claims = (await store.listClaims({ limit: 500 })).items;
    server = await startServer({ store, port: 0, publicRead: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
    });
    // Works offline: any request leaving the server is a failure.
    await page.route(
      (url) => !url.href.startsWith(server.url),
      (route) => {
        problems.push(`external request: ${route.request().url()}`);
        return route.abort();
      },
    );
  }, 60_000);

  afterAll(async () => {
    if (savedRoot === undefined) delete process.env.FLOWWATCH_WEB_ROOT;
    else process.env.FLOWWATCH_WEB_ROOT = savedRoot;
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it("opens on the overview with counts, headline estimates and the contradiction", async () => {
    await page.goto(`${server.url}/`);
    await page.waitForSelector("table.estimates tr.estimate");
    expect(page.url()).toMatch(/#\/$/);
    expect(await page.locator("nav [data-nav=overview]").getAttribute("aria-current")).toBe("page");
    const counts = await page.locator(".counts dd").allTextContents();
    expect(counts[1]).toBe(String(claims.length));
    const rows = page.locator("tr.estimate");
    expect(await rows.count()).toBeGreaterThan(2);
    const workers = rows.filter({ hasText: "reported sent" }).filter({ hasText: "Russia" }).first();
    expect(await workers.locator(".flag.contradiction").count()).toBe(1);
    expect(await workers.locator('td[data-label="Grade"] .grade').textContent()).toMatch(/^[A-F][1-6]$/);
    // The headline links to its claim, which exists.
    const href = await workers.locator('td[data-label="Headline"] a').getAttribute("href");
    const id = Number(href!.replace("#/claims/", ""));
    expect(claims.map((c) => c.id)).toContain(id);
    expect(await page.locator("#contradictions + ul li").count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENS, "overview-1280.png"), fullPage: true });
  });

  it("draws the timeline as an SVG chart with planned and reported marks and a data table", async () => {
    await page.goto(`${server.url}/#/timeline?subject=workers`);
    await page.waitForSelector("figure.chart svg.fw-plot");
    const marks = await page.evaluate(() => {
      const svg = document.querySelector("figure.chart svg.fw-plot")!;
      return {
        dots: svg.querySelectorAll("circle").length,
        triangles: Array.from(svg.querySelectorAll("path")).filter((p) => p.closest("[aria-label='dot']"))
          .length,
        lines: svg.querySelectorAll("[aria-label=line] path").length,
        rules: svg.querySelectorAll("[aria-label=rule] line").length,
        styles: document.querySelectorAll("main style").length,
      };
    });
    expect(marks.dots).toBeGreaterThan(0);
    expect(marks.triangles).toBeGreaterThan(0); // the planned figure
    expect(marks.rules).toBeGreaterThan(0);
    expect(marks.styles).toBe(0);
    const legend = await page.locator(".fw-plot-swatch").allTextContents();
    expect(legend).toEqual(expect.arrayContaining(["planned / announced", "reported sent"]));
    const table = page.locator("table.timeline-table tbody tr");
    expect(await table.count()).toBeGreaterThan(1);
    expect(await table.filter({ hasText: "planned / announced" }).count()).toBeGreaterThan(0);
    // The selector switches subject and keeps it in the URL.
    await page.selectOption("#t-subject", "troops");
    await page.click("form.filters button[type=submit]");
    await page.waitForFunction(() => location.hash.includes("subject=troops"));
    await page.waitForSelector("table.timeline-table tbody tr td:has-text('Kursk')");
    await page.goto(`${server.url}/#/timeline?subject=workers`);
    await page.waitForSelector("figure.chart svg.fw-plot");
    await page.screenshot({ path: path.join(SCREENS, "timeline-1280.png"), fullPage: true });
  });

  it("lists findings with status, paragraphs, claim links and the designated party", async () => {
    await page.goto(`${server.url}/#/findings`);
    await page.waitForSelector("li.finding");
    expect(await page.locator("li.finding .status-corroborated").count()).toBeGreaterThan(0);
    const first = page.locator("li.finding").first();
    expect(await first.locator("ul.paragraphs li").count()).toBeGreaterThan(0);
    const link = first.locator("a.claim-link").first();
    const id = Number((await link.getAttribute("href"))!.replace("#/claims/", ""));
    expect(claims.map((c) => c.id)).toContain(id);
    const party = page.locator("li.finding", { hasText: /mansudae/i });
    expect(await party.count()).toBe(1);
    await page.selectOption("#fi-status", "corroborated");
    await page.click("form.filters button[type=submit]");
    await page.waitForFunction(() => location.hash.includes("status=corroborated"));
    await expect.poll(() => page.locator("li.finding .status-single-source").count()).toBe(0);
    await page.goto(`${server.url}/#/findings`);
    await page.waitForSelector("li.finding");
    await page.screenshot({ path: path.join(SCREENS, "findings-1280.png"), fullPage: true });
  });

  it("draws the network on a canvas with a keyboard-usable list beside it", async () => {
    await page.goto(`${server.url}/#/network`);
    await page.waitForSelector(".graph canvas");
    expect(await page.locator(".graph canvas").count()).toBeGreaterThan(0);
    const items = page.locator(".node-list a.node");
    expect(await items.count()).toBeGreaterThan(4);
    // Keyboard: focus a party in the list and press Enter; its links are listed.
    const party = page.locator(".node-list a.node-party", { hasText: COMPANY });
    await party.focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector(".node-details h2");
    expect(await page.locator(".node-details h2").textContent()).toBe(COMPANY);
    expect(await page.locator(".node-details .node-links li").count()).toBeGreaterThan(0);
    expect(await page.locator(".node-details a", { hasText: "entity page" }).getAttribute("href")).toBe(
      `#/entities/${encodeURIComponent(COMPANY_ID)}`,
    );
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SCREENS, "network-1280.png"), fullPage: true });
  });

  it("shows an entity's aliases, designation and mentions linking to the document at the span", async () => {
    await page.goto(`${server.url}/#/entities`);
    await page.waitForSelector("a.entity-link");
    await page.locator("a.entity-link", { hasText: COMPANY }).click();
    await page.waitForSelector("ul.designations li");
    expect(await page.locator("h1").textContent()).toBe(COMPANY);
    expect(await page.locator(".entity-facts").textContent()).toContain("MOPG");
    expect(await page.locator("ul.designations li").first().textContent()).toContain("un-sc");
    expect(await page.locator("ol.mentions mark.mention").first().textContent()).toBe(COMPANY);
    await page.screenshot({ path: path.join(SCREENS, "entity-1280.png"), fullPage: true });
    await page.locator("ol.mentions a.open-doc").first().click();
    await page.waitForSelector(".doc-text mark.mention");
    expect(await page.locator(".doc-text mark.mention").textContent()).toBe(COMPANY);
  });

  it("shows each claim's attribution chain in the document view", async () => {
    const claim = claims.find((c) => c.attributionChain.length > 0 && c.outlet)!;
    await page.goto(`${server.url}/#/documents/${encodeURIComponent(claim.docId)}?claim=${claim.id}`);
    await page.waitForSelector(".doc-claims .chain");
    const chains = await page.locator(".doc-claims .chain").allTextContents();
    expect(chains).toContain([claim.outlet, ...claim.attributionChain].join(" → "));
    await page.screenshot({ path: path.join(SCREENS, "document-chain-1280.png"), fullPage: true });
  });

  it("reads on a phone without sideways scrolling", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    for (const [hash, shot, ready] of [
      ["#/", "overview-phone.png", "tr.estimate"],
      ["#/timeline?subject=workers", "timeline-phone.png", "svg.fw-plot"],
      ["#/network", "network-phone.png", ".graph canvas"],
    ] as const) {
      await phone.goto(`${server.url}/${hash}`);
      await phone.waitForSelector(ready);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, hash).toBeLessThanOrEqual(1);
      await phone.screenshot({ path: path.join(SCREENS, shot), fullPage: true });
    }
    await phone.close();
  });

  it("raised no page errors, CSP violations or external requests", () => {
    expect(problems).toEqual([]);
  });
});
