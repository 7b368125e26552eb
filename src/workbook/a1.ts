/**
 * A1 addresses: column letters, cell and range strings, sheet-qualified references.
 * Shared by the builders and every writer; pure, no host dependency.
 */

/** Largest column Excel allows (XFD). */
export const MAX_COLUMN = 16384;
/** Largest row Excel allows. */
export const MAX_ROW = 1048576;

/** 1 -> "A", 26 -> "Z", 27 -> "AA". */
export function colLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1 || col > MAX_COLUMN) throw new RangeError(`column out of range: ${col}`);
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "A" -> 1, "AA" -> 27 (case-insensitive). */
export function colNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`not a column: ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLUMN) throw new RangeError(`column out of range: ${letters}`);
  return n;
}

export interface CellAddress {
  row: number;
  col: number;
}

/** (row 3, col 2) -> "B3"; absolute -> "$B$3". */
export function cellAddress(row: number, col: number, absolute = false): string {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) throw new RangeError(`row out of range: ${row}`);
  const d = absolute ? "$" : "";
  return `${d}${colLetter(col)}${d}${row}`;
}

/** "B3" / "$B$3" -> { row: 3, col: 2 }. */
export function parseCell(address: string): CellAddress {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address);
  if (!m) throw new RangeError(`not a cell address: ${address}`);
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROW) throw new RangeError(`row out of range: ${address}`);
  return { row, col: colNumber(m[1]) };
}

export interface RangeAddress {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B3:D9" (or a single cell "B3") -> its rectangle, corners normalised. */
export function parseRange(range: string): RangeAddress {
  const [a, b = a, ...rest] = range.split(":");
  if (rest.length > 0) throw new RangeError(`not a range: ${range}`);
  const p = parseCell(a);
  const q = parseCell(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** Rectangle -> "B3:D9" ("B3" when it is one cell). */
export function rangeAddress(r: RangeAddress, absolute = false): string {
  const a = cellAddress(r.top, r.left, absolute);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right, absolute)}`;
}

/** A column segment: ("V", 6, 35) -> "V6:V35" ("$V$6:$V$35" when absolute). */
export function colRange(col: number, top: number, bottom: number, absolute = false): string {
  return rangeAddress({ top, left: col, bottom, right: col }, absolute);
}

/** Sheet name as a formula prefix: always quoted, inner quotes doubled: `'输入'!`. */
export function sheetPrefix(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!`;
}

/** `qualified` results by sheet and range: builders name the same few ranges in thousands of formulas. */
const QUALIFIED = new Map<string, Map<string, string>>();

/** Sheet-qualified absolute reference: ("输入", "B3") -> `'输入'!$B$3`. */
export function qualified(sheetName: string, range: string): string {
  let bySheet = QUALIFIED.get(sheetName);
  if (bySheet === undefined) {
    if (QUALIFIED.size >= 64) QUALIFIED.clear();
    QUALIFIED.set(sheetName, (bySheet = new Map()));
  }
  let q = bySheet.get(range);
  if (q === undefined) {
    q = sheetPrefix(sheetName) + rangeAddress(parseRange(range), true);
    if (bySheet.size >= 4096) bySheet.clear();
    bySheet.set(range, q);
  }
  return q;
}

/** Characters Excel forbids in a sheet name. */
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

/** Excel's rules: 1–31 characters, none of `[]:*?/\`, not starting or ending with `'`, not "History". */
export function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !SHEET_NAME_FORBIDDEN.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}
