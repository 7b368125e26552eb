/**
 * One daily figure per metric and owner, and the funnel from the log (docs/domain.md §4 "The
 * funnel and the daily log", §5.2 "Daily figures"), checked by LibreOffice on a case that is
 * not the worked one: 800,000 at an order value of 8,000 and 4% conversion, owners 张三,
 * 李四:2, 王五, 赵六, reports typed into the log's rows (a team row among them) and an opening
 * figure on the funnel.
 *
 * - From the plan (nothing typed): for every board metric, the owners' targets to date and on
 *   the last reported day add up to the plan's figures (the sprint sheet's planned column) and
 *   equal the domain's split (src/domain/daily.ts); the funnel's actuals are the log's sums
 *   (plus the opening figure), and its conversions follow.
 * - Typed per-rep figures (demos 1, below what the funnel needs; calls 200, above it): the
 *   board uses them, the Inputs note and the sprint sheet's warning row say which is short.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findSoffice, SOFFICE_MISSING } from "../../scripts/lo-recalc";
import { planSprint, STAGE_METRIC, type SprintInputs } from "../../src/domain/sprint";
import { parseOwners } from "../../src/domain/owners";
import { bottleneck } from "../../src/domain/funnel";
import { isoToSerial } from "../../src/domain/dates";
import { ownerTargetsOn, ownerTargetsThrough, teamPlanThrough } from "../../src/domain/daily";
import { BOARD_METRICS } from "../../src/domain/run";
import { DAILY_METRICS, SPRINT_METRICS, type SprintMetric } from "../../src/domain/vocabulary";
import { sheetStrings } from "../../src/i18n/sheet";
import { activityShortText } from "../../src/i18n/planWords";
import { workbookLayout } from "../../src/workbook";
import { writeAndRecalculate, type RecalcCase } from "./recalcCases";
import type { WorkbookLayout } from "../../src/workbook/layout";

jest.setTimeout(300_000);

const START = "2026-11-02"; // a Monday: 30 days, 22 working days
const OWNERS = parseOwners("张三, 李四:2, 王五, 赵六").owners;
const INPUTS: SprintInputs = { target: 800000, avgOrderValue: 8000, conversion: 0.04, owners: OWNERS, start: START, days: 30, locale: "zh-CN" };

type Report = { day: number; owner: string } & Partial<Record<SprintMetric, number>>;

/** Days 1–3 and 8 (day 8 the last reported, a Monday), each owner different; a team row on day 2. */
function reports(): Report[] {
  const out: Report[] = [];
  for (const day of [1, 2, 3, 8]) {
    OWNERS.forEach((o, i) => {
      if (day === 3 && i === 3) return; // 赵六 did not report on day 3
      const k = day + 3 * i;
      out.push({ day, owner: o.name, leads: 20 + k, calls: 15 + (k % 9), emails: 25 + (k % 4), demos: 8 + (k % 6), quotes: 3 + (k % 3), deals: 1 + (k % 2), revenue: 4000 * (1 + (k % 3)) });
    });
  }
  out.push({ day: 2, owner: "团队", leads: 30, calls: 12, demos: 2, deals: 1, revenue: 8000 });
  return out;
}
const LAST_DAY = 8;
/** Opening figure of the contacted stage (before the log). */
const OPENING_CONTACTED = 40;

interface Case extends RecalcCase<Case> {
  layout: WorkbookLayout;
}

function makeCase(file: string, inputs: SprintInputs): Case {
  const r = planSprint(inputs);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { file, plan: r.plan, layout: workbookLayout(r.plan), edit: typeReports };
}

const ROWS = reports();
const fromPlan = makeCase("from-plan.xlsx", INPUTS);
const typed = makeCase("typed.xlsx", { ...INPUTS, dailyActivity: { demos: 1, calls: 200 } });

