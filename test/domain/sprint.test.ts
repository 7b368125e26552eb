import fc from "fast-check";
import {
  excelRound,
  planSprint,
  telescope,
  validateSprintInputs,
  type SprintInputs,
} from "../../src/domain/sprint";
import { requiredLeads } from "../../src/domain/leads";
import { defaultOf } from "../../src/domain/inputs";
import { SPRINT_METRICS } from "../../src/domain/vocabulary";
import { LOCALES } from "../../src/i18n/locale";
import { inputErrorMessage } from "../../src/i18n/inputs";
import { seedInputs, seedPlan as plan } from "../fixtures/seedPlan";

const SEED = seedInputs();

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe("validation: bad inputs name the field and its valid range", () => {
  test.each([
    ["target", { target: 0 }, "target", "1 到 1,000,000,000,000"],
    ["target", { target: 12.5 }, "target", "12.5"],
    ["avgOrderValue", { avgOrderValue: 0 }, "avgOrderValue", "大于 0"],
    ["conversion", { conversion: 0 }, "conversion", "大于 0%"],
    ["conversion", { conversion: 1.5 }, "conversion", "1.5%"],
    ["conversion", { conversion: 5 }, "conversion", "转化率为 5（即 500%），必须大于 0% 且不超过 100%；如果想输入 5%，请写 5% 或 0.05。"],
    ["days", { days: 6 }, "days", "7 到 92"],
    ["days", { days: 93 }, "days", "7 到 92"],
    ["days", { days: 30.5 }, "days", "7 到 92"],
    ["start", { start: "2027-02-29" }, "start", "2027-02-29"],
    ["start", { start: "2025/03/03" }, "start", "2026/12/7"],
    ["owners", { owners: [] }, "owners", "1 到 500"],
    ["owners", { owners: [{ name: "  " }] }, "owners", "不能为空"],
    ["owners", { owners: [{ name: "甲" }, { name: "甲" }] }, "owners", "“甲”重复"],
    ["owners", { owners: [{ name: "甲", weight: 0 }] }, "owners", "大于 0"],
    ["owners", { owners: [{ name: "x".repeat(101) }] }, "owners", "100"],
    ["thresholds", { thresholds: { red: 1.2, green: 1 } }, "thresholds", "红色阈值 120% 不能高于绿色阈值 100%"],
    ["thresholds", { thresholds: { coverage: -1 } }, "thresholds", "漏斗覆盖率预警必须是 0% 到 1000% 之间的数字，当前为 -100%"],
    ["tiers", { tiers: { challenge: 11 } }, "tiers", "挑战目标比例必须是 0% 到 1000% 之间的数字，当前为 1100%"],
    ["dailyActivity", { dailyActivity: { calls: 2.5 } }, "dailyActivity", "每人每个工作日电话数必须是 0 到 10,000 之间的整数"],
    ["currency", { currency: 'a"b' }, "currency", "引号"],
    ["funnelShares", { funnelShares: [1, 0.5, 0.6, 0.2, 0.1] }, "funnelShares", "不升高"],
  ] as const)("%s %j", (_name, override, field, fragment) => {
    const errors = validateSprintInputs({ ...SEED, ...override } as SprintInputs);
    expect(errors.map((e) => e.field)).toContain(field);
    const e = errors.find((x) => x.field === field)!;
    expect(inputErrorMessage(e, "zh-CN")).toContain(fragment);
    expect(planSprint({ ...SEED, ...override } as SprintInputs).ok).toBe(false);
  });

  test("every language names the field", () => {
    for (const locale of LOCALES) {
      const [e] = validateSprintInputs({ ...SEED, days: 5, locale });
      expect(e.field).toBe("days");
      expect(inputErrorMessage(e, locale)).toMatch({ "zh-CN": /冲刺天数.*7 到 92/, "zh-TW": /衝刺天數.*7 到 92/, en: /Sprint length.*7 to 92/ }[locale]);
    }
  });

  test("all problems at once, each with its path", () => {
    const errors = validateSprintInputs({ ...SEED, target: -1, days: 100, owners: [{ name: "a" }, { name: "b", weight: -2 }] });
    expect(errors.map((e) => e.path)).toEqual(["target", "days", "owners[2].weight"]);
  });

  test("a start too late for the sprint's length is rejected", () => {
    // The 30th day of a sprint starting 9999-12-02 is 9999-12-31, the last date Excel knows.
    expect(validateSprintInputs({ ...SEED, start: "9999-12-03" }).map((e) => e.field)).toEqual(["start"]);
    expect(validateSprintInputs({ ...SEED, start: "9999-12-02" })).toEqual([]);
    expect(validateSprintInputs({ ...SEED, start: "9999-12-02", days: 31 }).map((e) => e.field)).toEqual(["start"]);
  });

  test("required leads beyond the sheets' range are refused", () => {
    const errors = validateSprintInputs({ ...SEED, target: 1e12, avgOrderValue: 0.01, conversion: 0.0001 });
    expect(errors.map((e) => e.field)).toEqual(["conversion"]);
  });

  test("valid inputs have no errors", () => {
    expect(validateSprintInputs(SEED)).toEqual([]);
  });
});

