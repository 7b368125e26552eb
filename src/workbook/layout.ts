/**
 * Where everything sits in the sprint workbook: sheet names, rows and column letters.
 *
 * Computed once from the plan before any sheet is built, because sheets refer to each
 * other (the inputs count the sprint's working days, the sprint reads the funnel's stage
 * counts, the phase table sums the sprint's columns). Tests use it to find cells.
 */
import { format } from "../i18n/locale";
import {
  BOARD_FIELDS,
  INPUT_KEYS,
  INPUT_SECTIONS,
  KPI_KEYS,
  SPRINT_METRICS,
  type BoardField,
  type DayColumnKey,
  type FunnelColumnKey,
  type InputKey,
  type InputSection,
  type KpiKey,
  type PhaseColumnKey,
  type SheetKey,
  type SprintMetric,
  type SummaryTile,
  SUMMARY_TILES,
  type TargetColumnKey,
  type WeekColumnKey,
} from "../domain/vocabulary";
import { sheetStrings, type SheetStrings } from "../i18n/sheet";
import { STAGE_METRIC, type SprintPlan } from "../domain/sprint";
import { DEFAULT_FUNNEL } from "../domain/funnel";
import { BOARD_METRICS, LOG_DATA_ROWS, RUN_INPUT_KEYS, type BoardMetric, type RunInputKey } from "../domain/run";
import { runSheetStrings, type RunSheetStrings } from "../i18n/runSheets";
import { summaryStrings, type SummaryStrings } from "../i18n/summary";
import { colLetter, colRange, isValidSheetName, qualified, rangeAddress, sheetPrefix } from "./a1";

/** The keys from `first` to `last` of the domain's one list of inputs (src/domain/vocabulary.ts). */
function inputSpan(first: InputKey, last: InputKey): readonly InputKey[] {
  return INPUT_KEYS.slice(INPUT_KEYS.indexOf(first), INPUT_KEYS.indexOf(last) + 1);
}

/** The inputs sheet's rows, section by section: INPUT_KEYS cut where each section starts. */
export const INPUT_ROWS: Readonly<Record<InputSection, readonly InputKey[]>> = {
  sprint: inputSpan("SprintTarget", "TeamSize"),
  funnel: inputSpan("DealsExact", "PipelineValue"),
  thresholds: inputSpan("ThresholdRed", "ChallengeTier"),
  progress: inputSpan("LastReportedDay", "WorkingDaysElapsed"),
};

/** The inputs sheet's section for running the sprint (after INPUT_SECTIONS), each row with a defined name. */
export const RUN_INPUT_ROWS: readonly RunInputKey[] = RUN_INPUT_KEYS;

/**
 * Lines of the Inputs sheet's working calendar (docs/domain.md §10): room for a 92-day sprint's
 * public holidays and make-up days plus the manager's own days; more when a plan lists more.
 */
export const CALENDAR_ROWS = 40;

/** Where the working calendar sits on the Inputs sheet (below the other inputs): date, kind and name columns. */
export interface CalendarLayout {
  sectionRow: number;
  /** How the table counts. */
  hintRow: number;
  /** Where the entries came from (the official calendar and its years, or none). */
  sourceRow: number;
  /** The sprint runs past the official data (docs/domain.md §10); null when it does not. */
  uncoveredRow: number | null;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  col: { date: string; kind: string; name: string };
}

export type PlanColumnKey = `plan.${SprintMetric}`;
export type ActualColumnKey = `act.${SprintMetric}`;
/**
 * "chartActual": hidden column the burn-up chart's actual line reads: the cumulative actual
 * up to the last reported day, #N/A after it (a line chart skips #N/A instead of dropping to 0).
 */
export type SprintColumnKey = DayColumnKey | PlanColumnKey | ActualColumnKey | "chartActual";

export const SPRINT_COLUMNS: readonly SprintColumnKey[] = [
  "day",
  "date",
  "weekday",
  "working",
  "phase",
  "phaseNo",
  "week",
  "workIndex",
  ...SPRINT_METRICS.map((m): PlanColumnKey => `plan.${m}`),
  ...SPRINT_METRICS.map((m): ActualColumnKey => `act.${m}`),
  "cumPlan",
  "cumActual",
  "attainment",
  "status",
  "activity",
  "projected",
  "required",
  "reported",
  "chartActual",
];

