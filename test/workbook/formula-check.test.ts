import { checkWorkbook, parseFormula } from "./formulaCheck";
import { callsNamespace, cellReference, formulaText, shiftFormula, tokenize } from "../../src/workbook/formula";
import { buildWorkbook } from "../../src/workbook";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { seedPlan } from "../fixtures/seedPlan";

/** A fresh copy of the seed spec with one formula replaced (so each test breaks one thing). */
function specWith(change: (spec: WorkbookSpec) => void): WorkbookSpec {
  const spec = structuredClone(buildWorkbook(seedPlan({ owners: 3, locale: "en" })));
  change(spec);
  return spec;
}

/** The sprint sheet's first day row, first formula cell (the date). */
function setDayFormula(spec: WorkbookSpec, f: string): void {
  const sprint = spec.sheets.find((s) => s.key === "sprint")!;
  sprint.blocks[1].cells[1][1] = { f };
}

describe("parseFormula", () => {
  test.each([
    "SUM($V$6:$V$35)",
    'IF(AND(ISNUMBER(X6),W6>0),X6/W6,"")',
    "IF(ABS(B16-ROUND(B16,0))<=1E-9*MAX(1,ABS(B16)),ROUND(B16,0),ROUNDUP(B16,0))",
    "SUMPRODUCT(($A$6:$A$35<=LastReportedDay)*($J$6:$L$35))",
    `"⚠ 覆盖率低于 "&TEXT(CoverageWarn,"0%")`,
    "'30天冲刺计划'!$A$6+-1%",
    `"a""b"`,
  ])("parses %s", (f) => {
    expect(() => parseFormula(f)).not.toThrow();
  });

  test("collects functions with argument counts, references and names", () => {
    const p = parseFormula("IF(SprintTarget>0,SUM('目标表'!$D$4:$D$8),0)");
    expect(p.functions).toEqual([
      { name: "SUM", args: 1 },
      { name: "IF", args: 3 },
    ]);
    expect(p.names).toEqual(["SprintTarget"]);
    expect(p.refs.map((r) => [r.sheet, r.range])).toEqual([["目标表", { top: 4, left: 4, bottom: 8, right: 4 }]]);
  });

  test.each([
    ["=SUM(A1)", /must not start/],
    ["SUM(A1", /missing \)/],
    ["SUM(A1))", /after the end/],
    ['IF(A1>0,"x,0)', /unterminated string/],
    ["SUM(A1,,A2)", /empty argument/],
    ["A1+", /ends where a value was expected/],
    ["A1 A2", /after the end/],
    ["", /empty/],
    ["'Sheet!A1", /unterminated quoted sheet/],
    ["SUM(A1:)", /bad range/],
  ])("rejects %s", (f, message) => {
    expect(() => parseFormula(f)).toThrow(message);
  });
});

