/**
 * requiredLeads: bad arguments, ordinary values, boundaries, a business scenario
 * (docs/domain.md §1), then properties on thousands of random inputs.
 */
import fc from "fast-check";
import { ceilClean, combinedRate, requiredLeads } from "../../src/domain/leads";
import { isSalesError, type SalesError } from "../../src/domain/errors";
import { errorMessage } from "../../src/i18n/errors";

function err(x: unknown): SalesError {
  if (!isSalesError(x)) throw new Error(`expected a SalesError, got ${JSON.stringify(x)}`);
  return x;
}

describe("requiredLeads", () => {
  describe("bad arguments", () => {
    it("rejects a negative or non-finite target", () => {
      expect(err(requiredLeads(-1, 5000, 0.05)).code).toBe("#VALUE!");
      expect(err(requiredLeads(NaN, 5000, 0.05)).key).toBe("arg.notNumber");
      expect(err(requiredLeads(Infinity, 5000, 0.05)).key).toBe("arg.notNumber");
      expect(err(requiredLeads(1e16, 5000, 0.05)).params.arg).toBe("target");
    });

    it("makes an average order value of 0 #DIV/0! and a negative one #VALUE!", () => {
      expect(err(requiredLeads(100000, 0, 0.05)).code).toBe("#DIV/0!");
      const neg = err(requiredLeads(100000, -5000, 0.05));
      expect(neg.code).toBe("#VALUE!");
      expect(errorMessage(neg, "en")).toBe(
        "avg_order_value must be a number greater than 0 and at most 1,000,000,000,000,000; got -5000.",
      );
    });

    it("says so when a conversion rate was typed as 5 instead of 5%", () => {
      const e = err(requiredLeads(100000, 5000, 5));
      expect(e.code).toBe("#VALUE!");
      expect(errorMessage(e, "en")).toContain("did you type 5 instead of 5%?");
      expect(errorMessage(e, "zh-CN")).toContain("是不是把 5% 输成了 5？");
      expect(errorMessage(e, "zh-TW")).toContain("是不是把 5% 輸成了 5？");
    });

    it("rejects rates above 100 or below 0, and makes a 0% rate #DIV/0!", () => {
      expect(err(requiredLeads(100000, 5000, 150)).key).toBe("arg.outOfRange");
      expect(err(requiredLeads(100000, 5000, -0.05)).key).toBe("arg.outOfRange");
      expect(err(requiredLeads(100000, 5000, 0)).code).toBe("#DIV/0!");
    });

    it("names the bad stage rate in a list and rejects an empty list", () => {
      const e = err(requiredLeads(100000, 5000, [0.5, 40, 0.25]));
      expect(e.key).toBe("arg.percentTyped");
      expect(e.params.arg).toBe("conversion_rate[2]");
      expect(err(requiredLeads(100000, 5000, [])).key).toBe("arg.empty");
      expect(err(requiredLeads(100000, 5000, [0.5, 0])).code).toBe("#DIV/0!");
    });

    it("wants periods to be a whole number from 1 to 10,000", () => {
      for (const p of [0, -1, 2.5, 10001, NaN]) expect(err(requiredLeads(100000, 5000, 0.05, p)).params.arg).toBe("periods");
    });

    it("is #NUM! when the answer is beyond exact integers", () => {
      const e = err(requiredLeads(1e15, 0.01, 0.0001));
      expect(e.code).toBe("#NUM!");
      expect(err(requiredLeads(1e15, 1e-300, 1e-300)).code).toBe("#NUM!");
    });
  });

  describe("ordinary values", () => {
    it("divides and rounds up", () => {
      expect(requiredLeads(100000, 5000, 0.05)).toBe(400);
      expect(requiredLeads(100000, 3000, 0.05)).toBe(667); // 666.67 → 667
      expect(requiredLeads(50000, 5000, 0.25)).toBe(40);
      expect(requiredLeads(1000, 300, 0.1)).toBe(34); // 33.33 → 34
    });

    it("spreads over periods", () => {
      expect(requiredLeads(100000, 5000, 0.05, 4)).toBe(100);
      expect(requiredLeads(100000, 5000, 0.05, 3)).toBe(134); // 133.33 → 134
    });

    it("multiplies stage-to-stage rates into one rate", () => {
      expect(combinedRate([0.5, 0.4, 0.25])).toBeCloseTo(0.05, 15);
      expect(requiredLeads(100000, 5000, [0.5, 0.4, 0.25])).toBe(400);
    });
  });

  describe("boundaries", () => {
    it("does not bump an exact result by floating-point noise", () => {
      expect(9000 / 2500 / 0.03).not.toBe(120); // the noise is real...
      expect(requiredLeads(9000, 2500, 0.03)).toBe(120); // ...and ignored
      expect(requiredLeads(700, 100, 0.07)).toBe(100); // 7 / 0.07 = 100.00000000000001
    });

    it("needs no leads for a target of 0 and exactly target ÷ value at 100%", () => {
      expect(requiredLeads(0, 5000, 0.05)).toBe(0);
      expect(requiredLeads(100000, 5000, 1)).toBe(20);
      expect(requiredLeads(100000, 5000, [1, 1])).toBe(20);
    });

    it("accepts the extreme valid arguments", () => {
      expect(requiredLeads(1e15, 1e15, 1, 10000)).toBe(1);
      expect(requiredLeads(1, 1e15, 1e-9)).toBe(1);
      expect(requiredLeads(1e6, 1, 0.5)).toBe(2e6);
    });

    it("rounds up a result just above an integer", () => {
      expect(requiredLeads(100001, 5000, 0.05)).toBe(401);
    });
  });

  describe("business scenario (seed 000 §1.2)", () => {
    it("100,000 a month at 5,000 per order and 5% conversion: 400 leads a month, 100 a week", () => {
      expect(requiredLeads(100000, 5000, 0.05)).toBe(400);
      expect(requiredLeads(100000, 5000, 0.05, 4)).toBe(100);
    });

    it("through the default funnel's stage-to-stage rates (lead → won 8%): 250 leads", () => {
      // 70% contacted, 40/70 qualified, 50% proposal, 40% won: 8% overall; 20 deals / 8% = 250.
      expect(requiredLeads(100000, 5000, [0.7, 0.4 / 0.7, 0.5, 0.4])).toBe(250);
    });
  });

  describe("properties", () => {
    const money = fc.double({ min: 0, max: 1e15, noNaN: true, noDefaultInfinity: true });
    const aov = fc.double({ min: 0.01, max: 1e9, noNaN: true, noDefaultInfinity: true });
    const rate = fc.double({ min: 1e-4, max: 1, noNaN: true, noDefaultInfinity: true }).filter((r) => r > 0);

    it("never decreases when the target grows", () => {
      fc.assert(
        fc.property(money, money, aov, rate, fc.integer({ min: 1, max: 52 }), (t1, t2, a, r, p) => {
          const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
          const small = requiredLeads(lo, a, r, p);
          const large = requiredLeads(hi, a, r, p);
          if (isSalesError(large)) return large.code === "#NUM!";
          return typeof small === "number" && small <= large;
        }),
        { numRuns: 5000 },
      );
    });

    it("equals the exact rational ceiling for whole-number inputs and whole-percent rates", () => {
      // Exact: leads = ceil(target·100 / (aov · pct · periods)), computed with BigInt.
      // Targets stay below 10^7 so a true fraction is never within the 1e-9 noise band.
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 9_999_999 }),
          fc.integer({ min: 1, max: 100_000 }),
          fc.integer({ min: 1, max: 100 }),
          fc.integer({ min: 1, max: 52 }),
          (target, orderValue, pct, periods) => {
            const num = BigInt(target) * 100n;
            const den = BigInt(orderValue) * BigInt(pct) * BigInt(periods);
            const exact = Number((num + den - 1n) / den);
            return requiredLeads(target, orderValue, pct / 100, periods) === exact;
          },
        ),
        { numRuns: 5000 },
      );
    });

    it("is always a whole number ≥ 0 or an error value, never NaN or Infinity", () => {
      const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, 1, 100, NaN, Infinity, -Infinity));
      fc.assert(
        fc.property(anyNumber, anyNumber, anyNumber, anyNumber, (t, a, r, p) => {
          const out = requiredLeads(t, a, r, p);
          return isSalesError(out) || (Number.isInteger(out) && out >= 0);
        }),
        { numRuns: 5000 },
      );
    });
  });
});

describe("ceilClean", () => {
  it.each([
    [120.00000000000001, 120],
    [119.99999999999999, 120],
    [120.000001, 121],
    [120.5, 121],
    [0, 0],
    [0.1, 1],
    [1e6 + 0.01, 1e6 + 1], // 1e-8 relative: a real fraction
    [1e6 + 1e-4, 1e6], // 1e-10 relative: noise
  ])("ceilClean(%p) = %p", (x, expected) => {
    expect(ceilClean(x)).toBe(expected);
  });

  it("is monotone", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.double({ min: 0, max: 1e12, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return ceilClean(lo) <= ceilClean(hi);
      }),
      { numRuns: 5000 },
    );
  });
});
