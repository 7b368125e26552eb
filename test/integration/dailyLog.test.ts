/**
 * Running the sprint from the daily log, checked by LibreOffice: reports typed into
 * the log's rows (several owners and days, a team row, a duplicate, an unknown owner, a row
 * at the log's last counted row) drive the sprint sheet's actual columns, the target table's
 * owner actuals, the board's ranks, weekly attainment and adjust flags, and the weekly review;
 * every figure is compared with sums computed here from the same rows. A second workbook
 * with 10,000 log rows is timed on its own LibreOffice run.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertWithLibreOffice, findSoffice, SOFFICE_MISSING } from "../../scripts/lo-recalc";
import type { SprintPlan } from "../../src/domain/sprint";
import { isoToSerial } from "../../src/domain/dates";
import { LOG_DATA_ROWS } from "../../src/domain/run";
import { competitionRanks, needsAdjustment } from "./runRules";
import { ownerTargetsOn, ownerTargetsThrough } from "../../src/domain/daily";
import { buildWorkbook, workbookLayout } from "../../src/workbook";
import { REVIEW_ROWS, type WorkbookLayout } from "../../src/workbook/layout";
import { writeXlsx } from "../../src/xlsx/writer";
import { SPRINT_METRICS, type SprintMetric } from "../../src/domain/vocabulary";
import { seedPlan } from "../fixtures/seedPlan";

jest.setTimeout(900_000);

// The seed plan's 30 days from Monday 3 March: weeks 1–4 have 5 working days, week 5 has 2 (22 in all).
const INPUTS = { target: 330000, owners: [{ name: "Ann" }, { name: "Bob" }, { name: "Cat" }], locale: "en" } as const;
const START = isoToSerial("2025-03-03") as number;

type Report = { day: number; owner: string } & Partial<Record<SprintMetric, number>>;

/** Working days 1–15 of weeks 1–3: Ann far below 70%, Bob far above 130%, Cat near 100%. */
function reports(): Report[] {
  const out: Report[] = [];
  const perDay: Record<string, number> = { Ann: 2000, Bob: 7000, Cat: 5000 };
  for (let day = 1; day <= 15; day++) {
    if ([6, 7, 13, 14].includes(day)) continue; // weekends
    for (const owner of ["Ann", "Bob", "Cat"]) {
      const k = owner.length + day;
      out.push({ day, owner, leads: 10 + (k % 5), calls: 18 + (k % 7), emails: 28 + (k % 5), demos: 2 + (k % 2), quotes: 1 + (k % 2), deals: day % 3 === 0 ? 2 : 1, revenue: perDay[owner] });
    }
  }
  out.push({ day: 3, owner: "Team", leads: 40, calls: 10, revenue: 5000 }); // team totals only
  out.push({ day: 4, owner: "Zed", revenue: 1000, deals: 1 }); // not in the target table
  out.push({ day: 2, owner: "Ann", revenue: 500, calls: 3 }); // duplicate: same date and owner
  return out;
}

const OPENING: Record<string, number> = { Cat: 7000 };

interface Case {
  file: string;
  plan: SprintPlan;
  layout: WorkbookLayout;
  rows: Report[];
  /** Log row of each report (gaps between them on purpose). */
  at: number[];
  result?: ExcelJS.Workbook;
}

function makeCase(file: string, rows: Report[], at: (i: number, L: WorkbookLayout) => number): Case {
  const plan = seedPlan(INPUTS);
  const layout = workbookLayout(plan);
  return { file, plan, layout, rows, at: rows.map((_, i) => at(i, layout)) };
}

async function write(c: Case, dir: string): Promise<string> {
  const path = join(dir, c.file);
  writeFileSync(path, (await writeXlsx(buildWorkbook(c.plan))).buffer);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const G = c.layout.log;
  const ws = wb.getWorksheet(c.layout.sheetNames.log)!;
  c.rows.forEach((rep, i) => {
    const r = c.at[i];
    ws.getCell(`${G.col.date}${r}`).value = START + rep.day - 1;
    ws.getCell(`${G.col.owner}${r}`).value = rep.owner;
    for (const m of SPRINT_METRICS) if (rep[m] !== undefined) ws.getCell(`${G.col[m]}${r}`).value = rep[m];
  });
  const T = c.layout.targets;
  const ts = wb.getWorksheet(c.layout.sheetNames.targets)!;
  c.plan.owners.forEach((o, i) => {
    if (OPENING[o.name] !== undefined) ts.getCell(`${T.col.opening}${T.firstOwnerRow + i}`).value = OPENING[o.name];
  });
  await wb.xlsx.writeFile(path);
  return path;
}

