/**
 * Arguments: each function's parameters declared once, with their bounds, and the one
 * place where raw spreadsheet values are coerced and validated (the HyperFormula habit).
 *
 * Two layers:
 * - `checkNumber(spec, x)`: bounds of an already numeric value. The domain functions call
 *   it on their own inputs, so they are safe to call directly with plain numbers.
 * - `coerce*`: what Excel hands a custom function (`unknown`: number, string, boolean,
 *   null for omitted/blank, "" or 0 for blank cells, 2-D arrays for ranges, data-type
 *   objects) to numbers/text/booleans, then the same bounds checks.
 *
 * Every failure is a SalesError value naming the parameter exactly as Excel shows it
 * and its valid range. Nothing here throws. The sprint inputs (./inputs.ts) are declared
 * with the same NumberSpec and judged by the same numberProblem; text is read by the one
 * parser, ./numbers.ts.
 */
import { fail, showNumber, showValue, type ErrorKey, type SalesError } from "./errors";
import { parseNumber } from "./numbers";
import { isBlank } from "./blank";
import type { FunctionId, ParamName } from "./vocabulary";

/** Largest money amount or count we accept: Excel keeps 15 significant digits. */
export const MAX_AMOUNT = 1e15;
/** Most parts SPLIT_TARGET spills (equal parts or weight cells). */
export const MAX_PARTS = 10000;
/** Most periods REQUIRED_LEADS spreads the leads over. */
export const MAX_PERIODS = 10000;
/** Most working days HIT_CHANCE looks ahead (some 40 years of working days). */
export const MAX_REMAINING_DAYS = 10000;

export interface NumberSpec {
  /** Parameter name exactly as Excel shows it (FUNCTION_PARAMETERS), or a sprint input's path. */
  readonly name: string;
  readonly min: number;
  /** Whether `min` itself is allowed. */
  readonly minInclusive: boolean;
  /** Inclusive upper bound. */
  readonly max: number;
  readonly whole: boolean;
  /** A rate or share given as a fraction (5% = 0.05): shown as a percentage; at most 100% (max ≤ 1), max < x ≤ 100 gets the "typed 5 instead of 5%" message. */
  readonly fraction: boolean;
  /** 0 is a divisor: the honest answer is #DIV/0!. */
  readonly zeroDivides: boolean;
  /** For an optional parameter: the value used when it is omitted or blank. */
  readonly default?: number;
  /** For an optional parameter where 0 is never valid: a blank cell that arrives as 0 means "omitted". */
  readonly zeroIsBlank: boolean;
}

export type SpecOptions = Partial<Omit<NumberSpec, "name">>;

/** A NumberSpec; bounds default to 0 … MAX_AMOUNT. */
export function num(name: string, o: SpecOptions = {}): NumberSpec {
  return {
    name,
    min: o.min ?? 0,
    minInclusive: o.minInclusive ?? true,
    max: o.max ?? MAX_AMOUNT,
    whole: o.whole ?? false,
    fraction: o.fraction ?? false,
    zeroDivides: o.zeroDivides ?? false,
    default: o.default,
    zeroIsBlank: o.zeroIsBlank ?? false,
  };
}

/** A spec for a parameter of function F: the name must be one FUNCTION_PARAMETERS declares. */
function param<F extends FunctionId>(_fn: F): (name: ParamName<F>, o?: SpecOptions) => NumberSpec {
  return (name, o) => num(name, o);
}
const leadsParam = param("REQUIRED_LEADS");
const splitParam = param("SPLIT_TARGET");
const smartParam = param("SMART_SCORE");
const funnelParam = param("FUNNEL_STAGE");
const chanceParam = param("HIT_CHANCE");

/** REQUIRED_LEADS(target, avg_order_value, conversion_rate, [periods]) */
export const LEADS_ARGS = {
  target: leadsParam("target"),
  avg_order_value: leadsParam("avg_order_value", { minInclusive: false, zeroDivides: true }),
  /** One rate, or each cell of a range of stage-to-stage rates. */
  conversion_rate: leadsParam("conversion_rate", { minInclusive: false, max: 1, fraction: true, zeroDivides: true }),
  periods: leadsParam("periods", { min: 1, max: MAX_PERIODS, whole: true, default: 1, zeroIsBlank: true }),
} as const;

/** SPLIT_TARGET(total, parts_or_weights, [round_to]) */
export const SPLIT_ARGS = {
  total: splitParam("total", { min: -MAX_AMOUNT }),
  /** A single cell: the number of equal parts. */
  parts: splitParam("parts_or_weights", { min: 1, max: MAX_PARTS, whole: true }),
  /** Each cell of a range: a weight. */
  weight: splitParam("parts_or_weights"),
  round_to: splitParam("round_to", { minInclusive: false, default: 1, zeroIsBlank: true }),
} as const;

