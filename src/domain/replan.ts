/**
 * Re-plan mid-sprint (docs/domain.md §5.4): on the date of the change, the
 * actual revenue of the days before it stands, and the rest of the target is spread again over
 * the remaining working days, so the sprint still sums to the target.
 *
 * The sheet computes the same figures with native formulas over the actual cells
 * (src/workbook/replan.ts); this model uses the same arithmetic (Excel's ROUND, telescoped
 * cumulative shares) so the pane can show the result and tests can hold the sheet to it:
 * - fromDay = the day the change date falls on (clamped to 1 … days + 1);
 * - actualBefore = Σ actual revenue of days before fromDay (blank or text counts 0);
 * - remaining = max(0, target − actualBefore), over the working days from fromDay on;
 * - revised(day) = actual for days before fromDay; from fromDay on
 *   ROUND(remaining × (k − B) ÷ R) − ROUND(remaining × (k − w − B) ÷ R) with k the day's working
 *   index, w 1 on working days, B the working days before fromDay and R those remaining.
 */
import { excelRound, type SprintPlan } from "./sprint";
import { isoToSerial, serialToIso } from "./dates";

export interface ReplanDay {
  day: number;
  date: string;
  working: boolean;
  /** The original plan's revenue for the day. */
  original: number;
  /** Actual for days before the change; the re-planned target from the change on. */
  revised: number;
  cumRevised: number;
  /** True from the change on. */
  replanned: boolean;
}

export interface ReplanResult {
  changeDate: string;
  changeSerial: number;
  /** First re-planned day, 1 … days + 1 (days + 1: the change came after the sprint ended). */
  fromDay: number;
  actualBefore: number;
  workingDaysBefore: number;
  remainingWorkingDays: number;
  /** Target still to reach: max(0, target − actualBefore). */
  remaining: number;
  /** remaining ÷ remainingWorkingDays, or null when no working day is left. */
  dailyRate: number | null;
  /** The original plan's daily average over the same remaining days, for comparison. */
  originalDailyRate: number | null;
  days: ReplanDay[];
  /** Σ revised: the target, or the actual before the change when that already exceeds it. */
  total: number;
}

/** A cell value as SUMIF reads it: numbers count, everything else is 0. */
function amount(v: unknown): number {
  return typeof v === "number" && Number.isFinite(v) ? v : 0;
}

/**
 * The re-plan of `plan` on `changeDate` (YYYY-MM-DD) given the actual revenue per day
 * (`actualRevenue[i]` is day i + 1; missing, blank or text entries count 0). Null when the
 * date is not a valid date.
 */
export function replanSprint(plan: SprintPlan, actualRevenue: readonly unknown[], changeDate: string): ReplanResult | null {
  const changeSerial = isoToSerial(changeDate);
  if (changeSerial === null) return null;
  const days = plan.days.length;
  const fromDay = Math.max(1, Math.min(days + 1, changeSerial - plan.inputs.startSerial + 1));
  const before = plan.days.filter((d) => d.day < fromDay);
  const actualBefore = before.reduce((a, d) => a + amount(actualRevenue[d.day - 1]), 0);
  const workingDaysBefore = before.filter((d) => d.working).length;
  const remainingWorkingDays = plan.workingDays - workingDaysBefore;
  const remaining = Math.max(0, plan.inputs.target - actualBefore);
  const share = (k: number): number =>
    remainingWorkingDays > 0 ? excelRound((remaining * (k - workingDaysBefore)) / remainingWorkingDays) : 0;

  let cum = 0;
  const out: ReplanDay[] = plan.days.map((d) => {
    const replanned = d.day >= fromDay;
    const revised = replanned ? share(d.workIndex) - share(d.workIndex - (d.working ? 1 : 0)) : amount(actualRevenue[d.day - 1]);
    cum += revised;
    return { day: d.day, date: d.date, working: d.working, original: d.plan.revenue, revised, cumRevised: cum, replanned };
  });
  const originalRemaining = plan.days.filter((d) => d.day >= fromDay).reduce((a, d) => a + d.plan.revenue, 0);
  return {
    changeDate: serialToIso(changeSerial),
    changeSerial,
    fromDay,
    actualBefore,
    workingDaysBefore,
    remainingWorkingDays,
    remaining,
    dailyRate: remainingWorkingDays > 0 ? remaining / remainingWorkingDays : null,
    originalDailyRate: remainingWorkingDays > 0 ? originalRemaining / remainingWorkingDays : null,
    days: out,
    total: cum,
  };
}
