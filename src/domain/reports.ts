/**
 * Daily reports (日报) as the pane and the hosts handle them before they reach the log sheet:
 * the report record, its numbers, duplicates. Reading a pasted CRM export is ./reportImport
 * (kept apart: only the pane's on-demand log tab needs it). Pure: no host, no UI strings.
 *
 * docs/using.md "Record a day / Import reports" describes what the user sees.
 */
import { isBlank } from "./blank";
import { parseNumber, readNumber, type UnitKind } from "./numbers";
import { SPRINT_METRICS, type SprintMetric } from "./vocabulary";

/** Every field of a report, in the log's column order: the date, the owner, the seven metrics (SPRINT_METRICS), a note. */
export const REPORT_FIELDS = ["date", "owner", ...SPRINT_METRICS, "note"] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

/** One report: one owner's numbers for one day. Blank metrics are `null` (not reported). */
export interface Report {
  /** Excel serial date (1900 system). */
  date: number;
  owner: string;
  values: Record<SprintMetric, number | null>;
  note: string;
}

/** The largest report number accepted (a typo guard, far above any day's revenue). */
export const REPORT_MAX = 1e12;
/** Longest owner name and note kept. */
export const OWNER_MAX = 60;
export const NOTE_MAX = 500;

// ---- numbers ------------------------------------------------------------------------------

/** A number as typed or exported: "1,200", "¥5,000", "5万", full-width digits. Null when not a number. */
export function parseReportNumber(x: unknown): number | null {
  if (typeof x === "number") return Number.isFinite(x) ? x : null;
  if (typeof x !== "string") return null;
  // The one number reader of every entry point (./numbers.ts): 5,000, 1.2万, full-width digits.
  return parseNumber(x);
}

export type MetricProblem = "notNumber" | "negative" | "tooLarge" | "notWhole";

/** The unit words a metric may be typed with (./numbers.ts UNIT_WORDS, keyed by metric): "20通" calls, "5万元" revenue. */
const metricUnits = (metric: SprintMetric): UnitKind => (metric === "revenue" ? "money" : metric);

/** A metric cell → its number (null when blank) or why it is not acceptable. Text may carry the metric's unit word. */
export function checkMetric(metric: SprintMetric, x: unknown): { ok: true; value: number | null } | { ok: false; problem: MetricProblem } {
  if (isBlank(x, "blank")) return { ok: true, value: null };
  const read = typeof x === "string" ? readNumber(x, metricUnits(metric)) : null;
  const n = read ? (read.ok ? read.value : null) : parseReportNumber(x);
  if (n === null) return { ok: false, problem: "notNumber" };
  if (n < 0) return { ok: false, problem: "negative" };
  if (n > REPORT_MAX) return { ok: false, problem: "tooLarge" };
  // Counts are whole numbers; revenue may have cents.
  if (metric !== "revenue" && !Number.isInteger(n)) return { ok: false, problem: "notWhole" };
  return { ok: true, value: n };
}

// ---- duplicates ---------------------------------------------------------------------------

/** Same owner (case-insensitive, trimmed) and same day. */
export function sameReportKey(a: { date: number; owner: string }, b: { date: number; owner: string }): boolean {
  return a.date === b.date && a.owner.trim().toLowerCase() === b.owner.trim().toLowerCase();
}

// ---- updating an earlier report -----------------------------------------------------------

/** The fields a report that updates an earlier one (same owner and day) may change: the metrics and the note. */
export const UPDATABLE_FIELDS = [...SPRINT_METRICS, "note"] as const;
export type UpdatableField = (typeof UPDATABLE_FIELDS)[number];

/**
 * The fields a report carries (a metric that is not null, a note that is not blank): what it
 * changes when it updates an earlier row. The others keep the earlier row's value, so
 * correcting a report never blanks a number the manager did not retype.
 */
export function filledFields(report: Report): UpdatableField[] {
  return UPDATABLE_FIELDS.filter((f) => (f === "note" ? report.note.trim() !== "" : report.values[f] !== null));
}
