/**
 * Appending daily reports through the Excel host, against the fake Excel: where rows go,
 * duplicates (ask / add / replace), text that must stay text, a full log, and the round
 * trips (docs/architecture.md "Round trips and request sizes": 1 read + 1 write whatever the number).
 */
import { createExcelHost } from "../../../src/hosts/excel";
import { logSnapshotOf, planAppend, reportCells, runsOf } from "../../../src/hosts/write/reports";
import { HostError, isReportsHost, type LogTarget } from "../../../src/hosts/host";
import type { Report } from "../../../src/domain/reports";
import { SPRINT_METRICS } from "../../../src/domain/vocabulary";
import { FakeExcel } from "../fakeExcel";

const LOG = "日报";
const target: LogTarget = {
  sheet: LOG,
  headerRow: 3,
  columns: { date: "A", owner: "B", leads: "C", calls: "D", emails: "E", demos: "F", quotes: "G", deals: "H", revenue: "I", note: "J" },
  lastRow: 10_003,
  dateFormat: "yyyy-mm-dd",
};
const D0 = 46363;

function report(owner: string, day: number, revenue: number | null, note = ""): Report {
  const values = Object.fromEntries(SPRINT_METRICS.map((m, i) => [m, i + 1])) as Report["values"];
  values.revenue = revenue;
  return { date: D0 + day, owner, values, note };
}

function setup(): { fake: FakeExcel; host: ReturnType<typeof createExcelHost> } {
  const fake = new FakeExcel(["Sheet1", LOG]);
  fake.type(LOG, "A3", "日期");
  fake.type(LOG, "B3", "负责人");
  // A formula column to the right of the fields (the log's own check), filled far down.
  for (let r = 4; r < 60; r++) fake.type(LOG, `K${r}`, 0);
  return { fake, host: createExcelHost(fake.env()) };
}

describe("appendReports (Excel)", () => {
  test("the Excel host offers the log methods", () => {
    expect(isReportsHost(setup().host)).toBe(true);
  });

  test("recording a day: 1 read + 1 write, below the last filled row, numbers and text as typed", async () => {
    const { fake, host } = setup();
    fake.type(LOG, "A4", D0);
    fake.type(LOG, "B4", "张三");
    fake.type(LOG, "J6", "half-typed row"); // a row with only a note still counts as filled
    const before = fake.syncs;
    const res = await host.appendReports(target, [report("=李四", 1, 5000, "3月5日签约")], "ask");
    expect(fake.syncs - before).toBe(2);
    expect(res).toMatchObject({ sheet: LOG, written: true, rows: [7], added: { first: 7, last: 7 }, replaced: [], duplicates: [], syncs: 2 });
    expect(fake.valueAt(LOG, "A7")).toBe(D0 + 1);
    expect(fake.cell(LOG, "A7")?.numberFormat).toBe("yyyy-mm-dd");
    expect(fake.valueAt(LOG, "B7")).toBe("=李四");
    expect(fake.cell(LOG, "B7")?.formula ?? null).toBeNull();
    expect(fake.valueAt(LOG, "I7")).toBe(5000);
    expect(fake.valueAt(LOG, "J7")).toBe("3月5日签约");
    // The column outside the fields is left as it was.
    expect(fake.valueAt(LOG, "K7")).toBe(0);
  });

  test("the same owner and date: ask writes nothing (1 sync), replace overwrites the earlier row, add appends", async () => {
    const { fake, host } = setup();
    await host.appendReports(target, [report("张三", 0, 100), report("李四", 0, 200)], "add");
    const before = fake.syncs;
    const asked = await host.appendReports(target, [report(" 张三 ", 0, 999)], "ask");
    expect(fake.syncs - before).toBe(1);
    expect(asked).toMatchObject({ written: false, duplicates: [{ index: 0, row: 4, owner: "张三", date: D0 }], rows: [] });
    expect(fake.valueAt(LOG, "I4")).toBe(100);
    expect(fake.valueAt(LOG, "B6")).toBe("");

    const replaced = await host.appendReports(target, [report("张三", 0, 999), report("王五", 0, 1)], "replace");
    expect(replaced).toMatchObject({ written: true, rows: [4, 6], replaced: [4], added: { first: 6, last: 6 } });
    expect(fake.valueAt(LOG, "I4")).toBe(999);
    expect(fake.valueAt(LOG, "B6")).toBe("王五");

    // An update with blank numbers and no note changes only what it carries.
    const partial: Report = { ...report("张三", 0, 1234), note: "" };
    partial.values = { ...partial.values, leads: null, emails: null, demos: null };
    fake.type(LOG, "J4", "keep me");
    await host.appendReports(target, [partial], "replace");
    expect(["C4", "D4", "E4", "F4", "G4", "H4", "I4", "J4"].map((a) => fake.valueAt(LOG, a))).toEqual([1, 2, 3, 4, 5, 6, 1234, "keep me"]);
    fake.type(LOG, "I4", 999);

    const added = await host.appendReports(target, [report("张三", 0, 5)], "add");
    expect(added.rows).toEqual([7]);
    expect(fake.valueAt(LOG, "I4")).toBe(999);
    expect(fake.valueAt(LOG, "I7")).toBe(5);
  });

  test("importing 1,000 reports: 2 round trips, contiguous rows, blank metrics stay blank", async () => {
    const { fake, host } = setup();
    const reports = Array.from({ length: 1000 }, (_, i) => report(`rep${i % 7}`, i % 30, i % 3 === 0 ? null : i));
    const before = fake.syncs;
    const res = await host.appendReports(target, reports, "ask");
    expect(fake.syncs - before).toBe(2);
    expect(res.added).toEqual({ first: 4, last: 1003 });
    expect(fake.valueAt(LOG, "B1003")).toBe("rep5");
    expect(fake.valueAt(LOG, "I1002")).toBe(998);
    expect(fake.valueAt(LOG, "I4")).toBe("");
    const log = await host.readLog(target);
    expect(log.entries).toHaveLength(1000);
    expect(log.nextRow).toBe(1004);
  });

  test("a full log refuses with LogFull and writes nothing", async () => {
    const { fake, host } = setup();
    const small = { ...target, lastRow: 5 };
    await host.appendReports(small, [report("a", 0, 1)], "add");
    const err = await host.appendReports(small, [report("b", 0, 1), report("c", 0, 1)], "add").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe("LogFull");
    expect(fake.valueAt(LOG, "B5")).toBe("");
  });

  test("a missing log sheet is Excel's ItemNotFound", async () => {
    const { host } = setup();
    const err = await host.readLog({ ...target, sheet: "nope" }).catch((e: unknown) => e);
    expect((err as HostError).code).toBe("ItemNotFound");
  });
});

