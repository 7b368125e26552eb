/**
 * Where everything sits in the sprint workbook: sheet names, rows and column letters.
 *
 * Computed once from the plan before any sheet is built, because sheets refer to each
 * other (the inputs count the sprint's working days, the sprint reads the funnel's stage
 * counts, the phase table sums the sprint's columns). Tests use it to find cells.
 */
import { format } from "../i18n/locale";
import { SPRINT_METRICS, type InputKey, type SprintMetric } from "../domain/vocabulary";
import {
  INPUT_SECTIONS,
  sheetStrings,
  type DayColumnKey,
  type InputSection,
  type KpiKey,
  type SheetStrings,
  type TargetColumnKey,
  type FunnelColumnKey,
  type PhaseColumnKey,
  type WeekColumnKey,
  KPI_KEYS,
} from "../i18n/sheet";
import type { SprintPlan } from "../domain/sprint";
import type { SheetKey } from "./spec";
import { colLetter, colRange, isValidSheetName, qualified, rangeAddress } from "./a1";

/** The inputs sheet's rows, section by section. */
export const INPUT_ROWS: Readonly<Record<InputSection, readonly InputKey[]>> = {
  sprint: [
    "SprintTarget",
    "AvgOrderValue",
    "ConversionRate",
    "SprintStart",
    "SprintDays",
    "IncludeWeekends",
    "WorkingDays",
    "SprintWeeks",
    "PhaseDays",
    "TeamSize",
  ],
  funnel: ["DealsExact", "RequiredDeals", "LeadsExact", "RequiredLeads", "DailyCalls", "DailyEmails", "PipelineValue"],
  thresholds: ["ThresholdRed", "ThresholdGreen", "CoverageWarn", "NewOppWarn", "ActivityWarn", "BaseTier", "ChallengeTier"],
  progress: ["LastReportedDay", "WorkingDaysElapsed"],
};

export type PlanColumnKey = `plan.${SprintMetric}`;
export type ActualColumnKey = `act.${SprintMetric}`;
export type SprintColumnKey = DayColumnKey | PlanColumnKey | ActualColumnKey;

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
];

export const TARGET_COLUMNS: readonly TargetColumnKey[] = [
  "owner",
  "weight",
  "type",
  "target",
  "weekly",
  "base",
  "challenge",
  "strategy",
  "actual",
  "attainment",
];

/** Laid over the target table's columns: the phase name sits under the (wide) owner column. */
export const PHASE_COLUMNS: readonly PhaseColumnKey[] = ["phase", "phaseNo", "from", "to", "keyFigure", "keyPlan", "role", "strategy"];

export const FUNNEL_COLUMNS: readonly FunnelColumnKey[] = [
  "stage",
  "benchmark",
  "planned",
  "required",
  "actual",
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
  /** First column letter of each KPI (values in kpiValueRow). */
  kpiCol: Record<KpiKey, string>;
  weeklyTitleRow: number;
  weeklyHeaderRow: number;
  firstWeekRow: number;
  lastWeekRow: number;
  /** First column letter of each weekly field. */
  weekCol: Record<WeekColumnKey, string>;
  chartAnchor: string;
  /** Absolute range of one day column, e.g. `$V$6:$V$35` (same sheet). */
  days(key: SprintColumnKey): string;
  /** Absolute range of adjacent day columns, e.g. `$J$6:$L$35`. */
  span(from: SprintColumnKey, to: SprintColumnKey): string;
}

export interface TargetsLayout {
  col: Record<TargetColumnKey, string>;
  headerRow: number;
  firstOwnerRow: number;
  lastOwnerRow: number;
  totalRow: number;
  phaseTitleRow: number;
  phaseHeaderRow: number;
  firstPhaseRow: number;
  phaseCol: Record<PhaseColumnKey, string>;
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
  sheetNames: Record<SheetKey, string>;
  inputs: InputsLayout;
  sprint: SprintLayout;
  targets: TargetsLayout;
  funnel: FunnelLayout;
  /** Sheet-qualified absolute reference, e.g. ref("funnel", "D5") → `'销售漏斗'!$D$5`. */
  ref(sheet: SheetKey, range: string): string;
}

function inputsLayout(): InputsLayout {
  let r = 4;
  const sectionRow = {} as Record<InputSection, number>;
  const row = {} as Record<InputKey, number>;
  for (const section of INPUT_SECTIONS) {
    sectionRow[section] = r++;
    for (const key of INPUT_ROWS[section]) row[key] = r++;
  }
  return { sectionRow, row, lastRow: r - 1 };
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
  const chartTop = lastWeekRow + 2;
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
    kpiCol,
    weeklyTitleRow,
    weeklyHeaderRow: weeklyTitleRow + 1,
    firstWeekRow,
    lastWeekRow,
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
  const n = strings.sheetNames;
  const sheetNames: Record<SheetKey, string> = {
    inputs: n.inputs,
    sprint: format(n.sprint, { days: plan.inputs.days }),
    targets: n.targets,
    funnel: n.funnel,
  };
  for (const name of Object.values(sheetNames)) {
    if (!isValidSheetName(name)) throw new Error(`invalid sheet name: ${name}`);
  }
  return {
    strings,
    sheetNames,
    inputs: inputsLayout(),
    sprint: sprintLayout(plan),
    targets: targetsLayout(plan),
    funnel: funnelLayout(plan),
    ref: (sheet, range) => qualified(sheetNames[sheet], range),
  };
}