/**
 * Target-table columns: the plan's columns plus "opening", the owner's figure from before
 * the daily log was used (an input, empty in new workbooks). It sits where the typed actual
 * sat in workbooks made before the log, so an old typed actual stays in its cell as the
 * opening figure; "actual" is now opening + the owner's log sum.
 */
export type TargetsColumnKey = TargetColumnKey | "opening";

export const TARGET_COLUMNS: readonly TargetsColumnKey[] = [
  "owner",
  "weight",
  "type",
  "target",
  "weekly",
  "base",
  "challenge",
  "strategy",
  "opening",
  "actual",
  "attainment",
];

/** Daily-log columns: one row per report (a rep's day, or team totals under the team owner). */
export type LogColumnKey = "date" | "owner" | SprintMetric | "note";
export const LOG_COLUMNS: readonly LogColumnKey[] = ["date", "owner", ...SPRINT_METRICS, "note"];

/**
 * Daily-log rows: title, hint, header, then LOG_DATA_ROWS report rows the formulas count.
 * The add-in's blocks on the log sheet end at the header row: report rows are the team's
 * and lie outside the footprint the write record (src/hosts/write/record.ts) stores, so
 * update in place never clears or rewrites them; the validations and the duplicate
 * highlight cover firstRow..lastRow. Appending a report = writing the first empty row.
 */
export const LOG_ROWS = {
  titleRow: 1,
  hintRow: 2,
  headerRow: 3,
  firstRow: 4,
  lastRow: 4 + LOG_DATA_ROWS - 1,
} as const;

/** Laid over the target table's columns: the phase name sits under the (wide) owner column. */
export const PHASE_COLUMNS: readonly PhaseColumnKey[] = ["phase", "phaseNo", "from", "to", "keyFigure", "keyPlan", "role", "strategy"];

/**
 * Funnel columns. "opening" (the stage's count from before the daily log, an input) sits where
 * workbooks made before the funnel followed the log kept the typed actual, so an old typed
 * actual stays in its cell as the opening figure; "actual" is now opening + the log's sum of
 * the stage's metric, "source" names that metric (src/workbook/funnel.ts).
 */
export const FUNNEL_COLUMNS: readonly FunnelColumnKey[] = [
  "stage",
  "benchmark",
  "planned",
  "required",
  "opening",
  "actual",
  "source",
  "attainment",
  "conversion",
  "benchmarkConversion",
  "vsBenchmark",
  "bottleneck",
];

/** The weekly summary under the day table: each field spans this many of the day table's columns. */
export const WEEK_SPANS: readonly (readonly [WeekColumnKey, number])[] = [
  ["week", 1],
  ["from", 1],
  ["to", 1],
  ["workingDays", 1],
  ["phase", 1],
  ["keyFigure", 3],
  ["keyPlan", 1],
  ["keyActual", 1],
  ["plan", 2],
  ["actual", 2],
  ["attainment", 1],
];

/** KPI strip of the sprint sheet: each KPI spans this many columns. */
export const KPI_SPAN = 3;

/** Letters of consecutive columns from A, by key. */
function letters<K extends string>(keys: readonly K[], firstCol = 1): Record<K, string> {
  const out = {} as Record<K, string>;
  keys.forEach((k, i) => (out[k] = colLetter(firstCol + i)));
  return out;
}

export interface InputsLayout {
  /** Row of each section's heading. */
  sectionRow: Record<InputSection, number>;
  /** Row of each item; its value is in column B. */
  row: Record<InputKey, number>;
  /** Heading row of the run section and row of each of its items (value in column B). */
  runSectionRow: number;
  runRow: Record<RunInputKey, number>;
  /** The working calendar's table, below everything else. */
  calendar: CalendarLayout;
  lastRow: number;
}

