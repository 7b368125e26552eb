/**
 * Task pane time to interactive in headless Chromium, beside a plain Fluent UI v9 + React
 * page with one button built with the same webpack settings (production mode, the add-in's
 * loaders and style extraction, via webpack.preview.config.js `pageConfig`).
 *
 * "Interactive": the first moment, in milliseconds from navigation start (performance.now()
 * in the page), at which a button named "Generate sprint plan" is in the DOM, enabled (no
 * `disabled`, no `aria-disabled="true"`) and takes focus. A MutationObserver installed before
 * any page script checks on every DOM change. The pane page is the real pane with a minimal
 * host whose workbook carries saved inputs (bench/baseline/pane.tsx); the baseline is
 * bench/baseline/button.tsx. Each page loads LOADS times, each in a fresh browser context (cold
 * cache), from a local server; the median is reported (no budget: the ratio is information).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import type { Configuration, Stats } from "webpack";
import { median } from "./util";

const ROOT = join(__dirname, "..");
const LOADS = 7;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const localRequire = createRequire(__filename);

interface PageConfigOptions {
  entries: Record<string, string>;
  outputPath: string;
  mode: "production" | "development";
  template: string;
  title?: string;
}

async function build(outputPath: string): Promise<void> {
  const { pageConfig } = localRequire("../webpack.preview.config.js") as { pageConfig: (o: PageConfigOptions) => Promise<Configuration> };
  const webpack = localRequire("webpack") as (c: Configuration, cb: (err: Error | null, stats?: Stats) => void) => void;
  const config = await pageConfig({
    entries: { pane: "./bench/baseline/pane.tsx", button: "./bench/baseline/button.tsx" },
    outputPath,
    mode: "production",
    template: "./bench/baseline/page.html",
    title: "bench",
  });
  await new Promise<void>((resolve, reject) =>
    webpack({ ...config, context: ROOT }, (err, stats) => {
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    }),
  );
}

/** Runs before any page script: records when the Generate button is first usable. */
const OBSERVER = `
(() => {
  const check = () => {
    if (window.__tti !== undefined) return;
    for (const b of document.querySelectorAll("button")) {
      if (!/Generate sprint plan/.test(b.textContent || "")) continue;
      if (b.disabled || b.getAttribute("aria-disabled") === "true") continue;
      b.focus();
      if (document.activeElement === b) { window.__tti = performance.now(); return; }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();
`;

async function timeToInteractive(browser: Browser, url: string): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < LOADS + 1; i++) {
    const context = await browser.newContext({ viewport: { width: 400, height: 900 } });
    await context.addInitScript(OBSERVER);
    const page = await context.newPage();
    await page.goto(url);
    const t = await page.waitForFunction(() => (window as unknown as { __tti?: number }).__tti, undefined, { timeout: 30000 });
    const ms = (await t.jsonValue()) as number;
    if (i > 0) samples.push(ms); // the first load warms the server and the browser process
    await context.close();
  }
  return median(samples);
}

function scriptsKB(dir: string, entry: string): number {
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${entry}.`) && f.endsWith(".js"))
    .reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length / 1024, 0);
}

export default async function previewBench(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), "sales-bench-pages-"));
  const { startPreviewServer } = localRequire("../scripts/preview-server.cjs") as {
    startPreviewServer: (o: { root: string; host: string; port: number }) => Promise<{ url: string; close: () => Promise<void> }>;
  };
  let server: { url: string; close: () => Promise<void> } | null = null;
  let browser: Browser | null = null;
  try {
    const t0 = Date.now();
    await build(out);
    console.log(`  built the pane and the baseline page (production) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    server = await startPreviewServer({ root: out, host: "127.0.0.1", port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    const pane = await timeToInteractive(browser, `${server.url}pane.html`);
    const button = await timeToInteractive(browser, `${server.url}button.html`);
    console.log(`  time to interactive, median of ${LOADS} cold loads (Generate button focusable and enabled):`);
    console.log(`    task pane:             ${pane.toFixed(0)} ms  (${scriptsKB(out, "pane").toFixed(1)} KB gzip JS)`);
    console.log(`    one Fluent button:     ${button.toFixed(0)} ms  (${scriptsKB(out, "button").toFixed(1)} KB gzip JS)`);
    console.log(`    ratio pane / baseline: ${(pane / button).toFixed(2)}×`);
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(out, { recursive: true, force: true });
  }
}
