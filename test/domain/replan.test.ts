/**
 * Re-plan mid-sprint (src/domain/replan.ts): bad dates, the seeds' case (300,000 a month, only
 * 50,000 in week 1), boundaries (before the start, after the end, target already reached,
 * weekends), and the invariant: the sprint still sums to the target.
 */
import fc from "fast-check";
import { replanSprint } from "../../src/domain/replan";
import type { SprintPlan } from "../../src/domain/sprint";
import { seedPlan, type SeedOverrides } from "../fixtures/seedPlan";

/** The seeds' mid-sprint case: 300,000 from Monday 3 March, three owners. */
const plan = (overrides: SeedOverrides = {}): SprintPlan => seedPlan({ target: 300000, owners: [{ name: "甲" }, { name: "乙" }, { name: "丙" }], ...overrides });

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
/** 10,000 on each working day of week 1 (five weekdays) = 50,000. */
const WEEK1 = [10000, 10000, 10000, 10000, 10000, "", ""];

describe("bad arguments", () => {
  it("returns null for a date that is not a date", () => {
    expect(replanSprint(plan(), WEEK1, "2025-02-30")).toBeNull();
    expect(replanSprint(plan(), WEEK1, "10/03/2025")).toBeNull();
  });

  it("counts blank, text, booleans and non-finite actuals as 0 (as SUMIF does)", () => {
    const r = replanSprint(plan(), [10000, "abc", true, null, NaN, undefined, 5], "2025-03-10");
    expect(r?.actualBefore).toBe(10005);
  });
});

describe("the seeds' case: 300,000 in 30 days, 50,000 delivered in week 1, re-planned on day 8", () => {
  const p = plan();
  const r = replanSprint(p, WEEK1, "2025-03-10");

  it("keeps the actuals before the change and spreads the rest over the remaining working days", () => {
    expect(r).not.toBeNull();
    if (!r) return;
    expect(p.workingDays).toBe(22);
    expect(r.fromDay).toBe(8);
    expect(r.actualBefore).toBe(50000);
    expect(r.workingDaysBefore).toBe(5);
    expect(r.remainingWorkingDays).toBe(17);
    expect(r.remaining).toBe(250000);
    expect(r.dailyRate).toBeCloseTo(14705.88, 2);
    expect(r.originalDailyRate).toBeCloseTo(231818 / 17, 6);
    expect(r.days.slice(0, 7).map((d) => d.revised)).toEqual([10000, 10000, 10000, 10000, 10000, 0, 0]);
  });

  it("still sums to the target, with whole amounts, nothing on weekends, the original plan kept beside it", () => {
    if (!r) throw new Error("no re-plan");
    expect(r.total).toBe(300000);
    expect(sum(r.days.filter((d) => d.replanned).map((d) => d.revised))).toBe(250000);
    expect(r.days.every((d) => Number.isInteger(d.revised))).toBe(true);
    expect(r.days.filter((d) => !d.working).every((d) => d.revised === 0)).toBe(true);
    expect(r.days.map((d) => d.original)).toEqual(p.days.map((d) => d.plan.revenue));
    const revisedWorking = r.days.filter((d) => d.replanned && d.working).map((d) => d.revised);
    expect(Math.max(...revisedWorking) - Math.min(...revisedWorking)).toBeLessThanOrEqual(1);
    expect(r.days[r.days.length - 1].cumRevised).toBe(300000);
  });
});

describe("boundaries", () => {
  it("a change on or before day 1 re-plans nothing: the revised plan is the original", () => {
    const p = plan();
    for (const date of ["2025-03-03", "2025-01-01"]) {
      const r = replanSprint(p, [], date);
      expect(r?.fromDay).toBe(1);
      expect(r?.days.map((d) => d.revised)).toEqual(p.days.map((d) => d.plan.revenue));
    }
  });

  it("a change after the sprint: everything is actual, no working day is left", () => {
    const p = plan();
    const r = replanSprint(p, Array.from({ length: 30 }, () => 1000), "2025-05-01");
    expect(r?.fromDay).toBe(31);
    expect(r?.remainingWorkingDays).toBe(0);
    expect(r?.dailyRate).toBeNull();
    expect(r?.total).toBe(30000);
  });

  it("the target already reached: nothing remains, the remaining days plan 0", () => {
    const r = replanSprint(plan(), [200000, 150000], "2025-03-05");
    expect(r?.remaining).toBe(0);
    expect(r?.days.filter((d) => d.replanned).every((d) => d.revised === 0)).toBe(true);
    expect(r?.total).toBe(350000);
  });

  it("with weekends as working days, Saturdays and Sundays get targets too", () => {
    const p = plan({ weekends: true });
    const r = replanSprint(p, WEEK1, "2025-03-10");
    expect(r?.remainingWorkingDays).toBe(23);
    expect(r?.days.find((d) => d.date === "2025-03-15")?.revised).toBeGreaterThan(0);
    expect(r?.total).toBe(300000);
  });
});

describe("property: whatever the actuals and the date, the re-planned sprint sums to max(target, actual before)", () => {
  it("holds for random sprints", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 5_000_000 }),
        fc.integer({ min: 7, max: 92 }),
        fc.boolean(),
        fc.integer({ min: -5, max: 100 }),
        fc.array(fc.oneof(fc.integer({ min: 0, max: 200000 }), fc.constant("")), { maxLength: 92 }),
        (target, days, weekends, offset, actuals) => {
          const p = plan({ target, days, weekends });
          const change = new Date(Date.UTC(2025, 2, 3 + offset)).toISOString().slice(0, 10);
          const r = replanSprint(p, actuals, change);
          if (!r) return false;
          if (r.remainingWorkingDays === 0) return r.total === r.actualBefore;
          return r.total === Math.max(target, r.actualBefore) && r.days.every((d) => Number.isInteger(d.revised));
        },
      ),
      { numRuns: 150 },
    );
  });
});
