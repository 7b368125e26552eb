/** Paths, the server handle and the browser launcher shared by the end-to-end tests. */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const ROOT = join(__dirname, "..", "..");
export const DIST_PREVIEW = join(ROOT, "dist-preview");
export const SCREENSHOTS = join(ROOT, "docs", "screenshots");

export interface ServerHandle {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/** Debian's chromium (override with CHROMIUM_PATH). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: run the tests with jest.e2e.config.js (its globalSetup serves the preview)");
  return url;
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  close: () => Promise<void>;
}

/** A fresh Chromium profile with one page; records every error the page reports. */
export async function launch(viewport = { width: 1500, height: 950 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "sales-e2e-"));
  const downloads = join(profile, "downloads");
  mkdirSync(downloads);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    acceptDownloads: true,
    downloadsPath: downloads,
    locale: "en-US",
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
