/**
 * The working calendar (docs/domain.md §10): listed days off carry no target, make-up working
 * days do, the rest follows the weekday rule; a sprint past the official data says so and
 * leaves those days to the weekday rule. The mainland data comes from src/calendar/cn.ts.
 */
import fc from "fast-check";
import { planSprint, validateSprintInputs } from "../../src/domain/sprint";
import { defaultHolidayCalendar, isWorkingDay } from "../../src/domain/calendar";
import { CN_COVERED, CN_SOURCE, cnCalendar } from "../../src/calendar/cn";
import { inputErrorMessage } from "../../src/i18n/inputs";
import { seedInputs, seedPlan } from "../fixtures/seedPlan";

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
/** The seed case with mainland China's calendar for its dates. */
const cnPlan = (start: string, days = 30, more: Parameters<typeof seedPlan>[0] = {}) =>
  seedPlan({ start, days, calendar: cnCalendar(start, days, "zh-CN"), calendarSource: CN_SOURCE, ...more });

describe("mainland China's calendar data (src/calendar/cn.ts)", () => {
  test("Labour Day 2026: 1–5 May off, Saturday 9 May on, names in each language", () => {
    expect(cnCalendar("2026-04-28", 14, "zh-CN")).toEqual([
      { date: "2026-05-01", kind: "off", name: "劳动节" },
      { date: "2026-05-02", kind: "off", name: "劳动节" },
      { date: "2026-05-03", kind: "off", name: "劳动节" },
      { date: "2026-05-04", kind: "off", name: "劳动节" },
      { date: "2026-05-05", kind: "off", name: "劳动节" },
      { date: "2026-05-09", kind: "work", name: "劳动节" },
    ]);
    expect(cnCalendar("2026-05-09", 1, "zh-TW")).toEqual([{ date: "2026-05-09", kind: "work", name: "勞動節" }]);
    expect(cnCalendar("2026-10-01", 1, "zh-TW")[0].name).toBe("國慶節");
    expect(cnCalendar("2026-02-17", 1, "en")).toEqual([{ date: "2026-02-17", kind: "off", name: "Spring Festival" }]);
  });

  test("covers the State Council's notices from 2004 through 2026; nothing after", () => {
    expect(CN_COVERED).toEqual({ firstYear: 2004, lastYear: 2026 });
    expect(CN_SOURCE.coveredThrough).toBe("2026-12-31");
    expect(cnCalendar("2027-01-01", 60, "zh-CN")).toEqual([]);
    expect(cnCalendar("2026-12-20", 30, "zh-CN")).toEqual([]);
  });

  test("bad ranges give nothing", () => {
    expect(cnCalendar("2026-13-01", 30, "zh-CN")).toEqual([]);
    expect(cnCalendar("2026-05-01", 0, "zh-CN")).toEqual([]);
  });
});

