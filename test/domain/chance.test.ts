/**
 * hitChance (docs/chance.md): bad arguments, the edge cases in their order, a worked example
 * recomputed by hand from the documented formula, a realistic case, then properties on
 * thousands of random sprints (monotone in target, done so far and days left; the order of
 * the days and the currency unit do not matter). Its calibration is measured by
 * bench/chance.bench.ts; its native-formula twin is checked in LibreOffice by
 * test/integration/chance.test.ts.
 */
import fc from "fast-check";
import { CHANCE_MIN_DAYS, hitChance } from "../../src/domain/chance";
import { isSalesError, type SalesError } from "../../src/domain/errors";
import { errorMessage } from "../../src/i18n/errors";

function err(x: unknown): SalesError {
  if (!isSalesError(x)) throw new Error(`expected a SalesError, got ${JSON.stringify(x)}`);
  return x;
}

function num(x: unknown): number {
  if (typeof x !== "number") throw new Error(`expected a number, got ${JSON.stringify(x)}`);
  return x;
}

const TEAM = [18000, 26000, 0, 31000, 22000, 15000, 40000, 0, 27000, 19000, 24000, 35000];

describe("hitChance", () => {
  describe("bad arguments", () => {
    it("names the argument and its range", () => {
      expect(err(hitChance(-1, TEAM, 10)).params.arg).toBe("target");
      expect(err(hitChance(NaN, TEAM, 10)).key).toBe("arg.notNumber");
      expect(err(hitChance(500000, [1000, -1], 10)).params.arg).toBe("actuals[2]");
      expect(err(hitChance(500000, [Infinity], 10)).params.arg).toBe("actuals");
      expect(errorMessage(err(hitChance(500000, TEAM, 1.5)), "en")).toBe("remaining_days must be a whole number from 0 to 10,000; got 1.5.");
      expect(err(hitChance(500000, TEAM, 10001)).params.arg).toBe("remaining_days");
      expect(err(hitChance(500000, TEAM, 10, -5)).params.arg).toBe("done_so_far");
    });
  });

  describe("edge cases, in order", () => {
    it("is 1 once the target is reached, before anything else is asked", () => {
      expect(hitChance(257000, TEAM, 10)).toBe(1);
      expect(hitChance(100, [], 0, 100)).toBe(1);
      expect(hitChance(0, [], 5)).toBe(1);
    });

    it("is 0 when no working day is left and the target is not reached", () => {
      expect(hitChance(257001, TEAM, 0)).toBe(0);
      expect(hitChance(1, [], 0)).toBe(0);
    });

    it(`is #N/A "not enough data" with fewer than ${CHANCE_MIN_DAYS} reported days`, () => {
      const e = err(hitChance(500000, TEAM.slice(0, 4), 10));
      expect([e.code, e.key, e.params]).toEqual(["#N/A", "chance.tooFewDays", { arg: "actuals", n: 4, min: 5 }]);
      expect(errorMessage(e, "zh-CN")).toBe("actuals 中只有 4 个已填报的工作日，至少要有 5 个才能估算达成概率（空白单元格表示当天未填报，0 表示当天没有收入）。");
      expect(typeof hitChance(500000, TEAM.slice(0, 5), 10)).toBe("number");
    });

    it("is #N/A when every reported day is the same (no sale yet, or a flat figure)", () => {
      const none = err(hitChance(100000, [0, 0, 0, 0, 0, 0, 0], 20));
      expect([none.code, none.key]).toEqual(["#N/A", "chance.noSpread"]);
      expect(errorMessage(none, "en")).toBe(
        "All 7 reported working days in actuals have the same revenue (0); with no ups and downs there is nothing to judge the chance from.",
      );
      // A spread under a millionth of the mean is none (NO_SPREAD): rounding residue of a sum of squares is not a chance.
      expect(err(hitChance(100000, [1234.5, 1234.5, 1234.5, 1234.5, 1234.5 + 1e-4], 20)).key).toBe("chance.noSpread");
      expect(typeof hitChance(100000, [1234.5, 1234.5, 1234.5, 1234.5, 1234.5 + 1e-2], 20)).toBe("number");
      expect(errorMessage(err(hitChance(100000, [5000, 5000, 5000, 5000, 5000], 20)), "zh-TW")).toBe(
        "actuals 中已填報的 5 個工作日收入都相同（5000），沒有起伏，無法估算達成機率。",
      );
    });
  });

  describe("the model", () => {
    it("computes the documented formula (worked by hand, df = 2 so the tail has a closed form)", () => {
      // 10 reported days, 4 with revenue (k = 4 → df = 2), 12 days left, target 60,000.
      const days = [3000, 0, 5000, 0, 4000, 0, 0, 8000, 0, 0];
      const n = 10;
      const r = 12;
      const m = 20000 / n; // 2,000
      const s = Math.sqrt((1000 ** 2 + 4 * 2000 ** 2 + 3000 ** 2 + 2000 ** 2 + 6000 ** 2 + 2 * 2000 ** 2 + 0) / (n - 1));
      const need = 60000 - 20000;
      const mu = r * m;
      const w2 = (s * s * (r + (r * r) / n)) / (4 * mu);
      const z = (Math.sqrt(need) - Math.sqrt(mu - w2)) / Math.sqrt(w2);
      const tail = 0.5 * (1 - z / Math.sqrt(2 + z * z)); // P(t₂ > z)
      expect(z).toBeGreaterThan(0);
      expect(num(hitChance(60000, days, r))).toBeCloseTo(tail, 14);
    });

    it("a team halfway through: on pace for 94% of the target, a chance of about 29%", () => {
      const c = num(hitChance(500000, TEAM, 10));
      expect(c).toBeGreaterThan(0.25);
      expect(c).toBeLessThan(0.33);
      // Done so far from the target table (with revenue from before the log) raises it.
      expect(num(hitChance(500000, TEAM, 10, 280000))).toBeGreaterThan(c + 0.1);
    });

    it("is about ½ when the run rate lands exactly on the target of a steady team", () => {
      const steady = [10000, 10400, 9700, 10100, 9900, 10300, 9600, 10000, 10200, 9800];
      const c = num(hitChance(300000, steady, 20));
      expect(Math.abs(c - 0.5)).toBeLessThan(0.02);
    });
  });

  describe("properties", () => {
    const day = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200000 }));
    const sprint = fc.record({
      days: fc.array(day, { minLength: CHANCE_MIN_DAYS, maxLength: 40 }),
      target: fc.integer({ min: 0, max: 5000000 }),
      left: fc.integer({ min: 0, max: 60 }),
    });
    const chanceOf = (t: number, days: number[], r: number, done?: number): number | null => {
      const c = hitChance(t, days, r, done);
      return isSalesError(c) ? null : c;
    };

    it("is a number from 0 to 1, or #N/A only when all days are the same", () => {
      fc.assert(
        fc.property(sprint, ({ days, target, left }) => {
          const c = hitChance(target, days, left);
          if (isSalesError(c)) return c.code === "#N/A" && days.every((d) => d === days[0]);
          return c >= 0 && c <= 1;
        }),
        { numRuns: 3000 },
      );
    });

    it("falls as the target rises, rises with done so far and with the days left", () => {
      fc.assert(
        fc.property(sprint, fc.integer({ min: 1, max: 500000 }), fc.integer({ min: 1, max: 20 }), ({ days, target, left }, more, extra) => {
          const c = chanceOf(target, days, left);
          if (c === null) return true;
          const sum = days.reduce((a, b) => a + b, 0);
          const eps = 1e-12;
          return (
            (chanceOf(target + more, days, left) as number) <= c + eps &&
            (chanceOf(target, days, left, sum + more) as number) >= c - eps &&
            (chanceOf(target, days, left + extra) as number) >= c - eps
          );
        }),
        { numRuns: 3000 },
      );
    });

    it("does not depend on the order of the days or on the currency unit", () => {
      fc.assert(
        fc.property(sprint, fc.constantFrom(0.01, 7, 1000), ({ days, target, left }, unit) => {
          const c = chanceOf(target, days, left);
          const reversed = chanceOf(target, [...days].reverse(), left);
          const scaled = chanceOf(target * unit, days.map((d) => d * unit), left);
          if (c === null) return reversed === null && scaled === null;
          return Math.abs((reversed as number) - c) < 1e-9 && Math.abs((scaled as number) - c) < 1e-9;
        }),
        { numRuns: 2000 },
      );
    });
  });
});
