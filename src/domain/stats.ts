/**
 * The few statistics the chance to hit (./chance.ts) needs, written to give what the
 * spreadsheet functions of the same name give, so that a native formula and the custom
 * function agree to the last digits that matter:
 * - `average`, `stdev`: AVERAGE and STDEV (the sample standard deviation, n − 1) of numbers;
 * - `tDistRightTail`: TDIST(x, df, 1), Student's t upper tail P(T > x) for x ≥ 0 and a
 *   whole df ≥ 1 (the pre-2010 name, which Excel, LibreOffice, WPS and HyperFormula all
 *   evaluate without the `_xlfn.` prefix T.DIST.RT needs).
 */

/** AVERAGE of a non-empty list. */
export function average(xs: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i];
  return sum / xs.length;
}

/** STDEV (sample standard deviation, divisor n − 1) of at least two numbers; two passes, as spreadsheets compute it. */
export function stdev(xs: readonly number[], mean = average(xs)): number {
  let ss = 0;
  for (let i = 0; i < xs.length; i++) {
    const d = xs[i] - mean;
    ss += d * d;
  }
  return Math.sqrt(ss / (xs.length - 1));
}

/**
 * TDIST(x, df, 1): P(T > x) for Student's t with `df` degrees of freedom, x ≥ 0, df a whole
 * number ≥ 1. Exact finite series (Abramowitz & Stegun 26.7.3 and 26.7.4): with
 * c = df ÷ (df + x²), P(|T| ≤ x) is, for even df, √(1 − c) · Σ_{k<df/2} c^k · (1·3…(2k−1)) ÷ (2·4…2k),
 * and for odd df, (2/π) · (θ + √(c(1 − c)) · Σ_{k<(df−1)/2} c^k · (2·4…2k) ÷ (1·3…(2k+1))) with
 * θ = atan(x ÷ √df). Absolute error a few times 1e-16; df terms.
 */
export function tDistRightTail(x: number, df: number): number {
  if (!(x >= 0) || !Number.isInteger(df) || df < 1) throw new RangeError(`tDistRightTail(${x}, ${df}): x ≥ 0 and a whole df ≥ 1 expected`);
  if (x === Infinity) return 0;
  const x2 = x * x;
  const c = df / (df + x2); // cos²θ
  const s2 = x2 / (df + x2); // sin²θ, computed directly (1 − c loses digits when x is small)
  let inside: number; // P(|T| ≤ x)
  if (df % 2 === 0) {
    let term = 1;
    let sum = 1;
    for (let k = 1; k < df / 2; k++) {
      term *= (c * (2 * k - 1)) / (2 * k);
      sum += term;
    }
    inside = Math.sqrt(s2) * sum;
  } else {
    const theta = Math.atan2(x, Math.sqrt(df));
    let sum = 0;
    if (df > 1) {
      let term = 1;
      sum = 1;
      for (let k = 1; k < (df - 1) / 2; k++) {
        term *= (c * (2 * k)) / (2 * k + 1);
        sum += term;
      }
      sum *= Math.sqrt(c * s2);
    }
    inside = (2 / Math.PI) * (theta + sum);
  }
  return Math.max(0, (1 - inside) / 2);
}
