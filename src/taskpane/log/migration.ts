/**
 * What an update moved from a workbook made before the daily log, for the generator's success
 * message: the team's typed days now in the log, and the owners' opening figures. Worded here,
 * with the log's strings; the generator's write outcome (../generator/written.ts) shows it.
 */
import { format, type Locale } from "../../i18n/locale";
import { logUi } from "../../i18n/logUi";
import { runSheetStrings } from "../../i18n/runSheets";
import type { MigrationSummary } from "../../workbook/migrate";
import { formatNumber, joinList } from "../format";

export function describeMigration(m: MigrationSummary, locale: Locale): string[] {
  const t = logUi(locale);
  const out: string[] = [];
  if (m.teamDays > 0) {
    out.push(format(t.migrated, { days: m.teamDays, cells: m.cells, sheet: m.logSheet, first: m.firstRow, last: m.lastRow, team: runSheetStrings(locale).teamOwner }));
  }
  if (m.openingFigures.length > 0) {
    out.push(format(t.migratedOpening, { owners: joinList(m.openingFigures.map((o) => `${o.owner} ${formatNumber(o.value, locale, 2)}`), locale) }));
  }
  return out;
}
