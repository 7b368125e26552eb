/**
 * The chance to hit as a native formula (src/workbook/chance.ts) gives what SALES.HIT_CHANCE
 * gives (src/domain/chance.ts): typed daily reports (blank days, zero days, a quoted sheet
 * name) written to an .xlsx, recalculated by headless LibreOffice, each formula's value equal
 * to the domain function's within 1e-9; and in HyperFormula, the preview's engine, within
 * 1e-7 (its TDIST is accurate to about 5e-8). #N/A where the function says "not enough data".
 *
 * Needs `soffice` (Debian/Ubuntu: apt-get install libreoffice-calc-nogui); fails without it.
 */
import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertWithLibreOffice, findSoffice, SOFFICE_MISSING } from "../../scripts/lo-recalc";
import { hitChance } from "../../src/domain/chance";
import { isSalesError } from "../../src/domain/errors";
import { hitChanceFormula } from "../../src/workbook/chance";

jest.setTimeout(180_000);

type Day = number | null;

interface Case {
  name: string;
  target: number;
  days: Day[];
  left: number;
  done?: number;
}

const TEAM: Day[] = [18000, 26000, 0, 31000, 22000, 15000, 40000, 0, 27000, 19000, 24000, 35000];
const LUMPY: Day[] = [0, 0, 30000, 0, 0, 45000, 0, 0, 12000, 0];

const CASES: Case[] = [
  { name: "team halfway, below the run rate", target: 500000, days: TEAM, left: 10 },
  { name: "team, target under the run rate (z < 0)", target: 420000, days: TEAM, left: 10 },
  { name: "team with blank (unreported) days", target: 500000, days: [18000, null, 26000, 0, null, 31000, 22000, null, 15000, 40000], left: 14 },
  { name: "team with done so far from the target table", target: 500000, days: TEAM, left: 10, done: 280000 },
  { name: "lumpy seller, three deals", target: 120000, days: LUMPY, left: 12 },
  { name: "lumpy seller, one deal (df 1)", target: 60000, days: [0, 0, 0, 25000, 0, 0, 0], left: 20 },
  { name: "very lumpy: clamped at the square root", target: 90000, days: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 80000], left: 1 },
  { name: "steady, 25 days, a far target", target: 400000, days: Array.from({ length: 25 }, (_, i) => 10000 + ((i * 37) % 11) * 300), left: 5 },
  { name: "decimals", target: 1234.56, days: [12.5, 80.25, 0, 33.33, 61.1, 7.75], left: 18 },
  { name: "target reached", target: 257000, days: TEAM, left: 10 },
  { name: "no day left", target: 257001, days: TEAM, left: 0 },
  { name: "four reported days: not enough data", target: 500000, days: [18000, null, 26000, 0, 31000], left: 10 },
  { name: "no sale yet: not enough data", target: 100000, days: [0, 0, 0, 0, 0, 0], left: 15 },
];

const COLS = 30;
/** Row r holds a case: A target, B days left, C done so far (blank: the sum), D the formula, E… the days. */
const firstDayCol = 5;
const colLetter = (c: number): string => (c <= 26 ? String.fromCharCode(64 + c) : "A" + String.fromCharCode(64 + c - 26));
const dayRange = (r: number): string => `$${colLetter(firstDayCol)}$${r}:$${colLetter(firstDayCol + COLS - 1)}$${r}`;

function formulaFor(c: Case, r: number): string {
  return hitChanceFormula({ target: `$A$${r}`, actuals: dayRange(r), remainingDays: `$B$${r}`, doneSoFar: c.done === undefined ? undefined : `$C$${r}` });
}

/** A second sheet with a quoted name holds one case as a column, referenced from the first. */
const LOG_SHEET = "日报 (team)";
const LOG_CASE = CASES[2];
const LOG_FORMULA = hitChanceFormula({ target: "500000", actuals: `'${LOG_SHEET}'!$B$2:$B$31`, remainingDays: "7+7" });

function expected(c: Case): number | "#N/A" {
  const v = hitChance(c.target, c.days.filter((d): d is number => d !== null), c.left, c.done);
  if (isSalesError(v)) {
    if (v.code !== "#N/A") throw new Error(`${c.name}: ${v.key}`);
    return "#N/A";
  }
  return v;
}

