// Documents in Russian and Korean in the dashboard: the demo corpus's articles ingested through the
// real pipeline, listed with their language, filtered by it, and opened with their claims read in the
// original script.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { haveChromium, launchChromium } from "./browser.ts";
import { startServer, type RunningServer } from "../../src/server/index.ts";
import { STATIC_DIR } from "../../src/web/serve.ts";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/store.ts";
import { ingestIntoStore } from "../../src/pipeline/index.ts";

const SCREENS = path.resolve(process.cwd(), "test-results/screens");

// The demo corpus's Russian and Korean articles (written for the project), and an English one.
const DEMO = path.resolve(process.cwd(), "data/demo");
const FILES = [
  "demo27-ru-primorye-workers.txt",
  "demo28-ko-kursk-casualties.txt",
  "demo08-shoigu-pyongyang-pledge.txt",
];
const SCRIPT = { ru: /[\u0400-\u04FF]/, ko: /[\uAC00-\uD7A3]/ };

describe.skipIf(!haveChromium && !process.env.CI)("documents in Russian and Korean in the dashboard", () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    store = await openStore(":memory:");
    const summary = await ingestIntoStore(
      store,
      FILES.map((f) => path.join(DEMO, f)),
    );
    expect(summary.languages).toEqual({ en: 1, ru: 1, ko: 1 });
    process.env.FLOWWATCH_WEB_ROOT = STATIC_DIR;
    server = await startServer({ store, port: 0, publicRead: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it("lists each document with the language it was read in", async () => {
    await page.goto(`${server.url}/#/documents`);
    await page.waitForSelector("ul.doc-list li");
    const rows = await page.locator("ul.doc-list li").allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.includes("Восточный вестник"))).toContain("Russian (ru)");
    expect(rows.find((r) => r.includes("한반도일보"))).toContain("Korean (ko)");
    expect(rows.find((r) => r.includes("Pacific Monitor Wire"))).toContain("English (en)");
  });

  it("narrows the list to one language from the filter", async () => {
    await page.goto(`${server.url}/#/documents`);
    await page.waitForSelector("#d-lang");
    await page.selectOption("#d-lang", "ko");
    await page.locator("form.filters button[type=submit]").click();
    await expect.poll(() => page.locator("ul.doc-list li").count()).toBe(1);
    expect(page.url()).toContain("lang=ko");
    expect(await page.locator("ul.doc-list li a").textContent()).toMatch(SCRIPT.ko);
    await page.screenshot({ path: path.join(SCREENS, "documents-ko-1280.png"), fullPage: true });
  });

  for (const lang of ["ru", "ko"] as const) {
    it(`opens the ${lang} document with its language and its claim highlighted in the original script`, async () => {
      await page.goto(`${server.url}/#/documents?lang=${lang}`);
      await page.locator("ul.doc-list li a").first().click();
      await page.waitForSelector(".doc-meta h1");
      expect(await page.locator(".doc-meta h1").textContent()).toMatch(SCRIPT[lang]);
      expect(await page.locator("#doc-text").getAttribute("lang")).toBe(lang);
      const meta = await page.locator(".doc-meta dl").textContent();
      expect(meta).toContain(lang === "ru" ? "Russian (ru)" : "Korean (ko)");
      // The claim list links to the claim; choosing it marks the figure inside the text.
      await page.locator(".doc-claims li a").first().click();
      await page.waitForSelector("#doc-text mark.figure");
      // The evidence is the original sentence, and the figure inside it is marked.
      expect(await page.locator("#doc-text mark.evidence").first().textContent()).toMatch(SCRIPT[lang]);
      expect(await page.locator("#doc-text mark.figure").textContent()).toMatch(/\d/);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(SCREENS, `document-${lang}-390.png`), fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });
    });
  }

  it("raised no page errors", () => {
    expect(problems).toEqual([]);
  });
});
