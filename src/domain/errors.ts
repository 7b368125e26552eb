/**
 * Spreadsheet errors as values.
 *
 * Bad input is not exceptional in a spreadsheet: the domain functions *return* a
 * `SalesError` (an Excel error code plus a message key from the catalog in
 * src/i18n/errors.ts), and the custom-function wrappers turn it into
 * `CustomFunctions.Error`. Programmer errors (bugs) are thrown as ordinary exceptions.
 */
import { format, type Locale } from "../i18n/locale";
import { MESSAGES, type MessageKey } from "../i18n/errors";

/** The Excel errors our functions return. Custom messages only show with #VALUE! and #N/A. */
export type ErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

export type ErrorParams = Record<string, string | number>;

export class SalesError {
  constructor(
    readonly code: ErrorCode,
    /** A key of MESSAGES in src/i18n/errors.ts. */
    readonly key: string,
    readonly params: ErrorParams = {},
  ) {}
}

export function isSalesError(x: unknown): x is SalesError {
  return typeof x === "object" && x !== null && x instanceof SalesError;
}

/** A SalesError whose key is checked against the catalog at compile time. */
export function fail(code: ErrorCode, key: MessageKey, params: ErrorParams = {}): SalesError {
  return new SalesError(code, key, params);
}

function lookup(key: string, locale: Locale): string | undefined {
  const entry = (MESSAGES as Readonly<Record<string, Record<Locale, string> | undefined>>)[key];
  return entry ? entry[locale] : undefined;
}

/**
 * Parameters for one language: a parameter `name@zh-CN` (say) replaces `name` in zh-CN,
 * for values that are words rather than numbers (e.g. a list of stage names).
 */
function localParams(params: ErrorParams, locale: Locale): ErrorParams {
  const suffix = "@" + locale;
  let out = params;
  for (const k of Object.keys(params)) {
    if (k.endsWith(suffix)) {
      if (out === params) out = { ...params };
      out[k.slice(0, -suffix.length)] = params[k];
    }
  }
  return out;
}

/**
 * The localized message: names the argument and its valid range. A `range` parameter
 * that is itself a catalog key (e.g. "range.between") is rendered first, with the same
 * parameters, and substituted as {range}.
 */
export function errorMessage(e: SalesError, locale: Locale): string {
  let params = localParams(e.params, locale);
  const range = params.range;
  if (typeof range === "string" && range.startsWith("range.")) {
    const rendered = lookup(range, locale);
    if (rendered !== undefined) params = { ...params, range: format(rendered, params) };
  }
  const template = lookup(e.key, locale);
  if (template === undefined) {
    return format(lookup("internal.error", locale) ?? "Unexpected error ({fn}).", { fn: e.key });
  }
  return format(template, params);
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
