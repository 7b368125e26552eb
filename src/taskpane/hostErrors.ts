/**
 * Host errors → what the pane tells the user: the reason and what to do, in the user's language.
 *
 * - `source: "excel"`: Excel's own message (already in the user's Office language) and code, plus
 *   advice; never replaced by a generic text.
 * - `source: "host"`: the code is localized with its params.
 * - Anything else (a bug): "something unexpected" with the error's message.
 * A failed write also says whether its rollback removed the half-written sheets.
 */
import { format, type Locale } from "../i18n/locale";
import type { UiStrings } from "../i18n/ui";
import { isHostError } from "../hosts/host";
import { OFFICE_UNAVAILABLE } from "./offlineHost";
import { joinList } from "./format";

export interface ErrorView {
  /** The reason. */
  message: string;
  /** What to do, when there is more to say than the reason. */
  advice?: string;
  /** The write was refused because an update would lose or overwrite data: offer a copy. */
  offerCopy: boolean;
}

function param(params: Record<string, string | number>, key: string): string {
  const v = params[key];
  return v === undefined ? "" : String(v);
}

/** "a,b,c" (host params list names comma-separated) → "a、b、c" / "a, b, c". */
function list(value: string, locale: Locale): string {
  return joinList(
    value
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    locale,
  );
}

export function describeError(error: unknown, t: UiStrings, locale: Locale): ErrorView {
  if (isHostError(error)) {
    const p = error.params;
    const rollback =
      p.rollback === "done"
        ? t.rollbackDone
        : p.rollback === "failed"
          ? format(t.rollbackFailed, { message: param(p, "rollbackMessage") })
          : undefined;
    if (error.source === "excel") {
      const advice = error.code === "InvalidOperationInCellEditMode" ? t.cellEditMode : t.excelAdvice;
      return {
        message: format(t.errorExcel, { message: error.message, code: error.code }),
        advice: rollback ? `${rollback} ${advice}` : advice,
        offerCopy: false,
      };
    }
    const withRollback = (message: string, offerCopy = false): ErrorView => ({ message, advice: rollback, offerCopy });
    switch (error.code) {
      case "Unsupported":
        return withRollback(format(t.errUnsupported, { missing: list(param(p, "missing"), locale) }));
      case "SheetExists":
        return withRollback(format(t.errSheetExists, { sheets: list(param(p, "sheets"), locale) }));
      case "SheetNotFound":
        return withRollback(format(t.errSheetNotFound, { name: param(p, "name") }));
      case "UpdateWouldLoseInput":
        return withRollback(format(t.errLoseInput, { sheet: param(p, "sheet"), count: param(p, "count"), cells: param(p, "cells") }), true);
      case "UpdateWouldOverwrite":
        return withRollback(format(t.errOverwrite, { sheet: param(p, "sheet"), count: param(p, "count"), cells: param(p, "cells") }), true);
      case "InvalidSpec":
        return withRollback(format(t.errInvalidSpec, { detail: param(p, "detail") || error.message }));
      case OFFICE_UNAVAILABLE:
        return withRollback(t.officeUnavailable);
      case "Unexpected":
        return withRollback(format(t.errUnexpected, { message: param(p, "message") || error.message }));
      default:
        return withRollback(format(t.errUnexpected, { message: error.message || error.code }));
    }
  }
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  if (code === "InvalidOperationInCellEditMode") return { message: t.cellEditMode, offerCopy: false };
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : String(error);
  return { message: format(t.errUnexpected, { message: message || code }), offerCopy: false };
}
