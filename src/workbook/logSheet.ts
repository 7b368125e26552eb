/**
 * The daily log (日报, docs/using.md "Running the sprint day by day"): one row per report, date,
 * owner, the seven daily figures and a note. The add-in writes the title, the hint and the
 * header; report rows are the team's (LOG_ROWS in ./layout). The sprint sheet sums the log
 * per date, the target table and the board per owner.
 *
 * Owner cells offer the target table's owners; dates are checked against the sprint. Both
 * are warnings, not stops, so a pasted CRM export is never refused row by row. Two reports
 * with the same date and owner are highlighted, never dropped.
 */
import { SPRINT_METRICS, type SprintMetric } from "../domain/vocabulary";
import type { SprintPlan } from "../domain/sprint";
import type { CellSpec, SheetSpec } from "./spec";
import { LOG_COLUMNS, type LogColumnKey, type WorkbookLayout } from "./layout";
import { EMPTY, fitWidth, FMT, LOOK, moneyFormat, SheetDraft, STYLE, text } from "./kit";

const isMetric = (k: LogColumnKey): k is SprintMetric => (SPRINT_METRICS as readonly string[]).includes(k);

export function buildLogSheet(plan: SprintPlan, L: WorkbookLayout): SheetSpec {
  const s = L.strings;
  const r = L.run.log;
  const G = L.log;
  const c = G.col;
  const draft = new SheetDraft();
  const label = (k: LogColumnKey): string => (isMetric(k) ? s.sprint.metrics[k] : r[k]);
  const width = LOG_COLUMNS.length;
  const lastCol = c.note;
  const blank = (n: number): CellSpec[] => Array.from({ length: n }, () => EMPTY);
  draft.block("A1", [
    [text(r.title, STYLE.title), ...blank(width - 1)],
    [text(r.hint, { ...STYLE.hint, wrap: true }), ...blank(width - 1)],
    LOG_COLUMNS.map((k) => text(label(k), STYLE.header)),
  ]);
  draft.merge(`A${G.titleRow}:${lastCol}${G.titleRow}`).merge(`A${G.hintRow}:${lastCol}${G.hintRow}`);
  draft.rowHeight(2 * 15 + 15, G.hintRow);

  const rows = (k: LogColumnKey): string => `${c[k]}${G.firstRow}:${c[k]}${G.lastRow}`;
  const owners = L.ref("targets", `${L.targets.col.owner}${L.targets.firstOwnerRow}:${L.targets.col.owner}${L.targets.lastOwnerRow}`);
  draft.validate(
    {
      kind: "listRange",
      range: rows("owner"),
      source: owners,
      allowBlank: true,
      errorStyle: "warning",
      errorTitle: s.validation.title,
      error: r.ownerError,
      prompt: r.ownerPrompt,
    },
    {
      kind: "date",
      range: rows("date"),
      minFormula: "SprintStart",
      maxFormula: "SprintStart+SprintDays-1",
      allowBlank: true,
      errorStyle: "warning",
      errorTitle: s.validation.title,
      error: r.dateError,
    },
  );
  // Same date and owner twice: both rows marked (date and owner cells).
  const first = G.firstRow;
  const d = `$${c.date}${first}`;
  const o = `$${c.owner}${first}`;
  draft.highlight(
    `${c.date}${first}:${c.owner}${G.lastRow}`,
    `AND(${d}<>"",${o}<>"",COUNTIFS(${G.rows("date")},${d},${G.rows("owner")},${o})>1)`,
    LOOK.yellow,
  );

  const ownerWidth = Math.min(30, fitWidth(14, r.owner, L.run.teamOwner, ...plan.owners.map((x) => x.name)));
  return draft.build({
    key: "log",
    name: L.sheetNames.log,
    tabColor: "#ED7D31",
    // Column formats: a report typed, pasted or recorded later shows a date, a whole count, revenue.
    columns: LOG_COLUMNS.map((k) => ({
      width: k === "date" ? 12 : k === "owner" ? ownerWidth : k === "note" ? 40 : fitWidth(k === "revenue" ? 14 : 10, label(k)),
      ...(k === "date" ? { numberFormat: FMT.date } : k === "revenue" ? { numberFormat: moneyFormat(plan.inputs.currency) } : isMetric(k) ? { numberFormat: FMT.count } : {}),
    })),
    freeze: { rows: G.headerRow, columns: 2 },
    // Only the filled report rows print: the writers format none of the 10,000 (validations
    // and conditional formats are not cell formats), so they are not part of the used cells
    // Excel and LibreOffice print. (A print area given as a formula would say so explicitly,
    // but LibreOffice ignores one and ExcelJS cannot read a file that has one.)
    print: { titleRows: `${G.headerRow}:${G.headerRow}` },
    entryRanges: [`A${G.firstRow}:${lastCol}${G.lastRow}`],
  });
}
