/**
 * Where the daily-log tab writes (docs/using.md "Record a day / Import reports"): the log's
 * place (a `LogTarget`) and the plan's owners and days, from the plan saved in the workbook
 * (../savedPlan.ts), and the day a new record starts on. Pure (no React, no host calls).
 */
import { format, LOCALES, type Locale } from "../../i18n/locale";
import { logUi } from "../../i18n/logUi";
import { runSheetStrings } from "../../i18n/runSheets";
import { serialToIso, todayWithin } from "../../domain/dates";
import type { HostContext, LogTarget } from "../../hosts/host";
import { LOG_COLUMNS, LOG_ROWS, workbookLayout } from "../../workbook/layout";
import { FMT } from "../../workbook/kit";
import { readSavedPlan } from "../savedPlan";

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
  const plan = readSavedPlan(ctx.savedInputs, locale, now);
  if (!plan) return { ok: false, message: t.noPlan };
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
  const { serial, moved } = todayWithin(now, setup.startSerial, setup.endSerial);
  return { iso: serialToIso(serial), clamped: moved };
}
