/**
 * Importing daily reports from a selected range (docs/using.md "Record a day / Import reports"):
 * header matching for a pasted CRM export (Chinese simplified / traditional or English
 * header names, any column order) and row parsing with a reason for every row left out.
 * Pure: no host, no UI strings (reasons are codes the pane localizes).
 */
import { isBlank } from "./blank";
import { isoToSerial, MAX_SERIAL, MIN_SERIAL, parseDateText, serialToUtc } from "./dates";
import {
  checkMetric,
  NOTE_MAX,
  OWNER_MAX,
  REPORT_FIELDS,
  type MetricProblem,
  type Report,
  type ReportField,
} from "./reports";
import { SPRINT_METRICS, type SprintMetric } from "./vocabulary";

// ---- dates --------------------------------------------------------------------------------

/**
 * A report date → Excel serial, or null when it is not a date we can read without guessing:
 * a serial number (Excel's own dates), or text as the one date reader reads it (./dates.ts
 * parseDateText: `2026-12-07`, `2026/12/7`, `2026年12月7日`, and `12月7日` when `yearOf`
 * says which year, the sprint's, see `sprintYearOf`).
 */
export function parseReportDate(x: unknown, yearOf?: (month: number, day: number) => number | null): number | null {
  if (typeof x === "number") {
    if (!Number.isFinite(x)) return null;
    const serial = Math.floor(x);
    return serial >= MIN_SERIAL && serial <= MAX_SERIAL ? serial : null;
  }
  return typeof x === "string" ? parseDateText(x, yearOf) : null;
}

/**
 * For dates typed without a year: the year that puts month/day inside the sprint (a sprint
 * can span New Year), else null.
 */
