/**
 * The re-plan block of the sprint sheet (src/workbook/replan.ts): where it sits, what it leaves
 * alone, its strings in every language, and, computed by a formula engine (HyperFormula, a dev
 * dependency) over the whole generated workbook, the same figures as the domain's re-plan, also
 * after the team edits an actual (the block is native formulas, no add-in needed).
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import type { SprintInputs, SprintPlan } from "../../src/domain/sprint";
import { replanSprint } from "../../src/domain/replan";
import { isoToSerial } from "../../src/domain/dates";
import { buildWorkbook, workbookLayout } from "../../src/workbook";
import { REPLAN_FIRST_COL, replanLayout, withReplan } from "../../src/workbook/replan";
import { withSprintName } from "../../src/workbook/titled";
import { parseCell, parseRange } from "../../src/workbook/a1";
import { REPLAN_STRINGS } from "../../src/i18n/replan";
import { LOCALES } from "../../src/i18n/locale";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { seedPlan } from "../fixtures/seedPlan";

/** The seeds' mid-sprint case: 300,000 from Monday 3 March, three owners, in English. */
const plan = (overrides: Partial<SprintInputs> = {}): SprintPlan =>
  seedPlan({ target: 300000, owners: [{ name: "Ann" }, { name: "Bob" }, { name: "Cat" }], locale: "en", ...overrides });

const CHANGE = isoToSerial("2025-03-10") as number;

/** The whole spec in a formula engine: every block, every defined name. */
class Sheets {
  private readonly hf = HyperFormula.buildEmpty({
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
    evaluateNullToZero: true,
    nullDate: { year: 1899, month: 12, day: 30 },
    leapYear1900: false,
    precisionRounding: 15,
  });

  constructor(spec: WorkbookSpec) {
    this.hf.suspendEvaluation();
    for (const sheet of spec.sheets) this.hf.addSheet(sheet.name);
    for (const sheet of spec.sheets) {
      for (const block of sheet.blocks) {
        const at = parseCell(block.at);
        const rows: RawCellContent[][] = block.cells.map((row) =>
          row.map((c) => (c.f !== undefined ? `=${c.f.replace(/1E-9/g, "0.000000001")}` : (c.v ?? null))),
        );
        this.hf.setCellContents({ sheet: this.id(sheet.name), row: at.row - 1, col: at.col - 1 }, rows);
      }
    }
    for (const n of spec.names) this.hf.addNamedExpression(n.name, `=${n.ref}`);
    this.hf.resumeEvaluation();
  }

  private id(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`no sheet ${name}`);
    return id;
  }

  set(sheet: string, address: string, value: RawCellContent): void {
    const c = parseCell(address);
    this.hf.setCellContents({ sheet: this.id(sheet), row: c.row - 1, col: c.col - 1 }, [[value]]);
  }

  get(sheet: string, address: string): unknown {
    const c = parseCell(address);
    return this.hf.getCellValue({ sheet: this.id(sheet), row: c.row - 1, col: c.col - 1 });
  }

  column(sheet: string, range: string): unknown[] {
    const r = parseRange(range);
    const out: unknown[] = [];
    for (let row = r.top; row <= r.bottom; row++) out.push(this.hf.getCellValue({ sheet: this.id(sheet), row: row - 1, col: r.left - 1 }));
    return out;
  }
}

describe("strings", () => {
  it("every language has every string, non-empty", () => {
    const keys = Object.keys(REPLAN_STRINGS.en).sort();
    for (const l of LOCALES) {
      expect(Object.keys(REPLAN_STRINGS[l]).sort()).toEqual(keys);
      for (const k of keys) expect(REPLAN_STRINGS[l][k as keyof (typeof REPLAN_STRINGS)["en"]].trim()).not.toBe("");
    }
  });
});

