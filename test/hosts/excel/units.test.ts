/** Pure helpers of the Excel host: text guard, sheet renames in formulas, grids, write record. */
import { isWorkbookHost, HostError } from "../../../src/hosts/host";
import { cellInput, needsTextGuard } from "../../../src/hosts/write/formulas";
import { callsSalesFunction, renameSheetRefs } from "../../../src/workbook/formula";
import { groupRects, rectsOfCells, addresses } from "../../../src/hosts/write/grid";
import { cellKey } from "../../../src/workbook/a1";
import { parseRecord, RECORD_KEY, sheetRecordOf } from "../../../src/hosts/write/record";
import { batchesOf, estimateBytes, widthToPoints, type PlannedOp } from "../../../src/hosts/write/ops";
import { toHostError } from "../../../src/hosts/excel/errors";
import { checkSupport } from "../../../src/hosts/excel/support";

describe("text guard: strings land as text", () => {
  test.each([
    ["张三", false],
    ["重点攻坚A类客户", false],
    ["=SUM(A1)", true],
    ["+86 138", true],
    ["-5 组", true],
    ["@mention", true],
    ["'quoted", true],
    ["#N/A", true],
    ["true", true],
    ["001", true],
    ["3月5日", true],
    ["2024-01-01", true],
    ["", false],
  ])("%j guarded: %s", (s, guarded) => {
    expect(needsTextGuard(s)).toBe(guarded);
  });

  test("cell inputs", () => {
    expect(cellInput({ f: "SUM(A1:A3)" })).toBe("=SUM(A1:A3)");
    expect(cellInput({ v: "=1+1" })).toBe("'=1+1");
    expect(cellInput({ v: 5 })).toBe(5);
    expect(cellInput({ v: true })).toBe(true);
    expect(cellInput({ v: null })).toBe("");
    expect(cellInput({})).toBe("");
    expect(() => cellInput({ v: Number.NaN })).toThrow(RangeError);
  });
});

describe("renameSheetRefs", () => {
  const map = new Map([
    ["目标表", "目标表 (2)"],
    ["Plan", "Plan (2)"],
    ["It's", "It's (2)"],
  ]);
  test.each([
    ["SUM('目标表'!A1:A3)", "SUM('目标表 (2)'!A1:A3)"],
    ["SUM(目标表!A1:A3)+1", "SUM('目标表 (2)'!A1:A3)+1"],
    ["Plan!$B$3*plan!C1", "'Plan (2)'!$B$3*'Plan (2)'!C1"],
    ["'It''s'!A1", "'It''s (2)'!A1"],
    ['"Plan!A1"&Plan!A1', `"Plan!A1"&'Plan (2)'!A1`],
    ["MyPlan!A1+Other!B2", "MyPlan!A1+Other!B2"],
    ["SprintTarget*2", "SprintTarget*2"],
  ])("%s", (input, expected) => {
    expect(renameSheetRefs(input, map)).toBe(expected);
  });

  test("no renames: unchanged", () => {
    expect(renameSheetRefs("'目标表'!A1", new Map())).toBe("'目标表'!A1");
  });
});

describe("callsSalesFunction", () => {
  test.each([
    ["=SALES.REQUIRED_LEADS(100000,5000,0.05)", true],
    ["=sales.split(A1,3)", true],
    ["=ROUND(SALES.WEEKLY(A1), 0)", true],
    ["=SUM(A1:A3)", false],
    ['="SALES.X(1)"', false],
    ["=MYSALES.X(1)", false],
    ["SALES.X(1)", false],
    [42, false],
  ])("%j -> %s", (f, expected) => {
    expect(callsSalesFunction(f)).toBe(expected);
  });
});

describe("grid grouping", () => {
  test("column-shaped layouts become one rectangle per column group", () => {
    const groups = groupRects({ top: 1, left: 1, bottom: 30, right: 4 }, (_r, c) => (c <= 2 ? "a" : c === 3 ? null : "b"));
    expect(groups.get("a")).toEqual([{ top: 1, left: 1, bottom: 30, right: 2 }]);
    expect(groups.get("b")).toEqual([{ top: 1, left: 4, bottom: 30, right: 4 }]);
  });

  test("rectsOfCells covers exactly the cells", () => {
    const cells = [cellKey(2, 2), cellKey(2, 3), cellKey(3, 2), cellKey(3, 3), cellKey(5, 2)];
    expect(addresses(rectsOfCells(cells))).toEqual(["B2:C3", "B5"]);
    expect(rectsOfCells([])).toEqual([]);
  });
});

