/**
 * The domain's own words: the keys every other layer uses for the sprint's metrics, target
 * types, inputs (the workbook's defined names), input fields and the SALES functions and their
 * parameters. Declared once here; src/i18n/ only translates them (docs/architecture.md "Allowed
 * imports": the domain imports nothing outside src/domain/).
 */

/**
 * The seven daily metrics, in this order everywhere: the sprint sheet's planned and actual
 * columns, the numbers of a daily report and the daily log's columns.
 */
export const SPRINT_METRICS = ["leads", "calls", "emails", "demos", "quotes", "deals", "revenue"] as const;
export type SprintMetric = (typeof SPRINT_METRICS)[number];

/**
 * The metrics with one daily figure per owner (docs/domain.md §5.2): every daily metric but
 * revenue. By default the plan's figure spread over working days and owners; a per-rep figure
 * typed on the Inputs sheet (DAILY_INPUT_KEYS) replaces it.
 */
export const DAILY_METRICS = ["leads", "calls", "emails", "demos", "quotes", "deals"] as const satisfies readonly SprintMetric[];
export type DailyMetric = (typeof DAILY_METRICS)[number];

/** Target types of the target table (docs/domain.md §6). */
export const TARGET_TYPES = ["revenue", "units", "newCustomers", "collection", "margin", "marketShare", "retention"] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

/** Rows of the inputs sheet. Most carry a defined name of the same spelling (see src/workbook/inputs.ts). */
export const INPUT_KEYS = [
  "SprintTarget",
  "AvgOrderValue",
  "ConversionRate",
  "SprintStart",
  "SprintDays",
  "IncludeWeekends",
  "WorkingDays",
  "WeekWorkingDays",
  "WeeklyTarget",
  "PhaseDays",
  "TeamSize",
  "DealsExact",
  "RequiredDeals",
  "LeadsExact",
  "RequiredLeads",
  "DailyCalls",
  "DailyEmails",
  "PipelineValue",
  "ThresholdRed",
  "ThresholdGreen",
  "CoverageWarn",
  "NewOppWarn",
  "ActivityWarn",
  "BaseTier",
  "ChallengeTier",
  "LastReportedDay",
  "WorkingDaysElapsed",
] as const;
export type InputKey = (typeof INPUT_KEYS)[number];

// ---- the workbook's keys: sheets, sections and columns -------------------------------------
// src/workbook/layout.ts places them, src/i18n/sheet.ts and src/i18n/runSheets.ts name them.

/** The plan's sheets, in tab order. */
export const PLAN_SHEET_KEYS = ["inputs", "sprint", "targets", "funnel"] as const;
export type PlanSheetKey = (typeof PLAN_SHEET_KEYS)[number];
/** The sheets that run the sprint day by day (daily log, team board, weekly review), after the plan's. */
export const RUN_SHEET_KEYS = ["log", "board", "review"] as const;
export type RunSheetKey = (typeof RUN_SHEET_KEYS)[number];
/**
 * Every sheet of the workbook in tab order: its stable identity, whatever its name in the
 * workbook's language. The sprint summary (冲刺总览, the page the boss reads) comes first and is
 * the one a recipient sees on opening.
 */
export const SHEET_KEYS = ["summary", ...PLAN_SHEET_KEYS, ...RUN_SHEET_KEYS] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];

/**
 * The summary's headline tiles, left to right: the sprint sheet's KPIs (referenced, never
 * recomputed), the working days left and the last reported day. Before any report each tile
 * shows a figure of the plan instead (src/workbook/summary.ts).
 */
export const SUMMARY_TILES = ["target", "actualToDate", "pacing", "attainment", "projected", "requiredDaily", "daysLeft", "lastDay"] as const;
export type SummaryTile = (typeof SUMMARY_TILES)[number];

/** Sections of the inputs sheet, in order (their rows: src/workbook/layout.ts INPUT_ROWS). */
export const INPUT_SECTIONS = ["sprint", "funnel", "thresholds", "progress"] as const;
export type InputSection = (typeof INPUT_SECTIONS)[number];

