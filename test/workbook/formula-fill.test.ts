/**
 * fillPattern / filledDown (src/workbook/formula.ts): a formula filled down k rows, computed
 * from one tokenization, is what shiftFormula (one tokenization per cell) gives, for every
 * formula the workbook builder writes and for the edge cases of relative and absolute rows.
 */
import { buildWorkbook } from "../../src/workbook";
import { filledDown, fillPattern, shiftFormula } from "../../src/workbook/formula";
import { seedPlan } from "../fixtures/seedPlan";

test.each([
  ["A1+$B2+C$3+$D$4", 2, "A3+$B4+C$3+$D$4"],
  ["SUM('Q2 2024'!B5:C9)+'Q2 2024'!$B$40", 1, "SUM('Q2 2024'!B6:C10)+'Q2 2024'!$B$40"],
  ['IF(A7="A7",10,$A$4:A7)', 3, 'IF(A10="A7",10,$A$4:A10)'],
  ["SUM(7:7)+SUM($8:$8)", 1, "SUM(8:8)+SUM($8:$8)"],
  ["WorkingDays*2", 5, "WorkingDays*2"],
])("%s filled down %i rows is %s", (formula, k, expected) => {
  expect(filledDown(fillPattern(formula), k)).toBe(expected);
  expect(shiftFormula(formula, k, 0)).toBe(expected);
});

test("a reference filled off the sheet: null (Excel writes #REF!)", () => {
  expect(filledDown(fillPattern("A1048575+1"), 2)).toBeNull();
  expect(filledDown(fillPattern("A1048575+1"), 1)).toBe("A1048576+1");
});

test("every formula of a 5-owner, 92-day workbook fills down as shiftFormula moves it", () => {
  const spec = buildWorkbook(seedPlan({ owners: 5, days: 92 }));
  const formulas = spec.sheets.flatMap((s) => s.blocks.flatMap((b) => b.cells.flatMap((row) => row.flatMap((c) => (c.f === undefined ? [] : [c.f])))));
  expect(formulas.length).toBeGreaterThan(500);
  const wrong = formulas.filter((f) => [1, 13].some((k) => filledDown(fillPattern(f), k) !== shiftFormula(f, k, 0)));
  expect(wrong).toEqual([]);
});
