/**
 * Spreadsheet errors as values.
 *
 * Bad input is not exceptional in a spreadsheet: the domain functions *return* a
 * `SalesError` (an Excel error code plus a message key of ./errorKeys.ts and its parameters);
 * the words are in the catalog src/i18n/errors.ts, and the custom-function wrappers render
 * them (errorMessage) into `CustomFunctions.Error`. Programmer errors (bugs) are thrown as ordinary exceptions.
 */
import type { ErrorKey } from "./errorKeys";

export type { ErrorKey };

/** The Excel errors our functions return. Custom messages only show with #VALUE! and #N/A. */
export type ErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

export type ErrorParams = Record<string, string | number>;

export class SalesError {
  constructor(
    readonly code: ErrorCode,
    /** An ErrorKey (./errorKeys.ts); any string, so a missing catalog entry can be tested. */
    readonly key: string,
    readonly params: ErrorParams = {},
  ) {}
}

export function isSalesError(x: unknown): x is SalesError {
  return typeof x === "object" && x !== null && x instanceof SalesError;
}

/** A SalesError whose key is checked against the catalog at compile time. */
export function fail(code: ErrorCode, key: ErrorKey, params: ErrorParams = {}): SalesError {
  return new SalesError(code, key, params);
}

/** Numbers in messages: whole numbers of 10,000 or more get thousands separators. */
export function showNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) >= 10000) {
    const s = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return n < 0 ? "-" + s : s;
  }
  return String(n);
}

/** How a raw argument value is quoted in a message (truncated, so a long text stays readable). */
export function showValue(v: unknown): string {
  if (typeof v === "number") return showNumber(v);
  if (typeof v === "string") return v.length > 40 ? v.slice(0, 37) + "..." : v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v === null || v === undefined) return "";
  return Object.prototype.toString.call(v);
}
