/**
 * Splitting a target (目标分解), docs/domain.md §2: equal or weighted parts that are multiples
 * of `roundTo` and always add up to the total exactly.
 *
 * Method: count the total in whole units of `roundTo`, hand the units out by the largest
 * remainder method (ties to the earlier part), then give the leftover smaller than one
 * unit to the first part. Integer inputs stay in exact integer arithmetic; decimal
 * `roundTo` values (0.01) are scaled to integer "ticks" first, so each part is the
 * closest double to its decimal value.
 */
import { checkEach, checkNumber, MAX_PARTS, SPLIT_ARGS as S } from "./args";
import { fail, showNumber, type SalesError } from "./errors";

/** Relative rounding error of a few float operations: values this close to an integer are that integer. */
const FP_NOISE = 64 * Number.EPSILON;
/** Remainders (fractions of one unit) closer than this are ties. */
const TIE = 1e-9;

function nearInteger(x: number): boolean {
  return Math.abs(x - Math.round(x)) <= FP_NOISE * Math.max(1, Math.abs(x));
}

/** floor, but a value a float-noise below an integer is that integer. */
function cleanFloor(x: number): number {
  return nearInteger(x) ? Math.round(x) : Math.floor(x);
}

/** The smallest 10^d (d ≤ maxDigits) that makes every value an integer (within noise); null if none. */
function decimalScale(values: readonly number[], maxDigits = 9): number | null {
  let scale = 1;
  for (let d = 0; d <= maxDigits; d++) {
    let ok = true;
    for (let i = 0; i < values.length && ok; i++) ok = nearInteger(values[i] * scale);
    if (ok) return scale;
    scale *= 10;
  }
  return null;
}

/** decimalScale of one or two numbers, without allocating for the common whole-number case. */
function scaleOf(a: number, b?: number): number | null {
  if (Number.isInteger(a) && (b === undefined || Number.isInteger(b))) return 1;
  return decimalScale(b === undefined ? [a] : [a, b]);
}

/** floor(a / b) for non-negative integers a, b > 0 (exact while a ≤ 2^53). */
function intDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  while (q * b > a) q--;
  while ((q + 1) * b <= a) q++;
  return q;
}

/**
 * The weights as integers when they are short decimals (30, 0.33, 12.5), every positive
 * weight staying positive and the products small enough to be exact; otherwise null.
 */
function integerWeights(units: number, weights: readonly number[]): number[] | null {
  let whole = true;
  for (let i = 0; i < weights.length && whole; i++) whole = Number.isInteger(weights[i]);
  const scale = whole ? 1 : decimalScale(weights, 6);
  if (scale === null) return null;
  const ints = new Array<number>(weights.length);
  let total = 0;
  let max = 0;
  for (let i = 0; i < weights.length; i++) {
    const k = scale === 1 ? weights[i] : Math.round(weights[i] * scale);
    if (weights[i] > 0 && k === 0) return null;
    ints[i] = k;
    total += k;
    if (k > max) max = k;
  }
  if (total === 0 || total > Number.MAX_SAFE_INTEGER || units * max > Number.MAX_SAFE_INTEGER) return null;
  return ints;
}

/**
 * Hand out `units` (a non-negative integer) in proportion to `weights` (non-negative,
 * positive sum) by the largest remainder method; ties go to the earlier part.
 * The result sums to `units` exactly.
 */
export function apportion(units: number, weights: readonly number[]): number[] {
  const n = weights.length;
  const out = new Array<number>(n);
  const rem = new Array<number>(n);
  let given = 0;
  const ints = integerWeights(units, weights);
  if (ints !== null) {
    // Exact: quota_i = units·w_i / W as an integer quotient and remainder.
    let total = 0;
    for (let i = 0; i < n; i++) total += ints[i];
    for (let i = 0; i < n; i++) {
      const p = units * ints[i];
      out[i] = intDiv(p, total);
      rem[i] = p - out[i] * total;
      given += out[i];
    }
  } else {
    // Weights relative to the largest, so tiny or huge weights neither underflow nor overflow.
    let max = 0;
    for (let i = 0; i < n; i++) if (weights[i] > max) max = weights[i];
    let total = 0;
    for (let i = 0; i < n; i++) total += weights[i] / max;
    for (let i = 0; i < n; i++) {
      const q = (units * (weights[i] / max)) / total;
      out[i] = cleanFloor(q);
      rem[i] = q - out[i];
      given += out[i];
    }
  }
  let left = units - given;
  if (left > 0) {
    // Larger remainder first; equal remainders (within float noise) keep the earlier part first.
    const order: number[] = [];
    for (let i = 0; i < n; i++) if (weights[i] > 0) order.push(i);
    if (left < order.length) order.sort((a, b) => (Math.abs(rem[b] - rem[a]) > TIE ? rem[b] - rem[a] : a - b));
    for (let k = 0; k < order.length && left > 0; k++, left--) out[order[k]]++;
  }
  // Float path only: noise may over-give by a unit; take it back where the most was rounded up.
  while (left < 0) {
    let at = -1;
    for (let i = 0; i < n; i++) if (out[i] > 0 && (at < 0 || rem[i] < rem[at])) at = i;
    out[at]--;
    rem[at] += 1;
    left++;
  }
  return out;
}