describe("write record", () => {
  test("tolerant parse", () => {
    expect(parseRecord(null)).toBeNull();
    expect(parseRecord("not json")).toBeNull();
    expect(parseRecord('{"v":2,"sheets":{}}')).toBeNull();
    const rec = parseRecord(
      JSON.stringify({ v: 1, run: "r", sheets: { 目标表: { key: "targets", footprint: ["A1:I6"], inputs: ["H2:H6"], seeded: [{ v: "x", at: ["G2"] }, { v: {}, at: [] }] }, bad: { key: "nope" } } }),
    );
    expect(rec?.sheets["目标表"]).toEqual({
      key: "targets",
      footprint: ["A1:I6"],
      inputs: ["H2:H6"],
      merges: [],
      conditionalFormats: [],
      validations: [],
      charts: [],
      seeded: [{ v: "x", at: ["G2"] }],
    });
    expect(rec?.sheets.bad).toBeUndefined();
    expect(sheetRecordOf(rec, "目标表")?.key).toBe("targets");
    expect(sheetRecordOf(rec, "other")).toBeNull();
  });

  test("kept under its first setting name, so workbooks written before still update", () => {
    expect(RECORD_KEY).toBe("SalesSprintPlanner.layout.v1");
  });
});

describe("payload estimate and batching", () => {
  const op = (n: number): PlannedOp => ({ op: { t: "formulas", sheet: "S", address: "A1", data: [["x".repeat(n)]] }, cosmetic: false });

  test("the estimate covers the JSON and a per-action allowance", () => {
    const o = op(1000).op;
    expect(estimateBytes(o)).toBeGreaterThan(JSON.stringify(o).length + 100);
    // UTF-8: a Chinese character is 3 bytes.
    const zh: PlannedOp["op"] = { t: "formulas", sheet: "S", address: "A1", data: [["中".repeat(1000)]] };
    expect(estimateBytes(zh)).toBeGreaterThan(3000);
  });

  test("one batch under the limit, several above it, order kept", () => {
    const ops = Array.from({ length: 10 }, () => op(1000));
    expect(batchesOf(ops, 1e9)).toHaveLength(1);
    const split = batchesOf(ops, 3000);
    expect(split.length).toBeGreaterThan(1);
    expect(split.flatMap((b) => b.ops)).toEqual(ops);
    expect(split.every((b) => b.bytes <= 3000 || b.ops.length === 1)).toBe(true);
  });

  test("column widths: characters to points", () => {
    expect(widthToPoints(8.43)).toBeCloseTo(48, 0);
    expect(widthToPoints(10)).toBe(56.25);
  });
});

describe("errors and support", () => {
  test("Excel errors keep Excel's code and message", () => {
    const e = toHostError({ code: "InvalidOperationInCellEditMode", message: "Excel is in cell-editing mode.", debugInfo: { errorLocation: "Range.formulas" } });
    expect(e).toBeInstanceOf(HostError);
    expect([e.source, e.code, e.message, e.params.location]).toEqual(["excel", "InvalidOperationInCellEditMode", "Excel is in cell-editing mode.", "Range.formulas"]);
  });

  test("anything else becomes Unexpected", () => {
    const e = toHostError(new TypeError("x is undefined"));
    expect([e.source, e.code, e.params.message]).toEqual(["host", "Unexpected", "x is undefined"]);
  });

  test("host errors pass through; extra params are added", () => {
    const h = HostError.host("SheetExists", { sheets: "A" });
    expect(toHostError(h)).toBe(h);
    expect(toHostError(h, { rollback: "done" }).params).toEqual({ sheets: "A", rollback: "done" });
    expect(h.message).toBe("SheetExists: sheets=A");
  });

  test("requirement sets", () => {
    const upTo = (max: number) => (_n: string, v: string) => Number(v.split(".")[1]) <= max;
    expect(checkSupport(upTo(18))).toEqual({ ok: true, degraded: [] });
    expect(checkSupport(upTo(8))).toEqual({ ok: true, degraded: ["pageSetup", "notes"] });
    expect(checkSupport(upTo(1))).toEqual({ ok: false, missing: ["ExcelApi 1.7"], degraded: ["dataValidation", "pageSetup", "notes"] });
  });

  test("isWorkbookHost tells the offline host apart", () => {
    expect(isWorkbookHost({ kind: "offline", displayLanguage: () => "en", insertFormula: async () => undefined })).toBe(false);
  });
});
