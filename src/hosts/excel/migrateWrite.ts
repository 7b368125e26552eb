/**
 * The write planner's side of updating a workbook made before the daily log
 * (src/workbook/migrate.ts has the rules): from what the first round trip read, the log rows
 * to add, the old sprint-sheet cells they come from (so update does not refuse them as lost
 * input) and the summary the pane shows. Pure. It is part of the Excel host, which the pane
 * loads at start: it reads the log's place from the spec (src/workbook/layout.ts LOG_ROWS:
 * the log's blocks end at its header, reports follow for LOG_DATA_ROWS rows) rather than
 * importing the layout, and its words come from the small ../../i18n/logTab.
 */
import { migrateV1, type LogPlace, type MigrationSummary } from "../../workbook/migrate";
import { colLetter, parseCell, rangeAddress } from "../../workbook/a1";
import type { SheetSpec, WorkbookSpec } from "../../workbook/spec";
import { REPORT_FIELDS } from "../../domain/reports";
import { LOG_DATA_ROWS } from "../../domain/run";
import { runSheetStrings } from "../../i18n/runSheets";
import { MIGRATED_NOTE } from "../../i18n/logTab";
import { textInput } from "./formulas";
import type { Op, ReadState } from "./plan";

export interface PlannedMigration {
  /** By lower-cased sheet name: cells (A1) whose typed numbers moved and may be overwritten. */
  claimed: Map<string, Set<string>>;
  ops: Op[];
  summary: MigrationSummary;
}

function inputCells(sheet: SheetSpec | undefined): Set<string> {
  const out = new Set<string>();
  for (const b of sheet?.blocks ?? []) {
    const o = parseCell(b.at);
    b.cells.forEach((row, r) => row.forEach((c, j) => c.input && out.add(`${colLetter(o.col + j)}${o.row + r}`)));
  }
  return out;
}

/** The value of the spec's cell a defined name points at (the new plan's start), or null. */
function namedValue(spec: WorkbookSpec, name: string): unknown {
  const n = spec.names.find((x) => x.name === name);
  const m = n ? /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/.exec(n.ref) : null;
  if (!m) return null;
  const sheet = spec.sheets.find((s) => s.name === (m[1] ?? m[2]).replace(/''/g, "'"));
  for (const b of sheet?.blocks ?? []) {
    const o = parseCell(b.at);
    const cell = b.cells[Number(m[4]) - o.row]?.[parseCell(`${m[3]}1`).col - o.col];
    if (cell) return cell.v ?? null;
  }
  return null;
}

/** Update mode: the migration of a v1 workbook, or null when there is nothing to move. */
export function planMigration(spec: WorkbookSpec, state: ReadState): PlannedMigration | null {
  const byKey = (k: SheetSpec["key"]): SheetSpec | undefined => spec.sheets.find((s) => s.key === k);
  const sprint = byKey("sprint");
  const log = byKey("log");
  if (!sprint || !log) return null;
  const old = state.contents.get(sprint.name.toLowerCase());
  if (!old) return null;
  // The log's columns follow REPORT_FIELDS from A (src/workbook/layout.ts LOG_COLUMNS).
  const columns = Object.fromEntries(REPORT_FIELDS.map((k, i) => [k, colLetter(i + 1)])) as LogPlace["columns"];
  const headerRow = Math.max(...log.blocks.map((b) => parseCell(b.at).row + b.cells.length - 1));
  const firstRow = headerRow + 1;
  const targets = byKey("targets");
  const inputs = byKey("inputs");
  const start = namedValue(spec, "SprintStart");
  const m = migrateV1({
    sprint: old,
    newSprintInputs: inputCells(sprint),
    targets: targets ? state.contents.get(targets.name.toLowerCase()) : undefined,
    newTargetInputs: inputCells(targets),
    inputs: inputs ? state.contents.get(inputs.name.toLowerCase()) : undefined,
    fallbackStart: typeof start === "number" ? start : 0,
    log: { sheet: log.name, columns, firstRow, lastRow: firstRow + LOG_DATA_ROWS - 1 },
    logContents: state.contents.get(log.name.toLowerCase()),
    teamOwner: runSheetStrings(spec.locale).teamOwner,
    note: MIGRATED_NOTE[spec.locale],
  });
  if (!m) return null;
  const ops: Op[] = [];
  const { top, left, data } = m.rows;
  if (data.length > 0) {
    const right = left + data[0].length - 1;
    const bottom = top + data.length - 1;
    // Text stays text (a note with digits); a formula the team typed stays a formula.
    const guarded = data.map((line) => line.map((v) => (typeof v === "string" && !v.startsWith("=") ? textInput(v) : v)));
    ops.push({ t: "formulas", sheet: log.name, address: rangeAddress({ top, left, bottom, right }), data: guarded });
    const dateCol = parseCell(`${m.dateColumn}1`).col;
    // The date format of the log's date cells (src/workbook/kit.ts FMT.date).
    ops.push({ t: "numberFormat", sheet: log.name, address: rangeAddress({ top, left: dateCol, bottom, right: dateCol }), data: data.map(() => ["yyyy-mm-dd"]) });
  }
  return { claimed: new Map([[sprint.name.toLowerCase(), m.claimed]]), ops, summary: m.summary };
}
