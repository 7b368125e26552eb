/**
 * The statistics under the chance to hit: AVERAGE and STDEV as spreadsheets compute them, and
 * TDIST(x, df, 1) checked against closed forms (df 1 and 2), a textbook table, numerical
 * integration of the t density, and the normal limit.
 */
import fc from "fast-check";
import { average, stdev, tDistRightTail } from "../../src/domain/stats";

/** ∫_x^∞ of Student's t density by Simpson's rule on t = x + u/(1−u), u ∈ [0, 1). */
function integratedTail(x: number, df: number): number {
  let logC = 0; // log Γ((df+1)/2) − log Γ(df/2) − ½ log(df π), by the recurrence on half-integers
  const lgamma = (z: number): number => {
    // z is a positive multiple of ½: Γ(½) = √π, Γ(1) = 1, Γ(z+1) = zΓ(z)
    let v = Number.isInteger(z) ? 0 : 0.5 * Math.log(Math.PI);
    for (let k = Number.isInteger(z) ? 1 : 0.5; k < z; k++) v += Math.log(k);
    return v;
  };
  logC = lgamma((df + 1) / 2) - lgamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  const density = (t: number): number => Math.exp(logC - ((df + 1) / 2) * Math.log(1 + (t * t) / df));
  const f = (u: number): number => (u >= 1 ? 0 : density(x + u / (1 - u)) / ((1 - u) * (1 - u)));
  const steps = 20000;
  const h = 1 / steps;
  let sum = f(0) + f(1);
  for (let i = 1; i < steps; i++) sum += (i % 2 ? 4 : 2) * f(i * h);
  return (sum * h) / 3;
}

describe("average and stdev", () => {
  it("give AVERAGE and the sample STDEV (n − 1)", () => {
    expect(average([1, 2, 3, 4])).toBe(2.5);
    expect(stdev([1, 2, 3, 4])).toBeCloseTo(Math.sqrt(5 / 3), 15);
    expect(stdev([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 15);
    expect(stdev([5000, 5000, 5000])).toBe(0);
    expect(stdev([0, 0, 0, 0, 0])).toBe(0);
  });
});

describe("tDistRightTail = TDIST(x, df, 1)", () => {
  it("is ½ at 0 and 0 at infinity, for every df", () => {
    for (const df of [1, 2, 3, 4, 7, 30, 1001]) {
      expect(tDistRightTail(0, df)).toBeCloseTo(0.5, 15);
      expect(tDistRightTail(Infinity, df)).toBe(0);
    }
  });

  it("matches the closed forms for df = 1 (Cauchy) and df = 2", () => {
    for (const x of [0.001, 0.3, 1, 1.5, 2.7, 5, 12, 40, 1e6]) {
      expect(tDistRightTail(x, 1)).toBeCloseTo(0.5 - Math.atan(x) / Math.PI, 14);
      expect(tDistRightTail(x, 2)).toBeCloseTo(0.5 * (1 - x / Math.sqrt(2 + x * x)), 14);
    }
    expect(tDistRightTail(1, 1)).toBeCloseTo(0.25, 15);
    expect(tDistRightTail(1.5, 4)).toBeCloseTo(0.104, 15); // sinθ = 0.6, cos²θ = 0.64: (1 − 0.6·1.32)/2
  });

  it("gives the textbook critical values (one-sided 5% and 2.5%)", () => {
    const table: [number, number, number][] = [
      [1, 6.313751514675, 0.05],
      [4, 2.131846786326, 0.05],
      [10, 2.228138851986, 0.025],
      [29, 2.045229642132, 0.025],
      [120, 1.657650899355, 0.05],
    ];
    for (const [df, x, p] of table) expect(tDistRightTail(x, df)).toBeCloseTo(p, 11);
  });

  it("agrees with the integrated density", () => {
    for (const df of [3, 5, 8, 13]) {
      for (const x of [0.2, 1, 2.5, 6]) expect(Math.abs(tDistRightTail(x, df) - integratedTail(x, df))).toBeLessThan(1e-9);
    }
  });

  it("tends to the normal tail as df grows", () => {
    // Φ̄(1.96) = 0.0249979, Φ̄(1) = 0.1586553; the gap is of order 1/df
    expect(tDistRightTail(1.96, 100000)).toBeCloseTo(0.0249979, 5);
    expect(tDistRightTail(1, 100000)).toBeCloseTo(0.1586553, 5);
  });

  it("falls as x grows and stays within 0 to ½ (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), fc.integer({ min: 1, max: 200 }), (a, b, df) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const p = tDistRightTail(lo, df);
        const q = tDistRightTail(hi, df);
        return p >= q - 1e-15 && p <= 0.5 + 1e-15 && q >= 0;
      }),
    );
  });

  it("refuses what TDIST refuses: x < 0, df < 1 or not whole", () => {
    expect(() => tDistRightTail(-1, 3)).toThrow(RangeError);
    expect(() => tDistRightTail(1, 0)).toThrow(RangeError);
    expect(() => tDistRightTail(1, 2.5)).toThrow(RangeError);
    expect(() => tDistRightTail(NaN, 3)).toThrow(RangeError);
  });
});
