/**
 * Conditional formats in the preview (src/hosts/preview/workbook.ts `conditionalStyles`,
 * src/hosts/preview/engine.ts `liveValues`): each rule's formula is evaluated once per
 * distinct text and kept current by HyperFormula. The styles must be the ones a fresh
 * evaluation of every rule for every cell gives (Excel's meaning: the rule's formula shifted
 * from its range's top-left cell), before and after the cells they read change.
 */
import { isoToSerial } from "../../../src/domain/dates";
import { cellKey, colNumber, parseRange, splitSheetRef, type Rect } from "../../../src/workbook/a1";
import { shiftFormula } from "../../../src/workbook/formula";
import type { CellStyle } from "../../../src/workbook/spec";
import { Engine, LIVE_KEEP, LIVE_MAX } from "../../../src/hosts/preview/engine";
import { guardOf } from "../../../src/hosts/preview/workbook";
import { generatedPreview, type Generated } from "./generated";

jest.setTimeout(300_000);

describe("Engine.liveValues", () => {
  test("gives what evaluate gives, and follows the cells it reads", () => {
    const e = new Engine();
    e.addSheet("S");
    e.addSheet("T");
    e.setConstant("S", 1, 1, 3);
    e.setConstant("T", 1, 1, 10);
    e.addName("Ten", "T!$A$1", null);
    const formulas = ["A1*2", "A1>Ten", "SUM(A1:A3)+T!A1", `IF(A2="","blank",A2)`, "1/0"];
    const expectSame = (): void => expect(e.liveValues("S", formulas)).toEqual(formulas.map((f) => e.evaluate(f, "S")));
    expectSame();
    expect(e.liveValues("S", formulas)).toEqual([6, false, 13, "blank", expect.objectContaining({ error: "#DIV/0!" })]);
    e.setConstant("S", 1, 1, 11);
    e.setConstant("S", 2, 1, "x");
    expectSame();
    expect(e.liveValues("S", formulas).slice(0, 4)).toEqual([22, true, 21, "x"]);
    e.changeName("Ten", "T!$A$2", null);
    e.setConstant("T", 2, 1, 20);
    expectSame();
    expect(e.liveValues("S", ["A1>Ten"])).toEqual([false]);
    // The same text on another sheet means that sheet's cells.
    expect(e.liveValues("T", ["A1*2"])).toEqual([20]);
  });

  test("formulas that depend on where they stand, or give arrays, are evaluated as evaluate does", () => {
    const e = new Engine();
    e.addSheet("S");
    e.setConstant("S", 1, 1, 1);
    e.setConstant("S", 2, 1, 2);
    e.addName("Local", "S!$A$2", "S");
    const formulas = ["ROW()", "OFFSET(A1,1,0)*5", "A1:A2*10", "Local+1", "A1+A2"];
    expect(e.liveValues("S", formulas)).toEqual(formulas.map((f) => e.evaluate(f, "S")));
    expect(e.liveValues("S", formulas)).toEqual([1, 10, 10, 3, 3]);
    e.setConstant("S", 1, 1, 4);
    expect(e.liveValues("S", formulas)).toEqual([1, 10, 40, 3, 6]);
  });

  test("a removed sheet's live formulas are made again for a sheet of that name; past LIVE_MAX they start over", () => {
    const e = new Engine();
    e.addSheet("S");
    e.setConstant("S", 1, 1, 5);
    expect(e.liveValues("S", ["A1+1"])).toEqual([6]);
    e.removeSheet("S");
    e.addSheet("S");
    e.setConstant("S", 1, 1, 7);
    expect(e.liveValues("S", ["A1+1"])).toEqual([8]);
    // Formulas not asked for in LIVE_KEEP calls are dropped, and made again right when asked for.
    for (let i = 0; i <= LIVE_KEEP; i++) expect(e.liveValues("S", [`A1*${i}`])).toEqual([7 * i]);
    e.setConstant("S", 1, 1, 2);
    expect(e.liveValues("S", ["A1+1", "A1*0", `A1*${LIVE_KEEP}`])).toEqual([3, 0, 2 * LIVE_KEEP]);
    const many = Array.from({ length: LIVE_MAX + 10 }, (_, i) => `A1+${i}`);
    expect(e.liveValues("S", many).slice(0, 3)).toEqual([2, 3, 4]);
    e.setConstant("S", 1, 1, 1);
    expect(e.liveValues("S", ["A1+0", `A1+${LIVE_MAX + 9}`])).toEqual([1, LIVE_MAX + 10]);
  });
});