export interface SprintLayout {
  col: Record<SprintColumnKey, string>;
  titleRow: number;
  kpiLabelRow: number;
  kpiValueRow: number;
  flagRow: number;
  headerRow: number;
  firstDayRow: number;
  lastDayRow: number;
  totalRow: number;
  /** Under the total row: the funnel's required count of each planned metric, flagged where the plan falls short. */
  needRow: number;
  /** First column letter of each KPI (values in kpiValueRow). */
  kpiCol: Record<KpiKey, string>;
  weeklyTitleRow: number;
  weeklyHeaderRow: number;
  firstWeekRow: number;
  lastWeekRow: number;
  /** Under the weekly table: the weekly target's definition and its value (WeeklyTarget) under the plan column. */
  weeklyTargetRow: number;
  /** First column letter of each weekly field. */
  weekCol: Record<WeekColumnKey, string>;
  chartAnchor: string;
  /** Absolute range of one day column, e.g. `$V$6:$V$35` (same sheet). */
  days(key: SprintColumnKey): string;
  /** Absolute range of adjacent day columns, e.g. `$J$6:$L$35`. */
  span(from: SprintColumnKey, to: SprintColumnKey): string;
}

export interface TargetsLayout {
  col: Record<TargetsColumnKey, string>;
  headerRow: number;
  firstOwnerRow: number;
  lastOwnerRow: number;
  totalRow: number;
  phaseTitleRow: number;
  phaseHeaderRow: number;
  firstPhaseRow: number;
  phaseCol: Record<PhaseColumnKey, string>;
}

export interface LogLayout {
  col: Record<LogColumnKey, string>;
  titleRow: number;
  hintRow: number;
  headerRow: number;
  /** First report row; reports typed anywhere in firstRow..lastRow count. */
  firstRow: number;
  lastRow: number;
  /** Absolute range of one log column over the report rows, e.g. `$A$4:$A$10003` (same sheet). */
  rows(key: LogColumnKey): string;
}

/** The team board (看板): three tables, owners in the target table's order. */
export interface BoardLayout {
  /** Row of the leader ("star of the sprint") line. */
  leaderRow: number;
  /** To date: title, metric header, field header, one row per owner, the team's total row. */
  toDateTitleRow: number;
  toDateHeaderRow: number;
  firstOwnerRow: number;
  lastOwnerRow: number;
  /** The owners' sum (actual) against the plan through the last reported day (target). */
  toDateTotalRow: number;
  /** Column of (metric, field) in the to-date table. */
  toDateCol(metric: BoardMetric, field: BoardField): string;
  rankCol: string;
  /** Hidden rank key (revenue % in 0.1% units, so COUNTIF compares whole numbers). */
  rankKeyCol: string;
  /**
   * Hidden place in the ranking: the rank, ties broken by the table's order (1, 2, 3 … with no
   * gaps), so the summary can list the k-th owner from the top or the bottom.
   */
  orderCol: string;
  /** Last reported day: title, date row, headers, one row per owner, the team's total row. */
  dayTitleRow: number;
  dayDateRow: number;
  dayHeaderRow: number;
  firstDayOwnerRow: number;
  /** The owners' sum that day (actual) against the plan's figure that day (target). */
  dayTotalRow: number;
  /** Column of (metric, field) in the last-day table (the to-date table's columns). */
  dayCol(metric: BoardMetric, field: BoardField): string;
  /** Weekly attainment: title, week header, field header, full-week row, one row per owner. */
  weekTitleRow: number;
  weekHeaderRow: number;
  /** Each week's team target (the sprint sheet's weekly plan, docs/domain.md §6). */
  weekTargetRow: number;
  fullWeekRow: number;
  firstWeekOwnerRow: number;
  lastWeekOwnerRow: number;
  /** Under the weekly table: how a week's target is defined. */
  weekNoteRow: number;
  /** Weekly attainment (%) and "reached" columns of week w (1-based). */
  weekPctCol(w: number): string;
  weekReachedCol(w: number): string;
  adjustCol: string;
  /**
   * The chance to hit (docs/chance.md "On the board"), right of the hidden rank columns: per
   * owner (the to-date rows) the chance, the "needs help" flag (chance below ChanceWarn), the
   * revenue needed per working day from now on and the daily average of the owner's last five
   * reports; the team's chance on the leader row. Hidden right of them, the sums the chance is
   * computed from (CHANCE_SUMS), per owner and, on the leader row, the team's.
   */
  chanceCol(field: ChanceField | ChanceSum): string;
  /** Last visible column (the chance block's). */
  lastCol: string;
}

