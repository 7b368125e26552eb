/**
 * Every data validation the .xlsx writer emits reads back from the file's XML
 * (`xl/worksheets/sheetN.xml` `<dataValidation>`) with what the Excel host sends through Office.js
 * for the same spec (run through the strict fake Excel): range, type, operator, both bounds,
 * alert style, blanks, texts. Bounds are compared as Excel stores them: a number's text, a
 * formula without "=", an ISO date as its serial number.
 */
import JSZip from "jszip";
import { buildWorkbook } from "../../src/workbook";
import { writeXlsx } from "../../src/xlsx/writer";
import { sheetPaths } from "../../src/xlsx/charts";
import { isoToSerial } from "../../src/domain/dates";
import type { ValidationSpec, WorkbookSpec } from "../../src/workbook/spec";
import { INPUT_VALUE_COL } from "../../src/workbook/inputs";
import { workbookLayout } from "../../src/workbook";
import { setup } from "../hosts/excel/helpers";
import type { DvModel } from "../hosts/fakeExcel";
import { seedPlan } from "../fixtures/seedPlan";

/** One validation as Excel holds it, whichever way it was written. */
interface Rule {
  sqref: string;
  type: string;
  operator: string | null;
  formulas: string[];
  errorStyle: "stop" | "warning";
  allowBlank: boolean;
  errorTitle: string;
  error: string;
  prompt: string | null;
}

const decode = (s: string): string =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
const attr = (tag: string, name: string): string | undefined => {
  const v = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return v === undefined ? undefined : decode(v);
};

/** The `<dataValidation>` elements of each sheet, by sheet name, read from the file's XML. */
async function fileRules(bytes: Buffer): Promise<Map<string, Rule[]>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Rule[]>();
  for (const [name, path] of await sheetPaths(zip)) {
    const xml = await zip.file(path)!.async("string");
    const rules: Rule[] = [];
    for (const m of xml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)) {
      const type = attr(m[1], "type") ?? "none";
      rules.push({
        sqref: attr(m[1], "sqref")!,
        type,
        // The schema's default operator is "between"; a list has none.
        operator: type === "list" ? null : (attr(m[1], "operator") ?? "between"),
        formulas: [...m[2].matchAll(/<formula(\d)>([\s\S]*?)<\/formula\1>/g)].map((f) => decode(f[2])),
        errorStyle: (attr(m[1], "errorStyle") ?? "stop") as Rule["errorStyle"],
        allowBlank: attr(m[1], "allowBlank") === "1" || attr(m[1], "allowBlank") === "true",
        errorTitle: attr(m[1], "errorTitle") ?? "",
        error: attr(m[1], "error") ?? "",
        prompt: attr(m[1], "showInputMessage") === "1" ? (attr(m[1], "prompt") ?? "") : null,
      });
    }
    out.set(name, rules);
  }
  return out;
}

const OFFICE_OPERATORS: Record<string, string> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};

/** An Office.js operand as the file stores it: "=f" → f, a number → its text, an ISO date → its serial. */
function operand(x: unknown): string {
  if (typeof x === "number") return String(x);
  if (typeof x !== "string") throw new Error(`operand ${String(x)}`);
  if (x.startsWith("=")) return x.slice(1);
  if (/^\d{4}-\d{2}-\d{2}/.test(x)) return String(isoToSerial(x.slice(0, 10)));
  return x;
}

/** What the fake Excel holds after the Excel host wrote the spec, in the same terms. */
function excelRule(dv: DvModel, address: string): Rule {
  const rule = dv.rule!;
  const [kind, body] = Object.entries(rule)[0] as [string, Record<string, unknown>];
  const type = { wholeNumber: "whole", decimal: "decimal", date: "date", list: "list" }[kind] ?? kind;
  let formulas: string[];
  if (type === "list") {
    const source = String(body.source);
    // ListDataValidation.source: a formula ("=range"), or the items separated by commas.
    formulas = [source.startsWith("=") ? source.slice(1) : `"${source.replace(/"/g, '""')}"`];
  } else {
    formulas = [operand(body.formula1), ...(body.formula2 !== undefined ? [operand(body.formula2)] : [])];
  }
  return {
    sqref: address,
    type,
    operator: type === "list" ? null : OFFICE_OPERATORS[String(body.operator)],
    formulas,
    errorStyle: dv.errorAlert?.style === "Warning" ? "warning" : "stop",
    allowBlank: dv.ignoreBlanks === true,
    errorTitle: dv.errorAlert?.title ?? "",
    error: dv.errorAlert?.message ?? "",
    prompt: dv.prompt?.showPrompt ? dv.prompt.message : null,
  };
}

