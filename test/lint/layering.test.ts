/**
 * The layering rules of eslint.config.mjs (docs/architecture.md "Allowed imports") fire: each
 * fixture is linted as a file of the folder it names, with the repository's own ESLint config,
 * so an import across a boundary makes `npm run lint` fail. Allowed imports stay clean, which
 * shows the rules are not simply refusing everything.
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

const breaches: [string, Fixture, RegExp][] = [
  ["domain imports i18n", { filePath: "src/domain/breach.ts", code: 'import { format } from "../i18n/locale";\nexport const f = format;\n' }, /src\/domain is pure/],
  ["domain imports a type from i18n", { filePath: "src/domain/breach.ts", code: 'import type { Locale } from "../i18n/locale";\nexport type L = Locale;\n' }, /src\/domain is pure/],
  ["domain imports the workbook", { filePath: "src/domain/breach.ts", code: 'export { buildWorkbook } from "../workbook";\n' }, /src\/domain is pure/],
  ["domain imports a package", { filePath: "src/domain/breach.ts", code: 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n' }, /src\/domain is pure/],
  ["domain imports a node builtin", { filePath: "src/domain/breach.ts", code: 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n' }, /src\/domain is pure/],
  ["domain loads i18n with import()", { filePath: "src/domain/breach.ts", code: 'export const m = () => import("../i18n/ui");\n' }, /src\/domain is pure/],
  ["workbook imports the host interface", { filePath: "src/workbook/breach.ts", code: 'import type { Host } from "../hosts/host";\nexport type H = Host;\n' }, /src\/workbook .* imports none/],
  ["workbook imports the Excel host", { filePath: "src/workbook/breach.ts", code: 'export { createExcelHost } from "../hosts/excel";\n' }, /src\/workbook .* imports none/],
  ["workbook requires the xlsx writer", { filePath: "src/workbook/breach.ts", code: 'export const w = require("../xlsx/writer");\n' }, /src\/workbook .* imports none/],
  ["taskpane imports the Excel host", { filePath: "src/taskpane/Breach.tsx", code: 'import { createExcelHost } from "../hosts/excel";\nexport const c = createExcelHost;\n' }, /task pane .* never imports src\/hosts\/excel/],
  ["taskpane imports a file of the Excel host", { filePath: "src/taskpane/breach.ts", code: 'import type { Op } from "../hosts/excel/plan";\nexport type O = Op;\n' }, /task pane .* never imports src\/hosts\/excel/],
  ["taskpane loads the Excel host with import()", { filePath: "src/taskpane/breach.ts", code: 'export const m = () => import("../hosts/excel");\n' }, /task pane .* never imports src\/hosts\/excel/],
  ["taskpane calls Excel.run", { filePath: "src/taskpane/breach.ts", code: run }, /Only src\/hosts\/excel calls Excel\.run/],
  ["domain calls Excel.run", { filePath: "src/domain/breach.ts", code: run }, /Only src\/hosts\/excel calls Excel\.run/],
  ["the xlsx host calls Excel.run", { filePath: "src/xlsx/breach.ts", code: run }, /Only src\/hosts\/excel calls Excel\.run/],
  ["the preview calls window.Excel.run", { filePath: "src/preview/breach.ts", code: "export const go = () => window.Excel.run(async () => undefined);\n" }, /Only src\/hosts\/excel calls Excel\.run/],
  ["a custom function calls Excel.run", { filePath: "src/functions/breach.ts", code: run }, /Only src\/hosts\/excel calls Excel\.run/],
];

const allowed: [string, Fixture][] = [
  ["domain imports a sibling and ../domain", { filePath: "src/domain/ok.ts", code: 'import { requiredLeads } from "./leads";\nexport { splitTarget } from "../domain/split";\nexport const r = requiredLeads;\n' }],
  ["workbook imports the domain and i18n", { filePath: "src/workbook/ok.ts", code: 'export { planSprint } from "../domain/sprint";\nexport { format } from "../i18n/locale";\n' }],
  ["taskpane imports the host interface", { filePath: "src/taskpane/Ok.tsx", code: 'import type { Host } from "../hosts/host";\nexport type H = Host;\n' }],
  ["the pane's entry creates the Excel host", { filePath: "src/taskpane/index.tsx", code: 'import { createExcelHost } from "../hosts/excel";\nexport const c = createExcelHost;\n' }],
  ["the Excel host calls Excel.run", { filePath: "src/hosts/excel/ok.ts", code: run }],
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
      expect(errors.map((e) => e.ruleId)).toEqual(expect.arrayContaining([expect.stringMatching(/^no-restricted-(imports|syntax)$/)]));
      expect(errors.map((e) => e.message).join("\n")).toMatch(message);
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
    expect(breach.stdout).toMatch(/no-restricted-imports/);
    expect(eslint('export { planSprint } from "../domain/sprint";\n').status).toBe(0);
  });
});
