/**
 * The board's chance to hit (src/workbook/board.ts, docs/chance.md "On the board") in a
 * LibreOffice-recalculated workbook with typed reports: per owner and for the team
 * (TeamHitChance), each figure equal to hitChance (src/domain/chance.ts) on the same reports
 * within 1e-9; blank where the function says #N/A; "needs help" exactly where the chance is below
 * ChanceWarn; the revenue needed per working day from now on and the daily average of the last
 * five reports as computed here. The summary shows the team's figure.
 *
 * Needs `soffice` (Debian/Ubuntu: apt-get install libreoffice-calc-nogui); fails without it.
 */
import type ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findSoffice, SOFFICE_MISSING } from "../../scripts/lo-recalc";
import { hitChance } from "../../src/domain/chance";
import { isoToSerial } from "../../src/domain/dates";
import { isSalesError } from "../../src/domain/errors";
import { workbookLayout } from "../../src/workbook";
import { TEAM_HIT_CHANCE } from "../../src/workbook/board";
import { seedPlan } from "../fixtures/seedPlan";
import { writeAndRecalculate, type RecalcCase } from "./recalcCases";

jest.setTimeout(300_000);

const START = isoToSerial("2025-03-03") as number;
/** Calendar days 6, 7, 13, 14, … are weekends (the seed starts on a Monday). */
const isWorking = (day: number): boolean => ![6, 0].includes(day % 7);
const WORKING_DAYS = Array.from({ length: 30 }, (_, i) => i + 1).filter(isWorking).length;

interface Report {
  day: number;
  owner: string;
  revenue?: number;
}

/**
 * Ann lumpy (a few deals, zero days, one blank revenue), Bob steady with gaps and a Saturday
 * report, Cat only four reports, a team row, and Ann twice on day 10 (the log marks the pair).
 */
function reports(): Report[] {
  const out: Report[] = [];
  for (let day = 1; day <= 17; day++) {
    if (!isWorking(day)) continue;
    out.push({ day, owner: "Ann", revenue: day === 11 ? undefined : [3, 8, 12].includes(day) ? 20000 + day * 1000 : 0 });
    if (day % 4 !== 2) out.push({ day, owner: "Bob", revenue: 4000 + ((day * 37) % 11) * 250 });
    if (day <= 4) out.push({ day, owner: "Cat", revenue: 3000 + day * 100 });
  }
  out.push({ day: 9, owner: "Team", revenue: 5000 });
  out.push({ day: 6, owner: "Bob", revenue: 2500 });
  out.push({ day: 10, owner: "Ann", revenue: 700 });
  return out;
}

const INPUTS = { target: 330000, owners: [{ name: "Ann" }, { name: "Bob" }, { name: "Cat" }], locale: "en" } as const;
const plan = seedPlan(INPUTS);
const L = workbookLayout(plan);
const rows = reports();

interface Case extends RecalcCase<Case> {
  chanceWarn?: number;
}
const cases: Case[] = [
  {
    file: "chance.xlsx",
    plan,
    edit: (wb) => {
      const ws = wb.getWorksheet(L.sheetNames.log)!;
      rows.forEach((rep, i) => {
        const r = L.log.firstRow + i;
        ws.getCell(`${L.log.col.date}${r}`).value = START + rep.day - 1;
        ws.getCell(`${L.log.col.owner}${r}`).value = rep.owner;
        if (rep.revenue !== undefined) ws.getCell(`${L.log.col.revenue}${r}`).value = rep.revenue;
      });
    },
  },
];

