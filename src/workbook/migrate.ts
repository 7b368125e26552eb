/**
 * Updating a workbook made before the daily log (docs/using.md "Workbooks from before the
 * log"): every number the team typed is kept, and none is counted twice.
 *
 * In that layout ("v1": the sprint sheet and target table as generated before the log):
 * - the team's daily actuals were typed on the sprint sheet, one row per day (header on row
 *   5, day number in column A, the seven actual columns P..V in SPRINT_METRICS order); the
 *   new sprint sheet computes those columns from the log, so each typed day becomes one log
 *   row for the team owner (团队 / 團隊 / Team): it counts toward the team's daily totals
 *   and toward no owner;
 * - each owner's cumulative actual was typed in the target table's column I; the new layout
 *   puts the opening-figure input in that very cell (src/workbook/layout.ts TARGET_COLUMNS),
 *   so the number stays where it is, becomes the owner's opening figure (added to the
 *   owner's log sum, not to the team's days) and is only reported here.
 *
 * Pure: the old cell contents (as the host read them, `Range.formulas`) in, the log rows to
 * write, the cells they come from and a summary for the pane out.
 */
import { SPRINT_METRICS, type SprintMetric } from "../domain/vocabulary";
import { isBlank } from "../domain/blank";
import { cellAddress, colNumber, parseCell } from "./a1";

/** A sheet's contents as read: `formulas[0][0]` is at row `top`, column `left` (1-based). */
export interface SheetGrid {
  top: number;
  left: number;
  formulas: readonly (readonly unknown[])[];
}

/** Where the v1 layout kept what the team typed (the code before the daily log; see the header). */
export const V1_LAYOUT = {
  sprint: { headerRow: 5, firstDayRow: 6, dayCol: "A", actualCols: ["P", "Q", "R", "S", "T", "U", "V"] },
  targets: { firstOwnerRow: 4, ownerCol: "A", actualCol: "I" },
  /** The inputs sheet's SprintStart value cell. */
  sprintStart: "B8",
} as const;

export interface LogPlace {
  sheet: string;
  /** Column letter of each log field. */
  columns: { date: string; owner: string; note: string } & Record<SprintMetric, string>;
  firstRow: number;
  lastRow: number;
}

export interface MigrationInput {
  /** Old sprint sheet contents. */
  sprint: SheetGrid;
  /** Cells (A1) of the sprint sheet that are inputs in the new layout: a typed value there stays put. */
  newSprintInputs: ReadonlySet<string>;
  /** Old target table contents (for the summary), if it is being updated. */
  targets?: SheetGrid;
  /** Cells (A1) of the target table that are inputs in the new layout. */
  newTargetInputs?: ReadonlySet<string>;
  /** Old inputs sheet contents (the sprint's start date), if read. */
  inputs?: SheetGrid;
  /** Start of the sprint when the old one cannot be read (the new plan's). */
  fallbackStart: number;
  /** The log: where rows go, and its current contents when it exists already. */
  log: LogPlace;
  logContents?: SheetGrid;
  /** The team owner's name in the workbook's language (src/i18n/runSheets.ts teamOwner). */
  teamOwner: string;
  /** The note on each moved row, e.g. "moved from the sprint sheet". */
  note: string;
}

export interface MigrationSummary {
  /** Days whose typed team actuals became log rows. */
  teamDays: number;
  /** Typed numbers moved (cells). */
  cells: number;
  /** Log rows written: sheet and rows (lastRow < firstRow when no day moved). */
  logSheet: string;
  firstRow: number;
  lastRow: number;
  /** First and last day moved (serials; 0 when no day moved). */
  fromDate: number;
  toDate: number;
  /** Owners whose typed actual is now their opening figure. */
  openingFigures: { owner: string; value: number }[];
}

export interface Migration {
  /** Old sprint-sheet cells (A1) whose numbers moved to the log: not lost, so update may overwrite them. */
  claimed: Set<string>;
  /** The log rows, from `summary.firstRow`, as `Range.formulas` values in the fields' span. */
  rows: { top: number; left: number; data: (string | number | boolean | null)[][] };
  /** The date column (letter) of those rows (for the date format). */
  dateColumn: string;
  summary: MigrationSummary;
}

