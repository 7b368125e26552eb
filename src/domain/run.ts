/**
 * Running the sprint day by day (docs/using.md "Running the sprint day by day"): the daily log's
 * rows, the board's metrics, the per-rep daily targets of the seed's check_daily_progress
 * and the limits of the target-adjustment rule (two consecutive full weeks below AdjustLow
 * or above AdjustHigh; the board's formulas apply it, src/workbook/board.ts). Pure: imports
 * nothing outside src/domain/.
 */
import type { SprintMetric } from "./vocabulary";

/** Rows the daily log's formulas count (below its header). */
export const LOG_DATA_ROWS = 10_000;

/** The team board's metrics (some of SPRINT_METRICS), each against the owner's target to date. */
export const BOARD_METRICS = ["calls", "emails", "demos", "deals", "revenue"] as const satisfies readonly SprintMetric[];
export type BoardMetric = (typeof BOARD_METRICS)[number];

/** Inputs added for running the sprint (a section of the inputs sheet, each with a defined name). */
export const RUN_INPUT_KEYS = ["DailyDemos", "DailyDeals", "AdjustLow", "AdjustHigh"] as const;
export type RunInputKey = (typeof RUN_INPUT_KEYS)[number];

/** Defaults: the seed's per-rep daily targets (demos 2, deals 1) and the adjustment limits 70% / 130%. */
export const RUN_INPUT_DEFAULTS: Readonly<Record<RunInputKey, number>> = {
  DailyDemos: 2,
  DailyDeals: 1,
  AdjustLow: 0.7,
  AdjustHigh: 1.3,
};