let dir = "";
let result: ExcelJS.Workbook;
beforeAll(async () => {
  if (!findSoffice()) throw new Error(SOFFICE_MISSING);
  dir = mkdtempSync(join(tmpdir(), "sprint-chance-"));
  await writeAndRecalculate(cases, dir);
  result = cases[0].result!;
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function value(sheet: string, address: string): unknown {
  const cell = result.getWorksheet(sheet)!.getCell(address);
  const v = cell.value;
  if (v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) return cell.result ?? "";
  return v;
}

const lastDay = Math.max(...rows.map((r) => r.day));
const daysLeft = WORKING_DAYS - Array.from({ length: lastDay }, (_, i) => i + 1).filter(isWorking).length;

/** An owner's reported days: the owner's rows in log order, a blank revenue 0. */
const ownerDays = (name: string): Report[] => rows.filter((x) => x.owner === name);
/** The team's: revenue per working day with any report, in day order. */
function teamDays(): number[] {
  const out: number[] = [];
  for (let day = 1; day <= 30; day++) {
    const that = rows.filter((r) => r.day === day);
    if (isWorking(day) && that.length > 0) out.push(that.reduce((s, r) => s + (r.revenue ?? 0), 0));
  }
  return out;
}

function expectChance(shown: unknown, expected: ReturnType<typeof hitChance>): void {
  if (isSalesError(expected)) {
    expect(expected.code).toBe("#N/A");
    expect(shown).toBe("");
  } else {
    expect(typeof shown).toBe("number");
    expect(Math.abs((shown as number) - expected)).toBeLessThan(1e-9);
  }
}

const average = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

describe("the board's chance to hit, recalculated by LibreOffice", () => {
  const B = L.board;
  const board = L.sheetNames.board;

  test.each(INPUTS.owners.map((o, i) => [o.name, i] as const))("%s: chance, needs help, needed per day, last five reports", (name, i) => {
    const r = B.firstOwnerRow + i;
    const target = value(L.sheetNames.targets, `${L.targets.col.target}${L.targets.firstOwnerRow + i}`) as number;
    const mine = ownerDays(name);
    const done = mine.reduce((s, x) => s + (x.revenue ?? 0), 0);
    const expected = hitChance(target, mine.map((x) => x.revenue ?? 0), daysLeft, done);
    expectChance(value(board, `${B.chanceCol("chance")}${r}`), expected);
    const below = typeof expected === "number" && expected < 0.5;
    expect(value(board, `${B.chanceCol("help")}${r}`)).toBe(below ? L.run.board.chance.helpYes : "");
    expect(value(board, `${B.chanceCol("needDaily")}${r}`) as number).toBeCloseTo(Math.max(0, target - done) / daysLeft, 6);
    // The latest five by date (ties at the fifth date all count).
    const byDate = [...mine].sort((a, b) => b.day - a.day);
    const fifth = byDate[Math.min(4, byDate.length - 1)].day;
    const last = mine.length < 5 ? mine : mine.filter((x) => x.day >= fifth);
    expect(value(board, `${B.chanceCol("last5")}${r}`) as number).toBeCloseTo(average(last.map((x) => x.revenue ?? 0)), 6);
  });

  test("the cases cover a number below ChanceWarn, one above and a blank (#N/A)", () => {
    const shown = INPUTS.owners.map((_, i) => value(board, `${B.chanceCol("chance")}${B.firstOwnerRow + i}`));
    expect(shown.some((x) => x === "")).toBe(true);
    expect(shown.some((x) => typeof x === "number" && x > 0 && x < 0.5)).toBe(true);
    expect(shown.some((x) => typeof x === "number" && x >= 0.5 && x < 1)).toBe(true);
  });

  test("the team (total row, TeamHitChance): hitChance on the revenue of each working day with a report", () => {
    const done = value(L.sheetNames.sprint, `${L.sprint.kpiCol.actualToDate}${L.sprint.kpiValueRow}`) as number;
    expect(done).toBe(rows.reduce((s, x) => s + (x.revenue ?? 0), 0));
    const r = B.toDateTotalRow;
    const shown = value(board, `${B.chanceCol("chance")}${r}`);
    const days = teamDays();
    expectChance(shown, hitChance(330000, days, daysLeft, done));
    expect(typeof shown).toBe("number");
    expect(value(board, `${B.chanceCol("last5")}${r}`) as number).toBeCloseTo(average(days.slice(-5)), 6);
    expect(value(board, `${B.chanceCol("help")}${r}`)).toBe((shown as number) < 0.5 ? L.run.board.chance.helpYes : "");
    // The summary's projection tile: the same chance, in words.
    const U = L.summary;
    expect(value(L.sheetNames.summary, `${U.tileCol.projected}${U.tileNoteRow}`)).toBe(`Chance to hit: ${Math.round((shown as number) * 100)}%`);
    const name = result.definedNames.getRanges(TEAM_HIT_CHANCE).ranges;
    expect(name).toEqual([`${board.includes(" ") ? `'${board}'` : board}!$${B.chanceCol("chance")}$${r}`]);
  });
});