describe("defaults: one rule for the conversion", () => {
  const { conversion: _omitted, ...noConversion } = SEED;

  test("a conversion given wins over the funnel shares", () => {
    expect(plan({ conversion: 0.04, funnelShares: [1, 0.7, 0.4, 0.2, 0.1] }).inputs.conversion).toBe(0.04);
  });

  test("without one, the last funnel share the manager gave", () => {
    const p = planSprint({ ...noConversion, funnelShares: [1, 0.7, 0.4, 0.2, 0.1] });
    expect(p.ok && p.plan.inputs.conversion).toBe(0.1);
  });

  test("without either, the input model's default (5%), not the benchmark funnel's 8%", () => {
    const p = planSprint(noConversion);
    expect(p.ok && p.plan.inputs.conversion).toBe(defaultOf("conversion"));
    expect(defaultOf("conversion")).toBe(0.05);
    expect(p.ok && p.plan.requiredLeads).toBe(requiredLeads(SEED.target, SEED.avgOrderValue, 0.05));
  });
});

describe("Excel arithmetic", () => {
  test("excelRound rounds halves away from zero, after 15 significant digits", () => {
    expect([excelRound(2.5), excelRound(-2.5), excelRound(0.5), excelRound(1.005, 2), excelRound(22727.27), excelRound(1e-7)]).toEqual([
      3, -3, 1, 1.01, 22727, 0,
    ]);
  });

  test("telescope: whole parts that add up exactly, proportional to the weights", () => {
    expect(telescope(980000, [30, 33, 35])).toEqual([300000, 330000, 350000]); // docs/domain.md §2
    expect(telescope(100, [1, 1, 1])).toEqual([33, 34, 33]);
    expect(telescope(5, [0, 0])).toEqual([0, 0]);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e12 }),
        fc.array(fc.double({ min: 0.01, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
        (total, weights) => {
          const parts = telescope(total, weights);
          const w = sum(weights);
          return (
            sum(parts) === total &&
            parts.every((p, i) => Number.isInteger(p) && p >= 0 && Math.abs(p - (total * weights[i]) / w) <= 1 + 1e-6 * total)
          );
        },
      ),
    );
  });
});

