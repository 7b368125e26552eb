/**
 * The formula evaluator (src/workbook/evaluate) on small workbooks: Excel's semantics for
 * blanks, text, rounding, errors, references and names, each function the builders use, and a
 * loud failure for anything it does not know. Agreement with LibreOffice on the real sheets is
 * test/integration/cache.test.ts.
 */
import { evaluateWorkbook, EvaluateError, FUNCTIONS, XlError, type Scalar } from "../../src/workbook/evaluate";
import { KNOWN_FUNCTIONS } from "./formulaCheck";
import type { CellSpec, SheetSpec, WorkbookSpec } from "../../src/workbook/spec";
import { PAGE_MARGINS } from "../../src/workbook/print";

function sheet(name: string, rows: CellSpec[][]): SheetSpec {
  return {
    key: "inputs",
    name,
    columns: [],
    blocks: [{ at: "A1", cells: rows }],
    conditionalFormats: [],
    validations: [],
    charts: [],
    pageSetup: { orientation: "portrait", paper: "A4", margins: PAGE_MARGINS, scale: { percent: 100 }, pageOrder: "downThenOver", rowBreaks: [], columnBreaks: [] },
  };
}

/** Column A holds `data` (constants; undefined = blank), B1 the formula; returns B1's value. */
function calc(formula: string, data: (string | number | boolean | undefined)[] = []): Scalar {
  const rows: CellSpec[][] = [];
  for (let i = 0; i < Math.max(1, data.length); i++) {
    const v = data[i];
    rows.push([v === undefined ? {} : { v }, i === 0 ? { f: formula } : {}]);
  }
  return evaluateWorkbook({ locale: "en", sheets: [sheet("S", rows)], names: [] }).get("S", 1, 2);
}

const err = (v: Scalar): string | null => (v instanceof XlError ? v.code : null);

