import { checkMetric, parseReportNumber, REPORT_FIELDS, sameReportKey } from "../../src/domain/reports";
import { fieldOfHeader, matchHeader, parseReportDate, parseReports, sprintYearOf, type ParsedReports } from "../../src/domain/reportImport";
import { isoToSerial } from "../../src/domain/dates";
import { planSprint } from "../../src/domain/sprint";
import { buildWorkbook, workbookLayout } from "../../src/workbook";
import { parseCell } from "../../src/workbook/a1";
import { LOCALES } from "../../src/i18n/locale";

const S = (iso: string): number => {
  const s = isoToSerial(iso);
  if (s === null) throw new Error(iso);
  return s;
};
const start = S("2026-12-07");
const end = S("2027-01-05");
const opts = { firstRow: 1, startSerial: start, endSerial: end, owners: ["张三", "李四", "Amy"] };

function parsed(values: unknown[][], o = opts): ParsedReports {
  const r = parseReports(values, o);
  if (!r.ok) throw new Error(`not parsed: ${r.code}`);
  return r;
}

describe("numbers", () => {
  test.each([
    [12, 12],
    ["1,200", 1200],
    ["¥5,000", 5000],
    ["５万", 50000],
    ["1.2萬", 12000],
    [" 30 ", 30],
  ])("%p → %p", (x, n) => expect(parseReportNumber(x)).toBe(n));
  test.each(["abc", "1,2", "", "12 calls"])("%p is not a number", (x) => expect(parseReportNumber(x)).toBeNull());
  test("metrics: blank, negative, fractional counts, revenue with cents", () => {
    expect(checkMetric("calls", "")).toEqual({ ok: true, value: null });
    expect(checkMetric("calls", -1)).toEqual({ ok: false, problem: "negative" });
    expect(checkMetric("deals", 1.5)).toEqual({ ok: false, problem: "notWhole" });
    expect(checkMetric("revenue", "1234.5")).toEqual({ ok: true, value: 1234.5 });
    expect(checkMetric("revenue", 1e13)).toEqual({ ok: false, problem: "tooLarge" });
    expect(checkMetric("emails", "x")).toEqual({ ok: false, problem: "notNumber" });
  });
  test("metrics typed with their unit word (the words the sprint inputs take)", () => {
    expect(checkMetric("calls", "20通")).toEqual({ ok: true, value: 20 });
    expect(checkMetric("emails", "30 封")).toEqual({ ok: true, value: 30 });
    expect(checkMetric("deals", "2单")).toEqual({ ok: true, value: 2 });
    expect(checkMetric("revenue", "5万元")).toEqual({ ok: true, value: 50000 });
    expect(checkMetric("calls", "20封")).toEqual({ ok: false, problem: "notNumber" });
    expect(checkMetric("revenue", "5万天")).toEqual({ ok: false, problem: "notNumber" });
  });
});

describe("dates", () => {
  const yearOf = sprintYearOf(start, end);
  test.each([
    [start + 0.5, start],
    ["2026-12-08", start + 1],
    ["2026/12/9", start + 2],
    ["2026.12.10", start + 3],
    ["2026年12月11日", start + 4],
    ["2026-12-12 09:30", start + 5],
    ["2026-12-13T09:30:00Z", start + 6],
    ["12月14日", start + 7],
    ["1/2", S("2027-01-02")],
    ["12-31", S("2026-12-31")],
  ])("%p → serial", (x, serial) => expect(parseReportDate(x, yearOf)).toBe(serial));
  test.each(["7/12/2026", "2026-02-30", "tomorrow", "", "3月1日", 5])("%p is refused", (x) => expect(parseReportDate(x, yearOf)).toBeNull());
  test("a date without a year needs the sprint", () => expect(parseReportDate("12月14日")).toBeNull());
});