/** SMART_SCORE(goal, [current], [target], [explain]) */
export const SMART_ARGS = {
  current: smartParam("current", { min: -MAX_AMOUNT }),
  target: smartParam("target", { min: -MAX_AMOUNT }),
} as const;

/** FUNNEL_STAGE(leads_or_counts, [stage], [shares]) */
export const FUNNEL_ARGS = {
  leads: funnelParam("leads_or_counts"),
  /** Each cell of a row/column of stage counts. */
  count: funnelParam("leads_or_counts"),
  share: funnelParam("shares", { max: 1, fraction: true }),
} as const;

/** HIT_CHANCE(target, actuals, remaining_days, [done_so_far]) */
export const CHANCE_ARGS = {
  target: chanceParam("target"),
  /** Each reported cell of the range: one working day's revenue (blank = not reported). */
  actual: chanceParam("actuals"),
  remaining_days: chanceParam("remaining_days", { max: MAX_REMAINING_DAYS, whole: true }),
  /** Blank or omitted: the sum of actuals. 0 is a real value here (nothing done yet). */
  done_so_far: chanceParam("done_so_far"),
} as const;

// ---- messages ---------------------------------------------------------------------------

/** `name` for a single argument, `name[3]` (1-based) for a cell of a range argument. */
function argName(spec: NumberSpec, index?: number): string {
  return index === undefined ? spec.name : `${spec.name}[${index + 1}]`;
}

function bound(spec: NumberSpec, x: number): string {
  return spec.fraction ? `${showNumber(Math.round(x * 1e6) / 1e4)}%` : showNumber(x);
}

function rangeParams(spec: NumberSpec, index: number | undefined, value: unknown): Record<string, string> {
  return {
    arg: argName(spec, index),
    range: spec.whole ? "range.wholeBetween" : spec.minInclusive ? "range.between" : "range.aboveAtMost",
    min: bound(spec, spec.min),
    max: bound(spec, spec.max),
    value: showValue(value),
  };
}

// ---- numbers ----------------------------------------------------------------------------

/** What is wrong with a value for a spec; null when it is valid. The one bounds check of functions and sprint inputs. */
export type NumberProblem = "notNumber" | "zeroDivides" | "percentTyped" | "outOfRange";

export function numberProblem(spec: NumberSpec, x: unknown): NumberProblem | null {
  if (typeof x !== "number" || !Number.isFinite(x)) return "notNumber";
  if (x === 0 && spec.zeroDivides) return "zeroDivides";
  if (spec.fraction && spec.max <= 1 && x > spec.max && x <= 100) return "percentTyped";
  const belowMin = spec.minInclusive ? x < spec.min : x <= spec.min;
  if (belowMin || x > spec.max || (spec.whole && !Number.isInteger(x))) return "outOfRange";
  return null;
}

/** Bounds of a numeric value. `index` (0-based) names a cell of a range argument in the message. */
export function checkNumber(spec: NumberSpec, x: number, index?: number): number | SalesError {
  const problem = numberProblem(spec, x);
  if (problem === null) return x;
  if (problem === "zeroDivides") return fail("#DIV/0!", "arg.zeroDivides", { arg: argName(spec, index) });
  return fail("#VALUE!", ARG_KEY[problem], rangeParams(spec, index, x));
}

const ARG_KEY = { notNumber: "arg.notNumber", percentTyped: "arg.percentTyped", outOfRange: "arg.outOfRange" } as const;

/** checkNumber for every value of a list (cells of a range argument); the first failure, or null. */
export function checkEach(spec: NumberSpec, xs: readonly number[]): SalesError | null {
  for (let i = 0; i < xs.length; i++) {
    const r = checkNumber(spec, xs[i], xs.length > 1 ? i : undefined);
    if (typeof r !== "number") return r;
  }
  return null;
}

/** Marker for "a range where a single value was expected". */
class Multi {}
const MULTI = new Multi();

/** A 1×1 range is its value; a larger range is MULTI. */
function single(raw: unknown): unknown {
  if (!Array.isArray(raw)) return raw;
  if (raw.length !== 1) return raw.length === 0 ? null : MULTI;
  const row: unknown = raw[0];
  if (!Array.isArray(row)) return row;
  if (row.length !== 1) return row.length === 0 ? null : MULTI;
  return row[0];
}

/**
 * The value inside a data-type object (formatted number, entity with a basic value),
 * which Excel may pass to a parameter of type any.
 */
function basicValue(v: unknown): unknown {
  if (v !== null && typeof v === "object" && !Array.isArray(v) && "basicValue" in v) {
    return (v as { basicValue: unknown }).basicValue;
  }
  return v;
}

/**
 * One raw value to a number, then bounds. Blank: the default of an optional parameter,
 * otherwise 0 (as in Excel arithmetic, so a blank divisor is #DIV/0!, not a different
 * error on platforms that pass blank as null rather than 0).
 */
