/**
 * Preview entry: installs the CustomFunctions stand-in, loads the add-in's custom functions
 * (src/functions/functions.ts registers itself through CustomFunctions.associate, as in
 * Excel), registers them with the formula engine from functions.json's metadata, and
 * renders the page. Office.js is not loaded: the page works offline.
 */
import { associated } from "../functions/standIn";
import "../functions/functions";
import { createRoot } from "react-dom/client";
import { registerFunctions } from "../hosts/preview/engine";
import { bundledFunctionsMetadata } from "../hosts/preview/functionsMetadata";
import { createPreviewHost } from "../hosts/preview/host";
import { PreviewApp, type LastWrite } from "./PreviewApp";
import { PreviewWorkbook } from "../hosts/preview/workbook";

registerFunctions(bundledFunctionsMetadata(), associated);

const params = new URLSearchParams(location.search);
const language = params.get("lang") ?? navigator.language ?? "en";

const wb = new PreviewWorkbook("Sheet1");
let last: LastWrite | null = null;
const listeners = new Set<() => void>();
const host = createPreviewHost(wb, {
  displayLanguage: () => language,
  onWrite: (spec, result) => {
    last = { spec, sheets: result.sheets };
    for (const fn of [...listeners]) fn();
  },
});

/** For tests and the console: the workbook and the host (development only). */
(globalThis as { __preview?: unknown }).__preview = { wb, host };

// The page is the whole viewport: the grid and the pane scroll inside it (CSSOM: allowed by the CSP).
document.body.style.margin = "0";
document.body.style.overflow = "hidden";

const container = document.getElementById("root");
if (!container) throw new Error("preview.html has no #root element");
const lastWrite = (): LastWrite | null => last;
const onLastWrite = (fn: () => void): (() => void) => {
  listeners.add(fn);
  return () => listeners.delete(fn);
};
createRoot(container).render(<PreviewApp wb={wb} host={host} lastWrite={lastWrite} onLastWrite={onLastWrite} />);
