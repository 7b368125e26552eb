/**
 * The task pane for the bench: the real pane (renderPane from src/taskpane/mount.tsx) with a
 * minimal in-memory WorkbookHost whose workbook carries the pane's saved inputs, the way a
 * workbook with a plan reopens: the form comes back filled in, so the Generate button ends up
 * enabled. No Office.js (it cannot load here) and no Excel host code: what is measured is the
 * pane's own start.
 */
import { renderPane } from "../../src/taskpane/mount";
import type { WorkbookHost } from "../../src/hosts/host";
import { defaultForm } from "../../src/taskpane/generator/formState";
import { serializeForm } from "../../src/taskpane/generator/savedInputs";

const saved = serializeForm({ ...defaultForm(), target: "500000", avgOrderValue: "5000", owners: "Alice, Bob, Carol" });

const host: WorkbookHost = {
  kind: "bench",
  displayLanguage: () => "en",
  insertFormula: () => Promise.resolve(),
  checkSupport: () => ({ ok: true, degraded: [] }),
  readContext: () => Promise.resolve({ sheetNames: ["Sheet1"], activeSheet: "Sheet1", selection: null, savedInputs: saved, planSheets: [] }),
  writeWorkbook: () => Promise.reject(new Error("not in the bench")),
  saveInputs: () => Promise.resolve(),
  activateSheet: () => Promise.resolve(),
  readCells: () => Promise.resolve([]),
  findCustomFunctionCells: () => Promise.resolve({ total: 0, sheets: [], pending: 0 }),
  freezeCustomFunctions: () => Promise.resolve({ total: 0, sheets: [], pending: 0 }),
};

const root = document.getElementById("root");
if (!root) throw new Error("no #root");
renderPane(root, host, { theme: "light" });
