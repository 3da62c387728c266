// The screening page in Chromium: one name with its explained hits, and a file of names screened
// in a batch with progress and a CSV to download.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { haveChromium, launchChromium } from "./browser.ts";
import { startServer, type RunningServer } from "../../src/server/index.ts";
import { STATIC_DIR } from "../../src/web/serve.ts";
import type { Store } from "../../src/store/store.ts";
import { COMPANY, estimatesStore } from "./fixtures/estimates-store.ts";
import { namesFromText } from "../../src/web/static/lib/names-file.ts";

const SCREENS = path.resolve(process.cwd(), "test-results/screens");

describe("reading names from an uploaded file", () => {
  it("takes the first CSV column, skips a header, blanks and repeats, and unquotes", () => {
    const text = 'name,country\n"Pak, Chol Su",KP\nKorea Sobaeksu Trading\n\nKorea Sobaeksu Trading\n';
    expect(namesFromText(text)).toEqual({
      names: ["Pak, Chol Su", "Korea Sobaeksu Trading"],
      truncated: false,
    });
  });

  it("reads one name per line in any script and caps a long file", () => {
    expect(namesFromText("\uFEFFШойгу Сергей\n쇼이구\n").names).toEqual(["Шойгу Сергей", "쇼이구"]);
    const many = Array.from({ length: 600 }, (_, i) => `Name ${i}`).join("\n");
    const read = namesFromText(many);
    expect(read.names).toHaveLength(500);
    expect(read.truncated).toBe(true);
  });
});

describe.skipIf(!haveChromium && !process.env.CI)("the screening page", () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    store = await estimatesStore();
    process.env.FLOWWATCH_WEB_ROOT = STATIC_DIR;
    server = await startServer({ store, port: 0, publicRead: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it("screens a typed name and explains each hit", async () => {
    await page.goto(`${server.url}/#/screen`);
    await page.fill("#s-name", COMPANY.toLowerCase());
    await page.locator("form[aria-label='Screen a name'] button[type=submit]").click();
    await page.waitForSelector("tr.screen-hit");
    expect(page.url()).toContain("#/screen?name=");
    const row = page.locator("tr.screen-hit").first();
    expect(await row.locator('td[data-label="Listed name"] strong').textContent()).toBe(
      COMPANY.toUpperCase(),
    );
    expect(Number(await row.locator('td[data-label="Score"]').textContent())).toBeGreaterThan(0.9);
    expect(await row.locator("ul.explanation li").count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENS, "screen-1280.png"), fullPage: true });
  });

  it("says so when nothing matches", async () => {
    await page.goto(`${server.url}/#/screen?name=${encodeURIComponent("Zebulon Quartermaine")}`);
    await expect.poll(() => page.locator(".results .empty").textContent()).toContain("No list record");
  });

  it("screens a file of names with progress and offers the results as CSV", async () => {
    await page.goto(`${server.url}/#/screen`);
    await page.waitForSelector("#s-file");
    await page.setInputFiles("#s-file", {
      name: "names.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`name\n${COMPANY}\nZebulon Quartermaine\n`),
    });
    await page.locator("form[aria-label='Screen a file of names'] button[type=submit]").click();
    await expect.poll(() => page.locator(".batch [role=status]").textContent()).toContain("Screened 2 names");
    expect(await page.locator("table.screen-batch tr.has-hit").count()).toBe(1);
    expect(await page.locator("table.screen-batch tr.no-hit").count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(".batch a.csv-link")]);
    const csv = readFileSync(await download.path(), "utf8").split("\r\n");
    expect(csv[0]).toBe("name,best_hit,score,list,matched_alias,programmes");
    expect(csv[1]).toContain(COMPANY.toUpperCase());
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SCREENS, "screen-batch-390.png"), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("raised no page errors", () => {
    expect(problems).toEqual([]);
  });
});
