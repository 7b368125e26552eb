/**
 * Warnings wait until there is data to judge (issue 15): right after generating, with no report
 * in the daily log, no sheet that judges the sprint shows a warning (⚠), a status
 * (达成 / 未达成) or a percentage — blank, not "0.0%" in red. Checked on the values LibreOffice
 * computes when it opens the file and on the results stored in the .xlsx (what a preview shows),
 * for the case: 800,000, order value 8,000, 4%, four owners (李四 weighted 2), a sprint
 * from 2026-12-07 across New Year. A second workbook with one report shows that the same cells
 * do speak once there is something to judge (so the check sees what it looks for).
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertWithLibreOffice, findSoffice, SOFFICE_MISSING } from "../../scripts/lo-recalc";
import { planSprint, type SprintPlan } from "../../src/domain/sprint";
import { isoToSerial } from "../../src/domain/dates";
import { buildWorkbook, workbookLayout } from "../../src/workbook";
import type { WorkbookLayout } from "../../src/workbook/layout";
import { writeXlsx } from "../../src/xlsx/writer";
import { SHEET_STRINGS } from "../../src/i18n/sheet";
import type { SheetKey } from "../../src/domain/vocabulary";

jest.setTimeout(300_000);

const r = planSprint({
  target: 800000,
  avgOrderValue: 8000,
  conversion: 0.04,
  owners: [{ name: "张三" }, { name: "李四", weight: 2 }, { name: "王五" }, { name: "赵六" }],
  start: "2026-12-07",
  days: 30,
  weekends: false,
  dailyActivity: { calls: 20, emails: 30 },
  locale: "zh-CN",
});
if (!r.ok) throw new Error(JSON.stringify(r.errors));
const plan: SprintPlan = r.plan;
const L: WorkbookLayout = workbookLayout(plan);
const s = SHEET_STRINGS["zh-CN"];

/** The sheets that judge the sprint's progress. */
const JUDGING: SheetKey[] = ["sprint", "targets", "board"];

type Shown = { at: string; value: unknown; numFmt: string };

/** Every non-empty value of the judging sheets, as a formula's result or a constant. */
function shown(wb: ExcelJS.Workbook): Shown[] {
  const out: Shown[] = [];
  for (const key of JUDGING) {
    wb.getWorksheet(L.sheetNames[key])!.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        const value = v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v) ? cell.result : v;
        if (value !== null && value !== undefined && value !== "") out.push({ at: `${key}!${cell.address}`, value, numFmt: cell.numFmt ?? "" });
      }),
    );
  }
  return out;
}

/** What a manager would read as a judgement: a warning, a status word, a percentage figure. */
function judgements(wb: ExcelJS.Workbook): string[] {
  const words = [s.status.achieved, s.status.notAchieved];
  return shown(wb)
    .filter(
      ({ value, numFmt }) =>
        (typeof value === "string" && (value.includes("⚠") || words.includes(value))) || (typeof value === "number" && numFmt.includes("%")),
    )
    .map(({ at, value }) => `${at}=${String(value)}`);
}

let dir = "";
const books: Record<"stored" | "recalculated" | "reported", ExcelJS.Workbook> = {} as never;

async function read(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

beforeAll(async () => {
  if (!findSoffice()) throw new Error(SOFFICE_MISSING);
  dir = mkdtempSync(join(tmpdir(), "sprint-quiet-"));
  const fresh = join(dir, "fresh.xlsx");
  writeFileSync(fresh, (await writeXlsx(buildWorkbook(plan))).buffer);
  // The same workbook with one report on the first day (张三: 30 calls, 10,000 revenue).
  const wb = await read(fresh);
  const G = L.log;
  const log = wb.getWorksheet(L.sheetNames.log)!;
  log.getCell(`${G.col.date}${G.firstRow}`).value = isoToSerial("2026-12-07");
  log.getCell(`${G.col.owner}${G.firstRow}`).value = "张三";
  log.getCell(`${G.col.calls}${G.firstRow}`).value = 30;
  log.getCell(`${G.col.revenue}${G.firstRow}`).value = 10000;
  const reported = join(dir, "reported.xlsx");
  await wb.xlsx.writeFile(reported);
  const [freshOut, reportedOut] = await convertWithLibreOffice([fresh, reported], { outDir: join(dir, "lo") });
  books.stored = await read(fresh);
  books.recalculated = await read(freshOut);
  books.reported = await read(reportedOut);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("right after generating, nothing is judged yet", () => {
  test.each(["stored", "recalculated"] as const)("no warning, status or percentage on the sprint sheet, target table or board (%s)", (which) => {
    const wb = books[which];
    expect(shown(wb).length).toBeGreaterThan(100); // the sheets were read
    expect(judgements(wb)).toEqual([]);
  });

  test("the KPI strip's flags are blank and its judging figures empty (LibreOffice)", () => {
    const ws = books.recalculated.getWorksheet(L.sheetNames.sprint)!;
    const S = L.sprint;
    for (const k of ["pacing", "attainment", "coverage", "newOpps", "activity"] as const) {
      expect([k, ws.getCell(`${S.kpiCol[k]}${S.kpiValueRow}`).result ?? ""]).toEqual([k, ""]);
      expect([k, ws.getCell(`${S.kpiCol[k]}${S.flagRow}`).result ?? ""]).toEqual([k, ""]);
    }
  });
});

test("one report later, the same cells judge (the check sees what it looks for)", () => {
  const found = judgements(books.reported);
  expect(found.length).toBeGreaterThan(0);
  expect(found.some((j) => j.startsWith("sprint!"))).toBe(true);
  expect(found.some((j) => j.startsWith("board!"))).toBe(true);
});
