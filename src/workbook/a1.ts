/**
 * A1 addresses, the one home for them: column letters, cells, rectangles and range strings,
 * sheet-qualified references (quoting and splitting), Excel's sheet-name rules, and cell keys
 * (a cell as one number, for sets and maps of cells). Rows and columns are 1-based. Shared by
 * the builders, every writer and the preview; pure, no host dependency.
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

/** A rectangle of cells, corners included (1-based rows and columns). */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B3:D9" (or a single cell "B3") -> its rectangle, corners normalised. */
export function parseRange(range: string): Rect {
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
export function rangeAddress(r: Rect, absolute = false): string {
  const a = cellAddress(r.top, r.left, absolute);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right, absolute)}`;
}

/** A column segment: ("V", 6, 35) -> "V6:V35" ("$V$6:$V$35" when absolute). */
export function colRange(col: number, top: number, bottom: number, absolute = false): string {
  return rangeAddress({ top, left: col, bottom, right: col }, absolute);
}

/** A range made absolute: "B3" -> "$B$3", "$A6:A35" -> "$A$6:$A$35". */
export function absoluteRange(range: string): string {
  return rangeAddress(parseRange(range), true);
}

// ---- rectangles and cell keys ----------------------------------------------------------------

export function rectContains(r: Rect, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** The cells of a rectangle, row by row, as [row, col]. */
export function* cellsOf(r: Rect): Generator<[number, number]> {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) yield [row, col];
}

/** One more than the largest column: a cell key is row × KEY_WIDTH + col. */
const KEY_WIDTH = MAX_COLUMN + 1;

/** A cell as one number (for sets and maps of cells); keyRow / keyCol take it apart. */
export function cellKey(row: number, col: number): number {
  return row * KEY_WIDTH + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / KEY_WIDTH);
}

export function keyCol(key: number): number {
  return key % KEY_WIDTH;
}

// ---- sheet-qualified references -------------------------------------------------------------

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
    q = sheetPrefix(sheetName) + absoluteRange(range);
    if (bySheet.size >= 4096) bySheet.clear();
    bySheet.set(range, q);
  }
  return q;
}

/** "'目标表'!$B$5:$B$34" / "Sheet1!A1" -> sheet and address; a bare address has sheet null. */
export function splitSheetRef(ref: string): { sheet: string | null; address: string } {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { sheet: null, address: ref };
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: ref.slice(bang + 1) };
}

// ---- sheet names ----------------------------------------------------------------------------

/** Longest sheet name Excel accepts. */
export const SHEET_NAME_MAX = 31;

/** Characters Excel forbids in a sheet name (global: used with `search` and `replace` only). */
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;

/** Excel's rules: 1–31 characters, none of `[]:*?/\`, not starting or ending with `'`, not "History". */
export function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= SHEET_NAME_MAX &&
    name.search(SHEET_NAME_FORBIDDEN) < 0 &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

/** Cut to `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = s.slice(0, max);
  const last = out.charCodeAt(out.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1);
  return out;
}

/**
 * Any text -> a name Excel accepts: `[]:*?/\` become "_", control characters go, no
 * leading/trailing apostrophe or space, at most 31 characters, never empty, never the
 * reserved "History".
 */
export function makeValidSheetName(raw: string, fallback = "Sheet"): string {
  let s = Array.from(raw)
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)
    .join("")
    .replace(SHEET_NAME_FORBIDDEN, "_")
    .trim();
  s = s.replace(/^'+/, "").replace(/'+$/, "").trim();
  s = cut(s, SHEET_NAME_MAX).replace(/'+$/, "").trimEnd();
  if (!s) s = fallback;
  if (s.toLowerCase() === "history") s = `${s}_`;
  return s;
}

function numbered(base: string, n: number): string {
  const suffix = ` (${n})`;
  return `${cut(base, SHEET_NAME_MAX - suffix.length).replace(/'+$/, "").trimEnd()}${suffix}`;
}

/**
 * For a set of sheets that belong together (a plan's copy): the same number for all, the
 * smallest n ≥ 2 with every "name (n)" free (Excel compares names case-insensitively), so
 * "输入 (2)" goes with "目标表 (2)", each shortened to stay within 31 characters. Returns
 * the bases unchanged when all of them are free.
 */
export function nextFreeSheetNames(bases: string[], existing: Iterable<string>): string[] {
  const taken = new Set<string>();
  for (const name of existing) taken.add(name.toLowerCase());
  const valid = bases.map((b) => makeValidSheetName(b));
  if (valid.every((b) => !taken.has(b.toLowerCase())) && new Set(valid.map((b) => b.toLowerCase())).size === valid.length) {
    return valid;
  }
  for (let n = 2; ; n++) {
    const names = valid.map((b) => numbered(b, n));
    if (names.every((x) => !taken.has(x.toLowerCase()))) return names;
  }
}