function at(g: SheetGrid | undefined, address: string): unknown {
  if (!g) return "";
  const { row, col } = parseCell(address);
  const line = g.formulas[row - g.top];
  const v = line ? line[col - g.left] : undefined;
  return v === undefined || v === null ? "" : v;
}

/**
 * The migration, or null when there is nothing to move (no typed team actual on cells the
 * new layout computes).
 */
export function migrateV1(input: MigrationInput): Migration | null {
  const S = V1_LAYOUT.sprint;
  // A v1 sprint sheet has typed (or empty) actual cells; the new one has formulas there.
  const firstActual = at(input.sprint, `${S.actualCols[0]}${S.firstDayRow}`);
  if (typeof firstActual === "string" && firstActual.startsWith("=")) return null;
  if (input.newSprintInputs.has(`${S.actualCols[0]}${S.firstDayRow}`)) return null;
  const start = typeof at(input.inputs, V1_LAYOUT.sprintStart) === "number" ? (at(input.inputs, V1_LAYOUT.sprintStart) as number) : input.fallbackStart;
  const g = input.sprint;
  const lastRow = g.top + g.formulas.length - 1;
  const days: { date: number; values: unknown[] }[] = [];
  const claimed = new Set<string>();
  for (let row = S.firstDayRow; row <= lastRow; row++) {
    const day = at(g, `${S.dayCol}${row}`);
    if (typeof day !== "number") break;
    const cells = S.actualCols.map((c) => `${c}${row}`);
    const moving = cells.filter((a) => !isBlank(at(g, a), "blank") && !input.newSprintInputs.has(a));
    if (moving.length === 0) continue;
    for (const a of moving) claimed.add(a);
    days.push({ date: Math.floor(start) + day - 1, values: cells.map((a) => (moving.includes(a) ? at(g, a) : "")) });
  }

  const openingFigures: MigrationSummary["openingFigures"] = [];
  const T = V1_LAYOUT.targets;
  if (input.targets && input.newTargetInputs?.has(`${T.actualCol}${T.firstOwnerRow}`)) {
    const t = input.targets;
    for (let row = T.firstOwnerRow; row < t.top + t.formulas.length; row++) {
      const owner = at(t, `${T.ownerCol}${row}`);
      const value = at(t, `${T.actualCol}${row}`);
      if (typeof owner !== "string" || isBlank(owner, "blank") || !input.newTargetInputs.has(`${T.actualCol}${row}`)) break;
      if (typeof value === "number") openingFigures.push({ owner: owner.trim(), value });
    }
  }
  if (days.length === 0 && openingFigures.length === 0) return null;

  // After the last filled row of an existing log (the team's reports are never overwritten).
  const cols = input.log.columns;
  const fieldCols = [cols.date, cols.owner, ...SPRINT_METRICS.map((m) => cols[m]), cols.note].map(colNumber);
  const left = Math.min(...fieldCols);
  const right = Math.max(...fieldCols);
  let next = input.log.firstRow;
  const lg = input.logContents;
  if (lg) {
    for (let row = input.log.firstRow; row < lg.top + lg.formulas.length; row++) {
      if (fieldCols.some((c) => !isBlank(at(lg, cellAddress(row, c)), "blank"))) next = row + 1;
    }
  }
  const last = next + days.length - 1;
  // A log too full for the moved days: nothing is claimed, so update refuses (UpdateWouldLoseInput).
  if (last > input.log.lastRow) return null;
  const data = days.map((d) => {
    const line: (string | number | boolean | null)[] = new Array<string | number | boolean | null>(right - left + 1).fill(null);
    line[colNumber(cols.date) - left] = d.date;
    line[colNumber(cols.owner) - left] = input.teamOwner;
    SPRINT_METRICS.forEach((m, i) => {
      const v = d.values[i];
      line[colNumber(cols[m]) - left] = typeof v === "number" || typeof v === "boolean" || typeof v === "string" ? v : "";
    });
    line[colNumber(cols.note) - left] = input.note;
    return line;
  });
  return {
    claimed,
    rows: { top: next, left, data },
    dateColumn: cols.date,
    summary: {
      teamDays: days.length,
      cells: claimed.size,
      logSheet: input.log.sheet,
      firstRow: next,
      lastRow: last,
      fromDate: days.length > 0 ? days[0].date : 0,
      toDate: days.length > 0 ? days[days.length - 1].date : 0,
      openingFigures,
    },
  };
}
