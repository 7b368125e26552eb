/**
 * The real office.js in the loop (docs/deploying.md "Content-Security-Policy"). The built task pane and
 * functions.html are opened in Chromium the way Excel opens them, with `?_host_Info=` for Excel
 * on Windows and for Excel on the web, under their own Content-Security-Policy. Microsoft's CDN
 * (https://appsforoffice.microsoft.com/lib/1/hosted/) is answered with the copy of office.js in
 * the @microsoft/office-js package; production pages keep loading it from the CDN.
 *
 * Checked: office.js, the host script it picks (excel-win32-16.01.js / excel-web-16.00.js) and
 * its strings load and run, the custom functions runtime loads and functions.js registers the
 * SALES functions, no request leaves for another origin, and no CSP violation is reported.
 *
 * The add-in is built (production, both entries) into dist-preview/addin; E2E_SKIP_BUILD=1
 * reuses it. It is served from https://sales-sprint.test/ through the browser's request routing.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import type { Route } from "playwright-core";
import { DIST_PREVIEW, launch, ROOT, type Browser } from "./env";

const ADDIN = "https://sales-sprint.test/";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_PACKAGE = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const BUILD = join(DIST_PREVIEW, "addin");

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS module shared with scripts/start.mjs
const { TYPES } = require("../../scripts/preview-server.cjs") as { TYPES: Record<string, string> };

/** `_host_Info` as Office passes it: host $ platform $ host-file version $ locale $ correlation $ dialog $ logging $ flags. */
const HOSTS = {
  "Excel on Windows": { hostInfo: "Excel$Win32$16.01$en-US$$$$0", hostFile: "excel-win32-16.01.js" },
  "Excel on the web": { hostInfo: "Excel$Web$16.00$en-US$$$$0", hostFile: "excel-web-16.00.js" },
} as const;
type HostName = keyof typeof HOSTS;

