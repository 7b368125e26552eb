import fc from "fast-check";
import { cellAddress, colLetter, colNumber, colRange, isValidSheetName, parseCell, parseRange, qualified, rangeAddress } from "../../src/workbook/a1";

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
  });

  test("sheet-qualified references are always quoted, quotes doubled", () => {
    expect(qualified("输入", "B5")).toBe("'输入'!$B$5");
    expect(qualified("30天冲刺计划", "A6:A35")).toBe("'30天冲刺计划'!$A$6:$A$35");
    expect(qualified("Bob's", "A1")).toBe("'Bob''s'!$A$1");
  });

  test("sheet names", () => {
    expect(["输入", "30天冲刺计划", "92-Day Sprint", "x".repeat(31)].every(isValidSheetName)).toBe(true);
    expect(["", "x".repeat(32), "a/b", "a[1]", "a:b", "a*", "a?", "a\\b", "'a", "a'", "History"].some(isValidSheetName)).toBe(false);
  });
});
