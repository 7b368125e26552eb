/**
 * Formulas written as one formula and a copy (src/hosts/write/copyDown.ts, Excel's
 * `Range.copyFrom`, ExcelApi 1.9): the fake's copy moves references as Excel does, and a plan
 * written with copies is the plan written cell by cell and the .xlsx writer's formulas, cell for
 * cell, with a largest request under 1 MB at 200 owners × 92 days.
 */
import { createExcelHost } from "../../../src/hosts/excel";
import { buildWorkbook } from "../../../src/workbook";
import type { WorkbookSpec } from "../../../src/workbook/spec";
import { writeXlsx } from "../../../src/xlsx/writer";
import { excelError, FakeExcel, type CellModel } from "../fakeExcel";
import { readRawCells } from "../../xlsx/rawCells";
import { seedPlan } from "../../fixtures/seedPlan";

async function copy(fake: FakeExcel, sheet: string, from: string, to: string): Promise<void> {
  await fake.run(async (ctx) => {
    const s = ctx.workbook.worksheets.getItem(sheet);
    s.getRange(to).copyFrom(s.getRange(from), "Formulas", false, false);
    await ctx.sync();
  });
}

describe("the fake's Range.copyFrom (Formulas)", () => {
  test("relative rows and columns move with each copy; $ parts, sheet names and text stay", async () => {
    const fake = new FakeExcel(["Sheet1", "Other sheet"]);
    fake.type("Sheet1", "G1", `=A1+$B1+C$1+$D$1+'Other sheet'!E1+SUM(F1:F3)+LEN("A1")`);
    await copy(fake, "Sheet1", "G1", "G2:G4");
    expect(fake.formulaAt("Sheet1", "G2")).toBe(`=A2+$B2+C$1+$D$1+'Other sheet'!E2+SUM(F2:F4)+LEN("A1")`);
    expect(fake.formulaAt("Sheet1", "G4")).toBe(`=A4+$B4+C$1+$D$1+'Other sheet'!E4+SUM(F4:F6)+LEN("A1")`);
    await copy(fake, "Sheet1", "G1", "H1");
    expect(fake.formulaAt("Sheet1", "H1")).toBe(`=B1+$B1+D$1+$D$1+'Other sheet'!F1+SUM(G1:G3)+LEN("A1")`);
  });

  test("a destination that is a multiple of the source repeats it; a smaller one grows to the source's size", async () => {
    const fake = new FakeExcel();
    fake.type("Sheet1", "A1", "=C1");
    fake.type("Sheet1", "B1", 7);
    await copy(fake, "Sheet1", "A1:B1", "A2:B4");
    expect([2, 3, 4].map((r) => [fake.formulaAt("Sheet1", `A${r}`), fake.formulaAt("Sheet1", `B${r}`)])).toEqual([
      ["=C2", 7],
      ["=C3", 7],
      ["=C4", 7],
    ]);
    await copy(fake, "Sheet1", "A1:B1", "E9");
    expect([fake.formulaAt("Sheet1", "E9"), fake.formulaAt("Sheet1", "F9")]).toEqual(["=G9", 7]);
  });

  test("a reference pushed off the sheet becomes #REF!", async () => {
    const fake = new FakeExcel();
    fake.type("Sheet1", "A3", "=B1+B3");
    await copy(fake, "Sheet1", "A3", "A2");
    expect(fake.formulaAt("Sheet1", "A2")).toBe("=#REF!+B2");
  });

  test("needs ExcelApi 1.9; refuses part of a merged area", async () => {
    const old = new FakeExcel();
    old.apiVersion = "1.8";
    old.type("Sheet1", "A1", "=B1");
    expect((await excelError(copy(old, "Sheet1", "A1", "A2"))).code).toBe("ApiNotFound");
    const fake = new FakeExcel();
    fake.type("Sheet1", "A1", "=B1");
    fake.sheet("Sheet1").merges.push({ top: 2, left: 1, bottom: 2, right: 2 });
    expect((await excelError(copy(fake, "Sheet1", "A1", "A2"))).code).toBe("InvalidOperation");
  });
});

/** Every cell of every sheet the plan wrote: formula or value, number format, format. */
function cellsOf(fake: FakeExcel, spec: WorkbookSpec): Map<string, Map<number, CellModel>> {
  return new Map(spec.sheets.map((s) => [s.name, fake.sheet(s.name).cells]));
}

/** The plan written by an Excel with ExcelApi 1.18 (copies) and by one with 1.8 (every cell sent). */
async function bothWays(spec: WorkbookSpec): Promise<{ copied: FakeExcel; whole: FakeExcel }> {
  const copied = new FakeExcel();
  await createExcelHost(copied.env()).writeWorkbook(spec, { mode: "create" });
  const whole = new FakeExcel();
  whole.apiVersion = "1.8";
  await createExcelHost(whole.env()).writeWorkbook(spec, { mode: "create" });
  return { copied, whole };
}

describe("a plan written with copies", () => {
  test.each([
    [5, 30],
    [200, 92],
  ])(
    "%i owners × %i days: the same cells as written one by one and the .xlsx writer's formulas; largest request ≤ 1 MB",
    async (owners, days) => {
      const spec = buildWorkbook(seedPlan({ owners, days }));
      const { copied, whole } = await bothWays(spec);
      const a = cellsOf(copied, spec);
      const b = cellsOf(whole, spec);
      for (const s of spec.sheets) expect([s.name, [...a.get(s.name)!.entries()].sort(([x], [y]) => x - y)]).toEqual([s.name, [...b.get(s.name)!.entries()].sort(([x], [y]) => x - y)]);
      // Fewer bytes, same number of round trips.
      const largest = (f: FakeExcel): number => Math.max(...f.log.map((l) => l.requestBytes));
      expect(copied.syncs).toBe(2);
      expect(largest(copied)).toBeLessThan(largest(whole));
      if (owners === 200) {
        expect(largest(copied)).toBeLessThanOrEqual(1024 * 1024);
        expect(largest(whole)).toBeGreaterThan(1024 * 1024);
      }
      const xlsx = await readRawCells((await writeXlsx(spec)).buffer);
      let formulas = 0;
      for (const s of spec.sheets) {
        const raw = xlsx.get(s.name)!;
        const expected = [...raw].filter(([, c]) => c.f !== undefined).map(([at, c]) => [at, `=${c.f}`]);
        formulas += expected.length;
        expect([s.name, expected.map(([at]) => [at, copied.formulaAt(s.name, at)])]).toEqual([s.name, expected]);
        const written = [...copied.sheet(s.name).cells.values()].filter((c) => c.formula !== null).length;
        expect([s.name, written]).toEqual([s.name, expected.length]);
      }
      expect(formulas).toBeGreaterThan(owners * 10);
    },
    600_000,
  );
});
