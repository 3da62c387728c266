// One way for every browser test to start Debian's Chromium (never a downloaded browser).
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS } from "../../src/report/pdf.ts";
import { startServer, type RunningServer } from "../../src/server/index.ts";
import { STATIC_DIR } from "../../src/web/serve.ts";
import type { Store } from "../../src/store/index.ts";

export const CHROMIUM = process.env.FLOWWATCH_CHROMIUM || "/usr/bin/chromium";
export const haveChromium = existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Where browser tests put the screenshots a person looks at. */
export const SCREENS = path.resolve(process.cwd(), "test-results/screens");

export interface DashboardSession {
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** Page errors seen so far (a test asserts none). */
  problems: string[];
  close(): Promise<void>;
}

/** The unbuilt dashboard (src/web/static) serving `store`, open in Chromium at 1280×900. */
export async function openDashboard(
  store: Store,
  opts: { publicRead?: boolean } = {},
): Promise<DashboardSession> {
  mkdirSync(SCREENS, { recursive: true });
  process.env.FLOWWATCH_WEB_ROOT = STATIC_DIR;
  const server = await startServer({ store, port: 0, publicRead: opts.publicRead ?? false });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const problems: string[] = [];
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  return {
    server,
    browser,
    page,
    problems,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