describe("the block", () => {
  const p = plan();
  const base = buildWorkbook(p);
  const spec = withReplan(base, p, CHANGE);
  const sprint = spec.sheets.find((s) => s.key === "sprint");
  const before = base.sheets.find((s) => s.key === "sprint");

  it("sits right of the day table, leaves the original plan and the other sheets as they were", () => {
    if (!sprint || !before) throw new Error("no sprint sheet");
    expect(REPLAN_FIRST_COL).toBe(32);
    expect(sprint.blocks.slice(0, before.blocks.length)).toEqual(before.blocks);
    expect(sprint.blocks.slice(before.blocks.length).map((b) => b.at)).toEqual(["AF1", "AF5"]);
    const untouched = (sheets: typeof spec.sheets) => sheets.filter((s) => s.key !== "sprint" && s.key !== "summary");
    expect(untouched(spec.sheets)).toEqual(untouched(base.sheets));
    // The summary's burn-up (the sprint sheet's chart) gets the revised plan's line too, and nothing else changes there.
    const summary = spec.sheets.find((s) => s.key === "summary");
    const baseSummary = base.sheets.find((s) => s.key === "summary");
    if (!summary || !baseSummary) throw new Error("no summary sheet");
    expect({ ...summary, charts: [] }).toEqual({ ...baseSummary, charts: [] });
    expect(summary.charts.map((c) => c.series.length)).toEqual(baseSummary.charts.map((c, i) => c.series.length + (i === 0 ? 1 : 0)));
    expect(summary.charts[0].series.slice(0, -1)).toEqual(baseSummary.charts[0].series);
    expect(summary.charts[0].series.at(-1)).toEqual(sprint.charts[0].series.at(-1));
    expect(sprint.charts[0].series.at(-1)?.values).toMatch(/!\$AG\$\d+:\$AG\$\d+$/);
    expect(spec.names).toEqual(base.names);
    expect(sprint.columns.length).toBe(35);
    expect(base.sheets.find((s) => s.key === "sprint")?.blocks.length).toBe(before.blocks.length); // input not mutated
  });

  it("records the date of the change as a date constant (not an input the update would keep)", () => {
    const box = sprint?.blocks.find((b) => b.at === "AF1");
    const date = box?.cells[1][1];
    expect(date).toMatchObject({ v: CHANGE, fmt: "yyyy-mm-dd" });
    expect(date?.input).toBeUndefined();
    expect(replanLayout().cell.changeDate).toBe("AG2");
  });

  it("adds the revised cumulative plan to the burn-up chart", () => {
    const series = sprint?.charts[0]?.series ?? [];
    const original = before?.charts[0]?.series ?? [];
    expect(original.length).toBeGreaterThan(0);
    expect(series).toEqual([...original, expect.objectContaining({ name: REPLAN_STRINGS.en.cumRevised, values: "'30-Day Sprint'!$AG$6:$AG$35" })]);
  });

  it("never calls a SALES.* function", () => {
    const formulas = sprint?.blocks.flatMap((b) => b.cells.flat()).map((c) => c.f ?? "") ?? [];
    expect(formulas.some((f) => /SALES\./i.test(f))).toBe(false);
  });
});

