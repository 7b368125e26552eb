/**
 * The task pane's start beside Microsoft's React task pane template, in headless Chromium.
 *
 * Two pages built with the same webpack settings (production mode, the add-in's loaders and
 * style extraction, via webpack.preview.config.js `pageConfig`):
 * - "pane": the real pane with a minimal host whose workbook carries saved inputs, the way a
 *   workbook with a plan reopens (bench/baseline/pane.tsx);
 * - "template": Office-Addin-TaskPane-React's task pane (bench/template/, MIT, copied from the
 *   template's repository), with its polyfill entry (core-js/stable and regenerator-runtime,
 *   as the template's webpack.config.js loads them first). It cannot be built with its own
 *   webpack.config.js here (office-addin-dev-certs, babel 8), so this is a stand-in of the same
 *   shape: the same components, packages and polyfills, bundled into one entry script instead of
 *   the template's three (polyfill, react, taskpane). Neither page loads Office.js.
 *
 * "Interactive": the first moment, in milliseconds from navigation start (performance.now() in
 * the page), at which the page's main button (the pane's "Generate sprint plan", the template's
 * "Insert text") is in the DOM, enabled and takes focus. A MutationObserver installed before any
 * page script checks on every DOM change.
 *
 * Loads alternate pane / template, each in a fresh browser context (cold cache), LOADS of each
 * (BENCH_PANE_LOADS, default 32), unthrottled and with Chromium's CPU throttled 4× (CDP
 * Emulation.setCPUThrottlingRate). Bytes before interactive: every resource whose request
 * started before the page was interactive (Resource Timing), the document included, counted as
 * the gzip size of the built file (what a server sending gzip transfers); images are reported
 * apart (the template's logo) and not counted against the pane.
 *
 * What the time before interactive goes to: the elements in the page at that moment (counted by
 * the observer), and Chromium's own counters (CDP Performance.getMetrics), medians over the loads:
 * script (parsing, compiling and running JavaScript, React's rendering included), style
 * recalculation, layout, the DOM nodes built, and the long tasks (> 50 ms) of the main thread.
 * The counters are read as soon as the bench sees the page interactive (Playwright polls), so
 * they also hold what the page did in between: the pane draws its summary and tool cards one
 * render after the form (src/taskpane/generator/Generator.tsx), and they are counted. To see
 * which functions, record a CPU profile of a throttled load (CDP Profiler, as docs/figures.md
 * describes).
 *
 * Budgets: the pane's median time to interactive ≤ 1.0× the template's, unthrottled and at 4×;
 * the pane's code bytes before interactive ≤ the template's.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import type { Configuration, Stats } from "webpack";
import { budget, median } from "./util";

const ROOT = join(__dirname, "..");
const LOADS = Number(process.env.BENCH_PANE_LOADS ?? 32);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const localRequire = createRequire(__filename);

interface PageConfigOptions {
  entries: Record<string, string | string[]>;
  outputPath: string;
  mode: "production" | "development";
  template: string;
  title?: string;
}

/** The two pages and what makes each interactive. */
const PAGES = {
  pane: { entry: "./bench/baseline/pane.tsx", button: "Generate sprint plan" },
  template: { entry: ["core-js/stable", "regenerator-runtime/runtime", "./bench/template/index.tsx"], button: "Insert text" },
} as const;
type PageName = keyof typeof PAGES;

async function build(outputPath: string): Promise<void> {
  const { pageConfig } = localRequire("../webpack.preview.config.js") as { pageConfig: (o: PageConfigOptions) => Promise<Configuration> };
  const webpack = localRequire("webpack") as (c: Configuration, cb: (err: Error | null, stats?: Stats) => void) => void;
  const config = await pageConfig({
    entries: { pane: PAGES.pane.entry, template: [...PAGES.template.entry] },
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
  // The template's header shows its logo from assets/ (copied there by its CopyWebpackPlugin).
  mkdirSync(join(outputPath, "assets"), { recursive: true });
  copyFileSync(join(ROOT, "bench", "template", "logo-filled.png"), join(outputPath, "assets", "logo-filled.png"));
}

/** Runs before any page script: records when the page's main button is first usable, and the long tasks. */
const observer = (label: string): string => `
(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: "longtask", buffered: true });
  const check = () => {
    if (window.__tti !== undefined) return;
    for (const b of document.querySelectorAll("button")) {
      if (!(b.textContent || "").includes(${JSON.stringify(label)})) continue;
      if (b.disabled || b.getAttribute("aria-disabled") === "true") continue;
      b.focus();
      if (document.activeElement === b) { window.__tti = performance.now(); window.__elements = document.getElementsByTagName("*").length; return; }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();
`;

/** Where the time before interactive went: the elements then, and Chromium's counters just after (ms). */
interface Costs {
  /** Elements in the page when it became interactive. */
  elements: number;
  script: number;
  style: number;
  layout: number;
  nodes: number;
  longTasks: number;
  longTaskMs: number;
}

interface Load {
  tti: number;
  costs: Costs;
  /** Paths (under the server root) of resources requested before interactive. */
  before: string[];
  /** Paths of resources requested by the time the page had been idle a moment after. */
  all: string[];
}

async function load(browser: Browser, base: string, page: PageName, throttle: number): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 400, height: 900 } });
  try {
    await context.addInitScript(observer(PAGES[page].button));
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send("Performance.enable");
    if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    await tab.goto(`${base}${page}.html`);
    const handle = await tab.waitForFunction(() => (window as unknown as { __tti?: number }).__tti, undefined, { timeout: 60000 });
    const tti = (await handle.jsonValue()) as number;
    const metric = Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
    const longTasks = await tab.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.slice());
    const elements = await tab.evaluate(() => (window as unknown as { __elements: number }).__elements);
    const costs: Costs = {
      elements,
      script: metric.ScriptDuration * 1000,
      style: metric.RecalcStyleDuration * 1000,
      layout: metric.LayoutDuration * 1000,
      nodes: metric.Nodes,
      longTasks: longTasks.length,
      longTaskMs: longTasks.reduce((a, b) => a + b, 0),
    };
    // Give what the page fetches after interactive (idle-time chunk loads) a moment to start.
    await tab.waitForTimeout(throttle > 1 ? 1500 : 500);
    const entries = await tab.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => ({ name: e.name, start: e.startTime })),
    );
    const path = (url: string): string => new URL(url).pathname.replace(/^\//, "");
    const before = [`${page}.html`, ...entries.filter((e) => e.start <= tti).map((e) => path(e.name))];
    const all = [`${page}.html`, ...entries.map((e) => path(e.name))];
    return { tti, costs, before, all };
  } finally {
    await context.close();
  }
}