/** The board's chance-to-hit columns, left to right. */
export const CHANCE_FIELDS = ["chance", "help", "needDaily", "last5"] as const;
export type ChanceField = (typeof CHANCE_FIELDS)[number];
/**
 * Hidden, right of CHANCE_FIELDS: reported days, days with revenue, their revenue and its sum
 * of squares, and the date of the fifth-latest report (for the last-five-day average).
 */
export const CHANCE_SUMS = ["days", "sales", "sum", "squares", "fifth"] as const;
export type ChanceSum = (typeof CHANCE_SUMS)[number];

/** The weekly review (周复盘): one block of REVIEW_BLOCK_ROWS rows per sprint week. */
export interface ReviewLayout {
  firstBlockRow: number;
  /** Top row of week w's block (1-based). */
  blockRow(w: number): number;
}

/** Offsets inside a weekly-review block. */
/**
 * The conversions the weekly review measures: each pair of consecutive funnel stages that the
 * daily log records (src/domain/sprint.ts STAGE_METRIC), as stage indexes. With every stage
 * recorded: leads → contacted → qualified → proposal → won (calls, demos, quotes, deals).
 */
export const REVIEW_CONVERSIONS: readonly (readonly [number, number])[] = DEFAULT_FUNNEL.flatMap((stage, i) =>
  i > 0 && STAGE_METRIC[DEFAULT_FUNNEL[i - 1].key] && STAGE_METRIC[stage.key] ? [[i - 1, i] as const] : [],
);

export const REVIEW_ROWS = {
  title: 0,
  header: 1,
  revenue: 2,
  deals: 3,
  best: 4,
  stageHeader: 5,
  firstStage: 6,
  /** After one row per conversion (REVIEW_CONVERSIONS). */
  weakest: 6 + REVIEW_CONVERSIONS.length,
} as const;
export const REVIEW_BLOCK_ROWS = REVIEW_ROWS.weakest + 2;

/** The summary's visible columns (A–P): eight headline tiles of two columns each. */
export const SUMMARY_WIDTH = 16;
export const SUMMARY_TILE_SPAN = 2;
/** The owners' list shows every owner up to this many; beyond, the top and the bottom SUMMARY_LIST_END each and a line between. */
export const SUMMARY_LIST_ROWS = 11;
export const SUMMARY_LIST_END = 5;

/** A row of the summary's owners' list: the k-th of the ranking from the top or from the bottom, or the line between. */
export type SummaryListRow = { kind: "top"; k: number } | { kind: "bottom"; k: number } | { kind: "more" };

/** Columns of the summary's owners' list (in I–P) and of its review block (in A–H). */
export type SummaryListColumn = "rank" | "owner" | "revenue" | "pct" | "note";
export type SummaryReviewColumn = "item" | "planned" | "actual" | "pct";
export type SummaryReviewRow = "revenue" | "deals" | "best" | "weakest";

/**
 * The sprint summary (冲刺总览): one A4 landscape page. Headline tiles across the top; below,
 * the burn-up chart (left) beside the owners' list (right); then this week's review (left)
 * beside the warnings (right); the details line last. The same rows whatever the plan, so the
 * page stays one page at 200 owners; a hidden helper column right of the page holds each list
 * row's owner (its position in the board's tables) and the current week.
 */
export interface SummaryLayout {
  titleRow: number;
  periodRow: number;
  tileLabelRow: number;
  tileValueRow: number;
  tileNoteRow: number;
  /** First column of each tile. */
  tileCol: Record<SummaryTile, string>;
  listTitleRow: number;
  listHeaderRow: number;
  firstListRow: number;
  /** What each list row shows, from firstListRow down (at most SUMMARY_LIST_ROWS). */
  listRows: readonly SummaryListRow[];
  /** Who needs attention: a wrapped line over this row and the next. */
  attentionRow: number;
  /** First column of each list field (owner, revenue and note span two columns). */
  listCol: Record<SummaryListColumn, string>;
  chartAnchor: string;
  reviewTitleRow: number;
  reviewHeaderRow: number;
  reviewRow: Record<SummaryReviewRow, number>;
  /** First column of each review field (item spans three, planned and actual two). */
  reviewCol: Record<SummaryReviewColumn, string>;
  warningsTitleRow: number;
  /** One row per warning that is on (in I–P), the first says when none is. */
  warningRows: readonly number[];
  detailsRow: number;
  lastRow: number;
  /** Last visible column (P). */
  lastCol: string;
  /** The hidden helper column; its cell in the review's title row holds the current week. */
  helperCol: string;
  weekCell: string;
}