describe("Excel semantics", () => {
  test.each([
    ["A1", [undefined], 0], // a formula pointing at a blank shows 0
    ["A1+1", [undefined], 1],
    ['A1=""', [undefined], true],
    ["A1=0", [undefined], true],
    ['"a"="A"', [], true], // text compares case-insensitively
    ['1<"a"', [], true], // numbers sort before text, text before booleans
    ['TRUE>"z"', [], true],
    ['"3"+1', [], 4], // numeric text is coerced in arithmetic
    ['"x"&1.5&TRUE', [], "x1.5TRUE"],
    ["0.1+0.2", [], 0.30000000000000004],
    ["-A1^2", [3], 9], // unary minus binds tighter than ^, as in Excel
    ["50%*4", [], 2],
    ["SUM(A1:A3)", [1, "2", true], 1], // text and booleans in a range are ignored by SUM…
    ['SUM(1,"2",TRUE)', [], 4], // …but typed ones are coerced
    ["COUNT(A1:A4)", [1, "x", undefined, 2], 2],
    ["COUNTA(A1:A4)", [1, "x", undefined, 2], 3],
    ["MAX(A1:A2)", ["a", undefined], 0],
    ["MIN(A1:A3)", [4, -2, 9], -2],
    ["AND(A1:A2)", [1, true], true],
    ["OR(0,A1)", [undefined], false],
    ["IF(A1,1)", [0], false],
    ['IF(A1>1,"big","small")', [2], "big"],
    ["IF(TRUE,1,1/0)", [], 1], // only the branch taken is evaluated
    ["CHOOSE(2,\"a\",\"b\",\"c\")", [], "b"],
    ["N(A1)", ["text"], 0],
    ["ISNUMBER(A1)", ["1"], false],
    ["INT(-1.5)", [], -2],
    ["ABS(-3)", [], 3],
    ["ROUND(2.5,0)", [], 3], // half away from zero
    ["ROUND(-2.5,0)", [], -3],
    ["ROUND(2.675,2)", [], 2.68], // 2.675 is 2.67499999… in binary; Excel still gives 2.68
    ["ROUND(1234.5,-2)", [], 1200],
    ["ROUNDUP(1.21,1)", [], 1.3],
    ["ROUNDUP(-1.21,1)", [], -1.3],
    ["INDEX(A1:A3,2)", [5, 6, 7], 6],
    ["MATCH(6,A1:A3,0)", [5, 6, 7], 2],
    ['MATCH("B",A1:A3,0)', ["a", "b", "c"], 2],
    ["MATCH(6.5,A1:A3,1)", [5, 6, 7], 2],
    ['SUMIF(A1:A4,">=2")', [1, 2, 3, "x"], 5],
    ['SUMIF(A1:A3,"b*",A1:A3)', ["bx", "a", "by"], 0],
    ['COUNTIF(A1:A3,"b*")', ["bx", "a", "BY"], 2],
    ["SUMPRODUCT((A1:A3>1)*(A1:A3))", [1, 2, 3], 5],
    ['TEXT(0.853,"0%")', [], "85%"],
    ['TEXT(0.8555,"0.0%")', [], "85.6%"],
    ['TEXT(1234567.891,"#,##0.00")', [], "1,234,567.89"],
    ['TEXT(45719,"yyyy-mm-dd")', [], "2025-03-03"],
    ["WEEKDAY(45719)", [], 2], // 2025-03-03 was a Monday
    ["WEEKDAY(45719,2)", [], 1],
    ["WEEKDAY(60,2)", [], 3], // Excel's phantom 1900-02-29 is a Wednesday
  ] as const)("=%s with A = %j gives %j", (formula, data, want) => {
    expect(calc(formula, [...data])).toEqual(want);
  });

  test.each([
    ["1/0", [], "#DIV/0!"],
    ["SUM(A1:A2)+1", [1, "#N/A"], null], // text "#N/A" is text, not an error
    ["A1+1", ["x"], "#VALUE!"],
    ["SUM(1/0,1)", [], "#DIV/0!"],
    ["INDEX(A1:A2,3)", [1, 2], "#REF!"],
    ["MATCH(9,A1:A2,0)", [1, 2], "#N/A"],
    ["IF(1/0,1,2)", [], "#DIV/0!"],
    ["#N/A", [], "#N/A"],
  ] as const)("=%s with A = %j gives the error %s", (formula, data, code) => {
    expect(err(calc(formula, [...data]))).toBe(code);
  });

  test("names, other sheets, implicit intersection and chains", () => {
    const spec: WorkbookSpec = {
      locale: "en",
      sheets: [
        sheet("In puts", [[{ v: 10 }], [{ v: 3 }]]),
        sheet("Calc", [
          [{ v: 1 }, { f: "A1*Target" }, { f: "'In puts'!A2+B2" }],
          [{ v: 2 }, { f: "B1+A2" }, { f: "$A$1:$A$3*2" }],
          [{ v: 3 }, { f: "SUM(B1:B2)" }, { f: "C1" }],
        ]),
      ],
      names: [{ name: "Target", ref: "'In puts'!$A$1" }],
    };
    const v = evaluateWorkbook(spec);
    expect(v.get("Calc", 1, 2)).toBe(10);
    expect(v.get("Calc", 2, 2)).toBe(12);
    expect(v.get("Calc", 1, 3)).toBe(15); // a later cell computed on demand
    expect(v.get("Calc", 2, 3)).toBe(4); // the range meets the formula's row 2
    expect(v.get("Calc", 3, 2)).toBe(22);
    expect(v.get("calc", 3, 3)).toBe(15);
  });
});

test("formulas filled down share a parse tree, yet each reads its own cells; the same text elsewhere reads the same cells", () => {
  const spec: WorkbookSpec = {
    locale: "en",
    sheets: [
      sheet("S", [
        [{ v: 1 }, { f: "A1*2+SUM($A$1:A1)" }, { f: "a1+1" }],
        [{ v: 2 }, { f: "A2*2+SUM($A$1:A2)" }, { f: "a1+1" }],
        [{ v: 3 }, { f: "A3*2+SUM($A$1:A3)" }, { f: "'S'!A$1+B2" }],
        [{ v: 4 }, { f: "A4*2+SUM($A$1:A4)" }, { f: "'S'!A$1+B3" }],
      ]),
    ],
    names: [],
  };
  const v = evaluateWorkbook(spec);
  expect([1, 2, 3, 4].map((r) => v.get("S", r, 2))).toEqual([3, 7, 12, 18]);
  expect([1, 2, 3, 4].map((r) => v.get("S", r, 3))).toEqual([2, 2, 8, 13]);
});

test("formulas of one shape with different fixed cells (one per owner) each read their own; ranges are read once and stay right", () => {
  const spec: WorkbookSpec = {
    locale: "en",
    sheets: [
      sheet("S", [
        [{ v: 1 }, { f: "$A$1*10+SUM($A$1:$A$3)" }, { f: "COUNTIF($A$1:$A$3,\">\"&A1)" }],
        [{ v: 2 }, { f: "$A$2*10+SUM($A$1:$A$3)" }, { f: "COUNTIF($A$1:$A$3,\">\"&A2)" }],
        [{ v: 3 }, { f: "$A$3*10+SUM($A$1:$A$3)" }, { f: "COUNTIF($A$1:$A$3,\">\"&A3)" }],
      ]),
    ],
    names: [],
  };
  const v = evaluateWorkbook(spec);
  expect([1, 2, 3].map((r) => [v.get("S", r, 2), v.get("S", r, 3)])).toEqual([
    [16, 2],
    [26, 1],
    [36, 0],
  ]);
});