describe("headers", () => {
  test.each([
    ["日期", "date"],
    ["負責人", "owner"],
    ["Sales Rep", "owner"],
    ["销售额（元）", "revenue"],
    ["Revenue ($)", "revenue"],
    ["新增線索", "leads"],
    ["EMAILS", "emails"],
    ["報價", "quotes"],
    ["備註", "note"],
  ])("%p names %p", (h, f) => expect(fieldOfHeader(h)).toBe(f));
  test("unknown headers are ignored and listed", () => {
    const m = matchHeader(["Region", "Owner", "Date", "Calls", "Calls"]);
    expect(m.columns).toEqual({ owner: 1, date: 2, calls: 3 });
    expect(m.ignored).toEqual(["Region", "Calls"]);
    expect(m.missing).toEqual([]);
  });
  test("missing date, owner and every metric are reported", () => {
    expect(matchHeader(["Region", "Note"]).missing).toEqual(["date", "owner", "metric"]);
  });
  test.each(LOCALES)("a range copied from the log imports: its own headers name every field (%s)", (locale) => {
    const plan = planSprint({ target: 500000, avgOrderValue: 5000, conversion: 0.05, owners: [{ name: "A" }], start: "2025-03-03", locale });
    if (!plan.ok) throw new Error("plan");
    const L = workbookLayout(plan.plan);
    const log = buildWorkbook(plan.plan).sheets.find((s) => s.key === "log");
    const header = log?.blocks.find((b) => b.at === "A1")?.cells[L.log.headerRow - 1].map((c) => c.v);
    const m = matchHeader(header ?? []);
    expect(m.missing).toEqual([]);
    expect(REPORT_FIELDS.map((f) => m.columns[f])).toEqual(REPORT_FIELDS.map((f) => parseCell(`${L.log.col[f]}1`).col - 1));
  });
});

describe("parseReports", () => {
  test("any column order, header below a title, reasons for skipped rows", () => {
    const values = [
      ["CRM export", "", "", "", ""],
      ["销售额", "负责人", "日期", "电话", "备注"],
      [5000, "张三", "2026-12-07", 20, "签了A"],
      ["", "", "", "", ""],
      [1000, "李四", "someday", 10, ""],
      ["abc", "李四", "2026-12-08", 10, ""],
      [2000, "", "2026-12-08", 10, ""],
      [3000, "amy", start + 2, "", ""],
      [4000, "王五", "2026-12-20", 5, ""],
      [100, "张三", "2027-02-01", 1, ""],
    ];
    const r = parsed(values, { ...opts, firstRow: 10 });
    expect(r.headerRow).toBe(11);
    expect(r.reports.map((x) => x.row)).toEqual([12, 17, 18, 19]);
    expect(r.reports[0].report).toEqual({
      date: start,
      owner: "张三",
      values: { leads: null, calls: 20, emails: null, demos: null, quotes: null, deals: null, revenue: 5000 },
      note: "签了A",
    });
    // Owner names take the plan's spelling.
    expect(r.reports[1].report.owner).toBe("Amy");
    expect(r.skipped).toEqual([
      { row: 14, reason: { code: "badDate", value: "someday" } },
      { row: 15, reason: { code: "notNumber", field: "revenue", value: "abc" } },
      { row: 16, reason: { code: "noOwner" } },
    ]);
    expect(r.unknownOwners).toEqual(["王五"]);
    expect(r.outsideSprint).toEqual([19]);
  });
  test("no header → noHeader with what is missing; header only → noRows", () => {
    expect(parseReports([["Name", "Calls"], ["张三", 3]], opts)).toEqual({ ok: false, code: "noHeader", missing: ["date"] });
    expect(parseReports([["Date", "Owner", "Calls"], ["", "", ""]], opts)).toEqual({ ok: false, code: "noRows" });
  });
  test("1,000 rows parse in one pass", () => {
    const values: unknown[][] = [["Date", "Owner", "Leads", "Calls", "Emails", "Demos", "Quotes", "Deals", "Revenue"]];
    for (let i = 0; i < 1000; i++) values.push([start + (i % 30), opts.owners[i % 3], 1, 2, 3, 4, 5, 6, i]);
    const r = parsed(values);
    expect(r.reports).toHaveLength(1000);
    expect(r.reports.reduce((n, x) => n + (x.report.values.revenue ?? 0), 0)).toBe((999 * 1000) / 2);
  });
});

test("duplicates compare owner loosely and the day exactly", () => {
  expect(sameReportKey({ date: 1, owner: " Amy" }, { date: 1, owner: "amy" })).toBe(true);
  expect(sameReportKey({ date: 1, owner: "Amy" }, { date: 2, owner: "Amy" })).toBe(false);
});
