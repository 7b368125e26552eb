/**
 * The layering rules of eslint.config.mjs (the picture at its top; docs/architecture.md
 * "Allowed imports") fire: each fixture is linted as a file of the folder it names, with the
 * repository's own ESLint config, so an import across a boundary makes `npm run lint` fail,
 * for every layer and every import form. Allowed imports stay clean, which shows the rules
 * are not simply refusing everything.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

interface Fixture {
  filePath: string;
  code: string;
}
interface LintResult {
  filePath: string;
  errors: { ruleId: string | null; message: string }[];
}

/** Lints all fixtures in one Node process (see test/lint/lint-fixtures.mjs for why not in jest). */
function lint(fixtures: Fixture[]): LintResult[] {
  const r = spawnSync(process.execPath, [join(__dirname, "lint-fixtures.mjs")], {
    cwd: ROOT,
    input: JSON.stringify(fixtures),
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`ESLint failed to run (exit ${r.status ?? r.signal}):\n${r.stderr}`);
  return JSON.parse(r.stdout) as LintResult[];
}

const run = "export const go = () => Excel.run(async (context) => context.sync());\n";

/** `code` importing `from` (with an export so the file is a module and nothing is unused). */
const imports = (from: string): string => `import * as m from "${from}";\nexport const x = m;\n`;
/** "<layer> may not import <target>": the layering rule's message for this breach. */
const refused = (layer: string, target: string): RegExp => new RegExp(`^${esc(layer)} may not import ${esc(target)}`);
function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

const breaches: [string, Fixture, RegExp][] = [
  // src/domain: only itself.
  ["domain imports i18n", { filePath: "src/domain/breach.ts", code: 'import { format } from "../i18n/locale";\nexport const f = format;\n' }, refused("src/domain", "src/i18n/locale")],
  ["domain imports a type from i18n", { filePath: "src/domain/breach.ts", code: 'import type { Locale } from "../i18n/locale";\nexport type L = Locale;\n' }, refused("src/domain", "src/i18n/locale")],
  ["domain re-exports the workbook", { filePath: "src/domain/breach.ts", code: 'export { buildWorkbook } from "../workbook";\n' }, refused("src/domain", "src/workbook")],
  ["domain re-exports all of a host", { filePath: "src/domain/breach.ts", code: 'export * from "../hosts/host";\n' }, refused("src/domain", "src/hosts/host")],
  ["domain imports a package", { filePath: "src/domain/breach.ts", code: imports("exceljs") }, refused("src/domain", "the package exceljs")],
  ["domain imports a node builtin", { filePath: "src/domain/breach.ts", code: 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n' }, refused("src/domain", "the package node:fs")],
  ["domain loads i18n with import()", { filePath: "src/domain/breach.ts", code: 'export const m = () => import("../i18n/ui");\n' }, refused("src/domain", "src/i18n/ui")],
  ["domain names a type with typeof import()", { filePath: "src/domain/breach.ts", code: 'export type U = typeof import("../i18n/ui");\n' }, refused("src/domain", "src/i18n/ui")],
  ["domain imports a computed path", { filePath: "src/domain/breach.ts", code: "export const m = (p: string) => import(p);\n" }, /^src\/domain may not import a computed path/],
  ["domain reaches outside src", { filePath: "src/domain/breach.ts", code: imports("../../package.json") }, refused("src/domain", "a file outside src/")],
  // src/i18n: the domain and itself.
  ["i18n imports the workbook", { filePath: "src/i18n/breach.ts", code: 'import { LOG_COLUMNS } from "../workbook/layout";\nexport const c = LOG_COLUMNS;\n' }, refused("src/i18n", "src/workbook/layout")],
  ["i18n imports a type from the workbook spec", { filePath: "src/i18n/breach.ts", code: 'import type { SheetSpec } from "../workbook/spec";\nexport type S = SheetSpec;\n' }, refused("src/i18n", "src/workbook/spec")],
  ["i18n imports the task pane", { filePath: "src/i18n/breach.ts", code: imports("../taskpane/generator/form") }, refused("src/i18n", "src/taskpane/generator/form")],
  ["i18n imports a package", { filePath: "src/i18n/breach.ts", code: imports("react") }, refused("src/i18n", "the package react")],
  // src/calendar: the domain, itself and its data package.
  ["calendar imports i18n", { filePath: "src/calendar/breach.ts", code: imports("../i18n/sheet") }, refused("src/calendar", "src/i18n/sheet")],
  ["calendar imports the workbook", { filePath: "src/calendar/breach.ts", code: imports("../workbook/layout") }, refused("src/calendar", "src/workbook/layout")],
  ["calendar imports another package", { filePath: "src/calendar/breach.ts", code: imports("exceljs") }, refused("src/calendar", "the package exceljs")],
  ["the domain imports the calendar data", { filePath: "src/domain/breach.ts", code: imports("../calendar/cn") }, refused("src/domain", "src/calendar/cn")],
  ["the workbook imports the calendar data", { filePath: "src/workbook/breach.ts", code: imports("../calendar/cn") }, refused("src/workbook", "src/calendar/cn")],
  // src/workbook: the domain, i18n and itself.
  ["workbook imports the task pane", { filePath: "src/workbook/breach.ts", code: imports("../taskpane/generator/form") }, refused("src/workbook", "src/taskpane/generator/form")],
  ["workbook imports the preview", { filePath: "src/workbook/breach.ts", code: imports("../preview/Grid") }, refused("src/workbook", "src/preview/Grid")],
  ["workbook/evaluate imports the preview host", { filePath: "src/workbook/evaluate/breach.ts", code: imports("../../hosts/preview/engine") }, refused("src/workbook", "src/hosts/preview/engine")],
  ["workbook imports the host interface", { filePath: "src/workbook/breach.ts", code: 'import type { Host } from "../hosts/host";\nexport type H = Host;\n' }, refused("src/workbook", "src/hosts/host")],
  ["workbook imports the Excel host", { filePath: "src/workbook/breach.ts", code: 'export { createExcelHost } from "../hosts/excel";\n' }, refused("src/workbook", "src/hosts/excel")],
  ["workbook requires the xlsx writer", { filePath: "src/workbook/breach.ts", code: 'export const w = require("../xlsx/writer");\n' }, refused("src/workbook", "src/xlsx/writer")],
  ["workbook names a pane type with typeof import()", { filePath: "src/workbook/breach.ts", code: 'export type A = typeof import("../taskpane/App");\n' }, refused("src/workbook", "src/taskpane/App")],
  ["workbook imports a UI package", { filePath: "src/workbook/breach.ts", code: imports("react") }, refused("src/workbook", "the package react")],
  // src/xlsx: the workbook, the domain, i18n and itself.
  ["xlsx imports the Excel host", { filePath: "src/xlsx/breach.ts", code: imports("../hosts/excel/apply") }, refused("src/xlsx", "src/hosts/excel/apply")],
  ["xlsx imports the task pane", { filePath: "src/xlsx/breach.ts", code: imports("../taskpane/App") }, refused("src/xlsx", "src/taskpane/App")],
  ["xlsx imports a node builtin (it runs in the browser too)", { filePath: "src/xlsx/breach.ts", code: imports("node:fs") }, refused("src/xlsx", "the package node:fs")],
  // src/hosts/host.ts: the domain and the workbook.
  ["the host contract imports i18n", { filePath: "src/hosts/host.ts", code: imports("../i18n/ui") }, refused("src/hosts/host.ts", "src/i18n/ui")],
  ["the host contract imports the Excel host", { filePath: "src/hosts/host.ts", code: imports("./excel") }, refused("src/hosts/host.ts", "src/hosts/excel")],
  // src/hosts/write: the domain, the workbook, the host contract and itself.
  ["the planner imports the task pane", { filePath: "src/hosts/write/breach.ts", code: imports("../../taskpane/generator/form") }, refused("src/hosts/write", "src/taskpane/generator/form")],
  ["the planner imports i18n", { filePath: "src/hosts/write/breach.ts", code: 'import { runSheetStrings } from "../../i18n/runSheets";\nexport const r = runSheetStrings;\n' }, refused("src/hosts/write", "src/i18n/runSheets")],
  ["the planner imports the Excel host", { filePath: "src/hosts/write/breach.ts", code: imports("../excel/apply") }, refused("src/hosts/write", "src/hosts/excel/apply")],
  ["the planner imports the preview host", { filePath: "src/hosts/write/breach.ts", code: imports("../preview/workbook") }, refused("src/hosts/write", "src/hosts/preview/workbook")],
  ["the planner imports a package", { filePath: "src/hosts/write/breach.ts", code: imports("hyperformula") }, refused("src/hosts/write", "the package hyperformula")],
  // src/hosts/excel: + the planner.
  ["the Excel host imports the task pane", { filePath: "src/hosts/excel/breach.ts", code: imports("../../taskpane/hostErrors") }, refused("src/hosts/excel", "src/taskpane/hostErrors")],
  ["the Excel host imports i18n", { filePath: "src/hosts/excel/breach.ts", code: imports("../../i18n/ui") }, refused("src/hosts/excel", "src/i18n/ui")],
  ["the Excel host imports the preview host", { filePath: "src/hosts/excel/breach.ts", code: imports("../preview/host") }, refused("src/hosts/excel", "src/hosts/preview/host")],
  // src/hosts/preview: + the planner and the functions' stand-in.
  ["the preview host imports the Excel host", { filePath: "src/hosts/preview/breach.ts", code: imports("../excel/apply") }, refused("src/hosts/preview", "src/hosts/excel/apply")],
  ["the preview host imports the preview page", { filePath: "src/hosts/preview/breach.ts", code: imports("../../preview/Grid") }, refused("src/hosts/preview", "src/preview/Grid")],
  ["the preview host imports the functions themselves", { filePath: "src/hosts/preview/breach.ts", code: imports("../../functions/functions") }, refused("src/hosts/preview", "src/functions/functions")],
  ["the preview host imports UI words", { filePath: "src/hosts/preview/breach.ts", code: imports("../../i18n/ui") }, refused("src/hosts/preview", "src/i18n/ui")],
  // src/functions: the domain, i18n and itself.
  ["a custom function imports the workbook", { filePath: "src/functions/breach.ts", code: imports("../workbook/layout") }, refused("src/functions", "src/workbook/layout")],
  ["a custom function imports the host contract", { filePath: "src/functions/breach.ts", code: imports("../hosts/host") }, refused("src/functions", "src/hosts/host")],
  // src/taskpane: the domain, i18n, the workbook, the host contract and itself.
  ["taskpane imports the Excel host", { filePath: "src/taskpane/Breach.tsx", code: 'import { createExcelHost } from "../hosts/excel";\nexport const c = createExcelHost;\n' }, refused("src/taskpane", "src/hosts/excel")],
  ["taskpane imports a file of the Excel host", { filePath: "src/taskpane/breach.ts", code: 'import type { Op } from "../hosts/excel/apply";\nexport type O = Op;\n' }, refused("src/taskpane", "src/hosts/excel/apply")],
  ["taskpane loads the Excel host with import()", { filePath: "src/taskpane/breach.ts", code: 'export const m = () => import("../hosts/excel");\n' }, refused("src/taskpane", "src/hosts/excel")],
  ["a generator file imports the Excel host", { filePath: "src/taskpane/generator/breach.ts", code: imports("../../hosts/excel") }, refused("src/taskpane", "src/hosts/excel")],
  ["taskpane imports the write planner", { filePath: "src/taskpane/generator/breach.ts", code: imports("../../hosts/write/batch") }, refused("src/taskpane", "src/hosts/write/batch")],
  ["taskpane imports the preview host", { filePath: "src/taskpane/breach.ts", code: imports("../hosts/preview/host") }, refused("src/taskpane", "src/hosts/preview/host")],
  ["taskpane imports the xlsx writer", { filePath: "src/taskpane/breach.ts", code: imports("../xlsx/writer") }, refused("src/taskpane", "src/xlsx/writer")],
  ["the pane's entry imports the preview host", { filePath: "src/taskpane/index.tsx", code: imports("../hosts/preview/host") }, refused("src/taskpane/index.tsx", "src/hosts/preview/host")],
  // src/preview: anything but the Excel host and the command line.
  ["the preview imports the Excel host", { filePath: "src/preview/breach.ts", code: imports("../hosts/excel") }, refused("src/preview", "src/hosts/excel")],
  ["the preview imports the command line", { filePath: "src/preview/breach.ts", code: imports("../cli/args") }, refused("src/preview", "src/cli/args")],
  ["the preview imports a node builtin", { filePath: "src/preview/breach.ts", code: imports("node:fs") }, refused("src/preview", "the package node:fs")],
  // src/cli: the domain, i18n, the workbook, the xlsx writer and itself.
  ["the command line imports the task pane", { filePath: "src/cli/breach.ts", code: imports("../taskpane/generator/form") }, refused("src/cli", "src/taskpane/generator/form")],
  ["the command line imports the write planner", { filePath: "src/cli/breach.ts", code: imports("../hosts/write/batch") }, refused("src/cli", "src/hosts/write/batch")],
  ["the command line imports a UI package", { filePath: "src/cli/breach.ts", code: imports("react") }, refused("src/cli", "the package react")],
  // A folder (or a file of src/hosts) no layer names.
  ["a new folder of src", { filePath: "src/reports/breach.ts", code: imports("../domain/sprint") }, /^src\/ may not import src\/domain\/sprint.*belongs to no layer/],
  ["a new file beside the host contract", { filePath: "src/hosts/breach.ts", code: imports("./host") }, /^src\/ may not import src\/hosts\/host.*belongs to no layer/],
  // Excel.run.
  ["taskpane calls Excel.run", { filePath: "src/taskpane/breach.ts", code: run }, /Only src\/hosts\/excel calls Excel\.run/],
  ["domain calls Excel.run", { filePath: "src/domain/breach.ts", code: run }, /Only src\/hosts\/excel calls Excel\.run/],
  ["the xlsx writer calls Excel.run", { filePath: "src/xlsx/breach.ts", code: run }, /Only src\/hosts\/excel calls Excel\.run/],
  ["the planner calls Excel.run", { filePath: "src/hosts/write/breach.ts", code: run }, /Only src\/hosts\/excel calls Excel\.run/],
  ["the preview calls window.Excel.run", { filePath: "src/preview/breach.ts", code: "export const go = () => window.Excel.run(async () => undefined);\n" }, /Only src\/hosts\/excel calls Excel\.run/],
  ["a custom function calls Excel.run", { filePath: "src/functions/breach.ts", code: run }, /Only src\/hosts\/excel calls Excel\.run/],
];

const allowed: [string, Fixture][] = [
  ["domain imports a sibling and ../domain", { filePath: "src/domain/ok.ts", code: 'import { requiredLeads } from "./leads";\nexport { splitTarget } from "../domain/split";\nexport const r = requiredLeads;\n' }],
  ["calendar imports the domain, itself and chinese-days", { filePath: "src/calendar/ok.ts", code: 'export { isoToSerial } from "../domain/dates";\nexport { cnCalendar } from "./cn";\nexport { default as data } from "chinese-days/dist/chinese-days.json";\n' }],
  ["the pane and the command line import the calendar", { filePath: "src/cli/ok.ts", code: 'export { cnCalendar } from "../calendar/cn";\n' }],
  ["i18n imports the domain and itself", { filePath: "src/i18n/ok.ts", code: 'import type { SheetKey } from "../domain/vocabulary";\nexport { format } from "./locale";\nexport type K = SheetKey;\n' }],
  ["workbook imports the domain, i18n and @borgar/fx", { filePath: "src/workbook/ok.ts", code: 'export { planSprint } from "../domain/sprint";\nexport { format } from "../i18n/locale";\nexport { tokenize } from "@borgar/fx";\n' }],
  ["workbook/evaluate imports ../a1 and the domain", { filePath: "src/workbook/evaluate/ok.ts", code: 'export { cellKey } from "../a1";\nexport { serialToUtc } from "../../domain/dates";\n' }],
  ["xlsx imports the workbook, exceljs and jszip", { filePath: "src/xlsx/ok.ts", code: 'export { evaluateWorkbook } from "../workbook/evaluate";\nexport { default as ExcelJS } from "exceljs";\nexport { default as JSZip } from "jszip";\n' }],
  ["the host contract imports the spec and the vocabulary", { filePath: "src/hosts/host.ts", code: 'import type { WorkbookSpec } from "../workbook/spec";\nimport type { SheetKey } from "../domain/vocabulary";\nexport type W = [WorkbookSpec, SheetKey];\n' }],
  ["the planner imports the workbook, the domain, the host contract and itself", { filePath: "src/hosts/write/ok.ts", code: 'export { parseRange } from "../../workbook/a1";\nexport { isBlank } from "../../domain/blank";\nexport { HostError } from "../host";\nexport { batchesOf } from "./ops";\n' }],
  ["the Excel host imports the planner and calls Excel.run", { filePath: "src/hosts/excel/ok.ts", code: `import { planOps } from "../write/batch";\nexport const p = planOps;\n${run}` }],
  ["the preview host imports the planner, the stand-in and hyperformula", { filePath: "src/hosts/preview/ok.ts", code: 'export { planOps } from "../write/batch";\nexport { associated } from "../../functions/standIn";\nexport { HyperFormula } from "hyperformula";\n' }],
  ["a custom function imports the domain and i18n", { filePath: "src/functions/ok.ts", code: 'export { splitTarget } from "../domain/split";\nexport { MESSAGES } from "../i18n/errors";\n' }],
  ["taskpane imports the host interface, the workbook and the UI packages", { filePath: "src/taskpane/generator/Ok.tsx", code: 'import type { Host } from "../../hosts/host";\nexport type H = Host;\nexport { workbookLayout } from "../../workbook/layout";\nexport { useState } from "react";\nexport { Button } from "@fluentui/react-components";\nexport { AddRegular } from "@fluentui/react-icons";\n' }],
  ["the pane's entry creates the Excel host", { filePath: "src/taskpane/index.tsx", code: 'import { createExcelHost } from "../hosts/excel";\nexport const c = createExcelHost;\n' }],
  ["the preview imports the preview host, the pane and the xlsx writer", { filePath: "src/preview/ok.ts", code: 'export { createPreviewHost } from "../hosts/preview/host";\nexport { renderPane } from "../taskpane/mount";\nexport const w = () => import("../xlsx/writer");\nexport { createRoot } from "react-dom/client";\n' }],
  ["the command line imports node builtins and the xlsx writer", { filePath: "src/cli/ok.ts", code: 'export { readFileSync } from "node:fs";\nexport { writeXlsx } from "../xlsx/writer";\n' }],
];

jest.setTimeout(60000);

describe("layering lint (eslint.config.mjs)", () => {
  const results = lint([...breaches.map(([, f]) => f), ...allowed.map(([, f]) => f)]);
  const breachResults = results.slice(0, breaches.length);
  const allowedResults = results.slice(breaches.length);

  it.each(breaches.map(([label, fixture, message], i) => [label, fixture.filePath, message, i] as const))(
    "reports a breach: %s (%s)",
    (_label, _path, message, i) => {
      const errors = breachResults[i].errors;
      expect(errors.map((e) => e.ruleId)).toEqual(expect.arrayContaining([expect.stringMatching(/^(layers\/imports|no-restricted-syntax)$/)]));
      expect(errors.map((e) => e.message)).toContainEqual(expect.stringMatching(message));
    },
  );

  it.each(allowed.map(([label], i) => [label, i] as const))("accepts: %s", (_label, i) => {
    expect(allowedResults[i].errors).toEqual([]);
  });

  it("the ESLint command line (what `npm run lint` runs) exits 1 on a breach and 0 without it", () => {
    const eslint = (code: string) =>
      spawnSync(process.execPath, [join(ROOT, "node_modules", "eslint", "bin", "eslint.js"), "--stdin", "--stdin-filename", "src/workbook/breach.ts"], {
        cwd: ROOT,
        input: code,
        encoding: "utf8",
      });
    const breach = eslint('export { createExcelHost } from "../hosts/excel";\n');
    expect(breach.status).toBe(1);
    expect(breach.stdout).toMatch(/layers\/imports/);
    expect(eslint('export { planSprint } from "../domain/sprint";\n').status).toBe(0);
  });
});