const a1 = (r: DvModel["rect"]): string => {
  const col = (n: number): string => (n > 26 ? col(Math.floor((n - 1) / 26)) : "") + String.fromCharCode(65 + ((n - 1) % 26));
  const a = `${col(r.left)}${r.top}`;
  const b = `${col(r.right)}${r.bottom}`;
  return a === b ? a : `${a}:${b}`;
};

const SPECS: [string, WorkbookSpec][] = [
  ["zh-CN seed", buildWorkbook(seedPlan({ owners: 3 }))],
  ["en, weekends, a currency", buildWorkbook(seedPlan({ owners: 4, locale: "en", weekends: true, days: 45, currency: "$" }))],
  ["zh-TW, 92 days", buildWorkbook(seedPlan({ owners: 2, locale: "zh-TW", days: 92 }))],
];

describe.each(SPECS)("data validations of the .xlsx = what Office.js writes (%s)", (_, spec) => {
  let file: Map<string, Rule[]>;
  let excel: Map<string, Rule[]>;

  beforeAll(async () => {
    file = await fileRules((await writeXlsx(spec)).buffer);
    const { fake, host } = setup();
    await host.writeWorkbook(spec, { mode: "create" });
    excel = new Map(spec.sheets.map((s) => [s.name, fake.sheet(s.name).validations.map((dv) => excelRule(dv, a1(dv.rect)))]));
  });

  test.each(spec.sheets.map((s) => [s.key, s] as const))("%s: every validation, rule by rule", (_key, sheet) => {
    const bySqref = (rules: Rule[]): Rule[] => [...rules].sort((a, b) => a.sqref.localeCompare(b.sqref));
    expect(file.get(sheet.name)!.length).toBe(sheet.validations.length);
    expect(bySqref(file.get(sheet.name)!)).toEqual(bySqref(excel.get(sheet.name)!));
  });

  test("the file holds every kind of validation the workbook uses, with real bounds", () => {
    const all = [...file.values()].flat();
    expect(new Set(all.map((r) => r.type))).toEqual(new Set(["whole", "decimal", "date", "list"]));
    for (const r of all) for (const f of r.formulas) expect([r.sqref, f]).not.toEqual([r.sqref, expect.stringMatching(/NaN|undefined|^$/)]);
  });
});

describe("the two date validations", () => {
  const spec = SPECS[0][1];
  const plan = seedPlan({ owners: 3 });
  const L = workbookLayout(plan);
  let file: Map<string, Rule[]>;
  beforeAll(async () => {
    file = await fileRules((await writeXlsx(spec)).buffer);
  });

  test("the sprint start (Inputs!B8) is any date from Excel's first: a stop, no blank", () => {
    const start = file.get(L.sheetNames.inputs)!.find((r) => r.sqref === `${INPUT_VALUE_COL}${L.inputs.row.SprintStart}`)!;
    expect(start).toMatchObject({ type: "date", operator: "greaterThanOrEqual", formulas: ["1"], errorStyle: "stop", allowBlank: false });
    // 2026-12-07 is within it; the old file allowed 1970-01-01 00:00–00:49 (25569.00000…).
    expect(isoToSerial("2026-12-07")).toBeGreaterThanOrEqual(Number(start.formulas[0]));
  });

  test("a report's date is questioned outside the sprint only (a warning)", () => {
    const log = file.get(L.sheetNames.log)!;
    const dates = log.find((r) => r.type === "date")!;
    expect(dates).toMatchObject({
      sqref: `${L.log.col.date}${L.log.firstRow}:${L.log.col.date}${L.log.lastRow}`,
      operator: "between",
      formulas: ["SprintStart", "SprintStart+SprintDays-1"],
      errorStyle: "warning",
      allowBlank: true,
    });
  });

  test("texts longer than Excel allows are clipped the same way in both", async () => {
    const long = "长".repeat(300);
    const v: ValidationSpec = { kind: "whole", range: "B5", min: 1, max: 9, allowBlank: true, errorTitle: long, error: long, prompt: long };
    const one: WorkbookSpec = { ...spec, sheets: spec.sheets.map((s) => (s.key === "inputs" ? { ...s, validations: [...s.validations.filter((x) => x.range !== "B5"), v] } : s)) };
    const rules = (await fileRules((await writeXlsx(one)).buffer)).get(L.sheetNames.inputs)!.find((r) => r.sqref === "B5")!;
    expect([rules.errorTitle.length, rules.error.length, rules.prompt?.length]).toEqual([32, 225, 255]);
    const { fake, host } = setup();
    await host.writeWorkbook(one, { mode: "create" });
    const dv = fake.sheet(L.sheetNames.inputs).validations.find((d) => d.rect.top === 5 && d.rect.left === 2)!;
    expect(excelRule(dv, "B5")).toEqual(rules);
  });
});
