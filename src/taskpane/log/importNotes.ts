/**
 * What an import of reports from the selection will do, in the user's language: why the
 * selection holds no reports, or which rows it skips (and why), which owners it does not know and
 * how many dates fall outside the sprint. Pure.
 */
import { format, type Locale } from "../../i18n/locale";
import type { LogUiStrings } from "../../i18n/logUi";
import type { ParsedReports, ParseResult, SkipReason } from "../../domain/reportImport";
import { joinList } from "../format";

export function skipReason(reason: SkipReason, t: LogUiStrings): string {
  switch (reason.code) {
    case "badDate":
      return format(t.reasons.badDate, { value: reason.value || "—" });
    case "noOwner":
      return t.reasons.noOwner;
    default:
      return format(t.reasons[reason.code], { field: t.metrics[reason.field], value: reason.value });
  }
}

/** Why the selection gave no reports: no header row naming the columns it needs, or no rows under it. */
export function noReportsMessage(result: Exclude<ParseResult, { ok: true }>, t: LogUiStrings, locale: Locale): string {
  return result.code === "noHeader" ? format(t.noHeader, { missing: joinList(result.missing.map((m) => t.missingField[m]), locale) }) : t.noRows;
}

/** Lines describing what an import will do: skipped rows (first `max`), unknown owners, dates outside the sprint. */
export function importNotes(parsed: ParsedReports, t: LogUiStrings, locale: Locale, max = 8): string[] {
  const out: string[] = [];
  if (parsed.skipped.length > 0) {
    out.push(format(t.importSkipped, { count: parsed.skipped.length }));
    for (const s of parsed.skipped.slice(0, max)) out.push(format(t.skipRow, { row: s.row, reason: skipReason(s.reason, t) }));
    if (parsed.skipped.length > max) out.push(format(t.skipMore, { count: parsed.skipped.length - max }));
  }
  if (parsed.unknownOwners.length > 0) out.push(format(t.unknownOwners, { names: joinList(parsed.unknownOwners.slice(0, 10), locale) }));
  if (parsed.outsideSprint.length > 0) out.push(format(t.outsideSprint, { count: parsed.outsideSprint.length }));
  return out;
}
