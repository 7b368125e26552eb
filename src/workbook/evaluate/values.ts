/**
 * Values of the formula evaluator (src/workbook/evaluate) and Excel's coercion rules for them.
 *
 * A cell holds a `Scalar`: a number, a text, a boolean, an error, or `null` for a blank cell.
 * While a formula runs, a value may also be a reference (`RefValue`: functions such as SUM,
 * COUNT, INDEX and SUMIF treat referenced cells differently from typed values) or an array
 * (`ArrayValue`: element-wise results inside SUMPRODUCT).
 */

/** Thrown for a formula the evaluator cannot compute (an unknown function, a cycle, a name or number format it does not know). */
export class EvaluateError extends Error {}

export type XlErrorCode = "#DIV/0!" | "#N/A" | "#VALUE!" | "#REF!" | "#NAME?" | "#NUM!" | "#NULL!";

/** An Excel error value such as `#DIV/0!`; it propagates through operators and most functions. */
export class XlError {
  constructor(readonly code: XlErrorCode) {}
}

export const ERR = {
  div0: new XlError("#DIV/0!"),
  na: new XlError("#N/A"),
  value: new XlError("#VALUE!"),
  ref: new XlError("#REF!"),
  num: new XlError("#NUM!"),
} as const;

export type Scalar = number | string | boolean | XlError | null;

/** A rectangle of cells on a sheet (rows and columns 1-based, inclusive). */
export interface RefValue {
  kind: "ref";
  sheet: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A rectangle of values, row-major: the value at row i, column j (0-based) is `values[i * cols + j]`.
 * A compact grid (`filled` set) holds its first `filled` values; every later one is `tail`: a
 * range's rows below the sheet's last filled row are blank, and element-wise results over them are
 * one value, computed once (an empty 10,000-row log costs nothing inside SUMPRODUCT).
 */
export interface Grid {
  readonly rows: number;
  readonly cols: number;
  readonly values: readonly Scalar[];
  /** How many leading values may differ from `tail` (values.length ≥ filled); unset: all of them. */
  readonly filled?: number;
  readonly tail?: Scalar;
}

/** The value at index k of a grid, compact or not. */
export function valueAt(g: Grid, k: number): Scalar {
  return g.filled === undefined || k < g.filled ? g.values[k] : (g.tail ?? null);
}

/** A grid with every value present (a compact one expanded). */
export function expanded(g: Grid): Grid {
  const n = g.rows * g.cols;
  if (g.filled === undefined || g.values.length >= n) return g;
  const values = g.values.slice(0, g.filled);
  for (let k = g.filled; k < n; k++) values.push(g.tail ?? null);
  return { rows: g.rows, cols: g.cols, values };
}

/** Element-wise results inside SUMPRODUCT. */
export interface ArrayValue extends Grid {
  kind: "array";
}

export type Value = Scalar | RefValue | ArrayValue;

export const isError = (v: unknown): v is XlError => v instanceof XlError;
export const isRef = (v: Value): v is RefValue => v !== null && typeof v === "object" && "kind" in v && v.kind === "ref";
export const isArray = (v: Value): v is ArrayValue => v !== null && typeof v === "object" && "kind" in v && v.kind === "array";

/** Text to number as Excel reads a typed number ("12", " 1.5e3 ", "50%"); null when it is not one. */
export function textToNumber(s: string): number | null {
  const t = s.trim();
  if (t === "") return null;
  const pct = t.endsWith("%");
  const body = pct ? t.slice(0, -1) : t;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(body)) return null;
  const n = Number(body);
  return pct ? n / 100 : n;
}

/** A scalar as a number for arithmetic: blank 0, TRUE 1, numeric text its number, other text #VALUE!. */
export function toNumber(v: Scalar): number | XlError {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") return textToNumber(v) ?? ERR.value;
  return v;
}

/** A scalar as a condition (IF, AND, OR): numbers ≠ 0 are TRUE, "TRUE"/"FALSE" text too, other text #VALUE!. */
export function toBool(v: Scalar): boolean | XlError {
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") {
    const u = v.toUpperCase();
    if (u === "TRUE") return true;
    if (u === "FALSE") return false;
    return ERR.value;
  }
  return v;
}

/** A number as Excel's General format shows it in text (`&`): at most 15 significant digits. */
export function numberToText(n: number): string {
  if (n === 0) return "0";
  const r = Number(n.toPrecision(15));
  const a = Math.abs(r);
  if (a >= 1e-9 && a < 1e21) {
    // Plain decimal notation without a trailing exponent.
    const s = String(r);
    if (!/e/i.test(s)) return s;
    return r.toFixed(20).replace(/\.?0+$/, "");
  }
  return r
    .toExponential()
    .replace(/\.?0+e/, "e")
    .replace("e", "E")
    .replace(/E(\d)/, "E+$1")
    .replace(/E([+-])(\d)$/, "E$10$2");
}

/** A scalar as text (`&`, TEXT of a text): blank "", booleans "TRUE"/"FALSE". */
export function toText(v: Scalar): string | XlError {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return numberToText(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

/** Excel's order of types in comparisons: numbers < text < booleans. */
function rank(v: number | string | boolean): number {
  return typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2;
}

/** A blank compared with `other` takes its type: "" beside text, FALSE beside a boolean, else 0. */
function blankAs(other: Scalar): number | string | boolean {
  return typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
}

/**
 * Compare two scalars as Excel's `=`, `<` … do: a blank takes the other side's type (0, "",
 * FALSE), text compares case-insensitively. Returns <0, 0, >0, or the first error.
 */
export function compare(a: Scalar, b: Scalar): number | XlError {
  if (isError(a)) return a;
  if (isError(b)) return b;
  const x = a === null ? blankAs(b) : a;
  const y = b === null ? blankAs(a) : b;
  const rx = rank(x);
  const ry = rank(y);
  if (rx !== ry) return rx - ry;
  if (typeof x === "number" && typeof y === "number") return x === y ? 0 : x < y ? -1 : 1;
  if (typeof x === "string" && typeof y === "string") {
    const lx = x.toLowerCase();
    const ly = y.toLowerCase();
    return lx === ly ? 0 : lx < ly ? -1 : 1;
  }
  return Number(x) - Number(y);
}

/**
 * Round half away from zero to `digits` decimals, as Excel's ROUND does. The scaled value is
 * first cut to 15 significant digits, so 2.675 (stored as 2.67499999…) rounds to 2.68 as in Excel.
 */
export function roundHalfAway(x: number, digits: number, mode: "round" | "up" | "down" = "round"): number {
  const d = Math.trunc(digits);
  const scale = Math.pow(10, Math.abs(d));
  const a = Math.abs(x);
  const scaled = Number((d >= 0 ? a * scale : a / scale).toPrecision(15));
  const r = mode === "round" ? Math.floor(scaled + 0.5) : mode === "up" ? Math.ceil(scaled) : Math.floor(scaled);
  const back = d >= 0 ? r / scale : r * scale;
  return x < 0 ? -back : back;
}