let dir = "";
const lo: (number | string)[] = [];
let loLog: number | string = "";

function resultOf(cell: ExcelJS.Cell): number | string {
  const r = cell.result as unknown;
  if (typeof r === "number") return r;
  if (r && typeof r === "object" && "error" in r) return (r as { error: string }).error;
  return JSON.stringify(r);
}

beforeAll(async () => {
  if (!findSoffice()) throw new Error(SOFFICE_MISSING);
  dir = mkdtempSync(join(tmpdir(), "chance-lo-"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Chance");
  CASES.forEach((c, i) => {
    const r = i + 1;
    ws.getCell(`A${r}`).value = c.target;
    ws.getCell(`B${r}`).value = c.left;
    if (c.done !== undefined) ws.getCell(`C${r}`).value = c.done;
    ws.getCell(`D${r}`).value = { formula: formulaFor(c, r) } as ExcelJS.CellFormulaValue;
    c.days.forEach((d, j) => {
      if (d !== null) ws.getCell(r, firstDayCol + j).value = d;
    });
  });
  ws.getCell(`D${CASES.length + 2}`).value = { formula: LOG_FORMULA } as ExcelJS.CellFormulaValue;
  const log = wb.addWorksheet(LOG_SHEET);
  LOG_CASE.days.forEach((d, j) => {
    if (d !== null) log.getCell(`B${j + 2}`).value = d;
  });
  const file = join(dir, "chance.xlsx");
  await wb.xlsx.writeFile(file);
  const [out] = await convertWithLibreOffice([file], { outDir: join(dir, "recalculated") });
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(out);
  const sheet = back.getWorksheet("Chance")!;
  CASES.forEach((_, i) => lo.push(resultOf(sheet.getCell(`D${i + 1}`))));
  loLog = resultOf(sheet.getCell(`D${CASES.length + 2}`));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the chance's native formula", () => {
  test.each(CASES.map((c, i) => [c.name, i] as const))("LibreOffice: %s", (_name, i) => {
    const want = expected(CASES[i]);
    if (want === "#N/A") expect(lo[i]).toBe("#N/A");
    else {
      expect(typeof lo[i]).toBe("number");
      expect(Math.abs((lo[i] as number) - want)).toBeLessThanOrEqual(1e-9);
    }
  });

  it("LibreOffice: a column on a sheet with a quoted name, typed numbers for target and days left", () => {
    const want = hitChance(500000, LOG_CASE.days.filter((d): d is number => d !== null), 14) as number;
    expect(Math.abs((loLog as number) - want)).toBeLessThanOrEqual(1e-9);
  });

  it("HyperFormula (the preview's engine) gives the same figures within its TDIST's accuracy", () => {
    const rows = CASES.map((c, i) => {
      const days: (number | null)[] = Array.from({ length: COLS }, (_, j) => c.days[j] ?? null);
      return [c.target, c.left, c.done ?? null, `=${formulaFor(c, i + 1)}`, ...days];
    });
    const hf = HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3", precisionRounding: 15 });
    try {
      CASES.forEach((c, i) => {
        const got = hf.getCellValue({ sheet: 0, row: i, col: 3 });
        const want = expected(c);
        if (want === "#N/A") expect([c.name, (got as { value?: string }).value]).toEqual([c.name, "#N/A"]);
        else expect([c.name, Math.abs((got as number) - want) <= 1e-7]).toEqual([c.name, true]);
      });
    } finally {
      hf.destroy();
    }
  });

  it("uses only functions every spreadsheet has without the _xlfn. prefix", () => {
    const names = [...new Set([...formulaFor(CASES[3], 4).matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]))].sort();
    expect(names).toEqual(["ABS", "AVERAGE", "COUNT", "COUNTIF", "IF", "INT", "MAX", "NA", "SQRT", "STDEV", "TDIST"]);
    expect(formulaFor(CASES[3], 4)).not.toMatch(/_xlfn|T\.DIST|STDEV\.S/);
  });
});
