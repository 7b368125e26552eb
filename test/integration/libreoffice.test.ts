/**
 * The sprint workbook checked by a real spreadsheet engine: write .xlsx files, recalculate
 * them in headless LibreOffice (fresh profile, "recalculate on load: always"), read the values
 * back and compare them with the plan model and with figures computed here independently.
 *
 * One LibreOffice run converts every workbook (a few seconds). Needs `soffice`:
 * Debian/Ubuntu `apt-get install libreoffice-calc-nogui`. Without it this test fails.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findSoffice, SOFFICE_MISSING } from "../../scripts/lo-recalc";
import { writeAndRecalculate } from "./recalcCases";
import { planSprint, type SprintInputs, type SprintPlan } from "../../src/domain/sprint";
import { requiredLeads } from "../../src/domain/leads";
import { bottleneck } from "../../src/domain/funnel";
import { workbookLayout } from "../../src/workbook";
import type { WorkbookLayout } from "../../src/workbook/layout";
import { INPUT_VALUE_COL } from "../../src/workbook/inputs";
import { SHEET_STRINGS } from "../../src/i18n/sheet";
import { SPRINT_METRICS, type InputKey } from "../../src/domain/vocabulary";
import { isoToSerial } from "../../src/domain/dates";
import { seedInputs } from "../fixtures/seedPlan";

jest.setTimeout(180_000);

type Value = string | number | boolean | Date | null;

/** A cell's value as LibreOffice computed it ("" for an empty text result, null for an empty cell). */
function valueOf(cell: ExcelJS.Cell): Value | { error: string } {
  const v = cell.value;
  if (v !== null && typeof v === "object" && !(v instanceof Date)) {
    if ("formula" in v || "sharedFormula" in v) {
      const r = cell.result as unknown;
      if (r === undefined) return "";
      return r as Value | { error: string };
    }
    if ("error" in v) return v as { error: string };
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
  }
  return v as Value;
}

interface Case {
  file: string;
  inputs: SprintInputs;
  plan: SprintPlan;
  layout: WorkbookLayout;
  /** Edits typed into the workbook (ExcelJS) before LibreOffice recalculates it. */
  edit?: (wb: ExcelJS.Workbook, c: Case) => void;
  result?: ExcelJS.Workbook;
}

function makeCase(file: string, inputs: SprintInputs, edit?: Case["edit"]): Case {
  const r = planSprint(inputs);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { file, inputs, plan: r.plan, layout: workbookLayout(r.plan), edit };
}

const SEED = seedInputs(); // from a Monday

// Actuals typed into the seed workbook: days 1–10 (6 and 7 are a weekend, left empty).
const ACTUAL_DAYS: Record<number, { leads: number; calls: number; emails: number; demos: number; quotes: number; deals: number; revenue: number }> = {
  1: { leads: 90, calls: 60, emails: 90, demos: 30, quotes: 10, deals: 4, revenue: 20000 },
  2: { leads: 80, calls: 70, emails: 100, demos: 40, quotes: 20, deals: 6, revenue: 30000 },
  3: { leads: 60, calls: 50, emails: 70, demos: 20, quotes: 18, deals: 3, revenue: 15000 },
  4: { leads: 95, calls: 66, emails: 95, demos: 38, quotes: 19, deals: 5, revenue: 25000 },
  5: { leads: 70, calls: 40, emails: 60, demos: 25, quotes: 15, deals: 4, revenue: 22000 },
  8: { leads: 50, calls: 30, emails: 50, demos: 20, quotes: 14, deals: 3, revenue: 18000 },
  9: { leads: 85, calls: 65, emails: 95, demos: 36, quotes: 20, deals: 5, revenue: 26000 },
  10: { leads: 75, calls: 62, emails: 90, demos: 30, quotes: 18, deals: 5, revenue: 24000 },
};
const FUNNEL_ACTUALS = [1000, 700, 400, 120, 50];
const OWNER_ACTUALS = [30000, 45000, 20000, 40000, 45000];
const PIPELINE = 400000;

