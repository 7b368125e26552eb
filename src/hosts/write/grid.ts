/**
 * Grouping cells into rectangles (cells, rectangles and cell keys are src/workbook/a1.ts): the
 * host groups cells into as few rectangles as it can so that formats, clears and the write
 * record are one call per rectangle, never one per cell.
 */
import { cellKey, cellsOf, keyCol, keyRow, parseRange, rangeAddress, type Rect } from "../../workbook/a1";

/** Cell keys covered by a list of A1 rectangles. */
export function cellSet(addresses: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const a of addresses) for (const [r, c] of cellsOf(parseRange(a))) out.add(cellKey(r, c));
  return out;
}

/**
 * Groups cells by a key into rectangles: horizontal runs per row, stacked while the next
 * row has a run with the same key and the same columns. Column-shaped layouts (a plan's
 * day rows, an owner table) come out as one rectangle per column group.
 * `keyAt(row, col)` returns null for cells that belong to no group.
 */
export function groupRects(area: Rect, keyAt: (row: number, col: number) => string | null): Map<string, Rect[]> {
  const out = new Map<string, Rect[]>();
  let open = new Map<string, Rect>();
  for (let row = area.top; row <= area.bottom; row++) {
    const next = new Map<string, Rect>();
    let col = area.left;
    while (col <= area.right) {
      const key = keyAt(row, col);
      let end = col;
      while (end + 1 <= area.right && keyAt(row, end + 1) === key) end++;
      if (key !== null) {
        const id = `${key}\u0000${col}\u0000${end}`;
        const prev = open.get(id);
        if (prev) {
          prev.bottom = row;
          next.set(id, prev);
        } else {
          const rect: Rect = { top: row, left: col, bottom: row, right: end };
          const list = out.get(key);
          if (list) list.push(rect);
          else out.set(key, [rect]);
          next.set(id, rect);
        }
      }
      col = end + 1;
    }
    open = next;
  }
  return out;
}

/** Rectangles covering exactly the given cells. */
export function rectsOfCells(cells: Iterable<number>): Rect[] {
  const set = cells instanceof Set ? (cells as Set<number>) : new Set(cells);
  if (set.size === 0) return [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const k of set) {
    const r = keyRow(k);
    const c = keyCol(k);
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  return groupRects({ top, left, bottom, right }, (r, c) => (set.has(cellKey(r, c)) ? "x" : null)).get("x") ?? [];
}

export function addresses(rects: readonly Rect[]): string[] {
  return rects.map((r) => rangeAddress(r));
}

/**
 * Rectangles covering every non-null entry of `grid` (whose top-left cell is `origin`): in each
 * row, entries fewer than `gap` nulls apart share one run (a null inside a run costs 5 bytes
 * of JSON, a rectangle of its own a few hundred), and rows with the same runs stack.
 */
export function coverRects(grid: readonly (readonly unknown[])[], origin: { top: number; left: number }, gap: number): Rect[] {
  if (grid.length === 0) return [];
  const runKey = grid.map((row) => {
    const keys: (string | null)[] = row.map(() => null);
    let start = -1;
    let last = -1;
    const close = (): void => {
      for (let c = start; c <= last; c++) keys[c] = `${start}:${last}`;
    };
    row.forEach((v, c) => {
      if (v === null) return;
      if (start >= 0 && c - last - 1 >= gap) close();
      if (start < 0 || c - last - 1 >= gap) start = c;
      last = c;
    });
    if (start >= 0) close();
    return keys;
  });
  const area: Rect = { top: origin.top, left: origin.left, bottom: origin.top + grid.length - 1, right: origin.left + grid[0].length - 1 };
  return [...groupRects(area, (row, col) => runKey[row - origin.top][col - origin.left]).values()].flat().sort((a, b) => a.top - b.top || a.left - b.left);
}