describe("the seeds' worked case (seed 000 §5)", () => {
  const p = plan();

  test("required leads and deals, funnel counts; the seeds' daily activity and what the funnel needs", () => {
    expect(p.requiredLeads).toBe(2000);
    expect(p.requiredDeals).toBe(100);
    expect(p.funnel.map((f) => [f.key, f.planned, f.required])).toEqual([
      ["leads", 1, 2000],
      ["contacted", 0.7, 1400],
      ["qualified", 0.4, 800],
      ["proposal", 0.2, 400],
      ["won", 0.05, 100],
    ]);
    // Nothing typed: every per-rep daily figure comes from the plan (docs/domain.md §5.2).
    expect(p.inputs.dailyActivity).toEqual({});
    // What the funnel needs per owner and working day: each metric's stage (one call per contacted lead, one email per
    // lead) over 5 owners × 22 working days, rounded up.
    expect(p.activityNeeded).toEqual({ leads: 19, calls: 13, emails: 19, demos: 8, quotes: 4, deals: 1 });
    expect(p.activityShort).toEqual([]);
  });

  test("100,000 each, a full working week's share of it (× 5 ÷ 22 working days), base 80,000, challenge 120,000", () => {
    expect(p.owners.map((o) => [o.target, Math.round(o.weeklyTarget), o.base, o.challenge])).toEqual(
      Array.from({ length: 5 }, () => [100000, 22727, 80000, 120000]),
    );
    // One weekly target (docs/domain.md §6): the team's is the plan's revenue for a full working week.
    expect(p.weeklyTarget).toBeCloseTo((500000 * 5) / 22, 9);
    expect(sum(p.owners.map((o) => o.weeklyTarget))).toBeCloseTo(p.weeklyTarget, 6);
    // A full week of the day plan is that share, give or take the telescoping's rounding.
    // Each full week's plan is that very number; the short last week its own days' share.
    for (const w of p.weeks.filter((w) => w.workingDays === 5)) expect(w.revenue).toBe(p.weeklyTarget);
    expect(p.owners.map((o) => o.name)).toEqual(["销售代表1", "销售代表2", "销售代表3", "销售代表4", "销售代表5"]);
  });

  test("daily plan telescopes to the totals; weekends get nothing", () => {
    expect(p.workingDays).toBe(22);
    for (const m of SPRINT_METRICS) {
      const total = sum(p.days.map((d) => d.plan[m]));
      expect([m, total]).toEqual([m, { leads: 2000, calls: 1400, emails: 2000, demos: 800, quotes: 400, deals: 100, revenue: 500000 }[m]]);
    }
    for (const d of p.days.filter((x) => !x.working)) expect(SPRINT_METRICS.map((m) => d.plan[m])).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(p.days[0].plan.revenue).toBe(22727);
    expect(p.days.map((d) => d.cumRevenue)[29]).toBe(500000);
    // Each week's own share (target × its working days ÷ 22): whole weeks 113,636.36…, the last two days 45,454.54…
    expect(p.weeks.map((w) => Math.round(w.revenue))).toEqual([113636, 113636, 113636, 113636, 45455]);
    expect(sum(p.weeks.map((w) => w.revenue))).toBeCloseTo(500000, 6);
  });

  test("phase key figures: classified, demos, quotes, contracts from the funnel", () => {
    expect(p.phases.map((ph) => [ph.keyMetric, ph.keyPlan])).toEqual([
      ["leads", 455],
      ["demos", 182],
      ["quotes", 91],
      ["deals", 32],
    ]);
    expect(p.weeks.map((w) => [w.phase, w.keyMetric, w.keyPlan])).toEqual([
      [1, "leads", 455],
      [2, "demos", 182],
      [3, "quotes", 91],
      [4, "deals", 23],
      [4, "deals", 9],
    ]);
  });
});