const INJECTION_NAMES = ["=1+1", "+SUM(A1:A2)", "-2", "@now", '=HYPERLINK("http://example.com","x")'];

const cases: Case[] = [
  makeCase("seed-blank.xlsx", SEED),
  makeCase("seed-actuals.xlsx", SEED, (wb, c) => {
    // Daily actuals are team rows of the daily log, one per reported day.
    const G = c.layout.log;
    const ws = wb.getWorksheet(c.layout.sheetNames.log)!;
    const start = isoToSerial(SEED.start as string) as number;
    Object.entries(ACTUAL_DAYS).forEach(([day, a], i) => {
      const r = G.firstRow + i;
      ws.getCell(`${G.col.date}${r}`).value = start + Number(day) - 1;
      ws.getCell(`${G.col.owner}${r}`).value = c.layout.run.teamOwner;
      for (const m of SPRINT_METRICS) ws.getCell(`${G.col[m]}${r}`).value = a[m];
    });
    const F = c.layout.funnel;
    const fs = wb.getWorksheet(c.layout.sheetNames.funnel)!;
    FUNNEL_ACTUALS.forEach((n, i) => (fs.getCell(`${F.col.actual}${F.firstStageRow + i}`).value = n));
    const T = c.layout.targets;
    const ts = wb.getWorksheet(c.layout.sheetNames.targets)!;
    // Typed owner actuals are opening figures now; the owner's actual is opening + log (no owner rows here).
    OWNER_ACTUALS.forEach((n, i) => (ts.getCell(`${T.col.opening}${T.firstOwnerRow + i}`).value = n));
    inputCell(wb, c, "PipelineValue").value = PIPELINE;
  }),
  // A manager changes inputs in the sheet: everything must follow.
  makeCase("seed-edited.xlsx", SEED, (wb, c) => {
    inputCell(wb, c, "SprintTarget").value = 654321;
    inputCell(wb, c, "IncludeWeekends").value = SHEET_STRINGS["zh-CN"].yes;
  }),
  makeCase("en-45-weekends.xlsx", {
    target: 987654,
    avgOrderValue: 2500,
    conversion: 0.03,
    owners: [...INJECTION_NAMES.map((name, i) => ({ name, weight: i + 1 })), { name: "Dana", weight: 0.5 }],
    start: "2028-02-14", // spans leap day 2028-02-29
    days: 45,
    weekends: true,
    locale: "en",
  }),
  makeCase("tw-92-noise.xlsx", {
    target: 9000, // 9000 ÷ 2500 ÷ 3% = 120.00000000000001 in floating point: still 120 leads
    avgOrderValue: 2500,
    conversion: 0.03,
    owners: [
      { name: "北區", weight: 3 },
      { name: "南區", weight: 3 },
      { name: "新人", weight: 1 },
    ],
    start: "2028-01-01", // a Saturday
    days: 92,
    locale: "zh-TW",
  }),
  makeCase("tw-7.xlsx", seedInputs({ owners: 3, days: 7, start: "2028-02-26", locale: "zh-TW" })),
];

function inputCell(wb: ExcelJS.Workbook, c: Case, key: InputKey): ExcelJS.Cell {
  return wb.getWorksheet(c.layout.sheetNames.inputs)!.getCell(`${INPUT_VALUE_COL}${c.layout.inputs.row[key]}`);
}

function read(c: Case, sheet: keyof WorkbookLayout["sheetNames"], address: string): Value | { error: string } {
  const ws = c.result!.getWorksheet(c.layout.sheetNames[sheet]);
  if (!ws) throw new Error(`sheet ${c.layout.sheetNames[sheet]} missing in ${c.file}`);
  return valueOf(ws.getCell(address));
}

function num(c: Case, sheet: keyof WorkbookLayout["sheetNames"], address: string): number {
  const v = read(c, sheet, address);
  if (typeof v !== "number") throw new Error(`${c.file} ${sheet}!${address}: expected a number, got ${JSON.stringify(v)}`);
  return v;
}

