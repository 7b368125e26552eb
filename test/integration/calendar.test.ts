/**
 * Acceptance for the working calendar and the one weekly target (docs/domain.md §6,
 * §10), checked by a real spreadsheet engine: .xlsx files written for a non-seed case (800,000
 * target, order value 8,000, 4% conversion, weighted owners) with mainland China's calendar,
 * recalculated by headless LibreOffice, read back and compared with figures computed here.
 *
 * - A sprint across 劳动节 2026 (05-01…05-05 off, Saturday 05-09 a make-up working day): the days
 *   off carry no target, the make-up day does, and the weekly target is the same number on the
 *   Inputs sheet, the sprint sheet, the target table, the board and the weekly review.
 * - The manager adds a company day off to the calendar table: every figure follows.
 * - A sprint past the data's last year says so on the Inputs sheet and guesses nothing.
 *
 * Needs `soffice` (see test/integration/libreoffice.test.ts); without it this test fails.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findSoffice, SOFFICE_MISSING } from "../../scripts/lo-recalc";
import { writeAndRecalculate } from "./recalcCases";
import { planSprint, type SprintInputs, type SprintPlan } from "../../src/domain/sprint";
import { cnSprintCalendar } from "../../src/calendar/cn";
import { workbookLayout } from "../../src/workbook";
import { REVIEW_ROWS, type WorkbookLayout } from "../../src/workbook/layout";
import { INPUT_VALUE_COL } from "../../src/workbook/inputs";
import { SHEET_STRINGS } from "../../src/i18n/sheet";
import { isoToSerial } from "../../src/domain/dates";
import type { InputKey } from "../../src/domain/vocabulary";

jest.setTimeout(300_000);

const TARGET = 800_000;
const OWNERS = [{ name: "张三" }, { name: "李四", weight: 2 }, { name: "王五" }, { name: "赵六" }];

/** The case's inputs from `start` for `days` days, with mainland China's calendar as the pane and the CLI add it. */
function mainland(start: string, days: number): SprintInputs {
  return { target: TARGET, avgOrderValue: 8000, conversion: 0.04, owners: OWNERS, start, days, locale: "zh-CN", ...cnSprintCalendar(start, days, "zh-CN") };
}

interface Case {
  file: string;
  plan: SprintPlan;
  layout: WorkbookLayout;
  edit?: (wb: ExcelJS.Workbook, c: Case) => void;
  result?: ExcelJS.Workbook;
}

function makeCase(file: string, inputs: SprintInputs, edit?: Case["edit"]): Case {
  const r = planSprint(inputs);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { file, plan: r.plan, layout: workbookLayout(r.plan), edit };
}

/** 2026-04-20 (a Monday) for 35 days: 25 weekdays, less 05-01, 05-04, 05-05, plus Saturday 05-09. */
const MAY = mainland("2026-04-20", 35);
/** The company day off the manager adds afterwards: Friday 2026-04-24. */
const COMPANY_DAY = "2026-04-24";

const cases: Case[] = [
  makeCase("may-2026.xlsx", MAY),
  makeCase("may-2026-edited.xlsx", MAY, (wb, c) => {
    const C = c.layout.inputs.calendar;
    const ws = wb.getWorksheet(c.layout.sheetNames.inputs)!;
    const row = C.firstRow + c.plan.inputs.calendar.length; // the first empty line
    ws.getCell(`${C.col.date}${row}`).value = isoToSerial(COMPANY_DAY);
    ws.getCell(`${C.col.kind}${row}`).value = SHEET_STRINGS["zh-CN"].calendar.kinds.off;
    ws.getCell(`${C.col.name}${row}`).value = "公司团建";
  }),
  makeCase("dec-2026.xlsx", mainland("2026-12-07", 30)),
];

type Value = string | number | boolean | Date | null;

function valueOf(cell: ExcelJS.Cell): Value {
  const v = cell.value;
  if (v !== null && typeof v === "object" && !(v instanceof Date)) {
    if ("formula" in v || "sharedFormula" in v) return (cell.result as Value | undefined) ?? "";
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
  }
  return v as Value;
}