test("a range over blank rows below the last filled one reads as blanks", () => {
  expect(calc('COUNTIF(A1:A10000,"")+SUM(A1:A10000)+COUNTA(A1:A10000)', [5, undefined, "x"])).toBe(9998 + 5 + 2);
});

test("element-wise results over a tall range with few filled rows: the blank rows' one value counts for each of them", () => {
  const data = [5, undefined, 7];
  expect(calc('SUMPRODUCT((A1:A10000="")*1)', data)).toBe(9998);
  expect(calc("SUMPRODUCT(-(A1:A10000>0))", data)).toBe(-2);
  expect(calc('SUMPRODUCT(-(A1:A10000=""))', data)).toBe(-9998);
  expect(calc("SUMPRODUCT((A1:A10000=5)*1,A1:A10000,A1:A10000)", data)).toBe(25);
  expect(calc("SUMPRODUCT((A1:A10000>=0)+1)", data)).toBe(20000);
  expect(calc("SUMPRODUCT(LARGE((A1:A10000>0)*A1:A10000,2))", data)).toBe(5);
  expect(calc("SUMPRODUCT(LARGE((A1:A10000>0)*A1:A10000,3))", data)).toBe(0);
  expect(err(calc('SUMPRODUCT((A1:A10000&"x")*1)', data))).toBe("#VALUE!");
  expect(err(calc("SUMPRODUCT(A1:A10000,A1:A9999)", data))).toBe("#VALUE!");
});

describe("what the evaluator does not know fails loudly", () => {
  test("an unknown function throws, naming it and the cell", () => {
    expect(() => calc("VLOOKUP(1,A1:A2,1)", [1])).toThrow(EvaluateError);
    expect(() => calc("VLOOKUP(1,A1:A2,1)", [1])).toThrow(/VLOOKUP is not known.*'S'!R1C2/);
  });
  test("a wrong number of arguments throws", () => {
    expect(() => calc("ROUND(1)")).toThrow(/ROUND takes 2–2 arguments, got 1/);
  });
  test("an unknown name throws", () => {
    expect(() => calc("Nowhere+1")).toThrow(/unknown name Nowhere/);
  });
  test("an unsupported TEXT format throws", () => {
    expect(() => calc('TEXT(1,"[Red]0")')).toThrow(/TEXT format "\[Red\]0"/);
  });
  test("a circular reference throws", () => {
    const spec: WorkbookSpec = { locale: "en", sheets: [sheet("S", [[{ f: "B1+1" }, { f: "A1+1" }]])], names: [] };
    expect(() => evaluateWorkbook(spec)).toThrow(/circular reference/);
  });
  test("a circular reference through a range or a criteria range throws", () => {
    const through = (f: string): WorkbookSpec => ({ locale: "en", sheets: [sheet("S", [[{ v: 1 }, { f }], [{ v: 2 }, {}]])], names: [] });
    expect(() => evaluateWorkbook(through("SUM(A1:B2)"))).toThrow(/circular reference/);
    expect(() => evaluateWorkbook(through('SUMIF(A1:A2,">0",B1:B2)'))).toThrow(/circular reference/);
  });
  test("what cannot be computed fails only when a formula reaches it, as before", () => {
    expect(calc("IF(TRUE,1,VLOOKUP(1,A1:A2,1))", [1])).toBe(1);
    expect(calc("IF(FALSE,Nowhere,2)")).toBe(2);
    expect(() => calc("SUM(A:A)")).toThrow(/unsupported reference A:A/);
  });
  test("a range where one value is expected, outside the formula's row and column, is #VALUE! as in Excel", () => {
    expect(err(calc("A2:A3+1", [1, 2, 3]))).toBe("#VALUE!");
  });
  test("every function the builders may use (formulaCheck's whitelist) is computed, with the same argument counts", () => {
    for (const [name, arity] of Object.entries(KNOWN_FUNCTIONS)) {
      expect([name, FUNCTIONS[name]?.arity]).toEqual([name, arity]);
    }
  });
});
