/**
 * The built functions.js in a Web Worker (no DOM), the way Excel on the web isolates the
 * JavaScript-only custom functions runtime: a stand-in CustomFunctions global records what
 * functions.js associates, and the functions answer there.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { baseUrl, DIST_PREVIEW, launch, type Browser } from "./env";

/** The worker: a stand-in CustomFunctions (like Excel's runtime), then functions.js, then calls on request. */
const WORKER = (functionsUrl: string): string => `
"use strict";
const registry = {};
class CustomFunctionsError extends Error {
  constructor(code, message) { super(message || ""); this.code = code; }
}
self.CustomFunctions = {
  associate(id, fn) { registry[String(id).toUpperCase()] = fn; },
  Error: CustomFunctionsError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
};
let loadError = null;
try { importScripts(${JSON.stringify(functionsUrl)}); } catch (e) { loadError = String(e && e.message || e); }
self.onmessage = (event) => {
  const { id, args } = event.data;
  if (id === "__info") {
    postMessage({ ok: true, value: { loadError, ids: Object.keys(registry).sort(), hasDocument: typeof document !== "undefined", hasWindow: typeof window !== "undefined" } });
    return;
  }
  try {
    postMessage({ ok: true, value: registry[id](...args) });
  } catch (e) {
    postMessage({ ok: false, isCustomError: e instanceof CustomFunctionsError, code: e && e.code, message: e && e.message });
  }
};
`;

type Reply = { ok: true; value: unknown } | { ok: false; isCustomError: boolean; code: string; message: string };

let browser: Browser;

beforeAll(async () => {
  browser = await launch({ width: 800, height: 600 });
  // A same-origin page without a Content-Security-Policy, so the worker may start from a blob.
  await browser.page.goto(`${baseUrl()}e2e-blank`);
  await browser.page.evaluate((source) => {
    const w = new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
    (globalThis as { __call?: unknown }).__call = (id: string, args: unknown[]) =>
      new Promise((resolve) => {
        w.onmessage = (e: MessageEvent) => resolve(e.data);
        w.postMessage({ id, args });
      });
  }, WORKER(`${baseUrl()}functions.js`));
});

afterAll(async () => {
  await browser?.close();
});

function call(id: string, ...args: unknown[]): Promise<Reply> {
  return browser.page.evaluate(
    ([fn, a]) => (globalThis as unknown as { __call: (id: string, args: unknown[]) => Promise<Reply> }).__call(fn, a),
    [id, args] as [string, unknown[]],
  );
}

test("functions.js is the production build and holds no UI library", () => {
  const code = readFileSync(join(DIST_PREVIEW, "functions.js"), "utf8");
  expect(code.length).toBeGreaterThan(1000);
  expect(code).not.toMatch(/react\.element|@fluentui|griffel/);
});

test("loads in a worker without a DOM and associates the five SALES functions", async () => {
  const info = await call("__info");
  expect(info).toEqual({
    ok: true,
    value: { loadError: null, ids: ["FUNNEL_STAGE", "HIT_CHANCE", "REQUIRED_LEADS", "SMART_SCORE", "SPLIT_TARGET"], hasDocument: false, hasWindow: false },
  });
});

test("REQUIRED_LEADS(100000, 5000, 5%) is 400", async () => {
  // Excel passes a range-capable (matrix) parameter as a 2-D array, even for one value.
  expect(await call("REQUIRED_LEADS", 100000, 5000, [[0.05]], null)).toEqual({ ok: true, value: 400 });
});

test("SPLIT_TARGET(100, 3) spills 34 / 33 / 33", async () => {
  expect(await call("SPLIT_TARGET", 100, [[3]], null)).toEqual({ ok: true, value: [[34], [33], [33]] });
});

test("a bad argument is a CustomFunctions.Error #VALUE! with a message naming the argument", async () => {
  const reply = await call("REQUIRED_LEADS", "lots", 5000, [[0.05]], null);
  expect(reply.ok).toBe(false);
  if (reply.ok) return;
  expect(reply.isCustomError).toBe(true);
  expect(reply.code).toBe("#VALUE!");
  expect(reply.message).toMatch(/target/i);
});

test("dividing by a zero order value is #DIV/0!", async () => {
  const reply = await call("REQUIRED_LEADS", 100000, 0, [[0.05]], null);
  expect(reply).toMatchObject({ ok: false, isCustomError: true, code: "#DIV/0!" });
});