export interface FunnelLayout {
  col: Record<FunnelColumnKey, string>;
  headerRow: number;
  firstStageRow: number;
  lastStageRow: number;
  summaryTitleRow: number;
  firstSummaryRow: number;
}

export interface WorkbookLayout {
  strings: SheetStrings;
  /** Words of the log, board and review sheets (src/i18n/runSheets.ts). */
  run: RunSheetStrings;
  /** Words of the summary (src/i18n/summary.ts). */
  summaryWords: SummaryStrings;
  sheetNames: Record<SheetKey, string>;
  summary: SummaryLayout;
  inputs: InputsLayout;
  sprint: SprintLayout;
  targets: TargetsLayout;
  funnel: FunnelLayout;
  log: LogLayout;
  board: BoardLayout;
  review: ReviewLayout;
  /** Sheet-qualified absolute reference, e.g. ref("funnel", "D5") → `'销售漏斗'!$D$5`. */
  ref(sheet: SheetKey, range: string): string;
  /**
   * Sheet-qualified reference to one cell, its column absolute and its row relative, e.g.
   * rowRef("targets", "D", 5) → `'目标表'!$D5`: for a row that reads the same row of another
   * table (one owner's), so that the formulas of a column are one formula filled down, which
   * Excel writes with one copy instead of one text per cell (src/hosts/write/copyDown.ts).
   */
  rowRef(sheet: SheetKey, col: string, row: number): string;
}

function inputsLayout(plan: SprintPlan): InputsLayout {
  let r = 4;
  const sectionRow = {} as Record<InputSection, number>;
  const row = {} as Record<InputKey, number>;
  for (const section of INPUT_SECTIONS) {
    sectionRow[section] = r++;
    for (const key of INPUT_ROWS[section]) row[key] = r++;
  }
  const runSectionRow = r++;
  const runRow = {} as Record<RunInputKey, number>;
  for (const key of RUN_INPUT_ROWS) runRow[key] = r++;
  r++; // a blank line before the calendar
  const calendarSection = r++;
  const hintRow = r++;
  const sourceRow = r++;
  const uncoveredRow = plan.uncovered ? r++ : null;
  const headerRow = r++;
  const firstRow = r;
  const lastRow = firstRow + Math.max(CALENDAR_ROWS, plan.inputs.calendar.length) - 1;
  const calendar: CalendarLayout = {
    sectionRow: calendarSection,
    hintRow,
    sourceRow,
    uncoveredRow,
    headerRow,
    firstRow,
    lastRow,
    col: { date: "A", kind: "B", name: "C" },
  };
  return { sectionRow, row, runSectionRow, runRow, calendar, lastRow };
}

function sprintLayout(plan: SprintPlan): SprintLayout {
  const col = letters(SPRINT_COLUMNS);
  const headerRow = 5;
  const firstDayRow = headerRow + 1;
  const lastDayRow = headerRow + plan.days.length;
  const totalRow = lastDayRow + 1;
  const weeklyTitleRow = totalRow + 2;
  const firstWeekRow = weeklyTitleRow + 2;
  const lastWeekRow = firstWeekRow + plan.weeks.length - 1;
  const weeklyTargetRow = lastWeekRow + 1;
  const chartTop = weeklyTargetRow + 2;
  const weekCol = {} as Record<WeekColumnKey, string>;
  let next = 1;
  for (const [key, span] of WEEK_SPANS) {
    weekCol[key] = colLetter(next);
    next += span;
  }
  const kpiCol = {} as Record<KpiKey, string>;
  KPI_KEYS.forEach((k, i) => (kpiCol[k] = colLetter(1 + i * KPI_SPAN)));
  return {
    col,
    titleRow: 1,
    kpiLabelRow: 2,
    kpiValueRow: 3,
    flagRow: 4,
    headerRow,
    firstDayRow,
    lastDayRow,
    totalRow,
    needRow: totalRow + 1,
    kpiCol,
    weeklyTitleRow,
    weeklyHeaderRow: weeklyTitleRow + 1,
    firstWeekRow,
    lastWeekRow,
    weeklyTargetRow,
    weekCol,
    chartAnchor: `A${chartTop}:O${chartTop + 18}`,
    days: (key) => colRange(SPRINT_COLUMNS.indexOf(key) + 1, firstDayRow, lastDayRow, true),
    span: (from, to) =>
      rangeAddress(
        { top: firstDayRow, left: SPRINT_COLUMNS.indexOf(from) + 1, bottom: lastDayRow, right: SPRINT_COLUMNS.indexOf(to) + 1 },
        true,
      ),
  };
}

