/**
 * What a write reads before it plans (the first round trip, docs/architecture.md "Round trips
 * and request sizes"), and which cells it reads. Update in place reads only the cells it needs:
 * the input cells of the old and the new layout, and the new blocks' cells outside the old
 * footprint (to refuse writing over somebody's content). Never a whole used range, so a sheet that holds 100,000 filled
 * cells costs the same read as an empty one. Pure: no Office calls.
 */
import { cellKey, cellsOf, colLetter, parseCell, parseRange, rectContains, type Rect } from "../../workbook/a1";
import type { SheetSpec, WorkbookSpec } from "../../workbook/spec";
import { HostError } from "../host";
import { cellSet, rectsOfCells } from "./grid";
import { sheetRecordOf, parseRecord, type SheetRecord } from "./record";

/** A sheet to update, as read in the first round trip: only the cells the plan needs. */
export interface ExistingSheet {
  name: string;
  /** Contents of the cells read, by `cellKey`: formulas as "=…", constants as values, "" blank. */
  cells: ReadonlyMap<number, unknown>;
  /** The rectangles read; a cell outside them was not read. */
  read: readonly Rect[];
  /** Names of the charts on the sheet. */
  charts: string[];
}

/** A defined name: workbook-level (scope null) or sheet-level (scope: the sheet's name). */
export interface ExistingName {
  name: string;
  formula: unknown;
  scope: string | null;
}

export interface ReadState {
  sheetNames: string[];
  /** Defined names with their current formula ("=…"): workbook-level, and sheet-level of the sheets read. */
  names: ExistingName[];
  /** Raw values of our settings (null when absent), for the plan and for a rollback. */
  recordValue: unknown;
  inputsValue: unknown;
  /** By lower-cased sheet name: sheets to update. */
  contents: Map<string, ExistingSheet>;
}

/** Contents of a cell the first round trip read; reading one it did not is a planner bug. */
export function contentAt(s: ExistingSheet | undefined, row: number, col: number): unknown {
  if (!s) return "";
  if (!s.read.some((r) => rectContains(r, row, col))) throw new Error(`internal: ${s.name}!${colLetter(col)}${row} was not read`);
  const v = s.cells.get(cellKey(row, col));
  return v === undefined || v === null ? "" : v;
}

/** A sheet's contents from ranges read (`Range.formulas` of each rectangle). */
export function existingSheet(name: string, charts: string[], ranges: readonly { rect: Rect; formulas: unknown[][] }[]): ExistingSheet {
  const cells = new Map<number, unknown>();
  for (const { rect, formulas } of ranges) {
    formulas.forEach((row, i) => row.forEach((v, j) => cells.set(cellKey(rect.top + i, rect.left + j), v)));
  }
  return { name, cells, read: ranges.map((r) => r.rect), charts };
}

/** Block origin, size and cells of a sheet spec, checked. */
export interface BlockGeom {
  top: number;
  left: number;
  rows: number;
  cols: number;
  cells: SheetSpec["blocks"][number]["cells"];
}

export function invalid(detail: string): HostError {
  return HostError.host("InvalidSpec", { detail });
}

function blockGeom(sheet: SheetSpec, index: number): BlockGeom {
  const b = sheet.blocks[index];
  let origin;
  try {
    origin = parseCell(b.at);
  } catch {
    throw invalid(`${sheet.name}: block ${index} at "${b.at}" is not a cell address`);
  }
  const rows = b.cells.length;
  const cols = rows > 0 ? b.cells[0].length : 0;
  for (const row of b.cells) {
    if (row.length !== cols) throw invalid(`${sheet.name}: block at ${b.at} has rows of different lengths`);
  }
  return { top: origin.row, left: origin.col, rows, cols, cells: b.cells };
}

export function rectOf(g: BlockGeom): Rect {
  return { top: g.top, left: g.left, bottom: g.top + g.rows - 1, right: g.left + g.cols - 1 };
}

/** Where a sheet spec's blocks and input cells are. */
export interface SheetGeometry {
  geoms: BlockGeom[];
  blockRects: Rect[];
  /** Input cells, by `cellKey`. */
  inputs: Set<number>;
}

export function sheetGeometry(sheet: SheetSpec): SheetGeometry {
  const geoms = sheet.blocks.map((_, bi) => blockGeom(sheet, bi)).filter((g) => g.rows > 0 && g.cols > 0);
  const inputs = new Set<number>();
  for (const g of geoms) {
    g.cells.forEach((row, r) => row.forEach((cell, c) => cell.input && inputs.add(cellKey(g.top + r, g.left + c))));
  }
  return { geoms, blockRects: geoms.map(rectOf), inputs };
}

/** The write record of a sheet's previous plan, if the record has one of the same kind. */
export function previousRecord(recordValue: unknown, name: string, sheet: SheetSpec): SheetRecord | null {
  const previous = sheetRecordOf(parseRecord(recordValue), name);
  return previous && previous.key === sheet.key ? previous : null;
}

/**
 * The cells update reads on one sheet, as rectangles: old and new input cells, and (with a
 * write record) the new blocks' cells outside the old footprint.
 */
export function cellsToRead(sheet: SheetSpec, old: SheetRecord | null): Rect[] {
  const { blockRects, inputs } = sheetGeometry(sheet);
  const cells = new Set<number>(inputs);
  if (old) {
    for (const k of cellSet(old.inputs)) cells.add(k);
    const footprint = old.footprint.map((a) => parseRange(a));
    for (const r of blockRects) {
      for (const [row, col] of cellsOf(r)) if (!footprint.some((f) => rectContains(f, row, col))) cells.add(cellKey(row, col));
    }
  }
  return rectsOfCells(cells);
}

/** For every spec sheet that update rewrites in place (by final name): the rectangles to read. */
export function updateReads(spec: WorkbookSpec, sheetNames: readonly string[], recordValue: unknown): Map<string, { name: string; rects: Rect[] }> {
  const existing = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
  const out = new Map<string, { name: string; rects: Rect[] }>();
  for (const sheet of spec.sheets) {
    const name = existing.get(sheet.name.toLowerCase());
    if (name === undefined) continue;
    out.set(name.toLowerCase(), { name, rects: cellsToRead(sheet, previousRecord(recordValue, name, sheet)) });
  }
  return out;
}

/** Does a read (its rectangles) cover every cell of `needed`? */
export function covers(read: readonly Rect[], needed: readonly Rect[]): boolean {
  return needed.every((n) => [...cellsOf(n)].every(([row, col]) => read.some((r) => rectContains(r, row, col))));
}

/**
 * Cuts rectangles to read into pieces of at most `maxCells` cells (whole rows), so that no
 * single range's response grows with the sheet: a response of `Range.formulas` is about the
 * cells' text, and our rectangles are the plan's own cells.
 */
export function boundedRects(rects: readonly Rect[], maxCells: number): Rect[] {
  const out: Rect[] = [];
  for (const r of rects) {
    const width = r.right - r.left + 1;
    const rows = Math.max(1, Math.floor(maxCells / width));
    for (let top = r.top; top <= r.bottom; top += rows) out.push({ ...r, top, bottom: Math.min(r.bottom, top + rows - 1) });
  }
  return out;
}
