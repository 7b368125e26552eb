/**
 * Text-level helpers for what goes into and comes out of cells: constants that must stay
 * text. Pure; no Office calls. (Sheet-qualified references are src/workbook/a1.ts; formulas
 * themselves are read by the one tokenizer, src/workbook/formula.ts.)
 */
import type { CellConstant, CellSpec } from "../../workbook/spec";

/**
 * Would Excel reinterpret this string if it were typed into a cell? Formulas (`=`, `+`,
 * `-`, `@`), a leading apostrophe, error literals (`#N/A`), TRUE/FALSE, and anything with a
 * digit (numbers, dates, times, percentages, "3月5日" in a Chinese Excel) are guarded;
 * ordinary labels are not.
 */
export function needsTextGuard(s: string): boolean {
  if (s === "") return false;
  if (/^[=+\-@'#]/.test(s)) return true;
  if (/^\s*(true|false)\s*$/i.test(s)) return true;
  return /[0-9\uff10-\uff19]/.test(s);
}

/**
 * A string constant as Excel must receive it to store exactly that text: a leading
 * apostrophe is Excel's "this is text" prefix (not part of the value; `values` and
 * `formulas` read it back without it).
 */
export function textInput(s: string): string {
  return needsTextGuard(s) ? `'${s}` : s;
}

/** A spec constant -> the value to put in a `formulas` 2-D array. */
export function constantInput(v: CellConstant | undefined): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return textInput(v);
  if (typeof v === "number" && !Number.isFinite(v)) throw new RangeError(`not a finite number: ${v}`);
  return v;
}

/** A spec cell -> its `formulas` entry ("=" + formula, or the constant). */
export function cellInput(cell: CellSpec): string | number | boolean {
  if (cell.f !== undefined) return `=${cell.f}`;
  return constantInput(cell.v);
}