describe("computed by a formula engine, the sheet agrees with the domain", () => {
  const scenarios: [string, Partial<SprintInputs>, string, number[]][] = [
    ["seeds: 50,000 in week 1, re-planned on day 8", {}, "2025-03-10", [10000, 10000, 10000, 10000, 10000]],
    ["weekends, re-planned mid-week", { weekends: true, days: 20 }, "2025-03-13", [9000, 0, 12000, 7000, 5000, 3000, 1000, 8000, 4000, 2000]],
    ["target reached early", { target: 100000 }, "2025-03-06", [60000, 50000]],
    ["re-planned after the end", { days: 7 }, "2025-03-20", [1, 2, 3, 4, 5, 6, 7]],
  ];

  it.each(scenarios)("%s", (_name, overrides, date, actuals) => {
    const p = plan(overrides);
    const L = workbookLayout(p);
    const R = replanLayout();
    const S = L.sprint;
    const sheet = L.sheetNames.sprint;
    const wb = new Sheets(withSprintName(withReplan(buildWorkbook(p), p, isoToSerial(date) as number), "Q1"));
    actuals.forEach((v, i) => wb.set(sheet, `${S.col["act.revenue"]}${S.firstDayRow + i}`, v));

    const expected = replanSprint(p, actuals, date);
    if (!expected) throw new Error("bad date");
    const range = (col: string): string => `${col}${S.firstDayRow}:${col}${S.lastDayRow}`;
    expect(wb.get(sheet, R.cell.fromDay)).toBe(expected.fromDay);
    expect(wb.get(sheet, R.cell.actualBefore)).toBe(expected.actualBefore);
    expect(wb.get(sheet, R.cell.remaining)).toBe(expected.remaining);
    expect(wb.get(sheet, R.cell.remainingDays)).toBe(expected.remainingWorkingDays);
    if (expected.dailyRate === null) expect(wb.get(sheet, R.cell.dailyRate)).toBe("");
    else expect(wb.get(sheet, R.cell.dailyRate)).toBeCloseTo(expected.dailyRate, 6);
    expect(wb.column(sheet, range(R.col.revised))).toEqual(expected.days.map((d) => d.revised));
    expect(wb.column(sheet, range(R.col.cumRevised))).toEqual(expected.days.map((d) => d.cumRevised));
    expect(wb.get(sheet, `${R.col.revised}${S.totalRow}`)).toBe(expected.total);
    // The original plan beside it is untouched by the re-plan.
    expect(wb.column(sheet, range(S.col["plan.revenue"]))).toEqual(p.days.map((d) => d.plan.revenue));
  });

  it("follows an actual the team corrects later (native formulas, no add-in needed)", () => {
    const p = plan();
    const S = workbookLayout(p).sprint;
    const R = replanLayout();
    const wb = new Sheets(withReplan(buildWorkbook(p), p, CHANGE));
    // Actuals are typed into the daily log: one team row per day.
    const G = workbookLayout(p).log;
    const start = isoToSerial("2025-03-03") as number;
    const row = (day: number): number => G.firstRow + day - 1;
    for (let d = 1; d <= 5; d++) {
      wb.set("Daily log", `${G.col.date}${row(d)}`, start + d - 1);
      wb.set("Daily log", `${G.col.owner}${row(d)}`, "Team");
      wb.set("Daily log", `${G.col.revenue}${row(d)}`, 10000);
    }
    expect(wb.get("30-Day Sprint", `${S.col["act.revenue"]}${S.firstDayRow + 2}`)).toBe(10000);
    expect(wb.get("30-Day Sprint", R.cell.remaining)).toBe(250000);
    wb.set("Daily log", `${G.col.revenue}${row(3)}`, 40000);
    expect(wb.get("30-Day Sprint", R.cell.remaining)).toBe(220000);
    expect(wb.get("30-Day Sprint", `${R.col.revised}${S.totalRow}`)).toBe(300000);
    const att = wb.get("30-Day Sprint", `${R.col.attainment}${S.firstDayRow + 4}`);
    expect(att).toBeCloseTo(1, 9); // cumulative actual = cumulative revised before the change
  });
});

describe("the sprint's name in the titles", () => {
  it("prefixes every A1 title, leaves sheet names and everything else alone", () => {
    const p = plan();
    const base = buildWorkbook(p);
    const named = withSprintName(base, "  March push ");
    expect(named.sheets.map((s) => s.name)).toEqual(base.sheets.map((s) => s.name));
    for (const [i, sheet] of named.sheets.entries()) {
      const title = sheet.blocks.find((b) => b.at === "A1")?.cells[0][0].v;
      const original = base.sheets[i].blocks.find((b) => b.at === "A1")?.cells[0][0].v;
      if (typeof original === "string") expect(title).toBe(`March push · ${original}`);
    }
    expect(withSprintName(base, "   ")).toBe(base);
  });
});