describe("pure parts", () => {
  test("snapshot of a read that starts below the header and left of the fields", () => {
    const t = { ...target, columns: { ...target.columns, date: "B", owner: "A" } as LogTarget["columns"] };
    // Read from row 5, column A: [owner, date, leads, …].
    const snap = logSnapshotOf(t, 5, 1, [["张三", D0 + 0.25, 1], ["", "", ""], ["", "x", ""]]);
    expect(snap.entries).toEqual([
      { row: 5, date: D0, owner: "张三" },
      { row: 7, date: null, owner: "" },
    ]);
    expect(snap.nextRow).toBe(8);
    expect(reportCells(t, report("A", 0, 7)).slice(0, 3)).toEqual(["A", D0, 1]);
  });

  test("a report's cells follow the log's columns: blank metrics as \"\", text kept as text", () => {
    const values = { leads: 1, calls: null, emails: 3, demos: 4, quotes: 5, deals: 6, revenue: 7 };
    expect(reportCells(target, { date: 9, owner: "A", values, note: "3月5日" })).toEqual([9, "A", 1, "", 3, 4, 5, 6, 7, "'3月5日"]);
  });

  test("replace takes each earlier row once; runs group consecutive rows", () => {
    const log = { sheet: LOG, entries: [{ row: 4, date: D0, owner: "A" }], nextRow: 5 };
    const p = planAppend(target, log, [report("A", 0, 1), report("a", 0, 2)], "replace");
    expect(p.result.rows).toEqual([4, 5]);
    expect(p.result.duplicates.map((d) => d.index)).toEqual([0]);
    expect(runsOf(p.writes).map((r) => [r.top, r.reports.length])).toEqual([[4, 2]]);
    expect(runsOf([{ row: 9, report: report("x", 0, 1) }, { row: 4, report: report("y", 0, 1) }]).map((r) => r.top)).toEqual([4, 9]);
  });
});
