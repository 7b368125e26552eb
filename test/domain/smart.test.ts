/**
 * SMART score: bad arguments, ordinary values (each criterion in zh-CN, zh-TW, en),
 * boundaries (the 30% line, dates that are not quantities, full-width text), then the
 * goals of docs/domain.md §3 and the explanation text.
 */
import fc from "fast-check";
import { smartScore, statedChange, parseChineseNumber, type SmartResult } from "../../src/domain/smart";
import { explainSmart } from "../../src/i18n/smart";
import { isSalesError, type SalesError } from "../../src/domain/errors";
import { errorMessage } from "../../src/i18n/errors";

function err(x: unknown): SalesError {
  if (!isSalesError(x)) throw new Error(`expected a SalesError, got ${JSON.stringify(x)}`);
  return x;
}

function score(goal: string, current?: number | null, target?: number | null): SmartResult {
  const r = smartScore(goal, current, target);
  if (isSalesError(r)) throw new Error(`unexpected ${r.code} ${r.key}`);
  return r;
}

const met = (goal: string, current?: number, target?: number) => score(goal, current, target).met;

const GOOD_ZH = "在接下来的30天内,通过电话销售将A产品的销售额提高15%,重点针对中小企业客户";
const CHURN_TW = "通過延長試用期、折扣會員資格和增加 10% 的客戶服務人員,在下一季度將我們的客戶流失率從 45% 降低到 20%。";