export function coerceNumber(spec: NumberSpec, raw: unknown, index?: number): number | SalesError {
  if (typeof raw === "number") {
    // The common case, first.
    return raw === 0 && spec.zeroIsBlank && spec.default !== undefined ? spec.default : checkNumber(spec, raw, index);
  }
  let v = basicValue(single(raw));
  if (v instanceof Multi) return fail("#VALUE!", "arg.notSingle", { arg: spec.name });
  if (isBlank(v, "blank")) {
    if (spec.default !== undefined) return spec.default;
    v = 0;
  }
  if (typeof v === "string") {
    const n = parseNumber(v);
    if (n === null) return fail("#VALUE!", "arg.notNumber", rangeParams(spec, index, v));
    v = n;
  }
  if (typeof v !== "number") return fail("#VALUE!", "arg.notNumber", rangeParams(spec, index, v));
  if (v === 0 && spec.zeroIsBlank && spec.default !== undefined) return spec.default;
  return checkNumber(spec, v, index);
}

// ---- other scalars ----------------------------------------------------------------------

/** Whether an argument is omitted or blank (also inside a 1×1 range or a data-type value). */
export function isBlankArg(raw: unknown): boolean {
  return isBlank(basicValue(single(raw)), "blank");
}

/** TRUE/FALSE; also 1/0 and the text "TRUE"/"FALSE", as Excel coerces logical arguments. */
export function coerceBoolean(name: string, raw: unknown, fallback: boolean): boolean | SalesError {
  const v = basicValue(single(raw));
  if (v instanceof Multi) return fail("#VALUE!", "arg.notSingle", { arg: name });
  if (isBlank(v, "blank")) return fallback;
  if (typeof v === "boolean") return v;
  if (typeof v === "number" && Number.isFinite(v)) return v !== 0;
  if (typeof v === "string") {
    const t = v.trim().toUpperCase();
    if (t === "TRUE") return true;
    if (t === "FALSE") return false;
  }
  return fail("#VALUE!", "arg.notBoolean", { arg: name, value: showValue(v) });
}

/** Non-blank text; a number is taken as its text, as Excel does for text arguments. */
export function coerceText(name: string, raw: unknown, key: ErrorKey = "arg.notText"): string | SalesError {
  const v = basicValue(single(raw));
  if (v instanceof Multi) return fail("#VALUE!", "arg.notSingle", { arg: name });
  if (typeof v === "string" && v.trim() !== "") return v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return fail("#VALUE!", key, { arg: name });
}

/**
 * A name-or-number argument (a funnel stage): text or a number, null when blank. Anything
 * else is taken as its text (TRUE → "TRUE"), so the lookup reports it as unknown.
 */
export function coerceStage(name: string, raw: unknown): string | number | null | SalesError {
  const v = basicValue(single(raw));
  if (v instanceof Multi) return fail("#VALUE!", "arg.notSingle", { arg: name });
  if (isBlank(v, "blank")) return null;
  if (typeof v === "string" || typeof v === "number") return v;
  return showValue(v);
}

// ---- ranges -----------------------------------------------------------------------------

export type Matrix = readonly (readonly unknown[])[];

/** Any argument as rows of cells: a scalar is 1×1, a flat list is one row. */
export function asMatrix(raw: unknown): Matrix {
  if (!Array.isArray(raw)) return [[raw]];
  if (raw.length === 0) return [[null]];
  for (let i = 0; i < raw.length; i++) if (!Array.isArray(raw[i])) return [raw];
  return raw as readonly (readonly unknown[])[];
}

export function isSingleCell(m: Matrix): boolean {
  return m.length === 1 && m[0].length === 1;
}

/** All cells row by row (ragged rows are taken as they come). */
export function cells(m: Matrix): unknown[] {
  const out: unknown[] = [];
  for (const row of m) for (const c of row) out.push(c);
  return out;
}

/** One row or one column as a flat list; anything wider is an error naming the argument. */
export function line(name: string, m: Matrix): unknown[] | SalesError {
  if (m.length === 1) return m[0].slice();
  if (m.every((row) => row.length === 1)) return m.map((row) => row[0]);
  return fail("#VALUE!", "arg.notLine", { arg: name, rows: m.length, cols: m[0]?.length ?? 0 });
}

/**
 * Every cell as a number; `blank` says what a blank cell (null, "" or, on some
 * platforms, 0) means: 0, or "skip" (left out; only null and "" can be told apart).
 */
export function coerceNumbers(spec: NumberSpec, values: readonly unknown[], blank: "zero" | "skip"): number[] | SalesError {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const raw = values[i];
    if (typeof raw === "number") {
      const n = checkNumber(spec, raw, i);
      if (typeof n !== "number") return n;
      out.push(n);
      continue;
    }
    const v = basicValue(raw);
    if (isBlank(v, "blank")) {
      if (blank === "zero") out.push(0);
      continue;
    }
    const n = coerceNumber(spec, v, i);
    if (typeof n !== "number") return n;
    out.push(n);
  }
  return out;
}
