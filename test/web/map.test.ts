// Drives the map view (#/map) in Debian's Chromium over a real server and a store filled by the real
// ingest pipeline from short texts written for this test. Screenshots: test-results/screens/map-*.png.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { haveChromium, launchChromium } from "./browser.ts";
import { startServer, type RunningServer } from "../../src/server/index.ts";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/store.ts";
import { ingestIntoStore } from "../../src/pipeline/index.ts";
import { STATIC_DIR } from "../../src/web/serve.ts";
import { FAMILY_LABEL } from "../../src/assess/figures.ts";
import { SUBJECT_GROUP_IDS } from "../../src/reference/index.ts";

const SCREENS = path.resolve(process.cwd(), "test-results/screens");

// Our own texts: a drone-plant site, a Far East port city, a front-line region, two Gulf states.
const TEXTS: Record<string, string> = {
  "plant.txt":
    "TITLE: Plant hires abroad\nDATE: 2025-03-10\n\nAbout 1,200 North Korean workers have arrived at the Alabuga special economic zone this year, a regional labour official told reporters.\n\nA factory in Yelabuga expects up to 800 more by the summer, according to the official.\n",
  "front.txt":
    "TITLE: Reinforcements\nDATE: 2024-12-02\n\nMore than 11,000 North Korean soldiers have been deployed to the Kursk region, South Korea's spy agency said.\n",
  "port.txt":
    "TITLE: Builders in the east\nDATE: 2025-05-20\n\nAround 5,000 North Korean construction workers are now in Vladivostok, a local newspaper reported.\n\nSome 2,000 workers were sent to Khabarovsk last year, the newspaper added.\n",
  "country.txt":
    "TITLE: Labour flows\nDATE: 2025-01-15\n\nAbout 3,000 North Korean workers were sent to Russia in 2024, officials in Seoul said.\n",
  "gulf.txt":
    "TITLE: Gulf labour\nDATE: 2019-08-01\n\nAn estimated 2,500 North Korean workers remained in Kuwait, a rights group said.\n\nAbout 1,800 laborers were still working in Qatar at the time, the group said.\n",
};

