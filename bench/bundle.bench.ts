/**
 * Bundle sizes of the production build (`npm run bench` runs `npm run build` first).
 *
 * - dist/functions.js: the JavaScript-only runtime loads it on every Excel start, so it stays
 *   small (≤ 30 KB gzip) and holds no React or Fluent UI.
 * - The task pane: every script taskpane.html loads at start from us (not Office.js), gzip,
 *   ≤ 150 KB. The chunks the pane loads on demand (writer, dialogs, SMART checker, reference
 *   card) are reported beside it, with the total for the whole pane: that total is over 150 KB
 *   (React 18 + Fluent UI v9 + three languages), see docs/figures.md.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { budget } from "./util";

const DIST = join(__dirname, "..", "dist");

/** Strings that only appear when React, ReactDOM or Fluent UI got bundled. */
export const UI_LIBRARY_MARKERS = ["react.element", "react.fragment", "react.transitional", "__SECRET_INTERNALS", "@fluentui", "griffel", "tabster", "fui-"];

function gzipKB(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

/** Local scripts referenced by an HTML page, in order. */
function pageScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

export default function bundleBench(): void {
  const functionsJs = join(DIST, "functions.js");
  const taskpaneHtml = join(DIST, "taskpane.html");
  if (!existsSync(functionsJs) || !existsSync(taskpaneHtml)) {
    throw new Error(`No production build in ${DIST}: run npm run build first (npm run bench does).`);
  }

  const fnKB = gzipKB(functionsJs);
  console.log(`  functions.js: ${(readFileSync(functionsJs).length / 1024).toFixed(1)} KB minified, ${fnKB.toFixed(1)} KB gzip`);
  budget("functions.js gzip", fnKB, 30, "KB");
  const code = readFileSync(functionsJs, "utf8");
  const found = UI_LIBRARY_MARKERS.filter((m) => code.includes(m));
  if (found.length > 0) console.log(`  functions.js contains UI library markers: ${found.join(", ")}`);
  budget("React/Fluent markers in functions.js", found.length, 0, "markers");

  let paneKB = 0;
  for (const src of pageScripts(readFileSync(taskpaneHtml, "utf8"))) {
    const kb = gzipKB(join(DIST, src));
    paneKB += kb;
    console.log(`  ${src}: ${(readFileSync(join(DIST, src)).length / 1024).toFixed(1)} KB minified, ${kb.toFixed(1)} KB gzip`);
  }
  budget("task pane JS gzip (scripts loaded at start)", paneKB, 150, "KB");

  const initial = new Set(pageScripts(readFileSync(taskpaneHtml, "utf8")).map((src) => join(DIST, src)));
  const onDemand = listJs(DIST).filter((file) => !initial.has(file) && !file.endsWith("functions.js"));
  const lazyKB = onDemand.reduce((sum, file) => sum + gzipKB(file), 0);
  console.log(`  on-demand chunks: ${onDemand.length} files, ${lazyKB.toFixed(1)} KB gzip`);
  console.log(`  whole task pane (start + on demand): ${(paneKB + lazyKB).toFixed(1)} KB gzip`);
}

/** Every .js file under dir (webpack may put chunks in sub-folders). */
function listJs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listJs(join(dir, entry.name)) : entry.name.endsWith(".js") ? [join(dir, entry.name)] : [],
  );
}
