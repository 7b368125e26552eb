/**
 * What a data validation of the spec (./spec.ts `ValidationSpec`) means in Excel's own terms,
 * decided once for every writer: the Excel host sends it through Office.js
 * (src/hosts/excel/apply.ts), the .xlsx writer writes it into the file's XML
 * (src/xlsx/validations.ts), and test/xlsx/validations.test.ts holds the two to each other.
 *
 * Bounds are formulas without "=" as the file format stores them: a number (`"0"`), a defined
 * name or a formula (`"SprintStart+SprintDays-1"`). A date bound is a date's serial number or a
 * formula that yields one; never a JavaScript date.
 */
import type { ValidationSpec } from "./spec";

/** Excel's limits on the texts of a validation: longer ones are refused, so every writer clips them. */
export const VALIDATION_TEXT_MAX = { errorTitle: 32, error: 225, prompt: 255 } as const;

export function clipText(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max);
}

/** The comparisons the spec's validations use (the file format's names). */
export type ValidationOperator = "between" | "greaterThanOrEqual" | "lessThanOrEqual";

export interface ValidationBounds {
  operator: ValidationOperator;
  formula1: string;
  /** With "between" only. */
  formula2?: string;
}

/** 1900-01-01, Excel's first date: a start date "any real date" is at least this. */
export const FIRST_DATE_SERIAL = 1;

/** The largest magnitude a "decimal" validation without bounds allows either way. */
const OPEN_DECIMAL = "9.99E+307";

/** A number as a formula's text: plain digits, no grouping, exponent only where JavaScript needs one. */
function numberText(n: number): string {
  return String(n).toUpperCase();
}

/** Operator and bounds of a numeric or date validation. */
export function validationBounds(v: Extract<ValidationSpec, { kind: "whole" | "decimal" | "date" }>): ValidationBounds {
  const [min, max] = v.kind === "date" ? [v.minFormula, v.maxFormula] : [v.min === undefined ? undefined : numberText(v.min), v.max === undefined ? undefined : numberText(v.max)];
  if (min !== undefined && max !== undefined) return { operator: "between", formula1: min, formula2: max };
  if (min !== undefined) return { operator: "greaterThanOrEqual", formula1: min };
  if (max !== undefined) return { operator: "lessThanOrEqual", formula1: max };
  // No bounds: any date (from Excel's first), or any number.
  if (v.kind === "date") return { operator: "greaterThanOrEqual", formula1: numberText(FIRST_DATE_SERIAL) };
  return { operator: "between", formula1: `-${OPEN_DECIMAL}`, formula2: OPEN_DECIMAL };
}

/**
 * A list validation's items as the file format's formula: the items in double quotes, comma
 * separated (a quote inside an item doubled), or the source range.
 */
export function listFormula(v: Extract<ValidationSpec, { kind: "list" | "listRange" }>): string {
  return v.kind === "listRange" ? v.source : `"${v.values.map((x) => x.replace(/"/g, '""')).join(",")}"`;
}
