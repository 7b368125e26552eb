/**
 * Running the sprint day by day (docs/using.md "Running the sprint day by day"): the daily log's
 * rows, the board's metrics, the inputs of the run section (per-rep daily figures of demos,
 * deals, leads and quotes; the limits of the target-adjustment rule: two consecutive full weeks
 * below AdjustLow or above AdjustHigh, applied by the board's formulas, src/workbook/board.ts;
 * ChanceWarn, below which an owner's chance to hit marks them as needing help, docs/chance.md).
 * Pure: imports nothing outside src/domain/.
 */
import { SPRINT_METRICS } from "./vocabulary";

/** Rows the daily log's formulas count (below its header). */
export const LOG_DATA_ROWS = 10_000;

/**
 * The team board's metrics: every daily metric, each against the owner's target to date and on
 * the last reported day (src/domain/daily.ts: the plan's figure split over the owners, or the
 * typed per-rep figure).
 */
export const BOARD_METRICS = SPRINT_METRICS;
export type BoardMetric = (typeof BOARD_METRICS)[number];

/**
 * Inputs added for running the sprint (a section of the inputs sheet, each with a defined name).
 * Later additions come last (DailyLeads and DailyQuotes, then ChanceWarn): a workbook made before
 * them keeps what was typed in the rows above (update in place keeps a typed input in its cell).
 */
export const RUN_INPUT_KEYS = ["DailyDemos", "DailyDeals", "AdjustLow", "AdjustHigh", "DailyLeads", "DailyQuotes", "ChanceWarn"] as const;
export type RunInputKey = (typeof RUN_INPUT_KEYS)[number];

/**
 * Defaults of the percentages: the adjustment limits, 70% / 130% (docs/domain.md §5.4), and
 * ChanceWarn, 50% (docs/chance.md "On the board"). The per-rep daily figures have none: blank is
 * "from the plan" (src/domain/inputs.ts SPRINT_INPUTS).
 */
export const RUN_INPUT_DEFAULTS = { AdjustLow: 0.7, AdjustHigh: 1.3, ChanceWarn: 0.5 } as const satisfies Partial<Record<RunInputKey, number>>;

/** The largest value of each percentage input (ChanceWarn is a chance: at most 100%). */
export const RUN_INPUT_MAX: Readonly<Record<keyof typeof RUN_INPUT_DEFAULTS, number | null>> = { AdjustLow: null, AdjustHigh: null, ChanceWarn: 1 };