describe("smartScore", () => {
  describe("bad arguments", () => {
    it("wants a goal in words", () => {
      expect(err(smartScore("")).key).toBe("smart.goalText");
      expect(err(smartScore("   ")).key).toBe("smart.goalText");
      expect(err(smartScore(42 as unknown as string)).key).toBe("smart.goalText");
      expect(errorMessage(err(smartScore("")), "en")).toBe("goal must be text: write the goal as a sentence.");
    });

    it("wants current and target together", () => {
      expect(err(smartScore(GOOD_ZH, 500000)).key).toBe("smart.needBoth");
      expect(err(smartScore(GOOD_ZH, null, 600000)).key).toBe("smart.needBoth");
      expect(errorMessage(err(smartScore(GOOD_ZH, 1)), "zh-CN")).toBe("current 和 target 要么都填写，要么都留空。");
    });

    it("rejects non-finite or too large values", () => {
      expect(err(smartScore(GOOD_ZH, NaN, 1)).params.arg).toBe("current");
      expect(err(smartScore(GOOD_ZH, 1, 2e15)).params.arg).toBe("target");
    });
  });

  describe("ordinary values: each criterion", () => {
    it("Specific: what, for whom or how; or a number on a named KPI", () => {
      expect(met("通过电话销售提升业绩").specific).toBe(true);
      expect(met("針對中小企業客戶").specific).toBe(true);
      expect(met("Grow enterprise accounts").specific).toBe(true);
      expect(met("在第三季度将销售额提高20%").specific).toBe(true);
      expect(met("提高销售额").specific).toBe(false);
      expect(met("Do better").specific).toBe(false);
    });

    it("Measurable: a quantity or percentage", () => {
      expect(met("每月新增10个客户").measurable).toBe(true);
      expect(met("销售额提高15%").measurable).toBe(true);
      expect(met("新增十个客户").measurable).toBe(true);
      expect(met("签约五家企业").measurable).toBe(true);
      expect(met("Close twenty deals").measurable).toBe(true);
      expect(met("Reach $1.5M in bookings").measurable).toBe(true);
      expect(met("提高销售额").measurable).toBe(false);
    });

    it("Relevant: a sales KPI", () => {
      for (const g of ["提高回款率", "提升續約率", "降低客户流失", "Improve win rate", "grow ARR", "提高转化率", "Increase revenue"]) {
        expect([g, met(g).relevant]).toEqual([g, true]);
      }
      expect(met("整理办公室").relevant).toBe(false);
      expect(met("Organise the office").relevant).toBe(false);
    });

    it("Time-bound: a deadline or period", () => {
      const timed = [
        "30天内",
        "本季度",
        "6月30日前",
        "下個月",
        "Q3",
        "年底前",
        "每周",
        "by June 30",
        "within 30 days",
        "this quarter",
        "weekly",
        "in the next two weeks",
        "by end of FY2025",
      ];
      for (const g of timed) expect([g, met(g).timeBound]).toEqual([g, true]);
      for (const g of ["提高销售额", "Increase revenue by 15%", "by calling customers", "之前的客户"]) {
        expect([g, met(g).timeBound]).toEqual([g, false]);
      }
    });

    it("Achievable from the text: a stated change up to 30% passes, more fails, no figure fails", () => {
      expect(met("销售额提高15%").achievable).toBe(true);
      expect(met("销售额提高50%").achievable).toBe(false);
      expect(met("Increase revenue by 50%").achievable).toBe(false);
      expect(met("每月新增10个客户").achievable).toBe(true);
      expect(met("提高销售额").achievable).toBe(false);
      expect(met("销售额翻倍").achievable).toBe(false);
      expect(met("Double our bookings").achievable).toBe(false);
    });

    it("Achievable from current and target: within 30% of current", () => {
      expect(met(GOOD_ZH, 500000, 600000).achievable).toBe(true);
      expect(met(GOOD_ZH, 500000, 2000000).achievable).toBe(false);
      // values override the text: the text says 15%, the values say +300%
      expect(met("提高销售额", 500000, 600000).achievable).toBe(true);
    });
  });

  describe("boundaries", () => {
    it("puts the 30% line exactly at 30%, up and down", () => {
      expect(met(GOOD_ZH, 500000, 650000).achievable).toBe(true);
      expect(met(GOOD_ZH, 500000, 650001).achievable).toBe(false);
      expect(met(GOOD_ZH, 500000, 350000).achievable).toBe(true);
      expect(met(GOOD_ZH, 500000, 349999).achievable).toBe(false);
      expect(met(GOOD_ZH, 0.1, 0.13).achievable).toBe(true); // 0.13 − 0.1 is 0.030000000000000013 in floats
      expect(met("销售额提高30%").achievable).toBe(true);
      expect(met("销售额提高31%").achievable).toBe(false);
    });

    it("judges from-to changes relative to the starting value", () => {
      expect(met("下週成交率從25%提高到30%").achievable).toBe(true); // +20%
      expect(met("下週成交率從25%提高到50%").achievable).toBe(false); // +100%
      expect(met("Raise close rate from 25% to 30% next week").achievable).toBe(true);
      expect(met("月销售额从50万提高到60万").achievable).toBe(true);
      expect(met("月销售额从50万提高到200万").achievable).toBe(false);
      expect(met("grow MRR from 500k to 1m this year").achievable).toBe(false);
    });

    it("treats 提高到 / increase to as a level, not a change", () => {
      expect(statedChange("将转化率提高到80%")).toBeNull();
      expect(statedChange("increase conversion to 80%")).toBeNull();
      expect(met("本季度将转化率提高到80%").achievable).toBe(true);
    });

    it("handles current 0 and negative values without dividing by zero", () => {
      expect(met(GOOD_ZH, 0, 0).achievable).toBe(true);
      expect(met(GOOD_ZH, 0, 1).achievable).toBe(false);
      expect(met(GOOD_ZH, -100, -120).achievable).toBe(true);
      expect(score(GOOD_ZH, 0, 1).change).toEqual({ from: "values", ratio: Infinity });
    });

    it("does not count dates, periods or codes like B2B as quantities", () => {
      expect(met("在6月30日前完成").measurable).toBe(false);
      expect(met("30天内完成").measurable).toBe(false);
      expect(met("Q3 finish by 6/30").measurable).toBe(false);
      expect(met("B2B客户满意度提升").measurable).toBe(false);
      expect(met("within two weeks").measurable).toBe(false);
    });

    it("reads full-width digits and percent signs", () => {
      const r = score("３０天内将销售额提高１５％");
      expect(r.met).toEqual({ specific: true, measurable: true, achievable: true, relevant: true, timeBound: true });
    });

    it("reads Chinese percentages and tenths", () => {
      expect(statedChange("销售额提高百分之十五")).toBeCloseTo(0.15, 12);
      expect(statedChange("销售额提高三成")).toBeCloseTo(0.3, 12);
      expect(statedChange("销售额提高四成")).toBeCloseTo(0.4, 12);
      expect(parseChineseNumber("二十五")).toBe(25);
      expect(parseChineseNumber("十")).toBe(10);
      expect(parseChineseNumber("一百")).toBe(100);
      expect(parseChineseNumber("abc")).toBeNull();
    });

    it("stays fast on Excel's longest text (32,767 characters), even a run of digits", () => {
      for (const goal of ["1".repeat(32767), "提高 15% ".repeat(4095), "从1到".repeat(10922)]) {
        const t0 = Date.now();
        expect(score(goal).score).toBeGreaterThanOrEqual(0);
        expect(Date.now() - t0).toBeLessThan(250); // linear time; a backtracking pattern takes seconds
      }
    });

    it("scores mixed Chinese and English", () => {
      expect(score("Q3 将 CRM 产品 revenue 提升 20%").score).toBe(5);
      expect(score("本月 close 20 deals with SMB客户").score).toBe(5);
    });
  });

  describe("business scenario: the seeds' goals (DOMAIN.md §3)", () => {
    it("“提高销售额” scores at most 2", () => {
      const r = score("提高销售额");
      expect(r.score).toBeLessThanOrEqual(2);
      expect(r.met).toEqual({ specific: false, measurable: false, achievable: false, relevant: true, timeBound: false });
    });

    it("the good goal scores 5, and 4 against current 500,000 and target 2,000,000", () => {
      expect(score(GOOD_ZH).score).toBe(5);
      const r = score(GOOD_ZH, 500000, 2000000);
      expect(r.score).toBe(4);
      expect(r.met.achievable).toBe(false);
      expect(r.change).toEqual({ from: "values", ratio: 3 });
    });

    it("the same goal in Traditional Chinese and in English scores 5", () => {
      expect(score("在接下來的30天內,通過電話銷售將A產品的銷售額提高15%,重點針對中小企業客戶").score).toBe(5);
      expect(score("In the next 30 days, increase phone sales of product A by 15%, focusing on SME customers").score).toBe(5);
    });

    it("seed 001's examples meet their criterion", () => {
      expect(met("在第三季度将销售额提高20%").specific).toBe(true);
      expect(met("每月新增10个客户").measurable).toBe(true);
      expect(met("在6月30日前完成").timeBound).toBe(true);
      expect(met("在本季度内完成100万元的销售额").measurable).toBe(true);
    });

    it("seed 004's churn goal (zh-TW) scores well; 45% → 20% is a 56% cut, so not achievable by the 30% rule", () => {
      const r = score(CHURN_TW);
      expect(r.score).toBe(4);
      expect(r.met).toEqual({ specific: true, measurable: true, achievable: false, relevant: true, timeBound: true });
      expect(r.change?.ratio).toBeCloseTo(25 / 45, 12);
    });

    it("seed 004: close rate 25% for three weeks → 30% next week is sensible, 50% is not", () => {
      expect(met("下週成交率從 25% 提高到 30%").achievable).toBe(true);
      expect(met("下週成交率從 25% 提高到 50%").achievable).toBe(false);
      expect(score("每月將轉化率提高 10%").score).toBe(5);
      expect(score("到第二季度末銷售額增加 25%").score).toBe(5);
    });

    it("seed 001 §2.1: 500,000 this month → 600,000 is reasonable, 2,000,000 is not", () => {
      expect(met("下月销售额目标", 500000, 600000).achievable).toBe(true);
      expect(met("下月销售额目标", 500000, 2000000).achievable).toBe(false);
    });
  });

  describe("properties", () => {
    it("scores every text 0–5 as the count of criteria met, without throwing", () => {
      const text = fc.oneof(fc.string({ minLength: 1, maxLength: 200 }), fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 }));
      fc.assert(
        fc.property(text, (g) => {
          const r = smartScore(g);
          if (isSalesError(r)) return g.trim() === "";
          const count = Object.values(r.met).filter(Boolean).length;
          return Number.isInteger(r.score) && r.score >= 0 && r.score <= 5 && r.score === count;
        }),
        { numRuns: 3000 },
      );
    });

    it("judges Achievable from values exactly by |target − current| ≤ 30% of |current|", () => {
      fc.assert(
        fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -1e9, max: 1e9 }), (c, t) => {
          const r = score(GOOD_ZH, c, t);
          return r.met.achievable === (10 * Math.abs(t - c) <= 3 * Math.abs(c));
        }),
        { numRuns: 3000 },
      );
    });
  });
});