describe("the plan follows the calendar", () => {
  test("docs/domain.md §10: 30 days from Monday 2026-04-20 → 22 weekdays − 3 holidays + 1 make-up day = 20 working days", () => {
    const p = cnPlan("2026-04-20");
    const weekdays = p.days.filter((d) => d.weekday < 6).length;
    expect(weekdays).toBe(22);
    expect(p.workingDays).toBe(20);
    const off = p.days.filter((d) => d.weekday < 6 && !d.working).map((d) => d.date);
    expect(off).toEqual(["2026-05-01", "2026-05-04", "2026-05-05"]);
    const makeUp = p.days.filter((d) => d.weekday >= 6 && d.working).map((d) => d.date);
    expect(makeUp).toEqual(["2026-05-09"]);
    // Holidays carry no target, the make-up Saturday does; the days still add up to the target.
    for (const d of p.days) {
      if (!d.working) expect(d.plan.revenue).toBe(0);
      if (d.date === "2026-05-09") {
        expect(d.plan.revenue).toBeGreaterThan(0);
        expect(d.listed).toEqual({ date: "2026-05-09", kind: "work", name: "劳动节" });
      }
    }
    expect(sum(p.days.map((d) => d.plan.revenue))).toBe(500000);
    expect(p.days[p.days.length - 1].workIndex).toBe(20);
    // Week 2 (27 Apr – 3 May) loses Friday 1 May; week 3 (4–10 May) loses 4 and 5 May and gains Saturday 9 May.
    expect(p.weeks.map((w) => w.workingDays)).toEqual([5, 4, 4, 5, 2]);
    expect(p.weeks.map((w) => w.revenue)).toEqual([125000, 100000, 100000, 125000, 50000]);
    // The weekly target is a full working week's share of the 20 working days.
    expect(p.weeklyTarget).toBe(125000);
    expect(p.uncovered).toBeNull();
  });

  test("--weekends: weekends work, listed days off still do not, make-up days still do", () => {
    const p = cnPlan("2026-04-20", 30, { weekends: true });
    expect(p.days.filter((d) => !d.working).map((d) => d.date)).toEqual(["2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05"]);
    expect(p.workingDays).toBe(25);
    expect(p.fullWeekDays).toBe(7);
  });

  test("元旦 2027 is past the data: a sprint from 2026-12-07 says so and leaves 1 January a weekday", () => {
    const p = cnPlan("2026-12-07");
    expect(p.uncovered).toEqual({ from: "2027-01-01", to: "2027-01-05" });
    const newYear = p.days.find((d) => d.date === "2027-01-01")!;
    expect(newYear.weekday).toBe(5);
    expect(newYear.working).toBe(true);
    expect(newYear.listed).toBeUndefined();
    expect(p.workingDays).toBe(22);
    // Without a source nothing is claimed either way.
    expect(seedPlan({ start: "2026-12-07" }).uncovered).toBeNull();
  });

  test("a manager's own day off moves every figure", () => {
    const base = cnPlan("2026-04-20");
    const own = seedPlan({
      start: "2026-04-20",
      calendar: [...cnCalendar("2026-04-20", 30, "zh-CN"), { date: "2026-04-24", kind: "off", name: "公司年会" }],
    });
    expect(own.workingDays).toBe(base.workingDays - 1);
    expect(own.days.find((d) => d.date === "2026-04-24")!.plan.revenue).toBe(0);
    expect(own.weeks[0].revenue).toBeLessThan(base.weeks[0].revenue);
    expect(own.weeklyTarget).toBeGreaterThan(base.weeklyTarget);
  });

  test("entries outside the sprint are ignored; a make-up day listed twice with a day off works (as on the sheet)", () => {
    const p = seedPlan({
      start: "2025-03-03",
      calendar: [
        { date: "2024-01-01", kind: "off", name: "x" },
        { date: "2025-03-08", kind: "off", name: "a" },
        { date: "2025-03-08", kind: "work", name: "b" },
      ],
    });
    expect(p.inputs.calendar).toEqual([{ date: "2025-03-08", kind: "work", name: "b" }]);
    expect(p.workingDays).toBe(23);
  });

  test("the rule, day by day, against the weekday rule (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.constantFrom("off", "work", undefined), fc.boolean(), (weekday, kind, weekends) => {
        const w = isWorkingDay(weekday, kind as "off" | "work" | undefined, weekends);
        return kind === "work" ? w : kind === "off" ? !w : w === (weekends || weekday < 6);
      }),
    );
  });

  test("a sprint with no working day left is refused, naming the calendar", () => {
    const errors = validateSprintInputs(
      seedInputs({ start: "2026-02-15", days: 7, calendar: cnCalendar("2026-02-15", 7, "zh-CN") }),
    );
    expect(errors.map((e) => e.key)).toEqual(["input.noWorkingDays"]);
    expect(inputErrorMessage(errors[0], "zh-CN")).toContain("没有一个工作日");
    expect(planSprint(seedInputs({ start: "2026-02-15", days: 7, calendar: cnCalendar("2026-02-15", 7, "zh-CN") })).ok).toBe(false);
  });

  test("bad entries are refused with their path", () => {
    const errors = validateSprintInputs(seedInputs({ calendar: [{ date: "2026-02-30", kind: "off", name: "x" }] }));
    expect(errors.map((e) => [e.field, e.path, e.key])).toEqual([["calendar", "calendar[1].date", "input.date"]]);
  });

  test("default calendar: mainland for Simplified Chinese, none otherwise", () => {
    expect([defaultHolidayCalendar("zh-CN"), defaultHolidayCalendar("zh-TW"), defaultHolidayCalendar("en")]).toEqual(["cn", "none", "none"]);
  });
});