function targetsLayout(plan: SprintPlan): TargetsLayout {
  const headerRow = 3;
  const lastOwnerRow = headerRow + plan.owners.length;
  const phaseTitleRow = lastOwnerRow + 3;
  return {
    col: letters(TARGET_COLUMNS),
    headerRow,
    firstOwnerRow: headerRow + 1,
    lastOwnerRow,
    totalRow: lastOwnerRow + 1,
    phaseTitleRow,
    phaseHeaderRow: phaseTitleRow + 1,
    firstPhaseRow: phaseTitleRow + 2,
    phaseCol: letters(PHASE_COLUMNS),
  };
}

function logLayout(): LogLayout {
  const col = letters(LOG_COLUMNS);
  return {
    col,
    ...LOG_ROWS,
    rows: (key) => colRange(LOG_COLUMNS.indexOf(key) + 1, LOG_ROWS.firstRow, LOG_ROWS.lastRow, true),
  };
}

function boardLayout(plan: SprintPlan): BoardLayout {
  const n = plan.owners.length;
  const W = plan.weeks.length;
  const leaderRow = 3;
  const toDateTitleRow = 5;
  const toDateHeaderRow = toDateTitleRow + 1;
  const firstOwnerRow = toDateHeaderRow + 2;
  const lastOwnerRow = firstOwnerRow + n - 1;
  const toDateTotalRow = lastOwnerRow + 1;
  const fields = BOARD_FIELDS.length;
  const dayTitleRow = toDateTotalRow + 2;
  const dayDateRow = dayTitleRow + 1;
  const dayHeaderRow = dayDateRow + 1;
  const firstDayOwnerRow = dayHeaderRow + 2;
  const dayTotalRow = firstDayOwnerRow + n;
  const weekTitleRow = dayTotalRow + 2;
  const weekHeaderRow = weekTitleRow + 1;
  const weekTargetRow = weekHeaderRow + 2;
  const fullWeekRow = weekTargetRow + 1;
  const firstWeekOwnerRow = fullWeekRow + 1;
  const toDateLast = 1 + BOARD_METRICS.length * fields;
  // The hidden rank key and place sit right of every table, so hiding them hides nothing else.
  const rankKey = Math.max(toDateLast + 1, 2 + 2 * W) + 2;
  const metricCol = (m: BoardMetric, f: BoardField): string => colLetter(2 + BOARD_METRICS.indexOf(m) * fields + BOARD_FIELDS.indexOf(f));
  const chanceFirst = rankKey + 2;
  return {
    leaderRow,
    toDateTitleRow,
    toDateHeaderRow,
    firstOwnerRow,
    lastOwnerRow,
    toDateTotalRow,
    toDateCol: metricCol,
    rankCol: colLetter(toDateLast + 1),
    rankKeyCol: colLetter(rankKey),
    orderCol: colLetter(rankKey + 1),
    dayTitleRow,
    dayDateRow,
    dayHeaderRow,
    firstDayOwnerRow,
    dayTotalRow,
    dayCol: metricCol,
    weekTitleRow,
    weekHeaderRow,
    weekTargetRow,
    fullWeekRow,
    firstWeekOwnerRow,
    lastWeekOwnerRow: firstWeekOwnerRow + n - 1,
    weekNoteRow: firstWeekOwnerRow + n,
    weekPctCol: (w) => colLetter(2 + 2 * (w - 1)),
    weekReachedCol: (w) => colLetter(3 + 2 * (w - 1)),
    adjustCol: colLetter(2 + 2 * W),
    chanceCol: (f) => colLetter(chanceFirst + [...CHANCE_FIELDS, ...CHANCE_SUMS].indexOf(f)),
    lastCol: colLetter(chanceFirst + CHANCE_FIELDS.length - 1),
  };
}

