import fc from "fast-check";
import {
  absoluteRange,
  cellAddress,
  cellKey,
  cellsOf,
  colLetter,
  colNumber,
  colRange,
  isValidSheetName,
  keyCol,
  keyRow,
  makeValidSheetName,
  MAX_COLUMN,
  MAX_ROW,
  nextFreeSheetNames,
  parseCell,
  parseRange,
  qualified,
  rangeAddress,
  rectContains,
  rectsIntersect,
  splitSheetRef,
} from "../../src/workbook/a1";

describe("A1 helpers", () => {
  test("column letters", () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(colLetter)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
    expect(() => colLetter(0)).toThrow();
    expect(() => colLetter(16385)).toThrow();
    expect(() => colNumber("XFE")).toThrow();
    fc.assert(fc.property(fc.integer({ min: 1, max: 16384 }), (n) => colNumber(colLetter(n)) === n && colNumber(colLetter(n).toLowerCase()) === n));
  });

  test("cells and ranges", () => {
    expect(cellAddress(3, 2)).toBe("B3");
    expect(cellAddress(3, 2, true)).toBe("$B$3");
    expect(parseCell("$AD$35")).toEqual({ row: 35, col: 30 });
    expect(() => parseCell("B0")).toThrow();
    expect(() => parseCell("3B")).toThrow();
    expect(parseRange("D9:B3")).toEqual({ top: 3, left: 2, bottom: 9, right: 4 });
    expect(parseRange("B3")).toEqual({ top: 3, left: 2, bottom: 3, right: 2 });
    expect(() => parseRange("A1:B2:C3")).toThrow();
    expect(rangeAddress({ top: 3, left: 2, bottom: 3, right: 2 })).toBe("B3");
    expect(colRange(22, 6, 35, true)).toBe("$V$6:$V$35");
    expect(absoluteRange("B3")).toBe("$B$3");
    expect(absoluteRange("$D9:B3")).toBe("$B$3:$D$9");
  });

  test("rectangles", () => {
    const r = parseRange("B3:C4");
    expect([...cellsOf(r)]).toEqual([[3, 2], [3, 3], [4, 2], [4, 3]]);
    expect(rectContains(r, 3, 2) && rectContains(r, 4, 3)).toBe(true);
    expect([rectContains(r, 2, 2), rectContains(r, 3, 1), rectContains(r, 5, 3), rectContains(r, 4, 4)]).toEqual([false, false, false, false]);
    expect(rectsIntersect(r, parseRange("C4:F9"))).toBe(true);
    expect(rectsIntersect(r, parseRange("D1:D9"))).toBe(false);
    expect(rectsIntersect(r, parseRange("A5:Z5"))).toBe(false);
  });

  test("cell keys: one number per cell, taken apart again", () => {
    const cell = fc.record({ row: fc.integer({ min: 1, max: MAX_ROW }), col: fc.integer({ min: 1, max: MAX_COLUMN }) });
    fc.assert(fc.property(cell, ({ row, col }) => keyRow(cellKey(row, col)) === row && keyCol(cellKey(row, col)) === col));
    fc.assert(fc.property(cell, cell, (a, b) => (cellKey(a.row, a.col) === cellKey(b.row, b.col)) === (a.row === b.row && a.col === b.col)));
  });

  test("sheet-qualified references are always quoted, quotes doubled", () => {
    expect(qualified("输入", "B5")).toBe("'输入'!$B$5");
    expect(qualified("30天冲刺计划", "A6:A35")).toBe("'30天冲刺计划'!$A$6:$A$35");
    expect(qualified("Bob's", "A1")).toBe("'Bob''s'!$A$1");
  });

  test("splitSheetRef", () => {
    expect(splitSheetRef("'30天冲刺计划'!$B$5:$B$34")).toEqual({ sheet: "30天冲刺计划", address: "$B$5:$B$34" });
    expect(splitSheetRef("Sheet1!A1")).toEqual({ sheet: "Sheet1", address: "A1" });
    expect(splitSheetRef("'It''s'!A1")).toEqual({ sheet: "It's", address: "A1" });
    expect(splitSheetRef("A1:B2")).toEqual({ sheet: null, address: "A1:B2" });
    expect(splitSheetRef(qualified("a'!b", "C3"))).toEqual({ sheet: "a'!b", address: "$C$3" });
  });

  test("sheet names", () => {
    expect(["输入", "30天冲刺计划", "92-Day Sprint", "x".repeat(31)].every(isValidSheetName)).toBe(true);
    expect(["", "x".repeat(32), "a/b", "a[1]", "a:b", "a*", "a?", "a\\b", "'a", "a'", "History"].some(isValidSheetName)).toBe(false);
  });
});

describe("makeValidSheetName", () => {
  test.each([
    ["目标表", "目标表"],
    ["Q1/Q2 [plan]: *draft*?", "Q1_Q2 _plan__ _draft__"],
    ["'quoted'", "quoted"],
    ["   ", "Sheet"],
    ["History", "History_"],
    ["a\u0001b\tc", "abc"],
    ["x".repeat(40), "x".repeat(31)],
  ])("%j -> %j", (raw, expected) => {
    const name = makeValidSheetName(raw);
    expect(name).toBe(expected);
    expect(isValidSheetName(name)).toBe(true);
  });

  test("never splits a surrogate pair at 31", () => {
    const name = makeValidSheetName(`${"a".repeat(30)}😀x`);
    expect(name).toBe("a".repeat(30));
  });

  test("any input gives a valid name", () => {
    const samples = ["", "'", "''''", "[]", "a'", "' a '", "😀".repeat(20), "名".repeat(50), "history"];
    for (const s of samples) expect(isValidSheetName(makeValidSheetName(s))).toBe(true);
  });
});

describe("nextFreeSheetNames", () => {
  test("free name kept, taken one numbered, case-insensitive", () => {
    expect(nextFreeSheetNames(["目标表"], ["Sheet1"])).toEqual(["目标表"]);
    expect(nextFreeSheetNames(["目标表"], ["目标表"])).toEqual(["目标表 (2)"]);
    expect(nextFreeSheetNames(["Plan"], ["plan", "PLAN (2)"])).toEqual(["Plan (3)"]);
  });

  test("stays within 31 characters", () => {
    const base = "长".repeat(31);
    const [next] = nextFreeSheetNames([base], [base]);
    expect(next).toBe(`${"长".repeat(27)} (2)`);
    expect(next.length).toBe(31);
  });

  test("a set of sheets shares one number", () => {
    expect(nextFreeSheetNames(["输入", "目标表"], ["输入", "目标表", "目标表 (2)"])).toEqual(["输入 (3)", "目标表 (3)"]);
    expect(nextFreeSheetNames(["输入", "目标表"], ["Sheet1"])).toEqual(["输入", "目标表"]);
  });
});
