/**
 * One daily figure per metric and owner (docs/domain.md §5.2 "Daily figures"): what the board
 * judges each owner against, to date and on one day, for every metric of the plan.
 *
 * - The team's figure through a day is the plan's (the sum of the sprint sheet's planned
 *   column through that day).
 * - Each owner's share of it is the team's figure split by the owners' weights with the
 *   target table's telescoping (src/domain/sprint.ts telescope: owner i gets
 *   ROUND(X × c_i ÷ C) − ROUND(X × c_(i−1) ÷ C) for cumulative weights c_i), so the owners'
 *   targets add up to the team's exactly; at the end of the sprint an owner's revenue target
 *   to date is the target table's.
 * - An owner's target on one day is the owner's target through that day minus through the
 *   day before: summed over the owners, the plan's figure that day; summed over the days, the
 *   owner's share of the sprint.
 * - A per-rep figure the manager typed (Inputs: DailyLeads … DailyDeals) is every owner's
 *   figure on each working day instead (the plan uses it too: figure × owners).
 *
 * The board's formulas (src/workbook/board.ts) compute the same; tests hold them to this.
 */
import type { DailyMetric, SprintMetric } from "./vocabulary";
import { telescope, type SprintPlan } from "./sprint";

/** The plan's figure for the team from day 1 through `day` (0: nothing yet). */
export function teamPlanThrough(plan: SprintPlan, m: SprintMetric, day: number): number {
  return plan.days.slice(0, Math.max(0, day)).reduce((a, d) => a + d.plan[m], 0);
}

/** Each owner's target from day 1 through `day`, in the plan's owner order. */
export function ownerTargetsThrough(plan: SprintPlan, m: SprintMetric, day: number): number[] {
  const typed = m === "revenue" ? undefined : plan.inputs.dailyActivity[m];
  if (typed !== undefined) {
    const worked = day > 0 ? plan.days[Math.min(day, plan.days.length) - 1].workIndex : 0;
    return plan.owners.map(() => typed * worked);
  }
  return telescope(
    teamPlanThrough(plan, m, day),
    plan.owners.map((o) => o.weight),
  );
}

/** Each owner's target on `day` (1-based day of the sprint): through it minus through the day before. */
export function ownerTargetsOn(plan: SprintPlan, m: SprintMetric, day: number): number[] {
  const through = ownerTargetsThrough(plan, m, day);
  const before = ownerTargetsThrough(plan, m, day - 1);
  return through.map((x, i) => x - before[i]);
}

/**
 * The per-owner daily figure a summary shows (pane, command line): the typed per-rep figure, or
 * the plan's average per owner and working day rounded up (what the funnel needs,
 * SprintPlan.activityNeeded; an owner's day-by-day target varies around it with the telescoping
 * and the owner's weight).
 */
export function dailyFigure(plan: SprintPlan, m: DailyMetric): number {
  return plan.inputs.dailyActivity[m] ?? plan.activityNeeded[m];
}