describe("weeks and phases", () => {
  // Start on Monday 2025-03-03.
  test.each([
    // days, weekends, working days, weeks [from, to], phases [from, to], working days of a full week
    [7, false, 5, [[1, 7]], [[1, 1], [2, 2], [3, 3], [4, 7]], 5],
    [7, true, 7, [[1, 7]], [[1, 1], [2, 2], [3, 3], [4, 7]], 7],
    [30, false, 22, [[1, 7], [8, 14], [15, 21], [22, 28], [29, 30]], [[1, 7], [8, 14], [15, 21], [22, 30]], 5],
    [30, true, 30, [[1, 7], [8, 14], [15, 21], [22, 28], [29, 30]], [[1, 7], [8, 14], [15, 21], [22, 30]], 7],
    [31, false, 23, [[1, 7], [8, 14], [15, 21], [22, 28], [29, 31]], [[1, 7], [8, 14], [15, 21], [22, 31]], 5],
    [45, false, 33, [[1, 7], [8, 14], [15, 21], [22, 28], [29, 35], [36, 42], [43, 45]], [[1, 11], [12, 22], [23, 33], [34, 45]], 5],
    [45, true, 45, [[1, 7], [8, 14], [15, 21], [22, 28], [29, 35], [36, 42], [43, 45]], [[1, 11], [12, 22], [23, 33], [34, 45]], 7],
    [92, false, 66, Array.from({ length: 14 }, (_, i) => [i * 7 + 1, Math.min(92, i * 7 + 7)]), [[1, 23], [24, 46], [47, 69], [70, 92]], 5],
    [92, true, 92, Array.from({ length: 14 }, (_, i) => [i * 7 + 1, Math.min(92, i * 7 + 7)]), [[1, 23], [24, 46], [47, 69], [70, 92]], 7],
  ])("%i days, weekends %s", (days, weekends, workingDays, weeks, phases, fullWeekDays) => {
    const p = plan({ days, weekends });
    expect(p.workingDays).toBe(workingDays);
    expect(p.weeks.map((w) => [w.fromDay, w.toDay])).toEqual(weeks);
    expect(p.phases.map((ph) => [ph.fromDay, ph.toDay])).toEqual(phases);
    expect(p.fullWeekDays).toBe(fullWeekDays);
    expect(p.weeklyTarget).toBeCloseTo((500000 * fullWeekDays) / workingDays, 9);
    expect(p.days.map((d) => d.week)).toEqual(p.days.map((d) => Math.floor((d.day - 1) / 7) + 1));
    expect(sum(p.weeks.map((w) => w.workingDays))).toBe(workingDays);
    expect(sum(p.days.map((d) => d.plan.revenue))).toBe(500000);
    expect(p.days[p.days.length - 1].workIndex).toBe(workingDays);
    // Week phases follow the first day of the week; the last phase takes the rest.
    expect(p.weeks.map((w) => w.phase)).toEqual(p.weeks.map((w) => p.days[w.fromDay - 1].phase));
    expect(p.days[p.days.length - 1].phase).toBe(4);
  });

  test("leap day: 2028-02-26 (Saturday) for 7 days", () => {
    const p = plan({ start: "2028-02-26", days: 7 });
    expect(p.days.map((d) => [d.date, d.weekday, d.working])).toEqual([
      ["2028-02-26", 6, false],
      ["2028-02-27", 7, false],
      ["2028-02-28", 1, true],
      ["2028-02-29", 2, true],
      ["2028-03-01", 3, true],
      ["2028-03-02", 4, true],
      ["2028-03-03", 5, true],
    ]);
    expect(p.days[0].plan.revenue).toBe(0);
    expect(p.days[3].plan.revenue).toBe(100000);
    expect(p.days[3].serial - p.days[2].serial).toBe(1);
  });
});

describe("properties over any valid input", () => {
  test("sums are exact and plan figures are whole and non-negative", () => {
    fc.assert(
      fc.property(
        fc.record({
          target: fc.integer({ min: 1, max: 1e12 }),
          avgOrderValue: fc.integer({ min: 1, max: 1e6 }),
          conversion: fc.double({ min: 0.001, max: 1, noNaN: true }),
          days: fc.integer({ min: 7, max: 92 }),
          weekends: fc.boolean(),
          startOffset: fc.integer({ min: 0, max: 4000 }),
          weights: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 30 }),
        }),
        (r) => {
          const start = new Date(Date.UTC(2024, 0, 1) + r.startOffset * 86400000).toISOString().slice(0, 10);
          const result = planSprint({
            target: r.target,
            avgOrderValue: r.avgOrderValue,
            conversion: r.conversion,
            days: r.days,
            weekends: r.weekends,
            start,
            owners: r.weights.map((weight, i) => ({ name: `o${i}`, weight })),
            locale: "en",
          });
          if (!result.ok) return r.target / r.avgOrderValue / r.conversion > 1e9; // only the lead limit may refuse
          const p = result.plan;
          const leads = requiredLeads(r.target, r.avgOrderValue, r.conversion);
          return (
            p.requiredLeads === leads &&
            sum(p.days.map((d) => d.plan.revenue)) === r.target &&
            sum(p.owners.map((o) => o.target)) === r.target &&
            sum(p.days.map((d) => d.plan.leads)) === p.requiredLeads &&
            sum(p.days.map((d) => d.plan.deals)) === p.requiredDeals &&
            Math.abs(sum(p.weeks.map((w) => w.revenue)) - r.target) < 1e-6 * r.target &&
            p.days.every((d) => SPRINT_METRICS.every((m) => Number.isInteger(d.plan[m]) && d.plan[m] >= 0)) &&
            p.funnel.every((f, i) => i === 0 || f.required <= p.funnel[i - 1].required) &&
            p.workingDays === (r.weekends ? r.days : p.days.filter((d) => d.weekday < 6).length)
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
