/**
 * The chance of reaching a target (达成概率), docs/chance.md: from the revenue of the working
 * days reported so far, how likely the working days left bring the total to the target.
 *
 * Assumptions: the working days are independent draws from one distribution (no trend, no
 * season); blank days are not reported and left out, zero days count.
 *
 * With n reported days of mean m and sample standard deviation s, of which k brought revenue
 * (> 0), r working days left, done so far A and target T, the total of the days left, R, has
 * mean μ = r·m and variance V = s²·(r + r²/n) (r·s² for r new days, r²·s²/n for the
 * uncertainty of m itself). Revenue from deals is skewed (many small days, a few big ones), so
 * R is taken as normal on the square-root scale, with the same mean and variance:
 *     √R ≈ c + w·t,   w² = V / (4μ),   c² = max(0, μ − w²)      (so c² + w² = μ),
 * where t is Student's t with df = max(1, ⌊k/2⌋): the spread of deal revenue is only learned
 * from the days with a sale, and about half as surely as for bell-shaped days. Then
 *     chance = P(R ≥ T − A) = P(t ≥ z),   z = (√(T − A) − c) / w,
 * computed as z = √(q·(T − A)/(r·m)) − √max(0, q − 1) with q = μ/w² = 4·r·n·(m/s)²/(n + r).
 * bench/chance.bench.ts measures the calibration of this model against the plain t model
 * (R = r·m + t(n−1)·s·√(r + r²/n)) it started from: on lumpy revenue the plain model is too
 * sure (ECE 0.09 after 10 days), this one is not (≤ 0.05).
 *
 * Edge cases, in this order: target reached (A ≥ T) → 1; no working day left (r = 0) → 0;
 * fewer than CHANCE_MIN_DAYS reported days → #N/A "not enough data"; every reported day the
 * same (s ≤ NO_SPREAD × |m|, e.g. no sale yet) → #N/A "no spread to judge from".
 *
 * The same arithmetic as native spreadsheet functions (src/workbook/chance.ts writes it):
 * n = COUNT, k = COUNTIF(">0"), m = AVERAGE, s = STDEV, the tail TDIST(|z|, df, 1), so a sheet
 * without the add-in shows the same figure.
 */
import { CHANCE_ARGS as C, checkEach, checkNumber } from "./args";
import { fail, showNumber, type SalesError } from "./errors";
import { stdev, tDistRightTail } from "./stats";

/**
 * Fewest reported working days the chance is given for: a working week. The calibration
 * benchmark (docs/chance.md, "The formula") shows the chance after 3 or 4 days is off by
 * more than 5 points on average for a team, and within that after 5.
 */
export const CHANCE_MIN_DAYS = 5;

/**
 * A spread under a millionth of the mean is no spread: every reported day the same. Not exactly
 * 0, so the sheet's one-pass standard deviation from sums (src/workbook/chance.ts), which can
 * leave a rounding residue where STDEV leaves 0, gives the same answer.
 */
export const NO_SPREAD = 1e-6;

/** What the chance is computed from. */
export interface ChanceInputs {
  /** Reported working days (numbers in actuals; blanks are not reported). */
  readonly n: number;
  /** Reported days with revenue above 0. */
  readonly k: number;
  readonly sum: number;
  /** done_so_far, or the sum. */
  readonly done: number;
  readonly target: number;
  readonly remainingDays: number;
}

/**
 * The chance (0–1) of reaching `target`: `reported` is the revenue of each reported working
 * day (blank days left out, zero days in), `remainingDays` the working days left and
 * `doneSoFar` what is done already (default: the sum of `reported`). A SalesError for a bad
 * argument; #N/A (chance.tooFewDays, chance.noSpread) when there is not enough data.
 * `minDays` is CHANCE_MIN_DAYS; the calibration benchmark lowers it to show why.
 */
export function hitChance(
  target: number,
  reported: readonly number[],
  remainingDays: number,
  doneSoFar?: number,
  minDays: number = CHANCE_MIN_DAYS,
): number | SalesError {
  const t = checkNumber(C.target, target);
  if (typeof t !== "number") return t;
  const bad = checkEach(C.actual, reported);
  if (bad) return bad;
  const r = checkNumber(C.remaining_days, remainingDays);
  if (typeof r !== "number") return r;
  let sum = 0;
  let k = 0;
  for (let i = 0; i < reported.length; i++) {
    sum += reported[i];
    if (reported[i] > 0) k++;
  }
  let done = sum;
  if (doneSoFar !== undefined) {
    const d = checkNumber(C.done_so_far, doneSoFar);
    if (typeof d !== "number") return d;
    done = d;
  }
  return chanceOf({ n: reported.length, k, sum, done, target: t, remainingDays: r }, reported, Math.max(2, minDays));
}

/** The model on checked inputs (see the module comment; the edge cases in its order). */
function chanceOf(f: ChanceInputs, reported: readonly number[], minDays: number): number | SalesError {
  const need = f.target - f.done;
  if (need <= 0) return 1;
  const r = f.remainingDays;
  if (r === 0) return 0;
  if (f.n < minDays) return fail("#N/A", "chance.tooFewDays", { arg: C.actual.name, n: f.n, min: minDays });
  const m = f.sum / f.n;
  const s = stdev(reported, m);
  if (s <= NO_SPREAD * Math.abs(m)) return fail("#N/A", "chance.noSpread", { arg: C.actual.name, n: f.n, value: showNumber(m) });
  // q = μ / w² = 4μ² / V, so z = √(need / w²) − √(μ / w² − 1) = √(q·need/μ) − √max(0, q − 1).
  const q = (4 * r * f.n * (m / s) ** 2) / (f.n + r);
  const z = Math.sqrt((q * need) / (r * m)) - Math.sqrt(Math.max(0, q - 1));
  const tail = tDistRightTail(Math.abs(z), Math.max(1, Math.floor(f.k / 2)));
  return z >= 0 ? tail : 1 - tail;
}