export function sprintYearOf(startSerial: number, endSerial: number): (month: number, day: number) => number | null {
  const yearOfSerial = (s: number): number => new Date(serialToUtc(s)).getUTCFullYear();
  const years = [...new Set([yearOfSerial(startSerial), yearOfSerial(endSerial)])];
  return (month, day) => {
    for (const y of years) {
      const s = isoToSerial(`${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
      if (s !== null && s >= startSerial && s <= endSerial) return y;
    }
    return null;
  };
}

// ---- headers ------------------------------------------------------------------------------

/**
 * Header names per field (compared after `headerKey`: case, width, spaces, brackets and
 * units removed). The log's own headers in the three languages are among them, so a range
 * copied from the log imports too.
 */
const HEADER_NAMES: Readonly<Record<ReportField, readonly string[]>> = {
  date: ["日期", "日报日期", "日報日期", "报告日期", "報告日期", "汇报日期", "匯報日期", "date", "day", "reportdate", "reportingdate", "activitydate"],
  owner: [
    "负责人", "負責人", "销售", "銷售", "销售员", "銷售員", "销售代表", "銷售代表", "业务员", "業務員", "业务", "業務",
    "姓名", "成员", "成員", "员工", "員工", "owner", "rep", "salesrep", "salesperson", "name", "member", "user", "assignedto",
  ],
  leads: ["新增线索", "新增線索", "线索", "線索", "新线索", "新線索", "线索数", "線索數", "leads", "newleads", "lead", "newlead"],
  calls: ["电话", "電話", "通话", "通話", "电话数", "電話數", "拨打电话", "撥打電話", "外呼", "calls", "call", "phonecalls"],
  emails: ["邮件", "郵件", "电邮", "電郵", "邮件数", "郵件數", "发送邮件", "發送郵件", "emails", "email", "mails"],
  demos: ["演示", "产品演示", "產品演示", "演示数", "演示數", "拜访", "拜訪", "demos", "demo", "meetings", "visits"],
  quotes: ["报价", "報價", "报价数", "報價數", "提案", "quotes", "quote", "proposals", "proposal", "quotations"],
  deals: ["成交", "成交数", "成交數", "签单", "簽單", "订单", "訂單", "deals", "deal", "won", "closed", "closedwon", "orders"],
  revenue: ["销售额", "銷售額", "成交额", "成交額", "收入", "营收", "營收", "金额", "金額", "业绩", "業績", "revenue", "sales", "amount", "bookings"],
  note: ["备注", "備註", "备注说明", "說明", "说明", "note", "notes", "comment", "comments", "remark", "remarks"],
};

/** A header cell compared loosely: NFKC, lower case, no spaces, brackets (units) or punctuation. */
export function headerKey(x: unknown): string {
  let t = typeof x === "string" ? x : typeof x === "number" ? String(x) : "";
  if (typeof t.normalize === "function") t = t.normalize("NFKC");
  return t
    .toLowerCase()
    .replace(/[(（[【].*?[)）\]】]/g, "")
    .replace(/[\s_\-.:：/\\·*#]/g, "");
}

const HEADER_INDEX: ReadonlyMap<string, ReportField> = new Map(
  REPORT_FIELDS.flatMap((f) => HEADER_NAMES[f].map((n): [string, ReportField] => [headerKey(n), f])),
);

/** The field a header cell names, or null. */
export function fieldOfHeader(x: unknown): ReportField | null {
  const k = headerKey(x);
  if (!k) return null;
  return HEADER_INDEX.get(k) ?? null;
}

export interface HeaderMatch {
  /** Index in the header row → field (the first column naming a field wins). */
  columns: Partial<Record<ReportField, number>>;
  /** Header texts that name no field (ignored columns). */
  ignored: string[];
  /** Required fields the header lacks: date, owner, or every metric. */
  missing: ("date" | "owner" | "metric")[];
}

export function matchHeader(row: readonly unknown[]): HeaderMatch {
  const columns: Partial<Record<ReportField, number>> = {};
  const ignored: string[] = [];
  row.forEach((cell, i) => {
    const field = fieldOfHeader(cell);
    if (field && columns[field] === undefined) columns[field] = i;
    else if (typeof cell === "string" && cell.trim() !== "") ignored.push(cell.trim());
  });
  const missing: HeaderMatch["missing"] = [];
  if (columns.date === undefined) missing.push("date");
  if (columns.owner === undefined) missing.push("owner");
  if (SPRINT_METRICS.every((m) => columns[m] === undefined)) missing.push("metric");
  return { columns, ignored, missing };
}

// ---- rows ---------------------------------------------------------------------------------

export type SkipReason =
  /** The date cell is empty or not a date we can read. */
  | { code: "badDate"; value: string }
  /** No owner name. */
  | { code: "noOwner" }
  /** A metric that is not an acceptable number. */
  | { code: MetricProblem; field: SprintMetric; value: string };

export interface ParsedReports {
  ok: true;
  /** Row (sheet row number, from `firstRow`) of the header. */
  headerRow: number;
  header: HeaderMatch;
  reports: { row: number; report: Report }[];
  skipped: { row: number; reason: SkipReason }[];
  /** Rows added although their date lies outside the sprint (the log flags them too). */
  outsideSprint: number[];
  /** Owners not in the plan (their rows count toward team totals only). */
  unknownOwners: string[];
}

export type ParseResult =
  | ParsedReports
  /** No row among the first few names a date, an owner and a number column. */
  | { ok: false; code: "noHeader"; missing: HeaderMatch["missing"] }
  /** A header but no data row under it. */
  | { ok: false; code: "noRows" };

export interface ParseOptions {
  /** Sheet row number of `values[0]` (to name skipped rows as the user sees them). */
  firstRow: number;
  /** The sprint's first and last day (serials): dates without a year take the sprint's year. */
  startSerial: number;
  endSerial: number;
  /** The plan's owners (names compared after trimming, case-insensitively). */
  owners: readonly string[];
}

/** How many rows from the top the header may be (titles above a CRM export's table). */
export const HEADER_SEARCH_ROWS = 5;

function display(x: unknown): string {
  if (x === null || x === undefined) return "";
  return String(x).trim().slice(0, 40);
}

/** The owner name as the plan spells it, when it is one of the plan's owners. */
export function canonicalOwner(name: string, owners: readonly string[]): string | null {
  const k = name.trim().toLowerCase();
  return owners.find((o) => o.trim().toLowerCase() === k) ?? null;
}

/**
 * A selected range (values as the host read them) → the reports it holds and the rows it
 * skips, with the reason. Blank rows are passed over silently; every other row either
 * becomes a report or is listed in `skipped`.
 */
export function parseReports(values: readonly (readonly unknown[])[], opts: ParseOptions): ParseResult {
  let headerIndex = -1;
  let header: HeaderMatch | null = null;
  let best: HeaderMatch | null = null;
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, values.length); i++) {
    const m = matchHeader(values[i]);
    if (m.missing.length === 0) {
      headerIndex = i;
      header = m;
      break;
    }
    if (!best || m.missing.length < best.missing.length) best = m;
  }
  if (!header) return { ok: false, code: "noHeader", missing: best?.missing ?? ["date", "owner", "metric"] };
  const cols = header.columns;
  const yearOf = sprintYearOf(opts.startSerial, opts.endSerial);
  const reports: ParsedReports["reports"] = [];
  const skipped: ParsedReports["skipped"] = [];
  const outsideSprint: number[] = [];
  const unknown = new Set<string>();
  let dataRows = 0;
  for (let i = headerIndex + 1; i < values.length; i++) {
    const line = values[i];
    const at = (f: ReportField): unknown => (cols[f] === undefined ? null : line[cols[f] as number]);
    const row = opts.firstRow + i;
    if (line.every((x) => isBlank(x, "blank"))) continue;
    dataRows++;
    const date = parseReportDate(at("date"), yearOf);
    if (date === null) {
      skipped.push({ row, reason: { code: "badDate", value: display(at("date")) } });
      continue;
    }
    const rawOwner = display(at("owner"));
    if (!rawOwner) {
      skipped.push({ row, reason: { code: "noOwner" } });
      continue;
    }
    const vals = {} as Record<SprintMetric, number | null>;
    let problem: SkipReason | null = null;
    for (const m of SPRINT_METRICS) {
      const r = checkMetric(m, at(m));
      if (!r.ok) {
        problem = { code: r.problem, field: m, value: display(at(m)) };
        break;
      }
      vals[m] = r.value;
    }
    if (problem) {
      skipped.push({ row, reason: problem });
      continue;
    }
    const owner = canonicalOwner(rawOwner, opts.owners) ?? String(at("owner")).trim().slice(0, OWNER_MAX);
    if (!canonicalOwner(owner, opts.owners)) unknown.add(owner);
    if (date < opts.startSerial || date > opts.endSerial) outsideSprint.push(row);
    const note = at("note");
    reports.push({ row, report: { date, owner, values: vals, note: note === null || note === undefined ? "" : String(note).trim().slice(0, NOTE_MAX) } });
  }
  if (dataRows === 0) return { ok: false, code: "noRows" };
  return { ok: true, headerRow: opts.firstRow + headerIndex, header, reports, skipped, outsideSprint, unknownOwners: [...unknown] };
}