function num(c: Case, sheet: keyof WorkbookLayout["sheetNames"], address: string): number {
  const v = valueOf(c.result!.getWorksheet(c.layout.sheetNames[sheet])!.getCell(address));
  if (typeof v !== "number") throw new Error(`${c.file} ${sheet}!${address}: expected a number, got ${JSON.stringify(v)}`);
  return v;
}

const input = (c: Case, key: InputKey): number => num(c, "inputs", `${INPUT_VALUE_COL}${c.layout.inputs.row[key]}`);

/** The sprint sheet's day row of an ISO date. */
function dayRow(c: Case, iso: string): number {
  const i = c.plan.days.findIndex((d) => d.date === iso);
  if (i < 0) throw new Error(`${iso} is not in ${c.file}`);
  return c.layout.sprint.firstDayRow + i;
}

let dir = "";

beforeAll(async () => {
  if (!findSoffice()) throw new Error(SOFFICE_MISSING);
  dir = mkdtempSync(join(tmpdir(), "sprint-calendar-"));
  await writeAndRecalculate(cases, dir);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const byFile = (file: string): Case => cases.find((c) => c.file === file)!;

describe("a sprint across 劳动节 2026, recalculated by LibreOffice", () => {
  test("the calendar table holds the State Council's days off and the make-up Saturday", () => {
    const c = byFile("may-2026.xlsx");
    const C = c.layout.inputs.calendar;
    const ws = c.result!.getWorksheet(c.layout.sheetNames.inputs)!;
    const lines: string[] = [];
    for (let r = C.firstRow; r <= C.lastRow; r++) {
      const date = valueOf(ws.getCell(`${C.col.date}${r}`));
      if (date === null || date === "") continue;
      lines.push(`${(date as Date).toISOString().slice(0, 10)} ${String(valueOf(ws.getCell(`${C.col.kind}${r}`)))} ${String(valueOf(ws.getCell(`${C.col.name}${r}`)))}`);
    }
    expect(lines).toEqual(["2026-05-01 放假 劳动节", "2026-05-02 放假 劳动节", "2026-05-03 放假 劳动节", "2026-05-04 放假 劳动节", "2026-05-05 放假 劳动节", "2026-05-09 调休上班 劳动节"]);
  });

  test("days off carry no target, the make-up Saturday does, and working days count both", () => {
    const c = byFile("may-2026.xlsx");
    const S = c.layout.sprint;
    const working = (iso: string): number => num(c, "sprint", `${S.col.working}${dayRow(c, iso)}`);
    const planned = (iso: string): number => num(c, "sprint", `${S.col["plan.revenue"]}${dayRow(c, iso)}`);
    expect(input(c, "WorkingDays")).toBe(23);
    for (const off of ["2026-05-01", "2026-05-04", "2026-05-05"]) {
      expect([off, working(off), planned(off)]).toEqual([off, 0, 0]);
    }
    expect(working("2026-05-09")).toBe(1);
    expect(planned("2026-05-09")).toBeGreaterThan(0);
    // An ordinary Saturday stays off; the make-up day carries an ordinary working day's share
    // (whole numbers telescoped over the days, so a day's share differs from the next by at most 1).
    expect([working("2026-05-16"), planned("2026-05-16")]).toEqual([0, 0]);
    expect(Math.abs(planned("2026-05-09") - planned("2026-05-08"))).toBeLessThanOrEqual(1);
    // The daily plan adds up to the target over the 23 working days.
    const total = c.plan.days.reduce((sum, _d, i) => sum + num(c, "sprint", `${S.col["plan.revenue"]}${S.firstDayRow + i}`), 0);
    expect(total).toBeCloseTo(TARGET, 6);
  });

  test("the weekly target is one number: Inputs, sprint sheet, target table, board and review", () => {
    const c = byFile("may-2026.xlsx");
    const S = c.layout.sprint;
    const T = c.layout.targets;
    const B = c.layout.board;
    const weekly = (TARGET * 5) / 23; // a full working week's share of the target
    expect(input(c, "WeeklyTarget")).toBeCloseTo(weekly, 6);
    expect(num(c, "sprint", `${S.weekCol.plan}${S.weeklyTargetRow}`)).toBeCloseTo(weekly, 6);
    expect(num(c, "targets", `${T.col.weekly}${T.totalRow}`)).toBeCloseTo(weekly, 6);
    // Per owner, by weight (1 : 2 : 1 : 1).
    expect(OWNERS.map((_, i) => num(c, "targets", `${T.col.weekly}${T.firstOwnerRow + i}`))).toEqual(
      [1, 2, 1, 1].map((w) => expect.closeTo((weekly * w) / 5, 6)),
    );
    // Week by week: a full week plans exactly the weekly target, a week with days off its own days' share;
    // the board and the review show the sprint sheet's figure.
    const weekDays = [5, 4, 4, 5, 5]; // week 2 loses 05-01; week 3 loses 05-04, 05-05 and gains 05-09
    c.plan.weeks.forEach((w, i) => {
      const sprintPlan = num(c, "sprint", `${S.weekCol.plan}${S.firstWeekRow + i}`);
      expect(num(c, "sprint", `${S.weekCol.workingDays}${S.firstWeekRow + i}`)).toBe(weekDays[i]);
      expect(sprintPlan).toBeCloseTo((TARGET * weekDays[i]) / 23, 6);
      if (weekDays[i] === 5) expect(sprintPlan).toBeCloseTo(weekly, 6);
      expect(num(c, "board", `${B.weekPctCol(w.week)}${B.weekTargetRow}`)).toBeCloseTo(sprintPlan, 6);
      expect(num(c, "review", `B${c.layout.review.blockRow(w.week) + REVIEW_ROWS.revenue}`)).toBeCloseTo(sprintPlan, 6);
    });
  });
});

describe("the manager edits the calendar table afterwards", () => {
  test("a company day off added in the table: working days drop by one and every figure follows", () => {
    const before = byFile("may-2026.xlsx");
    const c = byFile("may-2026-edited.xlsx");
    const S = c.layout.sprint;
    expect(input(c, "WorkingDays")).toBe(input(before, "WorkingDays") - 1);
    expect(num(c, "sprint", `${S.col.working}${dayRow(c, COMPANY_DAY)}`)).toBe(0);
    expect(num(c, "sprint", `${S.col["plan.revenue"]}${dayRow(c, COMPANY_DAY)}`)).toBe(0);
    expect(input(c, "WeeklyTarget")).toBeCloseTo((TARGET * 5) / 22, 6);
    expect(num(c, "sprint", `${S.weekCol.plan}${S.firstWeekRow}`)).toBeCloseTo((TARGET * 4) / 22, 6);
    // The plan made with that line in its calendar is what the sheet now computes.
    const replanned = planSprint({ ...MAY, calendar: [...(MAY.calendar ?? []), { date: COMPANY_DAY, kind: "off", name: "公司团建" }] });
    if (!replanned.ok) throw new Error("the edited calendar should plan");
    expect(replanned.plan.days.map((d, i) => num(c, "sprint", `${S.col["plan.revenue"]}${S.firstDayRow + i}`))).toEqual(
      replanned.plan.days.map((d) => expect.closeTo(d.plan.revenue, 6)),
    );
  });
});

describe("a sprint past the last year the data covers", () => {
  test("the Inputs sheet says so, and 2027's dates are left to the manager (no guessing)", () => {
    const c = byFile("dec-2026.xlsx");
    const C = c.layout.inputs.calendar;
    expect(c.plan.uncovered).toEqual({ from: "2027-01-01", to: "2027-01-05" });
    expect(C.uncoveredRow).not.toBeNull();
    const note = valueOf(c.result!.getWorksheet(c.layout.sheetNames.inputs)!.getCell(`A${C.uncoveredRow}`));
    expect(note).toBe("⚠ 节假日数据只到 2026 年：2027-01-01 起的放假和调休请自行添加（未添加的日期按平常的工作日计算）。");
    expect(c.plan.inputs.calendar).toEqual([]);
    // 元旦 2027 (a Friday) is not guessed: the weekday rule makes it a working day.
    expect(num(c, "sprint", `${c.layout.sprint.col.working}${dayRow(c, "2027-01-01")}`)).toBe(1);
    expect(input(c, "WorkingDays")).toBe(22);
  });
});