describe("checkWorkbook", () => {
  test("the seed workbook is clean", () => {
    expect(checkWorkbook(buildWorkbook(seedPlan({ owners: 3, locale: "en" })))).toEqual([]);
  });

  test.each([
    ["a function off the whitelist", "XLOOKUP(1,A6:A7,B6:B7)", /XLOOKUP is not on the whitelist/],
    ["LET", "LET(x,1,x)", /LET is not on the whitelist/],
    ["a SALES function", "SALES.REQUIRED_LEADS(1,2,3%)", /SALES\.\* functions must not appear/],
    ["a newer-Excel function", "_xlfn.IFS(TRUE,1)", /_xlfn/],
    ["a wrong argument count", "ROUND(A6)", /ROUND takes 2–2 arguments, got 1/],
    ["an unknown name", "SprintTargett+1", /unknown name SprintTargett/],
    ["a cell outside every block", "SUM(A6:A36)+AZ6", /which no block defines/],
    ["an unknown sheet", "'Nope'!A1", /unknown sheet "Nope"/],
    ["a syntax error", "SUM((A6)", /does not parse/],
  ])("finds %s", (_what, f, message) => {
    const issues = checkWorkbook(specWith((s) => setDayFormula(s, f)));
    expect(issues.map((i) => i.message).join("\n")).toMatch(message);
  });

  test("a conditional format whose relative reference runs off the table", () => {
    const issues = checkWorkbook(
      specWith((s) => {
        const sprint = s.sheets.find((x) => x.key === "sprint")!;
        sprint.conditionalFormats.push({ kind: "expression", range: "Y6:Y35", formula: "Y9>0", style: {}, priority: 99 });
      }),
    );
    // Row 36 is the total, 37 what the funnel needs; 38 is past the table.
    expect(issues.map((i) => i.message).join("\n")).toMatch(/Y38/);
  });

  test("a defined name, a validation and a chart pointing nowhere", () => {
    const issues = checkWorkbook(
      specWith((s) => {
        s.names.push({ name: "Broken", ref: "'Inputs'!$B$99" });
        s.sheets.find((x) => x.key === "inputs")!.validations.push({ kind: "list", range: "F1:F2", values: ["a"], allowBlank: true, errorTitle: "x", error: "x" });
        s.sheets.find((x) => x.key === "sprint")!.charts[0].series[0].values = "'Nope'!$A$1:$A$2";
      }),
    );
    expect(issues.map((i) => `${i.where}: ${i.message}`)).toEqual([
      expect.stringMatching(/F1:F2: .*F1/),
      expect.stringMatching(/unknown sheet "Nope"/),
      expect.stringMatching(/^Broken: .*B99/),
    ]);
  });

  test("a cell with both a value and a formula", () => {
    const issues = checkWorkbook(specWith((s) => (s.sheets.find((x) => x.key === "sprint")!.blocks[1].cells[1][1] = { v: 1, f: "1+1" })));
    expect(issues.map((i) => i.message)).toEqual(["cell has both a value and a formula"]);
  });
});

describe("the one tokenizer (src/workbook/formula.ts)", () => {
  test.each([
    "SUM('目标表'!$D$4:$D$8)",
    'IF(AND(ISNUMBER(X6),W6>0),X6/W6,"a""b")',
    "=1E-9*MAX(1, ABS(B16))",
    "{1,2;3,4}+A:A+3:3",
  ])("joining the tokens gives %s back", (f) => {
    expect(formulaText(tokenize(f))).toBe(f);
  });

  test("references, names and functions are told apart from string literals", () => {
    const kinds = tokenize(`SUM('输入'!$B$3:B5)&"SALES.X(1)"&SprintTarget&SALES.REQUIRED_LEADS(1,2,3%)`).map((t) => t.kind);
    expect(kinds).toEqual(["function", "operator", "reference", "operator", "operator", "string", "operator", "name", "operator", "function", "operator", "number", "operator", "number", "operator", "number", "operator", "operator"]);
    expect(callsNamespace('"SALES.X(1)"&1', "SALES")).toBe(false);
    expect(callsNamespace("sales.required_leads(1,2,3%)", "SALES")).toBe(true);
  });

  test("a reference is read 1-based with its $ edges", () => {
    expect(cellReference(tokenize("'It''s'!$B$3:C5")[0])).toEqual({ sheet: "It's", top: 3, left: 2, bottom: 5, right: 3, absTop: true, absLeft: true, absBottom: false, absRight: false });
  });

  test.each([
    ["A1+$B2+C$3+$D$4", 2, 1, "B3+$B4+D$3+$D$4"],
    ["'x y'!E5:F6&\"A1\"", 1, 0, "'x y'!E6:F7&\"A1\""],
    ["SUM(A:A)+SUM(3:3)", 1, 1, "SUM(B:B)+SUM(4:4)"],
    ["A1-1", -1, 0, "#REF!-1"],
  ])("shiftFormula(%s, %i, %i)", (f, rows, cols, expected) => {
    expect(shiftFormula(f, rows, cols)).toBe(expected);
  });
});
