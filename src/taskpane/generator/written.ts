/**
 * What a write did, in the user's language: sheets created or updated (and typed values kept),
 * or the re-plan's new daily rate; then what it could not do as asked (features this Excel
 * lacks, formatting that failed). Only the write actions (./actions) use it, so it loads with
 * them; the outcome carries it, and the outcome bar calls it with the pane's current language.
 */
import type { HostFeature, WriteResult } from "../../hosts/host";
import type { ReplanResult } from "../../domain/replan";
import { format, type Locale } from "../../i18n/locale";
import type { UiStrings } from "../../i18n/ui";
import { formatNumber, joinList } from "../format";
import { describeMigration } from "../log/migration";

const FEATURE_KEY: Record<HostFeature, keyof UiStrings> = {
  dataValidation: "featureDataValidation",
  pageSetup: "featurePageSetup",
  notes: "featureNotes",
};

/** A write's result, and for a re-plan its figures and the sprint target. */
export interface Written {
  result: WriteResult;
  replan?: ReplanResult;
  target?: number;
}

/** What a write did (created, updated, re-planned), then what it could not do as asked. */
export function writtenLines(outcome: Written, t: UiStrings, locale: Locale): string[] {
  const n = (x: number): string => formatNumber(x, locale);
  const r = outcome.result;
  const lines: string[] = [];
  const rp = outcome.replan;
  if (rp) {
    const params = {
      date: rp.changeDate,
      day: rp.fromDay,
      actual: n(rp.actualBefore),
      remaining: n(rp.remaining),
      days: rp.remainingWorkingDays,
      rate: rp.dailyRate === null ? "-" : n(Math.round(rp.dailyRate)),
      was: rp.originalDailyRate === null ? "-" : n(Math.round(rp.originalDailyRate)),
      target: n(outcome.target ?? 0),
    };
    lines.push(
      rp.remaining === 0 ? format(t.replanReached, params) : rp.remainingWorkingDays === 0 ? format(t.replanNoDaysLeft, params) : format(t.replanDone, params),
    );
  } else {
    const created = r.sheets.filter((s) => s.created).length;
    const kept = r.sheets.reduce((a, s) => a + s.keptInputs, 0);
    lines.push(r.mode === "update" ? format(t.successUpdated, { count: r.sheets.length, kept }) : format(t.successCreated, { count: created }));
    // An update of a workbook made before the daily log: where its typed actuals went.
    if (r.migration) lines.push(...describeMigration(r.migration, locale));
  }
  const degraded = r.warnings
    .filter((w) => w.code === "Degraded")
    .map((w) => {
      const key = FEATURE_KEY[w.params.feature as HostFeature];
      return key ? t[key] : String(w.params.feature);
    });
  if (degraded.length > 0) lines.push(format(t.warnDegraded, { features: joinList(degraded, locale) }));
  for (const w of r.warnings.filter((x) => x.code === "CosmeticFailed")) lines.push(format(t.warnCosmetic, { message: String(w.params.message ?? "") }));
  for (const w of r.warnings.filter((x) => x.code === "NamesScoped")) lines.push(format(t.warnNamesScoped, { names: String(w.params.names), sheets: String(w.params.sheets) }));
  return lines;
}
