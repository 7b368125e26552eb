/**
 * Appending daily reports to the log sheet (docs/using.md "Record a day / Import reports"), the
 * host-neutral half shared by the Excel host (../excel/reports.ts) and the browser preview:
 * which log rows are filled, where new reports go, which earlier rows a report duplicates,
 * and the cells of a report's row. Pure.
 */
import { colNumber, rangeAddress } from "../../workbook/a1";
import { SPRINT_METRICS } from "../../domain/vocabulary";
import { filledFields, REPORT_FIELDS, sameReportKey, type Report, type ReportField } from "../../domain/reports";
import { HostError, type AppendResult, type DuplicateChoice, type LogEntry, type LogSnapshot, type LogTarget } from "../host";
import { textInput } from "./formulas";
import { isBlank } from "../../domain/blank";
import type { Op } from "./ops";

/** Leftmost and rightmost column (1-based) of the log's fields, and each field's offset in that span. */
export function logSpan(target: LogTarget): { left: number; right: number; offset: Record<ReportField, number> } {
  const cols = REPORT_FIELDS.map((f) => colNumber(target.columns[f]));
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  const offset = {} as Record<ReportField, number>;
  REPORT_FIELDS.forEach((f, i) => (offset[f] = cols[i] - left));
  return { left, right, offset };
}

/** The rows the host reads to find the filled reports: below the header to the log's last row, over the fields' span. */
export function logReadAddress(target: LogTarget): string {
  const { left, right } = logSpan(target);
  return rangeAddress({ top: target.headerRow + 1, left, bottom: target.lastRow, right });
}

/**
 * What the host read (values from row `top`, column `left`; an empty read is `[]`) → the
 * filled report rows and the next free row. A row counts as filled when any field cell holds
 * something, so a half-typed row is never written over.
 */
export function logSnapshotOf(target: LogTarget, top: number, left: number, values: readonly (readonly unknown[])[]): LogSnapshot {
  const span = logSpan(target);
  const entries: LogEntry[] = [];
  let last = target.headerRow;
  values.forEach((line, i) => {
    const row = top + i;
    if (row <= target.headerRow || row > target.lastRow) return;
    const at = (f: ReportField): unknown => line[span.left + span.offset[f] - left];
    if (REPORT_FIELDS.every((f) => isBlank(at(f), "content"))) return;
    last = row;
    const d = at("date");
    entries.push({ row, date: typeof d === "number" && Number.isFinite(d) ? Math.floor(d) : null, owner: isBlank(at("owner"), "content") ? "" : String(at("owner")).trim() });
  });
  return { sheet: target.sheet, entries, nextRow: last + 1 };
}

export interface AppendPlan {
  result: Omit<AppendResult, "syncs">;
  /** Rows to write: one contiguous block of new rows (`added`) and single rows replaced. */
  writes: { row: number; report: Report }[];
}

/** Decides where each report goes (see `DuplicateChoice`). Throws `LogFull` when the new rows would pass `lastRow`. */
export function planAppend(target: LogTarget, log: LogSnapshot, reports: readonly Report[], choice: DuplicateChoice): AppendPlan {
  const duplicates: AppendResult["duplicates"] = [];
  const taken = new Set<number>();
  const replaceAt = new Map<number, number>();
  reports.forEach((r, index) => {
    const earlier = log.entries.find((e) => e.date !== null && !taken.has(e.row) && sameReportKey({ date: e.date, owner: e.owner }, r));
    if (!earlier) return;
    duplicates.push({ index, row: earlier.row, owner: earlier.owner, date: r.date });
    if (choice === "replace") {
      taken.add(earlier.row);
      replaceAt.set(index, earlier.row);
    }
  });
  if (choice === "ask" && duplicates.length > 0) {
    return { result: { sheet: target.sheet, written: false, duplicates, rows: [], added: null, replaced: [] }, writes: [] };
  }
  const newCount = reports.length - replaceAt.size;
  if (newCount > 0 && log.nextRow + newCount - 1 > target.lastRow) {
    throw HostError.host("LogFull", { sheet: target.sheet, lastRow: target.lastRow });
  }
  let next = log.nextRow;
  const rows = reports.map((_, i) => replaceAt.get(i) ?? next++);
  return {
    result: {
      sheet: target.sheet,
      written: reports.length > 0,
      duplicates,
      rows,
      added: newCount > 0 ? { first: log.nextRow, last: log.nextRow + newCount - 1 } : null,
      replaced: [...replaceAt.values()],
    },
    writes: reports.map((report, i) => ({ row: rows[i], report })),
  };
}

/**
 * A report as the cells of its log row over the fields' span: text guarded so Excel keeps
 * it as typed (an owner "=x" or a note "3月5日" stays text), blank metrics as "", columns
 * between the fields that are not fields as null (left unchanged). A report that `updates`
 * an earlier row writes only the fields it carries (`filledFields`): its blank metrics and
 * note are null too, so the earlier row's values stay.
 */
export function reportCells(target: LogTarget, report: Report, updates = false): (string | number | null)[] {
  const { left, right, offset } = logSpan(target);
  const out: (string | number | null)[] = new Array<string | number | null>(right - left + 1).fill(null);
  const filled = new Set(updates ? filledFields(report) : [...SPRINT_METRICS, "note"]);
  out[offset.date] = report.date;
  out[offset.owner] = textInput(report.owner);
  for (const m of SPRINT_METRICS) if (filled.has(m)) out[offset[m]] = report.values[m] ?? "";
  if (filled.has("note")) out[offset.note] = textInput(report.note);
  return out;
}

/** Groups consecutive rows into runs, so the new rows go in one range write. */
export function runsOf(writes: readonly { row: number; report: Report }[]): { top: number; reports: Report[] }[] {
  const sorted = [...writes].sort((a, b) => a.row - b.row);
  const out: { top: number; reports: Report[] }[] = [];
  for (const w of sorted) {
    const cur = out[out.length - 1];
    if (cur && cur.top + cur.reports.length === w.row) cur.reports.push(w.report);
    else out.push({ top: w.row, reports: [w.report] });
  }
  return out;
}

/** The writes of a plan: per run of rows, the cells (one 2-D array) and the date cells' format. */
export function appendOps(target: LogTarget, plan: AppendPlan): Extract<Op, { t: "formulas" } | { t: "numberFormat" }>[] {
  const { left, right, offset } = logSpan(target);
  const dateCol = left + offset.date;
  const updated = new Set(plan.result.replaced);
  return runsOf(plan.writes).flatMap((run) => {
    const bottom = run.top + run.reports.length - 1;
    const data = run.reports.map((r, i) => reportCells(target, r, updated.has(run.top + i)));
    return [
      { t: "formulas" as const, sheet: target.sheet, address: rangeAddress({ top: run.top, left, bottom, right }), data },
      {
        t: "numberFormat" as const,
        sheet: target.sheet,
        address: rangeAddress({ top: run.top, left: dateCol, bottom, right: dateCol }),
        data: run.reports.map(() => [target.dateFormat]),
      },
    ];
  });
}

