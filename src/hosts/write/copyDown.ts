/**
 * Which formula cells of a block a copy of the row above writes (Excel's `Range.copyFrom` with
 * "Formulas", ExcelApi 1.9, which moves relative references as Fill Down does), so that a request
 * carries a column's first formula and one copy instead of one string per cell
 * (docs/architecture.md "Round trips and request sizes"). Pure: the Excel host turns each copy
 * into one `copyFrom`.
 *
 * A copy is exact, never approximate: a formula cell is copied only when its formula is the
 * one above it filled down one row (relative rows + 1, nothing else changed), checked on the
 * text the cell would otherwise get.
 */
import type { Rect } from "../../workbook/a1";
import { filledDown, fillPattern, type FillPattern } from "../../workbook/formula";
import { groupRects } from "./grid";

/** Copy the one-row range `from` over `to`, the rows right below it (each row gets the source row, moved down). */
export interface DownCopy {
  from: Rect;
  to: Rect;
}

type Origin = { top: number; left: number };

/** The cells flagged (block-relative), as rectangles each filled from the row above it. */
function copiesOf(flags: readonly (readonly boolean[])[], origin: Origin): DownCopy[] {
  if (flags.length === 0 || flags[0].length === 0) return [];
  const area: Rect = { top: origin.top, left: origin.left, bottom: origin.top + flags.length - 1, right: origin.left + flags[0].length - 1 };
  const rects = groupRects(area, (row, col) => (flags[row - origin.top][col - origin.left] ? "fill" : null)).get("fill") ?? [];
  // groupRects opens rectangles top to bottom: a rectangle's source row is written (or filled) before it.
  return rects.map((to) => ({ from: { top: to.top - 1, bottom: to.top - 1, left: to.left, right: to.right }, to }));
}

/** The text with its digits masked: two formulas one fill apart look the same (a cheap test before tokenizing). */
function shape(s: string): string {
  return s.replace(/\d+/g, "0");
}

/**
 * Formula entries (`"=…"`) that are the entry above filled down one row. Those entries become
 * null in `values` (not sent); the copies that write them are returned, top to bottom.
 */
export function formulaCopies(values: (string | number | boolean | null)[][], origin: Origin): DownCopy[] {
  const flags = values.map((row) => row.map(() => false));
  const width = values[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    /** The first formula of the current run, its pattern (once a second cell looks like it) and the run's length so far. */
    let source: string | null = null;
    let pattern: FillPattern | null = null;
    let k = 0;
    for (let r = 0; r < values.length; r++) {
      const v = values[r][c];
      const body = typeof v === "string" && v.startsWith("=") ? v.slice(1) : null;
      if (body !== null && source !== null && (pattern !== null || shape(body) === shape(source))) {
        pattern ??= fillPattern(source);
        if (filledDown(pattern, k + 1) === body) {
          flags[r][c] = true;
          k++;
          continue;
        }
      }
      source = body;
      pattern = null;
      k = 0;
    }
  }
  values.forEach((row, r) => row.forEach((_, c) => flags[r][c] && (row[c] = null)));
  return copiesOf(flags, origin);
}