function input(c: Case, key: InputKey): number {
  return num(c, "inputs", `${INPUT_VALUE_COL}${c.layout.inputs.row[key]}`);
}

let dir = "";

beforeAll(async () => {
  if (!findSoffice()) throw new Error(SOFFICE_MISSING);
  dir = mkdtempSync(join(tmpdir(), "sprint-lo-"));
  await writeAndRecalculate(cases, dir);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const byFile = (file: string): Case => cases.find((c) => c.file === file)!;

describe("every workbook recalculated by LibreOffice", () => {
  test.each(cases.map((c) => [c.file, c] as const))("%s: no error value in any cell", (_file, c) => {
    const errors: string[] = [];
    // The burn-up chart's hidden actual column holds #N/A after the last reported day on purpose
    // (a line chart skips #N/A): the one column exempt from this check.
    const chartColumn = c.layout.sprint.col.chartActual;
    for (const ws of c.result!.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = valueOf(cell);
          const inChartColumn = ws.name === c.layout.sheetNames.sprint && cell.address.replace(/\d+$/, "") === chartColumn;
          if (inChartColumn && JSON.stringify(v).includes("#N/A")) return;
          const bad =
            (v !== null && typeof v === "object" && "error" in v) || (typeof v === "string" && /^(#(NAME\?|VALUE!|REF!|DIV\/0!|N\/A|NUM!|NULL!)|Err:\d+)/.test(v));
          if (bad) errors.push(`${ws.name}!${cell.address}: ${JSON.stringify(v)}`);
        }),
      );
    }
    expect(errors).toEqual([]);
    expect(c.result!.worksheets.map((w) => w.name)).toEqual(Object.values(c.layout.sheetNames));
  });

  test.each(cases.filter((c) => !c.edit).map((c) => [c.file, c] as const))(
    "%s: the sheets compute exactly what the plan model computes",
    (_file, c) => {
      const p = c.plan;
      const S = c.layout.sprint;
      expect(input(c, "RequiredLeads")).toBe(requiredLeads(c.inputs.target, c.inputs.avgOrderValue, c.inputs.conversion as number));
      expect(input(c, "RequiredLeads")).toBe(p.requiredLeads);
      expect(input(c, "RequiredDeals")).toBe(p.requiredDeals);
      expect(input(c, "WorkingDays")).toBe(p.workingDays);
      expect(input(c, "SprintDays")).toBe(p.inputs.days);
      expect(input(c, "WeekWorkingDays")).toBe(p.fullWeekDays);
      expect(input(c, "WeeklyTarget")).toBeCloseTo(p.weeklyTarget, 6);
      expect(input(c, "PhaseDays")).toBe(p.phaseDays);
      expect(input(c, "TeamSize")).toBe(p.owners.length);

      const sheetDays = p.days.map((d, i) => {
        const r = S.firstDayRow + i;
        return {
          working: num(c, "sprint", `${S.col.working}${r}`) === 1,
          workIndex: num(c, "sprint", `${S.col.workIndex}${r}`),
          week: num(c, "sprint", `${S.col.week}${r}`),
          phase: num(c, "sprint", `${S.col.phaseNo}${r}`),
          plan: Object.fromEntries(SPRINT_METRICS.map((m) => [m, num(c, "sprint", `${S.col[`plan.${m}`]}${r}`)])),
          cumRevenue: num(c, "sprint", `${S.col.cumPlan}${r}`),
          date: read(c, "sprint", `${S.col.date}${r}`),
        };
      });
      expect(sheetDays).toEqual(
        p.days.map((d) => ({
          working: d.working,
          workIndex: d.workIndex,
          week: d.week,
          phase: d.phase,
          plan: d.plan,
          cumRevenue: d.cumRevenue,
          date: new Date(`${d.date}T00:00:00Z`),
        })),
      );
      p.weeks.forEach((w, i) => {
        const r = S.firstWeekRow + i;
        expect(num(c, "sprint", `${S.weekCol.keyPlan}${r}`)).toBe(w.keyPlan);
        expect(num(c, "sprint", `${S.weekCol.plan}${r}`)).toBeCloseTo(w.revenue, 6);
      });
      const T = c.layout.targets;
      expect(p.owners.map((_, i) => num(c, "targets", `${T.col.target}${T.firstOwnerRow + i}`))).toEqual(p.owners.map((o) => o.target));
      expect(p.phases.map((_, i) => num(c, "targets", `${T.phaseCol.keyPlan}${T.firstPhaseRow + i}`))).toEqual(p.phases.map((ph) => ph.keyPlan));
      const F = c.layout.funnel;
      expect(p.funnel.map((_, i) => num(c, "funnel", `${F.col.required}${F.firstStageRow + i}`))).toEqual(p.funnel.map((f) => f.required));
    },
  );

  test.each(cases.map((c) => [c.file, c] as const))("%s: planned revenue and owner targets add up to the target", (_file, c) => {
    const target = input(c, "SprintTarget");
    const S = c.layout.sprint;
    const T = c.layout.targets;
    let revenue = 0;
    for (let r = S.firstDayRow; r <= S.lastDayRow; r++) revenue += num(c, "sprint", `${S.col["plan.revenue"]}${r}`);
    let owners = 0;
    for (let r = T.firstOwnerRow; r <= T.lastOwnerRow; r++) owners += num(c, "targets", `${T.col.target}${r}`);
    expect(revenue).toBe(target);
    expect(owners).toBe(target);
    expect(num(c, "sprint", `${S.col["plan.revenue"]}${S.totalRow}`)).toBe(target);
    expect(num(c, "sprint", `${S.col["plan.leads"]}${S.totalRow}`)).toBe(input(c, "RequiredLeads"));
  });
});

describe("typed inputs and actuals", () => {
  test("owner names that look like formulas stay text", () => {
    const c = byFile("en-45-weekends.xlsx");
    const T = c.layout.targets;
    const names = c.plan.owners.map((_, i) => c.result!.getWorksheet(c.layout.sheetNames.targets)!.getCell(`${T.col.owner}${T.firstOwnerRow + i}`));
    expect(names.map((cell) => cell.formula)).toEqual(names.map(() => undefined));
    expect(names.map((cell) => cell.value)).toEqual([...INJECTION_NAMES, "Dana"]);
  });

  test("the floating-point noise case needs 120 leads, not 121", () => {
    const c = byFile("tw-92-noise.xlsx");
    expect(input(c, "RequiredLeads")).toBe(120);
  });

  test("leap day 2028-02-29 is a working day of the 45-day sprint with weekends", () => {
    const c = byFile("en-45-weekends.xlsx");
    const S = c.layout.sprint;
    const day = (isoToSerial("2028-02-29") as number) - (isoToSerial("2028-02-14") as number) + 1;
    const r = S.firstDayRow + day - 1;
    expect(read(c, "sprint", `${S.col.date}${r}`)).toEqual(new Date("2028-02-29T00:00:00Z"));
    expect(read(c, "sprint", `${S.col.weekday}${r}`)).toBe("Tue");
    expect(num(c, "sprint", `${S.col.working}${r}`)).toBe(1);
    expect(input(c, "WorkingDays")).toBe(45);
  });

  test("changing SprintTarget and IncludeWeekends in the sheet re-plans everything", () => {
    const c = byFile("seed-edited.xlsx");
    expect(input(c, "SprintTarget")).toBe(654321);
    expect(input(c, "WorkingDays")).toBe(30);
    expect(input(c, "RequiredLeads")).toBe(Math.ceil(654321 / 5000 / 0.05));
    const S = c.layout.sprint;
    expect(num(c, "sprint", `${S.col.cumPlan}${S.lastDayRow}`)).toBe(654321);
    // Day 6 is a Saturday: now a working day with its share of the target.
    expect(num(c, "sprint", `${S.col["plan.revenue"]}${S.firstDayRow + 5}`)).toBe(Math.round((654321 * 6) / 30) - Math.round((654321 * 5) / 30));
  });

  test("before any actual: status, attainment and projections are blank, not errors", () => {
    const c = byFile("seed-blank.xlsx");
    const S = c.layout.sprint;
    for (let r = S.firstDayRow; r <= S.lastDayRow; r++) {
      for (const k of ["cumActual", "attainment", "status", "activity", "projected", "required"] as const) {
        expect([k, r, read(c, "sprint", `${S.col[k]}${r}`)]).toEqual([k, r, ""]);
      }
    }
    const K = (k: keyof typeof S.kpiCol): Value | { error: string } => read(c, "sprint", `${S.kpiCol[k]}${S.kpiValueRow}`);
    expect([K("pacing"), K("attainment"), K("projected"), K("coverage"), K("newOpps"), K("activity")]).toEqual(["", "", "", "", "", ""]);
    expect(K("requiredDaily")).toBeCloseTo(500000 / 22, 6);
    expect(input(c, "LastReportedDay")).toBe(0);
  });

  test("after typing actuals: attainment, status, projections and warnings follow", () => {
    const c = byFile("seed-actuals.xlsx");
    const S = c.layout.sprint;
    const s = SHEET_STRINGS["zh-CN"];
    const T = 500000;
    const W = 22;
    // Independent arithmetic: 2025-03-03 is a Monday; days 1–10 hold 8 working days.
    const isWorking = (day: number): boolean => ![6, 7].includes(((day - 1) % 7) + 1);
    const workIndex = (day: number): number => Array.from({ length: day }, (_, i) => i + 1).filter(isWorking).length;
    const cumPlan = (day: number): number => Math.round((T * workIndex(day)) / W);
    let cum = 0;
    for (let day = 1; day <= 30; day++) {
      const r = S.firstDayRow + day - 1;
      const a = ACTUAL_DAYS[day];
      if (!a) {
        expect([day, read(c, "sprint", `${S.col.status}${r}`), read(c, "sprint", `${S.col.cumActual}${r}`)]).toEqual([day, "", ""]);
        continue;
      }
      cum += a.revenue;
      const k = workIndex(day);
      const attainment = cum / cumPlan(day);
      expect(num(c, "sprint", `${S.col.cumActual}${r}`)).toBe(cum);
      expect(num(c, "sprint", `${S.col.attainment}${r}`)).toBeCloseTo(attainment, 12);
      expect(read(c, "sprint", `${S.col.status}${r}`)).toBe(attainment >= 1 ? s.status.achieved : s.status.notAchieved);
      expect(num(c, "sprint", `${S.col.projected}${r}`)).toBeCloseTo((cum / k) * W, 6);
      expect(num(c, "sprint", `${S.col.required}${r}`)).toBeCloseTo(Math.max(0, T - cum) / (W - k), 6);
      // The plan's calls, emails and demos that day (per-rep daily figures from the plan, docs/domain.md §5.2).
      const plan = c.plan.days[day - 1].plan;
      const plannedActivity = plan.calls + plan.emails + plan.demos;
      expect(num(c, "sprint", `${S.col.activity}${r}`)).toBeCloseTo((a.calls + a.emails + a.demos) / plannedActivity, 12);
    }
    // Both statuses occur, so the test would notice a constant status.
    const statuses = Object.keys(ACTUAL_DAYS).map((d) => read(c, "sprint", `${S.col.status}${S.firstDayRow + Number(d) - 1}`));
    expect(new Set(statuses)).toEqual(new Set([s.status.achieved, s.status.notAchieved]));

    const actual = Object.values(ACTUAL_DAYS).reduce((x, a) => x + a.revenue, 0);
    const k = workIndex(10);
    const K = (key: keyof typeof S.kpiCol): number => num(c, "sprint", `${S.kpiCol[key]}${S.kpiValueRow}`);
    const flag = (key: keyof typeof S.kpiCol): Value | { error: string } => read(c, "sprint", `${S.kpiCol[key]}${S.flagRow}`);
    expect(input(c, "LastReportedDay")).toBe(10);
    expect(input(c, "WorkingDaysElapsed")).toBe(k);
    expect(K("actualToDate")).toBe(actual);
    expect(K("pacing")).toBe(Math.round((T * k) / W));
    expect(K("attainment")).toBeCloseTo(actual / Math.round((T * k) / W), 12);
    expect(flag("attainment")).toBe(s.status.notAchieved);
    expect(K("projected")).toBeCloseTo((actual / k) * W, 6);
    expect(K("requiredDaily")).toBeCloseTo((T - actual) / (W - k), 6);
    expect(K("coverage")).toBeCloseTo(PIPELINE / (T - actual), 12);
    expect(flag("coverage")).toBe(PIPELINE / (T - actual) < 1.5 ? "⚠ 覆盖率低于 150%" : "");
    const leads = Object.values(ACTUAL_DAYS).reduce((x, a) => x + a.leads, 0);
    expect(K("newOpps")).toBeCloseTo(leads / Math.round((2000 * k) / W), 12);
    expect(flag("newOpps")).toBe(leads / Math.round((2000 * k) / W) < 0.8 ? "⚠ 新增线索低于计划的 80%" : "");
    const activity = Object.values(ACTUAL_DAYS).reduce((x, a) => x + a.calls + a.emails + a.demos, 0);
    const plannedActivity = c.plan.days.slice(0, 10).reduce((x, d) => x + d.plan.calls + d.plan.emails + d.plan.demos, 0);
    expect(K("activity")).toBeCloseTo(activity / plannedActivity, 12);
    expect(flag("activity")).toBe(activity / plannedActivity < 0.85 ? "⚠ 活动完成率低于 85%" : "");
    expect([flag("coverage"), flag("activity")].filter((f) => f !== "")).not.toHaveLength(0);

    // Weekly table: week 1 = days 1–7, week 2 = days 8–14 (partly reported), week 3 blank.
    const week = (w: number, key: keyof typeof S.weekCol): Value | { error: string } =>
      read(c, "sprint", `${S.weekCol[key]}${S.firstWeekRow + w - 1}`);
    const rev = (from: number, to: number): number =>
      Object.entries(ACTUAL_DAYS).filter(([d]) => Number(d) >= from && Number(d) <= to).reduce((x, [, a]) => x + a.revenue, 0);
    expect(week(1, "actual")).toBe(rev(1, 7));
    expect(week(2, "actual")).toBe(rev(8, 14));
    expect(week(3, "actual")).toBe("");
    expect(week(1, "attainment") as number).toBeCloseTo(rev(1, 7) / c.plan.weeks[0].revenue, 12);
    expect(week(1, "keyActual")).toBe(Object.values(ACTUAL_DAYS).slice(0, 5).reduce((x, a) => x + a.leads, 0));

    // Funnel: the bottleneck is the stage bottleneck() names.
    const F = c.layout.funnel;
    const flags = FUNNEL_ACTUALS.map((_, i) => read(c, "funnel", `${F.col.bottleneck}${F.firstStageRow + i}`));
    const expected = bottleneck(FUNNEL_ACTUALS);
    expect(typeof expected).toBe("number");
    expect(flags.map((f, i) => (f === s.funnel.bottleneck ? i : -1)).filter((i) => i >= 0)).toEqual([expected]);

    // Target table: attainment per owner and in total.
    const Tl = c.layout.targets;
    OWNER_ACTUALS.forEach((a, i) => {
      expect(num(c, "targets", `${Tl.col.attainment}${Tl.firstOwnerRow + i}`)).toBeCloseTo(a / 100000, 12);
    });
    expect(num(c, "targets", `${Tl.col.attainment}${Tl.totalRow}`)).toBeCloseTo(OWNER_ACTUALS.reduce((x, y) => x + y, 0) / T, 12);
  });
});
