/**
 * Required leads (反推线索数), docs/domain.md §1:
 * leads = revenue target ÷ average order value ÷ conversion rate ÷ periods, rounded up.
 */
import { checkEach, checkNumber, LEADS_ARGS as A } from "./args";
import { fail, showNumber, type SalesError } from "./errors";

/** Relative distance within which a float is taken to be the integer it is next to. */
const NOISE = 1e-9;

/**
 * Ceiling that ignores floating-point noise: a value within ~1e-9 (relative) of an
 * integer is that integer. 9000 / 2500 / 0.03 = 120.00000000000001 → 120, not 121.
 * Monotone: x ≤ y implies ceilClean(x) ≤ ceilClean(y).
 */
export function ceilClean(x: number): number {
  const r = Math.round(x);
  if (Math.abs(x - r) <= NOISE * Math.max(1, Math.abs(x))) return r;
  return Math.ceil(x);
}

/**
 * One lead-to-deal rate: a single rate, or stage-to-stage rates multiplied together.
 * Each rate is in (0, 1]; 0 is #DIV/0!, 5 instead of 5% gets its own message.
 */
export function combinedRate(conversion: number | readonly number[]): number | SalesError {
  if (typeof conversion === "number") return checkNumber(A.conversion_rate, conversion);
  if (conversion.length === 0) {
    return fail("#VALUE!", "arg.empty", { arg: A.conversion_rate.name, range: "range.aboveAtMost", min: "0%", max: "100%" });
  }
  const bad = checkEach(A.conversion_rate, conversion);
  if (bad) return bad;
  let rate = 1;
  for (let i = 0; i < conversion.length; i++) rate *= conversion[i];
  return rate;
}

/**
 * Whole number of leads needed per period. `conversion` is one rate or a list of
 * stage-to-stage rates; `periods` (default 1) spreads the leads evenly.
 * (100000, 5000, 5%) → 400; with 4 periods → 100.
 */
export function requiredLeads(
  target: number,
  avgOrderValue: number,
  conversion: number | readonly number[],
  periods = 1,
): number | SalesError {
  const t = checkNumber(A.target, target);
  if (typeof t !== "number") return t;
  const aov = checkNumber(A.avg_order_value, avgOrderValue);
  if (typeof aov !== "number") return aov;
  const rate = combinedRate(conversion);
  if (typeof rate !== "number") return rate;
  const p = checkNumber(A.periods, periods);
  if (typeof p !== "number") return p;
  const leads = t / aov / rate / p;
  if (!(leads <= Number.MAX_SAFE_INTEGER)) {
    return fail("#NUM!", "leads.tooLarge", { max: showNumber(Number.MAX_SAFE_INTEGER) });
  }
  return ceilClean(leads);
}