type Value = string | number | boolean | Date | null | { error: string };
function valueOf(cell: ExcelJS.Cell): Value {
  const v = cell.value;
  if (v !== null && typeof v === "object" && !(v instanceof Date)) {
    if ("formula" in v || "sharedFormula" in v) return cell.result === undefined ? "" : (cell.result as Value);
    if ("error" in v) return v as { error: string };
  }
  return v as Value;
}

const main = makeCase("log.xlsx", reports(), (i, L) => (i === 0 ? L.log.lastRow : L.log.firstRow + 3 + 2 * i));
// 10,000 reports: every log row filled (owners and days cycling through the sprint).
const big = makeCase(
  "log-10000.xlsx",
  Array.from({ length: LOG_DATA_ROWS }, (_, i): Report => ({ day: 1 + (i % 30), owner: ["Ann", "Bob", "Cat", "Team"][i % 4], calls: 1, revenue: 10 })),
  (i, L) => L.log.firstRow + i,
);

let dir = "";
let bigSeconds = 0;
/** The same run for the small log: LibreOffice's start-up and load, the baseline of the timing. */
let mainSeconds = 0;

beforeAll(async () => {
  if (!findSoffice()) throw new Error(SOFFICE_MISSING);
  dir = mkdtempSync(join(tmpdir(), "sprint-log-"));
  const mainPath = await write(main, dir);
  const t = Date.now();
  const [out] = await convertWithLibreOffice([mainPath], { outDir: join(dir, "main") });
  mainSeconds = (Date.now() - t) / 1000;
  main.result = new ExcelJS.Workbook();
  await main.result.xlsx.readFile(out);
  const bigPath = await write(big, dir);
  const t0 = Date.now();
  const [bigOut] = await convertWithLibreOffice([bigPath], { outDir: join(dir, "big") });
  bigSeconds = (Date.now() - t0) / 1000;
  big.result = new ExcelJS.Workbook();
  await big.result.xlsx.readFile(bigOut);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function read(c: Case, sheet: keyof WorkbookLayout["sheetNames"], address: string): Value {
  return valueOf(c.result!.getWorksheet(c.layout.sheetNames[sheet])!.getCell(address));
}
function num(c: Case, sheet: keyof WorkbookLayout["sheetNames"], address: string): number {
  const v = read(c, sheet, address);
  if (typeof v !== "number") throw new Error(`${c.file} ${sheet}!${address}: expected a number, got ${JSON.stringify(v)}`);
  return v;
}

const sum = (rows: Report[], m: SprintMetric): number => rows.reduce((a, r) => a + (r[m] ?? 0), 0);
const OWNERS = ["Ann", "Bob", "Cat"];

describe("the daily log drives the workbook (LibreOffice)", () => {
  test("no error value anywhere but the chart column's #N/A after the last reported day", () => {
    const errors: string[] = [];
    for (const ws of main.result!.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = valueOf(cell);
          const bad = v !== null && typeof v === "object" && "error" in v;
          const chart = ws.name === main.layout.sheetNames.sprint && cell.address.replace(/\d+$/, "") === main.layout.sprint.col.chartActual;
          if (bad && !(chart && JSON.stringify(v).includes("#N/A"))) errors.push(`${ws.name}!${cell.address}: ${JSON.stringify(v)}`);
        }),
      );
    }
    expect(errors).toEqual([]);
  });

  test("sprint sheet: actual columns are the log's sums per date (team and unknown owners included)", () => {
    const S = main.layout.sprint;
    for (let day = 1; day <= 30; day++) {
      const r = S.firstDayRow + day - 1;
      const that = main.rows.filter((x) => x.day === day);
      for (const m of SPRINT_METRICS) {
        const v = read(main, "sprint", `${S.col[`act.${m}`]}${r}`);
        expect([day, m, v]).toEqual([day, m, that.length === 0 ? "" : sum(that, m)]);
      }
    }
    expect(num(main, "inputs", `B${main.layout.inputs.row.LastReportedDay}`)).toBe(15);
    // The burn-up line: cumulative to day 15, #N/A after it (the chart skips it, no drop to 0).
    const chart = (day: number): Value => read(main, "sprint", `${S.col.chartActual}${S.firstDayRow + day - 1}`);
    expect(chart(15)).toBe(sum(main.rows, "revenue"));
    expect(chart(7)).toBe(sum(main.rows.filter((x) => x.day <= 7), "revenue"));
    expect(JSON.stringify(chart(16))).toContain("#N/A");
  });

  test("target table: owner actual = opening figure + the owner's log revenue; team and unknown rows left out", () => {
    const T = main.layout.targets;
    OWNERS.forEach((o, i) => {
      const expected = (OPENING[o] ?? 0) + sum(main.rows.filter((x) => x.owner === o), "revenue");
      expect([o, num(main, "targets", `${T.col.actual}${T.firstOwnerRow + i}`)]).toEqual([o, expected]);
      const target = num(main, "targets", `${T.col.target}${T.firstOwnerRow + i}`);
      expect(num(main, "targets", `${T.col.attainment}${T.firstOwnerRow + i}`)).toBeCloseTo(expected / target, 12);
    });
  });

  test("board: to date against targets to date, ranks with the leader, last reported day", () => {
    const B = main.layout.board;
    const elapsed = 11; // working days 1–15 without two weekends
    const pct: number[] = [];
    OWNERS.forEach((o, i) => {
      const r = B.firstOwnerRow + i;
      const mine = main.rows.filter((x) => x.owner === o);
      expect(read(main, "board", `A${r}`)).toBe(o);
      expect(num(main, "board", `${B.toDateCol("calls", "actual")}${r}`)).toBe(sum(mine, "calls"));
      // Targets to date: the plan's through the last reported day (day 15), split over the owners (src/domain/daily.ts).
      for (const m of ["calls", "emails", "demos", "quotes", "deals", "leads"] as const) {
        expect([o, m, num(main, "board", `${B.toDateCol(m, "target")}${r}`)]).toEqual([o, m, ownerTargetsThrough(main.plan, m, 15)[i]]);
      }
      const revenue = (OPENING[o] ?? 0) + sum(mine, "revenue");
      const target = (110000 * elapsed) / 22;
      expect(num(main, "board", `${B.toDateCol("revenue", "pct")}${r}`)).toBeCloseTo(revenue / target, 12);
      pct.push(revenue / target);
      expect(read(main, "board", `${B.toDateCol("revenue", "status")}${r}`)).toBe(revenue / target >= 1 ? "Achieved" : "Not achieved");
    });
    const ranks = competitionRanks(pct.map((p) => Math.round(p * 1000)));
    OWNERS.forEach((_, i) => expect(num(main, "board", `${B.rankCol}${B.firstOwnerRow + i}`)).toBe(ranks[i]));
    expect(read(main, "board", `B${B.leaderRow}`)).toBe("Bob");
    // Last reported day (day 15): each owner's figures that day against the daily targets.
    expect(read(main, "board", `B${B.dayDateRow}`)).toEqual(new Date("2025-03-17T00:00:00Z"));
    OWNERS.forEach((o, i) => {
      const that = main.rows.filter((x) => x.owner === o && x.day === 15);
      const r = B.firstDayOwnerRow + i;
      expect(num(main, "board", `${B.dayCol("calls", "actual")}${r}`)).toBe(sum(that, "calls"));
      const calls = ownerTargetsOn(main.plan, "calls", 15)[i];
      expect(num(main, "board", `${B.dayCol("calls", "target")}${r}`)).toBe(calls);
      expect(num(main, "board", `${B.dayCol("calls", "pct")}${r}`)).toBeCloseTo(sum(that, "calls") / calls, 12);
      expect(num(main, "board", `${B.dayCol("deals", "target")}${r}`)).toBe(ownerTargetsOn(main.plan, "deals", 15)[i]);
    });
  });

  test("board: weekly attainment, reached marks and the adjust flag (two full weeks < 70% or > 130%)", () => {
    const B = main.layout.board;
    expect([1, 2, 3].map((w) => num(main, "board", `${B.weekPctCol(w)}${B.fullWeekRow}`))).toEqual([1, 1, 0]);
    OWNERS.forEach((o, i) => {
      const r = B.firstWeekOwnerRow + i;
      const weekly = [1, 2, 3].map((w) => {
        const rev = sum(main.rows.filter((x) => x.owner === o && x.day > (w - 1) * 7 && x.day <= w * 7), "revenue");
        return rev / ((110000 * 5) / 22);
      });
      weekly.forEach((p, k) => {
        expect(num(main, "board", `${B.weekPctCol(k + 1)}${r}`)).toBeCloseTo(p, 12);
        expect(read(main, "board", `${B.weekReachedCol(k + 1)}${r}`)).toBe(p >= 1 ? "✓" : "");
      });
      const flag = needsAdjustment([weekly[0], weekly[1], null], 0.7, 1.3);
      expect([o, read(main, "board", `${B.adjustCol}${r}`)]).toEqual([o, flag ? "Consider adjusting" : ""]);
    });
    expect(read(main, "board", `${B.adjustCol}${B.firstWeekOwnerRow}`)).toBe("Consider adjusting"); // Ann, < 70%
    expect(read(main, "board", `${B.adjustCol}${B.firstWeekOwnerRow + 1}`)).toBe("Consider adjusting"); // Bob, > 130%
    expect(read(main, "board", `${B.adjustCol}${B.firstWeekOwnerRow + 2}`)).toBe(""); // Cat
  });

  test("weekly review: planned vs actual, best owner, weakest conversion against the benchmark", () => {
    const R = REVIEW_ROWS;
    for (const w of [1, 2]) {
      const top = main.layout.review.blockRow(w);
      const week = main.rows.filter((x) => x.day > (w - 1) * 7 && x.day <= w * 7);
      expect(num(main, "review", `C${top + R.revenue}`)).toBe(sum(week, "revenue"));
      expect(num(main, "review", `C${top + R.deals}`)).toBe(sum(week, "deals"));
      const planned = num(main, "review", `B${top + R.revenue}`);
      expect(num(main, "review", `D${top + R.revenue}`)).toBeCloseTo(sum(week, "revenue") / planned, 12);
      expect(read(main, "review", `B${top + R.best}`)).toBe("Bob");
      // The funnel's consecutive stages through their log metrics (docs/domain.md §4).
      const pairs: [SprintMetric, SprintMetric][] = [
        ["leads", "calls"],
        ["calls", "demos"],
        ["demos", "quotes"],
        ["quotes", "deals"],
      ];
      const ratios = pairs.map(([a, b], k) => {
        const conv = sum(week, b) / sum(week, a);
        expect(num(main, "review", `B${top + R.firstStage + k}`)).toBeCloseTo(conv, 12);
        return conv / num(main, "review", `C${top + R.firstStage + k}`);
      });
      const weakest = ratios.indexOf(Math.min(...ratios));
      expect(read(main, "review", `B${top + R.weakest}`)).toBe(read(main, "review", `A${top + R.firstStage + weakest}`));
    }
    // A week nobody reported yet: blank actuals, no best owner.
    const top4 = main.layout.review.blockRow(4);
    expect(read(main, "review", `C${top4 + R.revenue}`)).toBe("");
    expect(read(main, "review", `B${top4 + R.best}`)).toBe("—");
  });

  test(`10,000 log rows recalculate in LibreOffice under 10 s and every row counts`, () => {
    console.log(
      `LibreOffice run with ${LOG_DATA_ROWS} log rows: ${bigSeconds.toFixed(1)} s; with ${main.rows.length} rows: ${mainSeconds.toFixed(1)} s (both incl. start-up)`,
    );
    const S = big.layout.sprint;
    const total = num(big, "sprint", `${S.col["act.revenue"]}${S.totalRow}`);
    expect(total).toBe(10 * LOG_DATA_ROWS);
    expect(num(big, "sprint", `${S.col["act.calls"]}${S.totalRow}`)).toBe(LOG_DATA_ROWS);
    // What the 10,000 rows add to a run; LibreOffice's start-up varies with the machine's load.
    expect(bigSeconds - mainSeconds).toBeLessThan(10);
  });
});