test("guardOf: a rule AND(a,…,y,z) is first asked AND(a,…,y)", () => {
  expect(guardOf(`AND($A4<>"",$B4<>"",COUNTIFS($A$4:$A$10003,$A4,$B$4:$B$10003,$B4)>1)`)).toBe(`AND($A4<>"",$B4<>"")`);
  expect(guardOf(` AND(A1="a,b", SUM({1,2},B1:B2)>0, C1) `)).toBe(`AND(A1="a,b", SUM({1,2},B1:B2)>0)`);
  expect(guardOf("AND(AND(A1,B1),C1)")).toBe("AND(AND(A1,B1))");
  for (const f of ["AND(A1)", "OR(A1,B1)", "AND(A1,B1)+1", "NOT(AND(A1,B1))", "$D6=0"]) expect(guardOf(f)).toBeNull();
});

describe("a generated workbook's conditional formats in the preview", () => {
  let g: Generated;

  /** Every rule for every cell of `area`, evaluated afresh (no live formulas): the reference. */
  function reference(sheet: string, area: Rect): Map<number, Pick<CellStyle, "fill" | "color" | "bold">> {
    const s = g.wb.sheet(sheet);
    const out = new Map<number, Pick<CellStyle, "fill" | "color" | "bold">>();
    for (let i = s.conditionalFormats.length - 1; i >= 0; i--) {
      const cf = s.conditionalFormats[i];
      const r = cf.range;
      for (let row = Math.max(r.top, area.top); row <= Math.min(r.bottom, area.bottom); row++)
        for (let col = Math.max(r.left, area.left); col <= Math.min(r.right, area.right); col++) {
          const v = g.wb.engine.evaluate(shiftFormula(cf.formula, row - r.top, col - r.left), s.name);
          if (v === true || (typeof v === "number" && v !== 0)) out.set(cellKey(row, col), { ...(out.get(cellKey(row, col)) ?? {}), ...cf.style });
        }
    }
    return out;
  }

  /** Every sheet's conditional styles (a window of the log) against the reference; returns how many cells are styled. */
  function expectAsReference(): number {
    const { L, wb } = g;
    let styled = 0;
    for (const s of wb.sheets) {
      if (s.conditionalFormats.length === 0) continue;
      const area = s.name === L.sheetNames.log ? { top: L.log.firstRow, left: 1, bottom: L.log.firstRow + 80, right: 12 } : { top: 1, left: 1, bottom: 120, right: 80 };
      const live = wb.conditionalStyles(s.name, area);
      expect([...live].sort((a, b) => a[0] - b[0])).toEqual([...reference(s.name, area)].sort((a, b) => a[0] - b[0]));
      styled += live.size;
    }
    return styled;
  }

  beforeAll(async () => {
    g = await generatedPreview();
  });

  test("before any report, after reports, and after a duplicate report and its correction", () => {
    const { plan, L, wb } = g;
    const log = L.sheetNames.log;
    const before = expectAsReference();
    expect(before).toBeGreaterThan(0);
    const start = isoToSerial(plan.days[0].date) as number;
    const C = L.log.col;
    const type = (row: number, date: number, owner: string, revenue: number): void => {
      wb.enter(log, row, colNumber(C.date), String(date));
      wb.enter(log, row, colNumber(C.owner), owner);
      wb.enter(log, row, colNumber(C.calls), "30");
      wb.enter(log, row, colNumber(C.revenue), String(revenue));
    };
    ["Ann", "Bob", "Cat"].forEach((o, i) => type(L.log.firstRow + i, start, o, 20000 + 1000 * i));
    expectAsReference();
    // A duplicate (same day, same owner) is highlighted in the log, then no longer once corrected.
    type(L.log.firstRow + 3, start, "Ann", 100);
    const dup = wb.conditionalStyles(log, { top: L.log.firstRow, left: 1, bottom: L.log.firstRow + 3, right: 2 });
    expect(dup.has(cellKey(L.log.firstRow + 3, colNumber(C.date)))).toBe(true);
    expect(dup.has(cellKey(L.log.firstRow, colNumber(C.owner)))).toBe(true);
    expectAsReference();
    wb.enter(log, L.log.firstRow + 3, colNumber(C.date), String(start + 1));
    expect(wb.conditionalStyle(log, L.log.firstRow + 3, colNumber(C.date))).toBeNull();
    expectAsReference();
    // A threshold moved on the inputs sheet reaches every rule that reads it.
    const green = wb.names.find((n) => n.name.toLowerCase() === "thresholdgreen");
    if (!green) throw new Error("no ThresholdGreen name");
    const { sheet, address } = splitSheetRef(green.ref);
    const cell = parseRange(address);
    expect(wb.enter(sheet ?? L.sheetNames.inputs, cell.top, cell.left, "0.01").ok).toBe(true);
    expectAsReference();
  });
});