/** Units per part for n equal parts: the first `units mod n` parts get one more. */
function equalUnits(units: number, n: number): number[] {
  const q = intDiv(units, n);
  const extra = units - q * n;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = i < extra ? q + 1 : q;
  return out;
}

/**
 * Split |total| into `roundTo` units handed out by `hand`, give the leftover (less than
 * one unit) to part `first`, and put the sign back.
 */
function splitUnits(total: number, roundTo: number, first: number, hand: (units: number) => number[]): number[] | SalesError {
  const sign = total < 0 ? -1 : 1;
  const abs = Math.abs(total);
  // Work in integer ticks when roundTo (and the total) are short decimals: 0.01 → ticks of 1/100.
  let scale = scaleOf(roundTo, abs) ?? scaleOf(roundTo) ?? 1;
  if (abs * scale > Number.MAX_SAFE_INTEGER) scale = scaleOf(roundTo) ?? 1;
  const unit = scale === 1 ? roundTo : Math.round(roundTo * scale);
  let ticks = abs * scale;
  if (nearInteger(ticks)) ticks = Math.round(ticks);
  if (ticks / unit > Number.MAX_SAFE_INTEGER || ticks > Number.MAX_SAFE_INTEGER) {
    return fail("#NUM!", "split.tooPrecise");
  }
  const units = Number.isInteger(ticks) && Number.isInteger(unit) ? intDiv(ticks, unit) : cleanFloor(ticks / unit);
  const leftover = ticks - units * unit;
  const k = hand(units);
  const out = new Array<number>(k.length);
  for (let i = 0; i < k.length; i++) {
    const v = (sign * (k[i] * unit + (i === first ? leftover : 0))) / scale;
    out[i] = v === 0 ? 0 : v; // no -0
  }
  return out;
}

/** `parts` equal parts (ties to the earlier parts): (100, 3) → 34, 33, 33. */
export function splitEqual(total: number, parts: number, roundTo = 1): number[] | SalesError {
  const t = checkNumber(S.total, total);
  if (typeof t !== "number") return t;
  const n = checkNumber(S.parts, parts);
  if (typeof n !== "number") return n;
  const r = checkNumber(S.round_to, roundTo);
  if (typeof r !== "number") return r;
  return splitUnits(t, r, 0, (units) => equalUnits(units, n));
}

/**
 * Parts proportional to non-negative `weights` (largest remainder; exact sum):
 * (980000, [30, 33, 35]) → 300000, 330000, 350000. All-zero weights are #DIV/0!.
 * The leftover smaller than round_to goes to the first part with a positive weight.
 */
export function splitByWeights(total: number, weights: readonly number[], roundTo = 1): number[] | SalesError {
  const t = checkNumber(S.total, total);
  if (typeof t !== "number") return t;
  if (weights.length === 0) {
    return fail("#VALUE!", "arg.empty", { arg: S.weight.name, range: "range.between", min: 0, max: showNumber(S.weight.max) });
  }
  if (weights.length > MAX_PARTS) {
    return fail("#VALUE!", "arg.tooManyCells", { arg: S.weight.name, got: showNumber(weights.length), max: showNumber(MAX_PARTS) });
  }
  const bad = checkEach(S.weight, weights);
  if (bad) return bad;
  let first = 0;
  while (first < weights.length && !(weights[first] > 0)) first++;
  const r = checkNumber(S.round_to, roundTo);
  if (typeof r !== "number") return r;
  if (first === weights.length) return fail("#DIV/0!", "split.weightsZero");
  return splitUnits(t, r, first, (units) => apportion(units, weights));
}