const isImage = (file: string): boolean => /\.(png|jpe?g|gif|svg|ico)$/i.test(file);

function gzipKB(dir: string, files: string[]): number {
  return [...new Set(files)]
    .filter((f) => existsSync(join(dir, f)))
    .reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length / 1024, 0);
}

export default async function paneBench(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), "sales-bench-pages-"));
  const { startPreviewServer } = localRequire("../scripts/preview-server.cjs") as {
    startPreviewServer: (o: { root: string; host: string; port: number }) => Promise<{ url: string; close: () => Promise<void> }>;
  };
  let server: { url: string; close: () => Promise<void> } | null = null;
  let browser: Browser | null = null;
  try {
    const t0 = Date.now();
    await build(out);
    console.log(`  built the pane and the template stand-in (production) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    server = await startPreviewServer({ root: out, host: "127.0.0.1", port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    const base = server.url;

    for (const throttle of [1, 4]) {
      const runs: Record<PageName, Load[]> = { pane: [], template: [] };
      // One warm-up load of each (server, browser process), then alternating cold loads.
      await load(browser, base, "pane", throttle);
      await load(browser, base, "template", throttle);
      for (let i = 0; i < LOADS; i++) {
        for (const page of i % 2 === 0 ? (["pane", "template"] as const) : (["template", "pane"] as const)) {
          runs[page].push(await load(browser, base, page, throttle));
        }
      }
      const tti = (p: PageName): number[] => runs[p].map((r) => r.tti).sort((a, b) => a - b);
      const fmt = (xs: number[]): string => `${xs[0].toFixed(0)} / ${median(xs).toFixed(0)} / ${xs[xs.length - 1].toFixed(0)} ms`;
      const label = throttle === 1 ? "unthrottled" : `CPU ${throttle}× slower`;
      console.log(`  time to interactive, ${label}, min / median / max of ${LOADS} alternating cold loads:`);
      console.log(`    task pane (Generate sprint plan): ${fmt(tti("pane"))}`);
      console.log(`    template (Insert text):           ${fmt(tti("template"))}`);
      budget(`pane / template time to interactive, ${label}`, median(tti("pane")) / median(tti("template")), 1.0, "×");
      console.log(`    elements at interactive; Chromium's counters just after (medians): script / style / layout ms, DOM nodes, long tasks (> 50 ms) and their ms`);
      for (const p of ["pane", "template"] as const) {
        const m = (k: keyof Costs): string => median(runs[p].map((r) => r.costs[k])).toFixed(0);
        console.log(`      ${p.padEnd(8)} ${m("elements")} elements; ${m("script")} / ${m("style")} / ${m("layout")} ms, ${m("nodes")} nodes, ${m("longTasks")} long tasks, ${m("longTaskMs")} ms`);
      }

      if (throttle === 1) {
        const last = (p: PageName): Load => runs[p][runs[p].length - 1];
        for (const p of ["pane", "template"] as const) {
          const before = last(p).before;
          const code = before.filter((f) => !isImage(f));
          const images = before.filter(isImage);
          const later = last(p).all.filter((f) => !before.includes(f) && !isImage(f));
          console.log(
            `    ${p}: before interactive ${gzipKB(out, code).toFixed(1)} KB gzip code in ${code.length} files (${code.map((f) => basename(f)).join(", ")})` +
              `${images.length > 0 ? ` (+ ${gzipKB(out, images).toFixed(1)} KB images: ${images.map((f) => basename(f)).join(", ")})` : ""}` +
              `; after: ${gzipKB(out, later).toFixed(1)} KB in ${later.length} files`,
          );
        }
        const codeKB = (p: PageName): number => gzipKB(out, last(p).before.filter((f) => !isImage(f)));
        budget("pane / template code bytes fetched before interactive", codeKB("pane") / codeKB("template"), 1.0, "×");
      }
    }
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(out, { recursive: true, force: true });
  }
}