describe("explainSmart", () => {
  it("says all five are met", () => {
    const r = score(GOOD_ZH);
    expect(explainSmart(r, "en")).toBe("SMART score: 5/5. All five criteria are met.");
    expect(explainSmart(r, "zh-CN")).toBe("SMART 得分：5/5。五项标准全部满足。");
    expect(explainSmart(r, "zh-TW")).toBe("SMART 得分：5/5。五項標準全部滿足。");
  });

  it("names each missing criterion with a hint, in order", () => {
    const text = explainSmart(score("提高销售额"), "en");
    expect(text.startsWith("SMART score: 1/5. Missing: Specific (")).toBe(true);
    const order = ["Specific", "Measurable", "Achievable", "Time-bound"].map((n) => text.indexOf(`${n} (`));
    expect(order.every((p, i) => p > 0 && (i === 0 || p > order[i - 1]))).toBe(true);
    expect(text).not.toContain("Relevant (");
    expect(text).toContain("e.g. “within 30 days”");
  });

  it("explains an unachievable target with the size of the change", () => {
    const r = score(GOOD_ZH, 500000, 2000000);
    expect(explainSmart(r, "en")).toBe(
      "SMART score: 4/5. Missing: Achievable (the target is 300% away from the current value, more than 30%; 10–20% above the baseline is realistic)",
    );
    expect(explainSmart(r, "zh-CN")).toBe("SMART 得分：4/5。缺少：可实现——目标与当前值相差 300%，超过当前值的 30%；建议比基线高 10%–20%");
    expect(explainSmart(score("Increase revenue by 50% this quarter"), "en")).toContain("the stated change of 50% is more than 30%");
    expect(explainSmart(score(GOOD_ZH, 0, 5), "en")).toContain(">1000%");
  });

  it("separates several missing criteria in each language's way", () => {
    const r = score("提高销售额");
    expect(explainSmart(r, "zh-TW").split("；").length).toBe(4);
    expect(explainSmart(r, "en").split("; ").length).toBeGreaterThanOrEqual(4);
  });
});
