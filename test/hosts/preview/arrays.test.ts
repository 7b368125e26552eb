/**
 * Array arithmetic in the preview engine (src/hosts/preview/engine.ts, `useArrayArithmetic`):
 * SUMPRODUCT over the daily log with array arguments, `(range=value)*range` and
 * `LARGE((range=value)*range,k)`, as the board's formulas write them, against LibreOffice's
 * results for the same cells. The log's ranges are tall (the engine cuts them to the filled
 * rows), blanks count as 0, a text amount is #VALUE!, and LARGE past the array's length #NUM!.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertWithLibreOffice } from "../../../scripts/lo-recalc";
import { Engine, TALL_RANGE, isEngineError, type EngineValue } from "../../../src/hosts/preview/engine";

jest.setTimeout(300_000);

const OWNERS: (string | null)[] = ["Ann", "Bob", null, "Ann", "x", "Ann", "Ann", "Ann", null, "Bob", "Cat"];
const AMOUNTS: (number | string | null)[] = [100, 200, 300, null, 50, 400, 10, -20, 5, 7, "n/a"];
/** The log's last row: a tall range, cut by the engine. */
const LAST = TALL_RANGE + 200;
const owner = `Log!$A$1:$A$${LAST}`;
const amount = `Log!$B$1:$B$${LAST}`;
const clean = `Log!$B$1:$B$10`;
const FORMULAS = [
  `SUMPRODUCT((${owner}="Ann")*${amount})`,
  `SUMPRODUCT((Log!$A$1:$A$10="Ann")*${clean})`,
  `SUMPRODUCT((Log!$A$1:$A$10="Ann")*(${clean}>50))`,
  `SUMPRODUCT(LARGE((Log!$A$1:$A$10="Ann")*${clean},5))`,
  `SUMPRODUCT(LARGE((Log!$A$1:$A$10="Ann")*${clean},{1,2,3}))`,
  `SUMPRODUCT(LARGE((Log!$A$1:$A$10="Bob")*${clean},5))`,
  `SUMPRODUCT(LARGE((Log!$A$1:$A$3="Ann")*Log!$B$1:$B$3,5))`,
  `SUMPRODUCT((Log!$A$1:$A$10=A1)*${clean})`,
  `SUMPRODUCT((Log!$A$1:$A$10="Ann")*${clean})/SUMPRODUCT(--(Log!$A$1:$A$10="Ann"))`,
  `SUMPRODUCT(LARGE((${owner}="Ann")*Log!$C$1:$C$${LAST},5))`,
  `SUMPRODUCT(LARGE((${owner}="Ann")*Log!$C$1:$C$${LAST},2))`,
];

/**
 * A value as compared: numbers rounded to 9 digits, errors as their code. LibreOffice says
 * #VALUE! where Excel says #NUM! for LARGE past the array's length (Excel's documentation:
 * "If k ≤ 0 or if k is greater than the number of data points, LARGE returns #NUM!"), so
 * errors of that case are compared as Excel writes them.
 */
function shown(v: EngineValue | ExcelJS.CellValue, largePastEnd = false): string {
  if (typeof v === "number") return String(Number(v.toPrecision(9)));
  if (v !== null && typeof v === "object" && "error" in v) return largePastEnd ? "#NUM!" : String(v.error);
  return JSON.stringify(v);
}

test("SUMPRODUCT with array arguments gives LibreOffice's results", async () => {
  const e = new Engine();
  e.addSheet("Log");
  e.addSheet("Board");
  const xlsx = new ExcelJS.Workbook();
  const log = xlsx.addWorksheet("Log");
  const board = xlsx.addWorksheet("Board");
  const put = (row: number, col: number, v: string | number | null): void => {
    e.setConstant("Log", row, col, v);
    log.getCell(row, col).value = v;
  };
  OWNERS.forEach((v, i) => put(i + 1, 1, v));
  AMOUNTS.forEach((v, i) => put(i + 1, 2, i < 10 ? v : null));
  // Column C: amounts with one far down the log (the engine's cut ranges grow to it).
  AMOUNTS.forEach((v, i) => put(i + 1, 3, typeof v === "number" ? v : null));
  put(LAST - 1, 1, "Ann");
  put(LAST - 1, 3, 900);
  put(LAST, 2, "n/a");
  e.setConstant("Board", 1, 1, "Ann");
  board.getCell(1, 1).value = "Ann";
  FORMULAS.forEach((f, i) => {
    e.setFormula("Board", i + 2, 1, f);
    board.getCell(i + 2, 1).value = { formula: f } as ExcelJS.CellFormulaValue;
  });

  const dir = mkdtempSync(join(tmpdir(), "preview-arrays-"));
  try {
    const path = join(dir, "arrays.xlsx");
    await xlsx.xlsx.writeFile(path);
    const [out] = await convertWithLibreOffice([path], { outDir: join(dir, "recalculated") });
    const lo = new ExcelJS.Workbook();
    await lo.xlsx.readFile(out);
    const sheet = lo.getWorksheet("Board");
    if (!sheet) throw new Error("LibreOffice's file has no Board sheet");
    const preview = FORMULAS.map((f, i) => `${f} = ${shown(e.value("Board", i + 2, 1))}`);
    // A formula cell's result (its `value` leaves a result of 0 out).
    const libre = FORMULAS.map((f, i) => `${f} = ${shown(sheet.getCell(i + 2, 1).result as ExcelJS.CellValue, f.includes("$A$3="))}`);
    expect(preview).toEqual(libre);
    // The cases cover numbers and both errors.
    const values = FORMULAS.map((_, i) => e.value("Board", i + 2, 1));
    expect(values.filter((v) => typeof v === "number").length).toBeGreaterThanOrEqual(8);
    expect(values.filter((v) => isEngineError(v)).map((v) => (isEngineError(v) ? v.error : ""))).toEqual(["#VALUE!", "#NUM!"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