/** The reports typed into the log and the funnel's opening figure (before LibreOffice recalculates). */
function typeReports(wb: ExcelJS.Workbook, c: Case): void {
  const G = c.layout.log;
  const ws = wb.getWorksheet(c.layout.sheetNames.log)!;
  const start = isoToSerial(START) as number;
  ROWS.forEach((rep, i) => {
    const r = G.firstRow + i;
    ws.getCell(`${G.col.date}${r}`).value = start + rep.day - 1;
    ws.getCell(`${G.col.owner}${r}`).value = rep.owner;
    for (const m of SPRINT_METRICS) if (rep[m] !== undefined) ws.getCell(`${G.col[m]}${r}`).value = rep[m];
  });
  const F = c.layout.funnel;
  const contacted = c.plan.funnel.findIndex((s) => s.key === "contacted");
  wb.getWorksheet(c.layout.sheetNames.funnel)!.getCell(`${F.col.opening}${F.firstStageRow + contacted}`).value = OPENING_CONTACTED;
}

let dir = "";
beforeAll(async () => {
  if (!findSoffice()) throw new Error(SOFFICE_MISSING);
  dir = mkdtempSync(join(tmpdir(), "sprint-daily-"));
  await writeAndRecalculate([fromPlan, typed], dir);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type Value = string | number | boolean | Date | null | { error: string };
function read(c: Case, sheet: keyof WorkbookLayout["sheetNames"], address: string): Value {
  const cell = c.result!.getWorksheet(c.layout.sheetNames[sheet])!.getCell(address);
  const v = cell.value;
  if (v !== null && typeof v === "object" && !(v instanceof Date)) {
    if ("formula" in v || "sharedFormula" in v) return cell.result === undefined ? "" : (cell.result as Value);
    if ("error" in v) return v as { error: string };
  }
  return v as Value;
}
function num(c: Case, sheet: keyof WorkbookLayout["sheetNames"], address: string): number {
  const v = read(c, sheet, address);
  if (typeof v !== "number") throw new Error(`${c.file} ${sheet}!${address}: expected a number, got ${JSON.stringify(v)}`);
  return v;
}
const sum = (rows: readonly Report[], m: SprintMetric): number => rows.reduce((a, r) => a + (r[m] ?? 0), 0);
const sumAll = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
/** The sprint sheet's planned column of a metric, day by day, as LibreOffice computed it. */
function sheetPlan(c: Case, m: SprintMetric): number[] {
  const S = c.layout.sprint;
  return Array.from({ length: S.lastDayRow - S.firstDayRow + 1 }, (_, i) => num(c, "sprint", `${S.col[`plan.${m}`]}${S.firstDayRow + i}`));
}

describe("from the plan: one daily figure per metric and owner", () => {
  test("the sprint sheet's plan is the domain's, and its totals are the funnel's required counts", () => {
    for (const m of DAILY_METRICS) {
      expect([m, sheetPlan(fromPlan, m)]).toEqual([m, fromPlan.plan.days.map((d) => d.plan[m])]);
    }
    const required = (key: string): number => fromPlan.plan.funnel.find((s) => s.key === key)!.required;
    expect(sumAll(sheetPlan(fromPlan, "demos"))).toBe(required("qualified"));
    expect(sumAll(sheetPlan(fromPlan, "calls"))).toBe(required("contacted"));
    expect(sumAll(sheetPlan(fromPlan, "deals"))).toBe(fromPlan.plan.requiredDeals);
    expect(sumAll(sheetPlan(fromPlan, "leads"))).toBe(fromPlan.plan.requiredLeads);
  });

  test("board, to date: the owners' targets add up to the plan through the last reported day, split by weight", () => {
    const c = fromPlan;
    const B = c.layout.board;
    expect(num(c, "inputs", `B${c.layout.inputs.row.LastReportedDay}`)).toBe(LAST_DAY);
    for (const m of BOARD_METRICS) {
      const targets = OWNERS.map((_, i) => num(c, "board", `${B.toDateCol(m, "target")}${B.firstOwnerRow + i}`));
      const plan = sumAll(sheetPlan(c, m).slice(0, LAST_DAY));
      expect(num(c, "board", `${B.toDateCol(m, "target")}${B.toDateTotalRow}`)).toBe(plan);
      if (m === "revenue") continue; // revenue: the target table's share of the pacing target, as before
      expect([m, sumAll(targets)]).toEqual([m, plan]);
      expect([m, targets]).toEqual([m, ownerTargetsThrough(c.plan, m, LAST_DAY)]);
      expect(plan).toBe(teamPlanThrough(c.plan, m, LAST_DAY));
      // 李四 (weight 2) is asked for about twice as much as each of the others.
      expect(Math.abs(targets[1] - 2 * targets[0])).toBeLessThanOrEqual(2);
      // Actuals: the owner's log rows (the team row is not on the board; the total is the owners').
      OWNERS.forEach((o, i) => {
        expect(num(c, "board", `${B.toDateCol(m, "actual")}${B.firstOwnerRow + i}`)).toBe(sum(ROWS.filter((r) => r.owner === o.name), m));
      });
      expect(num(c, "board", `${B.toDateCol(m, "actual")}${B.toDateTotalRow}`)).toBe(sum(ROWS.filter((r) => r.owner !== "团队"), m));
    }
  });

  test("board, last reported day: the owners' targets that day add up to the plan's figure that day", () => {
    const c = fromPlan;
    const B = c.layout.board;
    for (const m of DAILY_METRICS) {
      const targets = OWNERS.map((_, i) => num(c, "board", `${B.dayCol(m, "target")}${B.firstDayOwnerRow + i}`));
      const planned = sheetPlan(c, m)[LAST_DAY - 1];
      expect([m, sumAll(targets)]).toEqual([m, planned]);
      expect(num(c, "board", `${B.dayCol(m, "target")}${B.dayTotalRow}`)).toBe(planned);
      expect([m, targets]).toEqual([m, ownerTargetsOn(c.plan, m, LAST_DAY)]);
      OWNERS.forEach((o, i) => {
        const that = ROWS.filter((r) => r.owner === o.name && r.day === LAST_DAY);
        expect(num(c, "board", `${B.dayCol(m, "actual")}${B.firstDayOwnerRow + i}`)).toBe(sum(that, m));
      });
    }
  });

  test("over the whole sprint, each owner's targets add up to the owner's share and the owners' to the plan", () => {
    const c = fromPlan;
    const n = c.plan.days.length;
    for (const m of DAILY_METRICS) {
      const byDay = Array.from({ length: n }, (_, d) => ownerTargetsOn(c.plan, m, d + 1));
      const perOwner = OWNERS.map((_, i) => sumAll(byDay.map((t) => t[i])));
      expect(perOwner).toEqual(ownerTargetsThrough(c.plan, m, n));
      expect(sumAll(perOwner)).toBe(sumAll(sheetPlan(c, m)));
      byDay.forEach((t, d) => expect(sumAll(t)).toBe(c.plan.days[d].plan[m]));
    }
  });

  test("no warning: nothing typed, the plan is the funnel's", () => {
    const c = fromPlan;
    expect(read(c, "sprint", `A${c.layout.sprint.needRow}`)).toBe(sheetStrings("zh-CN").sprint.need);
    expect(activityShortText(c.plan, "zh-CN")).toBeNull();
    for (const key of ["DailyCalls", "DailyEmails"] as const) {
      expect(String(read(c, "inputs", `D${c.layout.inputs.row[key]}`))).not.toContain("⚠");
      expect(read(c, "inputs", `B${c.layout.inputs.row[key]}`)).toBeNull();
    }
  });
});

describe("the funnel follows the log", () => {
  test("each stage's actual is the log's sum of its metric (team row included) plus the opening figure", () => {
    const c = fromPlan;
    const F = c.layout.funnel;
    c.plan.funnel.forEach((stage, i) => {
      const m = STAGE_METRIC[stage.key];
      if (!m) throw new Error(`stage ${stage.key} has no log metric`);
      const opening = stage.key === "contacted" ? OPENING_CONTACTED : 0;
      expect([stage.key, num(c, "funnel", `${F.col.actual}${F.firstStageRow + i}`)]).toEqual([stage.key, opening + sum(ROWS, m)]);
    });
  });

  test("the conversions and completion follow the actuals; the bottleneck is the stage furthest below its benchmark", () => {
    const c = fromPlan;
    const F = c.layout.funnel;
    const actual = (i: number): number => num(c, "funnel", `${F.col.actual}${F.firstStageRow + i}`);
    c.plan.funnel.forEach((stage, i) => {
      const r = F.firstStageRow + i;
      expect(num(c, "funnel", `${F.col.attainment}${r}`)).toBeCloseTo(actual(i) / stage.required, 12);
      if (i > 0) expect(num(c, "funnel", `${F.col.conversion}${r}`)).toBeCloseTo(actual(i) / actual(i - 1), 12);
    });
    // The domain's rule (SALES.FUNNEL_STAGE's bottleneck) on the log's counts and the sheet's benchmark shares.
    const worst = bottleneck(
      c.plan.funnel.map((_, i) => actual(i)),
      c.plan.funnel.map((_, i) => num(c, "funnel", `${F.col.benchmark}${F.firstStageRow + i}`)),
    );
    expect(worst).toBeGreaterThan(0);
    const flagged = c.plan.funnel.map((_, i) => {
      const v = read(c, "funnel", `${F.col.bottleneck}${F.firstStageRow + i}`);
      return v !== null && v !== "";
    });
    expect(flagged.indexOf(true)).toBe(worst);
    expect(flagged.filter(Boolean)).toHaveLength(1);
  });
});

describe("typed per-rep figures", () => {
  test("the board judges every owner against the typed figure; the other metrics still follow the plan", () => {
    const c = typed;
    const B = c.layout.board;
    const elapsed = num(c, "inputs", `B${c.layout.inputs.row.WorkingDaysElapsed}`);
    expect(elapsed).toBe(6); // days 1–8 from a Monday
    OWNERS.forEach((_, i) => {
      expect(num(c, "board", `${B.toDateCol("demos", "target")}${B.firstOwnerRow + i}`)).toBe(1 * elapsed);
      expect(num(c, "board", `${B.toDateCol("calls", "target")}${B.firstOwnerRow + i}`)).toBe(200 * elapsed);
      expect(num(c, "board", `${B.dayCol("demos", "target")}${B.firstDayOwnerRow + i}`)).toBe(1);
    });
    expect(num(c, "board", `${B.toDateCol("demos", "target")}${B.toDateTotalRow}`)).toBe(OWNERS.length * elapsed);
    const deals = OWNERS.map((_, i) => num(c, "board", `${B.toDateCol("deals", "target")}${B.firstOwnerRow + i}`));
    expect(deals).toEqual(ownerTargetsThrough(c.plan, "deals", LAST_DAY));
  });

  test("a typed figure below what the funnel needs is named on the Inputs sheet, the sprint sheet, and in the summary text", () => {
    const c = typed;
    const s = sheetStrings("zh-CN");
    expect(c.plan.activityShort).toEqual(["demos"]);
    const demosNote = String(read(c, "inputs", `B${c.layout.inputs.runRow.DailyDemos}`) === 1 ? read(c, "inputs", `D${c.layout.inputs.runRow.DailyDemos}`) : "");
    expect(demosNote).toContain("⚠");
    expect(demosNote).toContain(String(c.plan.activityNeeded.demos));
    expect(String(read(c, "inputs", `D${c.layout.inputs.row.DailyCalls}`))).not.toContain("⚠");
    expect(read(c, "sprint", `A${c.layout.sprint.needRow}`)).toBe(s.sprint.needShort);
    expect(activityShortText(c.plan, "zh-CN")).toContain(`演示 1，需要 ${c.plan.activityNeeded.demos}`);
  });
});
