// The Vite build: the dashboard builds offline into a directory the server then serves, with the
// chart libraries bundled in, no inline script (the CSP allows only 'self'), and the app working.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { CHROMIUM, launchChromium } from "./browser.ts";
import { buildServer, startServer, type RunningServer } from "../../src/server/index.ts";
import type { Store } from "../../src/store/store.ts";
import { estimatesStore } from "./fixtures/estimates-store.ts";
import { dashboardRoot } from "../../src/web/serve.ts";

const outDir = mkdtempSync(path.join(tmpdir(), "fw-dist-"));
const savedRoot = process.env.FLOWWATCH_WEB_ROOT;
let store: Store;

beforeAll(async () => {
  const { build } = await import("vite");
  // The project's config, built into a temporary directory so a concurrent src/web/dist/ is untouched.
  await build({
    configFile: path.resolve(process.cwd(), "vite.config.ts"),
    logLevel: "error",
    build: { outDir, emptyOutDir: true },
  });
  process.env.FLOWWATCH_WEB_ROOT = outDir;
  store = await estimatesStore();
}, 120_000);

afterAll(async () => {
  if (savedRoot === undefined) delete process.env.FLOWWATCH_WEB_ROOT;
  else process.env.FLOWWATCH_WEB_ROOT = savedRoot;
  await store?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe("which directory is served", () => {
  it("prefers a build newer than the sources, else the sources, and honours FLOWWATCH_WEB_ROOT", () => {
    const base = mkdtempSync(path.join(tmpdir(), "fw-roots-"));
    try {
      const staticDir = path.join(base, "static");
      const distDir = path.join(base, "dist");
      mkdirSync(path.join(staticDir, "views"), { recursive: true });
      writeFileSync(path.join(staticDir, "index.html"), "<!doctype html>");
      writeFileSync(path.join(staticDir, "views", "a.js"), "export {};");
      const dirs = { staticDir, distDir };
      expect(dashboardRoot({}, dirs)).toEqual({ root: staticDir, built: false, stale: false });
      mkdirSync(distDir);
      writeFileSync(path.join(distDir, "index.html"), "<!doctype html>");
      const old = new Date(Date.now() - 60_000);
      utimesSync(path.join(staticDir, "index.html"), old, old);
      utimesSync(path.join(staticDir, "views", "a.js"), old, old);
      expect(dashboardRoot({}, dirs)).toEqual({ root: distDir, built: true });
      // A source edited after the build: the build would hide it, so the sources are served.
      const later = new Date(Date.now() + 60_000);
      utimesSync(path.join(staticDir, "views", "a.js"), later, later);
      expect(dashboardRoot({}, dirs)).toEqual({ root: staticDir, built: false, stale: true });
      expect(dashboardRoot({ FLOWWATCH_WEB_ROOT: distDir }, dirs).root).toBe(distDir + path.sep);
      expect(() => dashboardRoot({ FLOWWATCH_WEB_ROOT: path.join(base, "nowhere") }, dirs)).toThrow(
        /no index.html/,
      );
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describe("the Vite build", () => {
  it("emits an index.html without inline scripts, and bundles the chart libraries", () => {
    const html = readFileSync(path.join(outDir, "index.html"), "utf8");
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/);
      expect(body.trim()).toBe("");
    }
    expect(html).not.toMatch(/https?:\/\//); // nothing from a CDN
    const assets = readdirSync(path.join(outDir, "assets"));
    const js = assets
      .filter((f) => f.endsWith(".js"))
      .map((f) => readFileSync(path.join(outDir, "assets", f), "utf8"));
    // Plot and cytoscape are in the bundle, not fetched at run time.
    expect(js.some((code) => code.includes("plot-d6a7b5") || code.includes("fw-plot"))).toBe(true);
    expect(js.some((code) => code.includes("__________cytoscape_container"))).toBe(true);
    expect(js.some((code) => code.includes("/vendor/"))).toBe(false);
  });

  it("is what the server serves when FLOWWATCH_WEB_ROOT (or src/web/dist/) holds a build", async () => {
    const app = await buildServer({ store, publicRead: true });
    try {
      expect(app.dashboardRoot).toBe(outDir + path.sep);
      const res = await app.inject({ url: "/" });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(readFileSync(path.join(outDir, "index.html"), "utf8"));
      expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
      // The unbuilt mode's on-request bundle of the sources is not there.
      expect((await app.inject({ url: "/app.ts" })).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });

  it.skipIf(!existsSync(CHROMIUM) && !process.env.CI)(
    "runs in Chromium: the overview and the timeline chart render from the built files",
    async () => {
      let server: RunningServer | null = null;
      let browser: Browser | null = null;
      try {
        server = await startServer({ store, port: 0, publicRead: true });
        browser = await launchChromium();
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const problems: string[] = [];
        page.on("pageerror", (err) => problems.push(err.message));
        page.on("console", (msg) => {
          if (msg.type() === "error") problems.push(msg.text());
        });
        await page.goto(`${server.url}/`);
        await page.waitForSelector("tr.estimate");
        await page.goto(`${server.url}/#/timeline?subject=workers`);
        await page.waitForSelector("figure.chart svg.fw-plot circle");
        await page.goto(`${server.url}/#/network`);
        await page.waitForSelector(".graph canvas");
        expect(problems).toEqual([]);
      } finally {
        await browser?.close();
        await server?.close();
      }
    },
    60_000,
  );
});
