// Documents in Russian and Korean in the dashboard: ingested through the real pipeline, listed with
// their language, filtered by it, and opened with their claims read in the original script.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { haveChromium, launchChromium } from "./browser.ts";
import { startServer, type RunningServer } from "../../src/server/index.ts";
import { STATIC_DIR } from "../../src/web/serve.ts";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/store.ts";
import { ingestIntoStore } from "../../src/pipeline/index.ts";

const SCREENS = path.resolve(process.cwd(), "test-results/screens");

// Written for this test: one figure each, in the way regional and national press phrase them.
const TEXTS: Record<string, string> = {
  "en.txt":
    "TITLE: Builders for the Far East\nOUTLET: Test Wire\nDATE: 2025-03-04\n\nAbout 2,000 North Korean construction workers arrived in Vladivostok in February, officials said.\n",
  "ru.txt":
    "TITLE: Строители из КНДР\nOUTLET: Тестовая газета\nDATE: 2025-03-05\n\nПо данным МВД, в Приморский край в феврале прибыли около 2 тыс. рабочих из КНДР.\n",
  "ko.txt":
    "TITLE: 북한 노동자 파견\nOUTLET: 시험 통신\nDATE: 2025-03-06\n\n국가정보원은 북한이 러시아에 노동자 약 3천 명을 추가로 보냈다고 밝혔다.\n",
};

describe.skipIf(!haveChromium && !process.env.CI)("documents in Russian and Korean in the dashboard", () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    dir = mkdtempSync(path.join(tmpdir(), "fw-langs-"));
    for (const [name, text] of Object.entries(TEXTS)) writeFileSync(path.join(dir, name), text);
    store = await openStore(":memory:");
    const summary = await ingestIntoStore(store, [dir]);
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
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("lists each document with the language it was read in", async () => {
    await page.goto(`${server.url}/#/documents`);
    await page.waitForSelector("ul.doc-list li");
    const rows = await page.locator("ul.doc-list li").allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.includes("Строители"))).toContain("Russian (ru)");
    expect(rows.find((r) => r.includes("북한 노동자"))).toContain("Korean (ko)");
    expect(rows.find((r) => r.includes("Builders"))).toContain("English (en)");
  });

  it("narrows the list to one language from the filter", async () => {
    await page.goto(`${server.url}/#/documents`);
    await page.waitForSelector("#d-lang");
    await page.selectOption("#d-lang", "ko");
    await page.locator("form.filters button[type=submit]").click();
    await expect.poll(() => page.locator("ul.doc-list li").count()).toBe(1);
    expect(page.url()).toContain("lang=ko");
    expect(await page.locator("ul.doc-list li a").textContent()).toBe("북한 노동자 파견");
    await page.screenshot({ path: path.join(SCREENS, "documents-ko-1280.png"), fullPage: true });
  });

  for (const [lang, title, figure] of [
    ["ru", "Строители из КНДР", "около 2 тыс."],
    ["ko", "북한 노동자 파견", "약 3천 명"],
  ] as const) {
    it(`opens the ${lang} document with its language and its claim highlighted in the original script`, async () => {
      await page.goto(`${server.url}/#/documents?lang=${lang}`);
      await page.locator("ul.doc-list li a").first().click();
      await page.waitForSelector(".doc-meta h1");
      expect(await page.locator(".doc-meta h1").textContent()).toBe(title);
      expect(await page.locator("#doc-text").getAttribute("lang")).toBe(lang);
      const meta = await page.locator(".doc-meta dl").textContent();
      expect(meta).toContain(lang === "ru" ? "Russian (ru)" : "Korean (ko)");
      // The claim list links to the claim; choosing it marks the figure inside the text.
      await page.locator(".doc-claims li a").first().click();
      await page.waitForSelector("#doc-text mark.figure");
      expect(await page.locator("#doc-text mark.figure").textContent()).toContain(figure.split(" ")[1]);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(SCREENS, `document-${lang}-390.png`), fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });
    });
  }

  it("raised no page errors", () => {
    expect(problems).toEqual([]);
  });
});
