/**
 * The write planner's side of updating a workbook made before the daily log
 * (src/workbook/migrate.ts has the rules): from what the first round trip read, the log rows
 * to add, the old sprint-sheet cells they come from (so update does not refuse them as lost
 * input) and the summary the pane shows. Pure and host-neutral: the Excel host and the preview both
 * use it. It reads the log's place from the spec (src/workbook/layout.ts LOG_ROWS:
 * the log's blocks end at its header, reports follow for LOG_DATA_ROWS rows) rather than
 * importing the layout, and its words too (WorkbookSpec.logWords): it imports no i18n.
 */
import { migrateV1, V1_LAYOUT, type LogPlace, type MigrationSummary } from "../../workbook/migrate";
import { cellAddress, colLetter, parseCell, rangeAddress, rectContains, splitSheetRef } from "../../workbook/a1";
import type { SheetSpec, WorkbookSpec } from "../../workbook/spec";
import { REPORT_FIELDS } from "../../domain/reports";
import { LOG_DATA_ROWS } from "../../domain/run";
import { textInput } from "./formulas";
import type { Op } from "./ops";
import { contentAt, type ExistingSheet, type ReadState } from "./state";
import type { SheetGrid } from "../../workbook/migrate";

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
    b.cells.forEach((row, r) => row.forEach((c, j) => c.input && out.add(cellAddress(o.row + r, o.col + j))));
  }
  return out;
}

/** The value of the spec's cell a defined name points at (the new plan's start), or null. */
function namedValue(spec: WorkbookSpec, name: string): unknown {
  const n = spec.names.find((x) => x.name === name);
  if (!n) return null;
  const { sheet, address } = splitSheetRef(n.ref);
  const { row, col } = parseCell(address);
  return specCell(spec.sheets.find((s) => s.name === sheet), row, col);
}

/**
 * What the update read of a sheet, as the dense grid the migration rules take: the bounding box
 * from A1 to the last cell read (update reads only a plan's own cells, ./state.ts); where a
 * cell was not read (not an input of the old layout, so nothing typed there) `fallback` says.
 */
function gridOf(s: ExistingSheet | undefined, fallback: (row: number, col: number) => unknown = () => ""): SheetGrid | undefined {
  if (!s || s.read.length === 0) return undefined;
  // From A1, so that fallbacks for cells left of or above what was read (the day column) apply.
  const top = 1;
  const left = 1;
  const bottom = Math.max(...s.read.map((r) => r.bottom));
  const right = Math.max(...s.read.map((r) => r.right));
  const formulas: unknown[][] = [];
  for (let row = top; row <= bottom; row++) {
    const line: unknown[] = [];
    for (let col = left; col <= right; col++) line.push(s.read.some((r) => rectContains(r, row, col)) ? contentAt(s, row, col) : fallback(row, col));
    formulas.push(line);
  }
  return { top, left, formulas };
}

/**
 * Cells the migration reads that update does not (they are not inputs): the v1 sprint sheet's
 * day numbers (column A counts 1, 2, … from the first day row) and the owners' names, which are
 * the new target table's where the old one kept them.
 */
function v1Fallbacks(targets: SheetSpec | undefined): { sprint: (row: number, col: number) => unknown; targets: (row: number, col: number) => unknown } {
  const S = V1_LAYOUT.sprint;
  const T = V1_LAYOUT.targets;
  const dayCol = parseCell(`${S.dayCol}1`).col;
  const ownerCol = parseCell(`${T.ownerCol}1`).col;
  return {
    sprint: (row, col) => (col === dayCol && row >= S.firstDayRow ? row - S.firstDayRow + 1 : ""),
    targets: (row, col) => (col === ownerCol ? (specCell(targets, row, col) ?? "") : ""),
  };
}

/** The constant of a spec sheet's cell, or null. */
function specCell(sheet: SheetSpec | undefined, row: number, col: number): unknown {
  for (const b of sheet?.blocks ?? []) {
    const o = parseCell(b.at);
    const cell = b.cells[row - o.row]?.[col - o.col];
    if (cell) return cell.v ?? null;
  }
  return null;
}

/** Update mode: the migration of a v1 workbook, or null when there is nothing to move. */
export function planMigration(spec: WorkbookSpec, state: ReadState): PlannedMigration | null {
  const byKey = (k: SheetSpec["key"]): SheetSpec | undefined => spec.sheets.find((s) => s.key === k);
  const sprint = byKey("sprint");
  const log = byKey("log");
  const words = spec.logWords;
  if (!sprint || !log || !words) return null;
  const old = gridOf(state.contents.get(sprint.name.toLowerCase()), v1Fallbacks(byKey("targets")).sprint);
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
    targets: targets ? gridOf(state.contents.get(targets.name.toLowerCase()), v1Fallbacks(targets).targets) : undefined,
    newTargetInputs: inputCells(targets),
    inputs: inputs ? gridOf(state.contents.get(inputs.name.toLowerCase())) : undefined,
    fallbackStart: typeof start === "number" ? start : 0,
    log: { sheet: log.name, columns, firstRow, lastRow: firstRow + LOG_DATA_ROWS - 1 },
    logContents: gridOf(state.contents.get(log.name.toLowerCase())),
    teamOwner: words.teamOwner,
    note: words.movedNote,
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