describe.skipIf(!haveChromium && !process.env.CI)("the map view in a browser", () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const webRoot = process.env.FLOWWATCH_WEB_ROOT;

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    dir = mkdtempSync(path.join(tmpdir(), "fw-map-"));
    for (const [name, text] of Object.entries(TEXTS)) writeFileSync(path.join(dir, name), text);
    store = await openStore(":memory:");
    await store.migrate();
    const summary = await ingestIntoStore(store, [dir], { after: [] });
    expect(summary.failed).toBe(0);
    // The source modules, not a build that may predate this view.
    process.env.FLOWWATCH_WEB_ROOT = STATIC_DIR;
    server = await startServer({ store, port: 0, publicRead: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (webRoot === undefined) delete process.env.FLOWWATCH_WEB_ROOT;
    else process.env.FLOWWATCH_WEB_ROOT = webRoot;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("draws region paths shaded for the seeded places and a circle for each", async () => {
    await page.goto(`${server.url}/#/map`);
    await page.waitForSelector("svg.places-map path.has-claims");
    // Hundreds of country and federal-subject shapes, from the bundled boundary file.
    expect(await page.locator("svg.places-map path.feature").count()).toBeGreaterThan(200);
    const shaded = await page
      .locator("svg.places-map path.has-claims")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-feature")).sort());
    expect(shaded).toEqual(
      ["c-kuwait", "c-qatar", "ru-khabarovsk", "ru-kursk", "ru-primorsky", "ru-tatarstan"].sort(),
    );
    const circles = await page
      .locator("svg.places-map circle.place-circle")
      .evaluateAll((els) =>
        els.map((e) => ({ place: e.getAttribute("data-place"), r: Number(e.getAttribute("r")) })),
      );
    // A claim naming only Russia gets a dashed circle, and Russia is not shaded under its regions.
    expect(circles.map((c) => c.place).sort()).toEqual([...shaded, "c-russia"].sort());
    const russia = page.locator('circle[data-place="c-russia"]');
    expect(await russia.getAttribute("stroke-dasharray")).toBeTruthy();
    expect(await page.locator('circle[data-place="ru-kursk"]').getAttribute("stroke-dasharray")).toBeNull();
    expect(await page.locator("svg.places-map text", { hasText: "Russia, region not named" }).count()).toBe(
      1,
    );
    // Area follows the largest figure: Kursk (11,000) is drawn bigger than Qatar (1,800).
    const r = (key: string) => circles.find((c) => c.place === key)!.r;
    expect(r("ru-kursk")).toBeGreaterThan(r("c-qatar"));
    // Tooltips are <title> text, and Alabuga and Yelabuga both count for Tatarstan.
    const tip = await page.locator('path[data-feature="ru-tatarstan"] > title').textContent();
    expect(tip).toContain("Tatarstan: 2 claims");
    expect(tip).toContain("800–1,200");
    // The accessible table has the same places.
    expect(await page.locator("table.places tbody tr").count()).toBe(shaded.length + 1);
    await page.screenshot({ path: path.join(SCREENS, "map-1280.png"), fullPage: true });
    expect(problems).toEqual([]);
  });

  it("draws North Korea and an arrow from it to each place where people were reported, widest for the largest", async () => {
    await page.goto(`${server.url}/#/map`);
    await page.waitForSelector("svg.places-map path.flow");
    expect(await page.locator('path.origin[data-feature="c-north-korea"]').count()).toBe(1);
    const flows = await page.locator("svg.places-map path.flow").evaluateAll((els) =>
      els.map((e) => ({
        place: e.getAttribute("data-place"),
        width: Number(e.getAttribute("stroke-width")),
      })),
    );
    // No arrow to the dashed "Russia, region not named" circle: the text never said where.
    expect(flows.map((f) => f.place)).not.toContain("c-russia");
    const width = (key: string) => flows.find((f) => f.place === key)!.width;
    expect(width("ru-kursk")).toBeGreaterThan(width("c-qatar"));
    expect(await page.locator('path.flow[data-place="ru-kursk"] > title').textContent()).toContain(
      "North Korea → Kursk",
    );
  });

  it("zooms the map area with its buttons and back", async () => {
    await page.goto(`${server.url}/#/map`);
    await page.waitForSelector("svg.places-map g.map-content");
    const transform = () => page.locator("g.map-content").getAttribute("transform");
    await page.click('button[aria-label="Zoom in"]');
    expect(await transform()).toContain("scale(1.5)");
    await page.click('button[aria-label="Reset the view"]');
    expect(await transform()).toContain("scale(1)");
  });

  it("shows one year at a time from the slider, and every year again", async () => {
    await page.goto(`${server.url}/#/map`);
    await page.waitForSelector("#m-year");
    await page.locator("#m-year").fill("2024");
    await page.locator("#m-year").dispatchEvent("change");
    await expect.poll(() => page.url()).toContain("from=2024&to=2024");
    await page.waitForSelector(".year-slider button");
    expect(await page.locator(".year-slider output").textContent()).toBe("2024");
    await page.click(".year-slider button");
    await expect.poll(() => page.url()).not.toContain("from=2024");
  });

  it("lets a keyboard user reach a region, and selecting it opens its claims", async () => {
    await page.goto(`${server.url}/#/map`);
    await page.waitForSelector("svg.places-map a.region-link");
    const kursk = page.locator('a.region-link:has(path[data-feature="ru-kursk"])');
    await kursk.focus();
    expect(
      await page.evaluate(() => document.activeElement?.querySelector("path")?.getAttribute("data-feature")),
    ).toBe("ru-kursk");
    await page.keyboard.press("Enter");
    await page.waitForSelector("table.claims tbody.claim");
    expect(page.url()).toContain("#/claims?destination=Kursk");
    expect(await page.locator("tbody.claim").count()).toBe(1);
    expect(await page.locator("tbody.claim blockquote.evidence").textContent()).toContain("11,000");
  });

  it("clicking a region lands on the claims filtered by the destination its claims state", async () => {
    await page.goto(`${server.url}/#/map`);
    await page.waitForSelector("svg.places-map a.region-link");
    await page.locator('path[data-feature="ru-primorsky"]').click({ force: true });
    await page.waitForSelector("table.claims tbody.claim");
    expect(decodeURIComponent(page.url())).toContain("#/claims?destination=Vladivostok");
    expect(await page.locator("tbody.claim").count()).toBe(1);
  });

  it("filters by subject group through the hash and redraws", async () => {
    await page.goto(`${server.url}/#/map?group=military`);
    await page.waitForSelector("svg.places-map path.has-claims");
    const shaded = await page
      .locator("path.has-claims")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-feature")));
    expect(shaded).toEqual(["ru-kursk"]);
    expect(await page.locator("#m-group").inputValue()).toBe("military");
    // The form offers exactly the values the API accepts (a stale copy would earn a 400).
    const options = (id: string) =>
      page
        .locator(`${id} option`)
        .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value).filter(Boolean));
    expect(await options("#m-family")).toEqual(Object.keys(FAMILY_LABEL));
    expect(await options("#m-group")).toEqual([...SUBJECT_GROUP_IDS]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(SCREENS, "map-390.png"), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 1000 });
    expect(problems).toEqual([]);
  });
});
