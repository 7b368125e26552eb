/**
 * What the daily-log tab needs from the workbook, and the words it shows (docs/using.md "Record
 * a day / Import reports"): the log's place (a `LogTarget`) and the plan's owners and days,
 * from the pane's saved inputs; the record form's checks; messages for results, skipped rows
 * and a migration. Pure (no React, no host calls).
 */
import { format, LOCALES, type Locale } from "../../i18n/locale";
import { logUi, type LogUiStrings } from "../../i18n/logUi";
import { runSheetStrings } from "../../i18n/runSheets";
import { isoToSerial, serialToIso } from "../../domain/dates";
import { checkMetric, type Report } from "../../domain/reports";
import { SPRINT_METRICS, type SprintMetric } from "../../domain/vocabulary";
import type { ParsedReports, SkipReason } from "../../domain/reportImport";
import type { HostContext, LogTarget } from "../../hosts/host";
import type { MigrationSummary } from "../../workbook/migrate";
import { LOG_COLUMNS, LOG_ROWS, workbookLayout } from "../../workbook/layout";
import { FMT } from "../../workbook/kit";
import { checkForm, defaultForm, restoreForm, todayIso } from "../generator/form";

export interface LogSetup {
  target: LogTarget;
  /** The plan's owners, then the team owner (团队 / 團隊 / Team). */
  owners: string[];
  teamOwner: string;
  startSerial: number;
  endSerial: number;
}

export type SetupResult = { ok: true; setup: LogSetup } | { ok: false; message: string };

/** The log of the plan saved in this workbook, or why the tab cannot record yet. */
export function logSetup(ctx: HostContext, locale: Locale, now: Date): SetupResult {
  const t = logUi(locale);
  const form = restoreForm(ctx.savedInputs, defaultForm(now));
  const check = form ? checkForm(form, locale) : null;
  if (!check || !check.ok) return { ok: false, message: t.noPlan };
  const plan = check.plan;
  const layout = workbookLayout(plan);
  // The log's name as generated in the plan's language (a copy's log is "日报 (2)").
  const recorded = ctx.planSheets.find((s) => s.key === "log");
  const sheet = recorded?.name ?? ctx.sheetNames.find((n) => n.toLowerCase() === layout.sheetNames.log.toLowerCase());
  if (!sheet) return { ok: false, message: format(t.noLog, { sheet: layout.sheetNames.log }) };
  const columns = Object.fromEntries(LOG_COLUMNS.map((k) => [k, layout.log.col[k]])) as LogTarget["columns"];
  // The team owner in the workbook's language: the one whose log name the sheet carries.
  const base = sheet.replace(/ \(\d+\)$/, "").toLowerCase();
  const sheetLocale = LOCALES.find((l) => runSheetStrings(l).sheetNames.log.toLowerCase() === base) ?? plan.inputs.locale;
  const teamOwner = runSheetStrings(sheetLocale).teamOwner;
  const startSerial = plan.inputs.startSerial;
  return {
    ok: true,
    setup: {
      target: { sheet, headerRow: LOG_ROWS.headerRow, columns, lastRow: LOG_ROWS.lastRow, dateFormat: FMT.date },
      owners: [...plan.owners.map((o) => o.name), teamOwner],
      teamOwner,
      startSerial,
      endSerial: startSerial + plan.inputs.days - 1,
    },
  };
}

/** Today (local calendar day) clamped to the sprint, as ISO, and whether it was clamped. */
export function defaultDate(setup: Pick<LogSetup, "startSerial" | "endSerial">, now: Date): { iso: string; clamped: boolean } {
  const today = isoToSerial(todayIso(now)) ?? setup.startSerial;
  const serial = Math.min(setup.endSerial, Math.max(setup.startSerial, today));
  return { iso: serialToIso(serial), clamped: serial !== today };
}

export interface RecordForm {
  owner: string;
  date: string;
  values: Record<SprintMetric, string>;
  note: string;
}

export function emptyRecord(owner: string, date: string): RecordForm {
  return { owner, date, values: Object.fromEntries(SPRINT_METRICS.map((m) => [m, ""])) as Record<SprintMetric, string>, note: "" };
}

export type RecordErrors = Partial<Record<"owner" | "date" | SprintMetric, string>>;

/** The form → a report, or a message per field in the user's language. */
export function checkRecord(form: RecordForm, setup: LogSetup, locale: Locale): { ok: true; report: Report } | { ok: false; errors: RecordErrors } {
  const t = logUi(locale);
  const errors: RecordErrors = {};
  if (form.owner.trim() === "") errors.owner = format(t.errRequired, { field: t.owner });
  const date = isoToSerial(form.date.trim());
  if (date === null || date < setup.startSerial || date > setup.endSerial) {
    errors.date = format(t.errDate, { from: serialToIso(setup.startSerial), to: serialToIso(setup.endSerial) });
  }
  const values = {} as Record<SprintMetric, number | null>;
  for (const m of SPRINT_METRICS) {
    const r = checkMetric(m, form.values[m]);
    if (r.ok) values[m] = r.value;
    else errors[m] = format(t.errNumber, { field: t.metrics[m], value: form.values[m].trim() });
  }
  if (Object.keys(errors).length > 0 || date === null) return { ok: false, errors };
  return { ok: true, report: { date, owner: form.owner.trim(), values, note: form.note.trim() } };
}

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

/** Lines describing what an import will do: skipped rows (first `max`), unknown owners, dates outside the sprint. */
export function importNotes(parsed: ParsedReports, t: LogUiStrings, locale: Locale, max = 8): string[] {
  const out: string[] = [];
  const sep = locale === "en" ? ", " : "、";
  if (parsed.skipped.length > 0) {
    out.push(format(t.importSkipped, { count: parsed.skipped.length }));
    for (const s of parsed.skipped.slice(0, max)) out.push(format(t.skipRow, { row: s.row, reason: skipReason(s.reason, t) }));
    if (parsed.skipped.length > max) out.push(format(t.skipMore, { count: parsed.skipped.length - max }));
  }
  if (parsed.unknownOwners.length > 0) out.push(format(t.unknownOwners, { names: parsed.unknownOwners.slice(0, 10).join(sep) }));
  if (parsed.outsideSprint.length > 0) out.push(format(t.outsideSprint, { count: parsed.outsideSprint.length }));
  return out;
}

/**
 * What an update moved from a workbook made before the log, for the generator's success
 * message (the pane says what it moved).
 */
export function describeMigration(m: MigrationSummary, locale: Locale): string[] {
  const t = logUi(locale);
  const out: string[] = [];
  if (m.teamDays > 0) {
    out.push(format(t.migrated, { days: m.teamDays, cells: m.cells, sheet: m.logSheet, first: m.firstRow, last: m.lastRow, team: runSheetStrings(locale).teamOwner }));
  }
  if (m.openingFigures.length > 0) {
    const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const sep = locale === "en" ? ", " : "、";
    out.push(format(t.migratedOpening, { owners: m.openingFigures.map((o) => `${o.owner} ${nf.format(o.value)}`).join(sep) }));
  }
  return out;
}
