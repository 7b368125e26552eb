/**
 * The daily log in the preview's engine (HyperFormula, src/hosts/preview/engine.ts): the generated
 * workbook written by the preview host, reports typed into the log (one at its last counted
 * row), and the sprint sheet, target table and board follow, as in Excel and LibreOffice
 * (test/integration/dailyLog.test.ts). Also the log's "warning" validations: an unknown owner
 * or a date outside the sprint is kept, with the warning.
 */
import { isoToSerial } from "../../../src/domain/dates";
import { buildWorkbook, workbookLayout } from "../../../src/workbook";
import { colNumber } from "../../../src/workbook/a1";
import { PreviewWorkbook } from "../../../src/hosts/preview/workbook";
import { createPreviewHost } from "../../../src/hosts/preview/host";
import { specWithInputs } from "../../../src/preview/download";
import { evaluateWorkbook } from "../../../src/workbook/evaluate";
import { seedPlan } from "../../fixtures/seedPlan";

jest.setTimeout(120_000);

const plan = seedPlan({ target: 330000, owners: [{ name: "Ann" }, { name: "Bob" }, { name: "Cat" }], locale: "en" });
const L = workbookLayout(plan);
const start = isoToSerial("2025-03-03") as number;

describe("the daily log in the preview engine", () => {
  const wb = new PreviewWorkbook();
  const log = L.sheetNames.log;
  const put = (row: number, key: keyof typeof L.log.col, text: string) => wb.enter(log, row, colNumber(L.log.col[key]), text);
  const value = (sheet: keyof typeof L.sheetNames, address: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    return wb.value(L.sheetNames[sheet], Number(m[2]), colNumber(m[1]));
  };

  beforeAll(async () => {
    const host = createPreviewHost(wb, { displayLanguage: () => "en" });
    await host.writeWorkbook(buildWorkbook(plan), { mode: "create" });
  });

  test("reports anywhere in the log's rows count on the sprint sheet, target table and board", () => {
    const reports: [number, number, string, number, number][] = [
      // row, day, owner, calls, revenue
      [L.log.firstRow, 1, "Ann", 20, 3000],
      [L.log.firstRow + 500, 1, "Bob", 25, 9000],
      [L.log.lastRow, 2, "Ann", 10, 1000],
      [L.log.firstRow + 2, 2, "Team", 5, 400],
    ];
    for (const [row, day, owner, calls, revenue] of reports) {
      expect(put(row, "date", String(start + day - 1)).ok).toBe(true);
      put(row, "owner", owner);
      put(row, "calls", String(calls));
      put(row, "revenue", String(revenue));
    }
    const S = L.sprint;
    expect(value("sprint", `${S.col["act.revenue"]}${S.firstDayRow}`)).toBe(12000);
    expect(value("sprint", `${S.col["act.revenue"]}${S.firstDayRow + 1}`)).toBe(1400);
    expect(value("sprint", `${S.col["act.calls"]}${S.firstDayRow + 1}`)).toBe(15);
    expect(value("sprint", `${S.col["act.revenue"]}${S.firstDayRow + 2}`)).toBe("");
    expect(value("sprint", `${S.col.cumActual}${S.firstDayRow + 1}`)).toBe(13400);
    const T = L.targets;
    expect(value("targets", `${T.col.actual}${T.firstOwnerRow}`)).toBe(4000);
    expect(value("targets", `${T.col.actual}${T.firstOwnerRow + 1}`)).toBe(9000);
    expect(value("targets", `${T.col.actual}${T.firstOwnerRow + 2}`)).toBe("");
    const B = L.board;
    expect(value("board", `${B.toDateCol("calls", "actual")}${B.firstOwnerRow}`)).toBe(30);
    expect([0, 1, 2].map((i) => value("board", `${B.rankCol}${B.firstOwnerRow + i}`))).toEqual([2, 1, 3]);
    expect(value("board", `B${B.leaderRow}`)).toBe("Bob");
    // The chart column: cumulative up to the last reported day (2), #N/A after it.
    expect(value("sprint", `${S.col.chartActual}${S.firstDayRow + 1}`)).toBe(13400);
    expect(value("sprint", `${S.col.chartActual}${S.firstDayRow + 2}`)).toMatchObject({ error: expect.stringContaining("N/A") });
  });

  test("an unknown owner and a date outside the sprint are kept, with a warning", () => {
    const row = L.log.firstRow + 10;
    const owner = put(row, "owner", "Zed");
    expect(owner).toMatchObject({ ok: true, warning: { message: L.run.log.ownerError } });
    const date = put(row, "date", String(start - 5));
    expect(date).toMatchObject({ ok: true, warning: { message: L.run.log.dateError } });
    expect(put(row, "date", String(start + 3))).toEqual({ ok: true });
    expect(put(row, "owner", "Cat")).toEqual({ ok: true });
  });
  test("Download .xlsx carries the typed reports: the log's rows are in the spec and the cached sums follow them", () => {
    const spec = buildWorkbook(plan);
    const written = spec.sheets.map((sh) => ({ key: sh.key, name: sh.name, created: true, keptInputs: 0 }));
    const out = specWithInputs(spec, written, wb);
    const logSheet = out.sheets.find((sh) => sh.key === "log")!;
    const typed = logSheet.blocks.filter((b) => b.at === `A${L.log.firstRow}`);
    expect(typed).toHaveLength(1);
    // Up to the last filled row (the report at the log's last counted row), not beyond.
    expect(typed[0].cells).toHaveLength(L.log.lastRow - L.log.firstRow + 1);
    const S = L.sprint;
    const values = evaluateWorkbook(out);
    const cached = values.get(L.sheetNames.sprint, S.firstDayRow, colNumber(S.col["act.revenue"]));
    expect(cached).toBe(12000);
    expect(cached).toBe(value("sprint", `${S.col["act.revenue"]}${S.firstDayRow}`));
  });
});
