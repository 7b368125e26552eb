/**
 * splitEqual / splitByWeights: bad arguments, ordinary values, boundaries, a business
 * scenario (docs/domain.md §2), then properties: exact sums and multiples of round_to.
 */
import fc from "fast-check";
import { apportion, splitByWeights, splitEqual } from "../../src/domain/split";
import { isSalesError, type SalesError } from "../../src/domain/errors";
import { errorMessage } from "../../src/i18n/errors";

function err(x: unknown): SalesError {
  if (!isSalesError(x)) throw new Error(`expected a SalesError, got ${JSON.stringify(x)}`);
  return x;
}

function parts(x: number[] | SalesError): number[] {
  if (isSalesError(x)) throw new Error(`expected parts, got ${x.code} ${x.key}`);
  return x;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe("splitEqual and splitByWeights", () => {
  describe("bad arguments", () => {
    it("rejects a non-finite or too large total", () => {
      expect(err(splitEqual(NaN, 3)).params.arg).toBe("total");
      expect(err(splitEqual(2e15, 3)).params.arg).toBe("total");
      expect(err(splitByWeights(Infinity, [1])).params.arg).toBe("total");
    });

    it("wants a whole number of parts from 1 to 10,000", () => {
      for (const n of [0, -2, 2.5, 10001, NaN]) {
        const e = err(splitEqual(100, n));
        expect(e.code).toBe("#VALUE!");
        expect(e.params.arg).toBe("parts_or_weights");
      }
      expect(errorMessage(err(splitEqual(100, 0)), "en")).toBe(
        "parts_or_weights must be a whole number from 1 to 10,000; got 0.",
      );
    });

    it("wants round_to above 0", () => {
      expect(err(splitEqual(100, 3, 0)).params.arg).toBe("round_to");
      expect(err(splitByWeights(100, [1, 2], -10)).params.arg).toBe("round_to");
    });

    it("names a negative or non-numeric weight by its position", () => {
      const e = err(splitByWeights(100, [30, -5, 35]));
      expect(e.params.arg).toBe("parts_or_weights[2]");
      expect(errorMessage(e, "zh-CN")).toBe("parts_or_weights[2] 必须是0 到 1,000,000,000,000,000 之间的数字，当前为 -5。");
      expect(err(splitByWeights(100, [1, NaN])).params.arg).toBe("parts_or_weights[2]");
    });

    it("makes all-zero weights #DIV/0! and an empty list #VALUE!", () => {
      expect(err(splitByWeights(100, [0, 0, 0])).code).toBe("#DIV/0!");
      expect(err(splitByWeights(100, [])).key).toBe("arg.empty");
      expect(err(splitByWeights(100, new Array<number>(10001).fill(1))).key).toBe("arg.tooManyCells");
    });

    it("is #NUM! when total ÷ round_to has more units than can be counted exactly", () => {
      expect(err(splitEqual(1e15, 3, 0.001)).code).toBe("#NUM!");
    });
  });

  describe("ordinary values", () => {
    it("splits equally, remainder to the earlier parts", () => {
      expect(splitEqual(100, 3)).toEqual([34, 33, 33]);
      expect(splitEqual(500000, 5)).toEqual([100000, 100000, 100000, 100000, 100000]);
      expect(splitEqual(10, 4)).toEqual([3, 3, 2, 2]);
      expect(splitEqual(100, 7)).toEqual([15, 15, 14, 14, 14, 14, 14]);
    });

    it("splits by weights with the largest remainder", () => {
      expect(splitByWeights(980000, [30, 33, 35])).toEqual([300000, 330000, 350000]);
      // 100 by 1/2/3: quotas 16.67, 33.33, 50 → floors 16, 33, 50, the one left unit to the largest remainder (.67).
      expect(splitByWeights(100, [1, 2, 3])).toEqual([17, 33, 50]);
      expect(splitByWeights(10, [1, 1, 1, 7])).toEqual([1, 1, 1, 7]);
    });

    it("takes weights written as percentages", () => {
      expect(splitByWeights(980000, [0.3, 0.33, 0.35])).toEqual([300000, 330000, 350000]);
    });

    it("rounds to multiples of round_to", () => {
      expect(splitEqual(100000, 3, 1000)).toEqual([34000, 33000, 33000]);
      expect(splitByWeights(1000000, [1, 1, 1], 10000)).toEqual([340000, 330000, 330000]);
    });
  });

  describe("boundaries", () => {
    it("gives one part the whole and zero parts of nothing", () => {
      expect(splitEqual(12345, 1)).toEqual([12345]);
      expect(splitEqual(0, 3)).toEqual([0, 0, 0]);
      expect(splitByWeights(0, [1, 2])).toEqual([0, 0]);
    });

    it("gives a leftover smaller than round_to to the first part", () => {
      expect(splitEqual(100, 3, 30)).toEqual([40, 30, 30]);
      expect(splitEqual(500, 3, 1000)).toEqual([500, 0, 0]);
    });

    it("gives the leftover to the first part that has a weight, never to a zero-weight part", () => {
      expect(splitByWeights(101, [0, 1, 1], 10)).toEqual([0, 51, 50]);
      expect(splitByWeights(5, [0, 0, 3])).toEqual([0, 0, 5]);
    });

    it("breaks ties towards the earlier part", () => {
      expect(splitEqual(2, 4)).toEqual([1, 1, 0, 0]);
      expect(splitByWeights(1, [2, 1, 2])).toEqual([1, 0, 0]);
    });

    it("splits negative totals symmetrically", () => {
      expect(splitEqual(-100, 3)).toEqual([-34, -33, -33]);
      expect(Object.is(parts(splitEqual(-2, 3))[2], 0)).toBe(true); // no -0
    });

    it("splits decimal totals into cents exactly", () => {
      expect(splitEqual(100, 3, 0.01)).toEqual([33.34, 33.33, 33.33]);
      expect(splitEqual(1000.5, 3, 0.01)).toEqual([333.5, 333.5, 333.5]);
      expect(splitEqual(0.3, 3, 0.1)).toEqual([0.1, 0.1, 0.1]);
    });

    it("handles the largest totals and part counts", () => {
      const big = parts(splitEqual(1e15, 3));
      expect(big).toEqual([333333333333334, 333333333333333, 333333333333333]);
      const many = parts(splitEqual(1e6, 10000));
      expect(many.length).toBe(10000);
      expect(sum(many)).toBe(1e6);
    });
  });

  describe("business scenario (seeds 000, 001, 002)", () => {
    it("quarter 980,000 by month 30/33/35, then each month into 4 weeks in thousands", () => {
      const months = parts(splitByWeights(980000, [30, 33, 35]));
      expect(months).toEqual([300000, 330000, 350000]);
      const weeks = months.map((m) => parts(splitEqual(m, 4, 1000)));
      expect(weeks).toEqual([
        [75000, 75000, 75000, 75000],
        [83000, 83000, 82000, 82000],
        [88000, 88000, 87000, 87000],
      ]);
      expect(sum(weeks.flat())).toBe(980000);
    });

    it("500,000 in 30 days with 5 reps: 100,000 each, 25,000 a week each", () => {
      const reps = parts(splitEqual(500000, 5));
      expect(reps).toEqual([100000, 100000, 100000, 100000, 100000]);
      expect(splitEqual(reps[0], 4)).toEqual([25000, 25000, 25000, 25000]);
    });

    it("100 new customers a quarter: 34/33/33 a month; 3,000,000 a month is 750,000 a week", () => {
      expect(splitEqual(100, 3)).toEqual([34, 33, 33]);
      expect(splitEqual(3000000, 4)).toEqual([750000, 750000, 750000, 750000]);
    });
  });

  describe("properties", () => {
    const total = fc.integer({ min: -1e12, max: 1e12 });
    const roundTo = fc.constantFrom(1, 2, 3, 5, 7, 10, 100, 1000, 5000, 10000);
    /** The leftover the first part carries: |total| mod round_to, with the sign of total. */
    const leftover = (t: number, r: number): number => Math.sign(t) * (Math.abs(t) % r);

    it("splitEqual always sums exactly and every part is a multiple of round_to", () => {
      fc.assert(
        fc.property(total, fc.integer({ min: 1, max: 60 }), roundTo, (t, n, r) => {
          const p = parts(splitEqual(t, n, r));
          if (p.length !== n || sum(p) !== t) return false;
          return p.every((x, i) => (x - (i === 0 ? leftover(t, r) : 0)) % r === 0);
        }),
        { numRuns: 5000 },
      );
    });

    it("splitEqual parts differ by at most one round_to (plus the leftover) and never grow", () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 1, max: 60 }), roundTo, (t, n, r) => {
          const p = parts(splitEqual(t, n, r));
          const q = p.map((x, i) => x - (i === 0 ? leftover(t, r) : 0));
          return q.every((x, i) => i === 0 || (x <= q[i - 1] && q[0] - x <= r));
        }),
        { numRuns: 3000 },
      );
    });

    const weights = fc
      .array(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1000, noNaN: true })), { minLength: 1, maxLength: 40 })
      .filter((ws) => ws.some((w) => w > 0));

    it("splitByWeights always sums exactly, in multiples of round_to, within one unit of each exact share", () => {
      fc.assert(
        fc.property(total, weights, roundTo, (t, ws, r) => {
          const p = parts(splitByWeights(t, ws, r));
          if (p.length !== ws.length || sum(p) !== t) return false;
          const first = ws.findIndex((w) => w > 0);
          const W = sum(ws);
          const units = Math.trunc(Math.abs(t) / r);
          return p.every((x, i) => {
            const k = (x - (i === first ? leftover(t, r) : 0)) / r;
            const quota = (units * ws[i]) / W;
            return Number.isInteger(k) && Math.abs(Math.abs(k) - quota) < 1 + 1e-6 && (ws[i] > 0 || x === 0);
          });
        }),
        { numRuns: 5000 },
      );
    });

    it("splits amounts with cents into whole cents that add up to the total, for decimal round_to too", () => {
      fc.assert(
        fc.property(fc.integer({ min: -1e13, max: 1e13 }), weights, fc.constantFrom(0.01, 0.05, 0.1, 0.25, 2.5), (cents, ws, r) => {
          const t = cents / 100;
          const p = parts(splitByWeights(t, ws, r));
          const pc = p.map((x) => Math.round(x * 100));
          const exactCents = p.every((x, i) => Math.abs(x * 100 - pc[i]) < 1e-6 * Math.max(1, Math.abs(pc[i])));
          return exactCents && sum(pc) === cents && Math.abs(sum(p) - t) <= 1e-9 * Math.max(1, Math.abs(t));
        }),
        { numRuns: 3000 },
      );
    });

    it("apportion hands out exactly the units it is given", () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1e9 }), weights, (u, ws) => {
          const k = apportion(u, ws);
          return sum(k) === u && k.every((x) => Number.isInteger(x) && x >= 0);
        }),
        { numRuns: 3000 },
      );
    });
  });
});