function buildAddin(): void {
  if (process.env.E2E_SKIP_BUILD === "1" && existsSync(join(BUILD, "taskpane.html"))) return;
  const started = Date.now();
  const r = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--env", `outputPath=${BUILD}`, "--stats", "errors-warnings"],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, ADDIN_URL: ADDIN } },
  );
  if (r.status !== 0) throw new Error(`building the add-in failed (exit ${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  console.log(`  built the add-in (production) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** A file under `root` for a URL path, or null (no escaping the folder). */
function fileFor(root: string, path: string): string | null {
  const file = normalize(join(root, decodeURIComponent(path)));
  return file.startsWith(root + sep) && existsSync(file) ? file : null;
}

interface Visit {
  browser: Browser;
  /** Every request answered from the office-js package or the build: path and status. */
  served: { url: string; status: number }[];
  /** Requests for any other origin (aborted). */
  external: string[];
}

interface VisitOptions {
  /** The query string Office would add; none for a plain browser tab. */
  query?: string;
  /** Changes the page's HTML before the browser sees it (the negative control below). */
  rewriteHtml?: (html: string) => string;
}

async function visit(page: "taskpane.html" | "functions.html", { query = "", rewriteHtml }: VisitOptions = {}): Promise<Visit> {
  const browser = await launch({ width: 420, height: 800 });
  const served: Visit["served"] = [];
  const external: string[] = [];
  const serve = async (route: Route, root: string, path: string): Promise<void> => {
    const file = fileFor(root, path);
    served.push({ url: route.request().url(), status: file ? 200 : 404 });
    if (!file) return route.fulfill({ status: 404, body: "not found" });
    const body = rewriteHtml && file.endsWith(".html") ? rewriteHtml(readFileSync(file, "utf8")) : readFileSync(file);
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? "application/octet-stream", body });
  };
  await browser.context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) return serve(route, OFFICE_PACKAGE, new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
    if (url.startsWith(ADDIN)) return serve(route, BUILD, new URL(url).pathname.slice(1));
    external.push(url);
    return route.abort();
  });
  // Before any page script: record CSP violations the page reports.
  await browser.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener(
      "securitypolicyviolation",
      (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} in ${e.sourceFile || "?"}:${e.lineNumber}`),
      true,
    );
  });
  browser.page.on("console", (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) browser.problems.push(`console: ${m.text()}`);
  });
  await browser.page.goto(`${ADDIN}${page}${query}`);
  return { browser, served, external };
}

async function cspViolations(v: Visit): Promise<string[]> {
  const reported = await v.browser.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return [...reported, ...v.browser.problems.filter((p) => /Content.Security.Policy|Refused to/i.test(p))];
}

const served = (v: Visit, file: string): number | undefined => v.served.find((s) => s.url === `${OFFICE_CDN}${file}`)?.status;
/**
 * office.js starts some work on timers (its legacy logger frames Microsoft's telemetry proxy after
 * 3 s): wait past that, so a late load or violation shows up in the assertions.
 */
const settle = (page: Browser["page"]): Promise<void> => page.waitForTimeout(4500);

/**
 * What office.js's legacy (Office 2013) path does in a plain tab, which real Excel never takes
 * (it passes `_host_Info`): after 3 s o15apptofilemappingtable.js frames Microsoft's telemetry
 * proxy and hides the frame with an inline style. The policy blocks both; nothing depends on them.
 */
const LEGACY_TELEMETRY = [
  /^frame-src blocked https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\b/,
  /^style-src-attr blocked inline in https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/o15apptofilemappingtable\.js:/,
];

const hostQuery = (host: HostName): string => `?_host_Info=${encodeURIComponent(HOSTS[host].hostInfo)}`;

beforeAll(buildAddin, 900000);

describe.each(Object.keys(HOSTS) as HostName[])("the real office.js, %s", (host) => {
  const { hostFile } = HOSTS[host];

  it("the task pane loads office.js, its host script and strings, with no CSP violation", async () => {
    const v = await visit("taskpane.html", { query: hostQuery(host) });
    try {
      const page = v.browser.page;
      // office.js reads _host_Info and loads the host script, which defines the Excel API.
      await page.waitForFunction(() => typeof Excel !== "undefined" && typeof Excel.run === "function", undefined, { timeout: 30000 });
      await page.waitForFunction(() => (window as unknown as { Strings?: { OfficeOM?: unknown } }).Strings?.OfficeOM !== undefined, undefined, { timeout: 30000 });
      await settle(page);
      expect(served(v, "office.js")).toBe(200);
      expect(served(v, hostFile)).toBe(200);
      expect(served(v, "en-us/office_strings.js")).toBe(200);
      expect(v.served.filter((s) => s.status !== 200)).toEqual([]);
      // The pane's own scripts and styles loaded too (it waits in Office.onReady for a host that is not there).
      expect(v.served.filter((s) => /\/(vendor|taskpane)\.[0-9a-f]{8}\.js$|\.css$/.test(s.url))).toHaveLength(3);
      expect(await page.evaluate(() => typeof Office.onReady)).toBe("function");
      expect(v.external).toEqual([]);
      expect(await cspViolations(v)).toEqual([]);
    } finally {
      await v.browser.close();
    }
  });

  it("functions.html loads the custom functions runtime and registers the SALES functions, with no CSP violation", async () => {
    const v = await visit("functions.html", { query: hostQuery(host) });
    try {
      const page = v.browser.page;
      await page.waitForFunction(() => typeof CustomFunctions !== "undefined" && typeof CustomFunctions.associate === "function", undefined, { timeout: 30000 });
      await page.waitForLoadState("load");
      await settle(page);
      expect(served(v, "custom-functions-runtime.js")).toBe(200);
      expect(v.served.filter((s) => s.status !== 200)).toEqual([]);
      // The runtime's registry of CustomFunctions.associate calls (custom-functions-runtime.js).
      const mapped = await page.evaluate(() =>
        Object.keys((CustomFunctions as unknown as { _association: { mappings: Record<string, unknown> } })._association.mappings).sort(),
      );
      expect(mapped).toEqual(expect.arrayContaining(["FUNNEL_STAGE", "REQUIRED_LEADS", "SMART_SCORE", "SPLIT_TARGET"]));
      expect(v.external).toEqual([]);
      expect(await cspViolations(v)).toEqual([]);
    } finally {
      await v.browser.close();
    }
  });
});

describe("the real office.js outside Office", () => {
  it("in a plain browser tab Office.onReady resolves without a host and the pane renders; only office.js's legacy telemetry is refused", async () => {
    const v = await visit("taskpane.html");
    try {
      const page = v.browser.page;
      // The offline host: the pane with its tabs and Fluent's styles (Griffel fills empty <style> elements).
      await page.getByRole("tab").first().waitFor({ timeout: 30000 });
      await settle(page);
      expect(served(v, "office.js")).toBe(200);
      expect(await page.evaluate(() => document.querySelectorAll("style").length)).toBeGreaterThan(0);
      expect(v.external).toEqual([]);
      // Violations are reported as events with their source; the console repeats them without it.
      const reported = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      expect(reported.filter((r) => !LEGACY_TELEMETRY.some((known) => known.test(r)))).toEqual([]);
    } finally {
      await v.browser.close();
    }
  });

  it("the check can fail: without the CDN in script-src, the violation is reported", async () => {
    const v = await visit("taskpane.html", {
      query: hostQuery("Excel on Windows"),
      rewriteHtml: (html) => html.replace(`script-src 'self' ${OFFICE_CDN}`, "script-src 'self'"),
    });
    try {
      await v.browser.page.waitForLoadState("load");
      await v.browser.page.waitForTimeout(1000);
      expect(served(v, "office.js")).toBeUndefined();
      expect((await cspViolations(v)).join("\n")).toMatch(/script-src(-elem)? blocked https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/);
    } finally {
      await v.browser.close();
    }
  });
});