/** The sprint sheet's KPI strip, left to right. */
export const KPI_KEYS = [
  "target",
  "actualToDate",
  "pacing",
  "attainment",
  "projected",
  "requiredDaily",
  "coverage",
  "newOpps",
  "activity",
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

/** The sprint sheet's day-table columns besides the planned and actual metrics. */
export type DayColumnKey =
  | "day"
  | "date"
  | "weekday"
  | "working"
  | "phase"
  | "phaseNo"
  | "week"
  | "workIndex"
  | "cumPlan"
  | "cumActual"
  | "attainment"
  | "status"
  | "activity"
  | "projected"
  | "required"
  | "reported";

/** The sprint sheet's weekly summary. */
export type WeekColumnKey =
  | "week"
  | "from"
  | "to"
  | "workingDays"
  | "phase"
  | "keyFigure"
  | "keyPlan"
  | "keyActual"
  | "plan"
  | "actual"
  | "attainment";

/** The target table's owner columns. */
export type TargetColumnKey =
  | "owner"
  | "weight"
  | "type"
  | "target"
  | "weekly"
  | "base"
  | "challenge"
  | "strategy"
  | "actual"
  | "attainment";

/** The target table's phase table. */
export type PhaseColumnKey = "phaseNo" | "phase" | "from" | "to" | "keyFigure" | "keyPlan" | "role" | "strategy";

/** The funnel sheet's stage table. */
export type FunnelColumnKey =
  | "stage"
  | "benchmark"
  | "planned"
  | "required"
  | "opening"
  | "actual"
  | "source"
  | "attainment"
  | "conversion"
  | "benchmarkConversion"
  | "vsBenchmark"
  | "bottleneck";

/** The funnel sheet's summary below the stages. */
export type FunnelSummaryKey = "leadsPerWeek" | "leadsPerDay" | "leadsPerOwnerDay" | "dealsPerOwnerDay";

/** The team board's columns under each metric (src/domain/run.ts BOARD_METRICS). */
export const BOARD_FIELDS = ["actual", "target", "pct", "status"] as const;
export type BoardField = (typeof BOARD_FIELDS)[number];

/** Fields of SprintInputs, as named in validation errors. */
export type SprintField =
  | "target"
  | "avgOrderValue"
  | "conversion"
  | "funnelShares"
  | "owners"
  | "start"
  | "days"
  | "weekends"
  | "calendar"
  | "dailyActivity"
  | "thresholds"
  | "tiers"
  | "currency";

/** The SALES.* custom functions. */
export const FUNCTION_IDS = ["REQUIRED_LEADS", "SPLIT_TARGET", "SMART_SCORE", "FUNNEL_STAGE", "HIT_CHANCE"] as const;
export type FunctionId = (typeof FUNCTION_IDS)[number];

/**
 * Every function's parameters, in order, exactly as Excel shows them. Written once here: the
 * argument specs (./args.ts) and the help (src/i18n/functionsHelp.ts) are typed by these names,
 * and test/functions/wrappers.test.ts holds the JSDoc of src/functions/functions.ts (which
 * custom-functions-metadata reads, so it must spell them out) to this list.
 */
export const FUNCTION_PARAMETERS = {
  REQUIRED_LEADS: { target: "required", avg_order_value: "required", conversion_rate: "required", periods: "optional" },
  SPLIT_TARGET: { total: "required", parts_or_weights: "required", round_to: "optional" },
  SMART_SCORE: { goal: "required", current: "optional", target: "optional", explain: "optional" },
  FUNNEL_STAGE: { leads_or_counts: "required", stage: "optional", shares: "optional" },
  HIT_CHANCE: { target: "required", actuals: "required", remaining_days: "required", done_so_far: "optional" },
} as const satisfies Record<FunctionId, Record<string, "required" | "optional">>;

/** The parameter names of one function. */
export type ParamName<F extends FunctionId> = keyof (typeof FUNCTION_PARAMETERS)[F] & string;

/** One function's parameters in order, as { name, optional } (the reference card's signature). */
export function parameterList(id: FunctionId): { name: string; optional: boolean }[] {
  const declared: Readonly<Record<string, "required" | "optional">> = FUNCTION_PARAMETERS[id];
  return Object.entries(declared).map(([name, kind]) => ({ name, optional: kind === "optional" }));
}