function reviewLayout(): ReviewLayout {
  const firstBlockRow = 4;
  return { firstBlockRow, blockRow: (w) => firstBlockRow + (w - 1) * REVIEW_BLOCK_ROWS };
}

function summaryLayout(plan: SprintPlan): SummaryLayout {
  const n = plan.owners.length;
  const ends = Array.from({ length: SUMMARY_LIST_END }, (_, i) => i + 1);
  const listRows: SummaryListRow[] =
    n <= SUMMARY_LIST_ROWS
      ? Array.from({ length: n }, (_, i) => ({ kind: "top", k: i + 1 }))
      : [...ends.map((k): SummaryListRow => ({ kind: "top", k })), { kind: "more" }, ...[...ends].reverse().map((k): SummaryListRow => ({ kind: "bottom", k }))];
  const tileCol = {} as Record<SummaryTile, string>;
  SUMMARY_TILES.forEach((t, i) => (tileCol[t] = colLetter(1 + i * SUMMARY_TILE_SPAN)));
  const firstListRow = 9;
  const attentionRow = firstListRow + SUMMARY_LIST_ROWS;
  const reviewTitleRow = attentionRow + 3;
  const helperCol = colLetter(SUMMARY_WIDTH + 1);
  return {
    titleRow: 1,
    periodRow: 2,
    tileLabelRow: 3,
    tileValueRow: 4,
    tileNoteRow: 5,
    tileCol,
    listTitleRow: 7,
    listHeaderRow: 8,
    firstListRow,
    listRows,
    attentionRow,
    listCol: { rank: "I", owner: "J", revenue: "L", pct: "N", note: "O" },
    chartAnchor: `A7:H${attentionRow + 1}`,
    reviewTitleRow,
    reviewHeaderRow: reviewTitleRow + 1,
    reviewRow: { revenue: reviewTitleRow + 2, deals: reviewTitleRow + 3, best: reviewTitleRow + 4, weakest: reviewTitleRow + 5 },
    reviewCol: { item: "A", planned: "D", actual: "F", pct: "H" },
    warningsTitleRow: reviewTitleRow,
    warningRows: [reviewTitleRow + 2, reviewTitleRow + 3, reviewTitleRow + 4],
    detailsRow: reviewTitleRow + 7,
    lastRow: reviewTitleRow + 7,
    lastCol: colLetter(SUMMARY_WIDTH),
    helperCol,
    weekCell: `${helperCol}${reviewTitleRow}`,
  };
}

function funnelLayout(plan: SprintPlan): FunnelLayout {
  const headerRow = 3;
  const lastStageRow = headerRow + plan.funnel.length;
  return {
    col: letters(FUNNEL_COLUMNS),
    headerRow,
    firstStageRow: headerRow + 1,
    lastStageRow,
    summaryTitleRow: lastStageRow + 2,
    firstSummaryRow: lastStageRow + 3,
  };
}

export function workbookLayout(plan: SprintPlan): WorkbookLayout {
  const strings = sheetStrings(plan.inputs.locale);
  const run = runSheetStrings(plan.inputs.locale);
  const summaryWords = summaryStrings(plan.inputs.locale);
  const n = strings.sheetNames;
  const sheetNames: Record<SheetKey, string> = {
    summary: summaryWords.sheetName,
    inputs: n.inputs,
    sprint: format(n.sprint, { days: plan.inputs.days }),
    targets: n.targets,
    funnel: n.funnel,
    log: run.sheetNames.log,
    board: run.sheetNames.board,
    review: run.sheetNames.review,
  };
  for (const name of Object.values(sheetNames)) {
    if (!isValidSheetName(name)) throw new Error(`invalid sheet name: ${name}`);
  }
  return {
    strings,
    run,
    summaryWords,
    sheetNames,
    summary: summaryLayout(plan),
    inputs: inputsLayout(plan),
    sprint: sprintLayout(plan),
    targets: targetsLayout(plan),
    funnel: funnelLayout(plan),
    log: logLayout(),
    board: boardLayout(plan),
    review: reviewLayout(),
    ref: (sheet, range) => qualified(sheetNames[sheet], range),
    rowRef: (sheet, col, row) => `${sheetPrefix(sheetNames[sheet])}$${col}${row}`,
  };
}
