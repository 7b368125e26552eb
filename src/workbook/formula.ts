/**
 * The project's one formula tokenizer. Every place that reads formula text goes through this
 * module: reference renaming for copied sheets (the Excel host), reference shifting for
 * conditional formats and number literals for the engine (the preview), the formula checks
 * of the tests. Underneath is `@borgar/fx` (MIT), an Excel formula tokenizer; the rest of the
 * code sees only the types below, so the library can be swapped without touching callers.
 *
 * Formulas are Excel's en-US syntax as `Range.formulas` reads and writes them
 * (docs/architecture.md "The workbook spec and its writers"): comma argument separators,
 * `'Sheet name'!$A$1` references. Whitespace is kept as tokens, so joining the tokens' text
 * gives the formula back unchanged.
 */
import { parseA1Ref, stringifyA1Ref, tokenize as fxTokenize, type Token as FxToken } from "@borgar/fx";
import { MAX_COLUMN, MAX_ROW, sheetPrefix, type Rect } from "./a1";

export type TokenKind =
  | "prefix" // the leading "=" of a formula
  | "number"
  | "string"
  | "boolean"
  | "error" // #N/A, #REF!, …
  | "function" // a function name; the "(" that follows is its own operator token
  | "reference" // A1, $A$1:B2, A:A, 1:1, each with an optional sheet prefix
  | "name" // a defined name, optionally sheet-qualified (Sheet1!Name)
  | "operator" // + - * / ^ & = <> < > <= >= % : ( ) , ; { }
  | "whitespace"
  | "unknown"; // anything the tokenizer could not place (a stray apostrophe, …)

export interface FormulaToken {
  kind: TokenKind;
  /** The token's exact source text. */
  text: string;
  /** A string literal without its closing quote. */
  unterminated?: boolean;
}

const KINDS: Readonly<Record<string, TokenKind>> = {
  fx_prefix: "prefix",
  number: "number",
  string: "string",
  bool: "boolean",
  error: "error",
  func: "function",
  range: "reference",
  range_beam: "reference",
  range_ternary: "reference",
  range_named: "name",
  structured: "name",
  operator: "operator",
  whitespace: "whitespace",
  newline: "whitespace",
};

function toToken(t: FxToken): FormulaToken {
  const token: FormulaToken = { kind: KINDS[t.type] ?? "unknown", text: t.value };
  if (t.unterminated === true) token.unterminated = true;
  return token;
}

/**
 * A formula's tokens, with or without its leading "=". Unary minus stays an operator (`-1` is
 * two tokens), references are whole (`'输入'!$B$3:$B$5` is one token). Never throws: what the
 * tokenizer cannot place comes back as an "unknown" token.
 */
export function tokenize(formula: string): FormulaToken[] {
  return fxTokenize(formula, { withLocation: false, negativeNumbers: false, mergeRefs: true }).map(toToken);
}

/** The formula text of a token list (the inverse of `tokenize`). */
export function formulaText(tokens: readonly FormulaToken[]): string {
  return tokens.map((t) => t.text).join("");
}

/** A cell or range reference, 1-based like the rest of the project (`a1.ts`). */
export interface CellReference {
  /** The sheet named in the reference; undefined for the formula's own sheet. */
  sheet?: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** Which edges are fixed with `$`. Whole columns (`A:A`) count their rows as fixed, and so on. */
  absTop: boolean;
  absLeft: boolean;
  absBottom: boolean;
  absRight: boolean;
}

/** A defined name, optionally sheet-qualified (`Inputs!SprintTarget`). */
export interface NameReference {
  sheet?: string;
  name: string;
}

/** The sheet part of a reference's context: one sheet name, or undefined (none, or a workbook too). */
function sheetOf(context: string[] | undefined): string | undefined {
  return context && context.length === 1 ? context[0] : undefined;
}

/** What a "reference" token points at; null for any other token or one outside the grid. */
export function cellReference(token: FormulaToken): CellReference | null {
  if (token.kind !== "reference") return null;
  const parsed = parseA1Ref(token.text, { allowNamed: false, allowTernary: false });
  if (!parsed || !("range" in parsed)) return null;
  const r = parsed.range;
  const wholeRows = r.left === null || r.left === undefined; // 3:5
  const wholeCols = r.top === null || r.top === undefined; // A:C
  const ref: CellReference = {
    top: wholeCols ? 1 : (r.top as number) + 1,
    left: wholeRows ? 1 : (r.left as number) + 1,
    bottom: wholeCols ? MAX_ROW : (r.bottom ?? r.top ?? 0) + 1,
    right: wholeRows ? MAX_COLUMN : (r.right ?? r.left ?? 0) + 1,
    absTop: wholeCols || r.$top === true,
    absLeft: wholeRows || r.$left === true,
    absBottom: wholeCols || (r.bottom === undefined || r.bottom === null ? r.$top === true : r.$bottom === true),
    absRight: wholeRows || (r.right === undefined || r.right === null ? r.$left === true : r.$right === true),
  };
  const sheet = sheetOf(parsed.context);
  if (sheet !== undefined) ref.sheet = sheet;
  return ref;
}

/** What a "name" token names; null for any other token. */
export function nameReference(token: FormulaToken): NameReference | null {
  if (token.kind !== "name") return null;
  const parsed = parseA1Ref(token.text, { allowNamed: true });
  if (!parsed || !("name" in parsed)) return { name: token.text };
  const sheet = sheetOf(parsed.context);
  return sheet !== undefined ? { sheet, name: parsed.name } : { name: parsed.name };
}

/** The part of a reference or name token after its sheet prefix (`$B$3` of `'输入'!$B$3`). */
function withoutSheet(text: string): string {
  return text.slice(text.lastIndexOf("!") + 1);
}

/**
 * Rewrites sheet references in a formula: `'输入'!$B$3` / `Sheet1!A1` / `Sheet1!Name` whose
 * sheet is a key of `renames` (compared case-insensitively, like Excel) get the new name,
 * always quoted. String literals are left alone. With an empty map the formula comes back
 * unchanged.
 */
export function renameSheetRefs(formula: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return formula;
  const lookup = new Map<string, string>();
  for (const [from, to] of renames) lookup.set(from.toLowerCase(), to);
  const tokens = tokenize(formula);
  for (const t of tokens) {
    const sheet = t.kind === "reference" ? cellReference(t)?.sheet : nameReference(t)?.sheet;
    const to = sheet === undefined ? undefined : lookup.get(sheet.toLowerCase());
    if (to !== undefined) t.text = sheetPrefix(to) + withoutSheet(t.text);
  }
  return formulaText(tokens);
}

/**
 * Rewrites a formula's cell and range references: `change` gets each reference (1-based, its
 * sheet as written) and returns the rectangle it should cover, `null` for `#REF!`, or
 * `undefined` to leave it as it is. `$` marks, sheet prefixes, names, functions and string
 * literals stay. Whole rows or columns (`A:A`, `3:5`) keep their open sides.
 */
export function mapReferences(formula: string, change: (ref: CellReference) => Rect | null | undefined): string {
  const tokens = tokenize(formula);
  for (const t of tokens) {
    const ref = cellReference(t);
    if (!ref) continue;
    const to = change(ref);
    if (to === undefined) continue;
    if (to === null || to.top < 1 || to.left < 1 || to.bottom > MAX_ROW || to.right > MAX_COLUMN) {
      t.text = "#REF!";
      t.kind = "error";
      continue;
    }
    const parsed = parseA1Ref(t.text, { allowNamed: false });
    if (!parsed || !("range" in parsed)) continue;
    const r = parsed.range;
    const range = {
      ...r,
      top: r.top === null || r.top === undefined ? r.top : to.top - 1,
      bottom: r.bottom === null || r.bottom === undefined ? r.bottom : to.bottom - 1,
      left: r.left === null || r.left === undefined ? r.left : to.left - 1,
      right: r.right === null || r.right === undefined ? r.right : to.right - 1,
    };
    const prefix = t.text.slice(0, t.text.lastIndexOf("!") + 1);
    t.text = prefix + stringifyA1Ref({ range });
  }
  return formulaText(tokens);
}

/**
 * Shifts the relative parts of a formula's references by (rows, cols), as Excel does when a
 * formula is filled or a conditional format's rule (written for the range's top-left cell)
 * applies to another cell. `$`-fixed parts, names, functions and string literals stay; a
 * reference moved off the grid becomes `#REF!`, as in Excel.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return mapReferences(formula, (ref) => ({
    top: ref.absTop ? ref.top : ref.top + rows,
    bottom: ref.absBottom ? ref.bottom : ref.bottom + rows,
    left: ref.absLeft ? ref.left : ref.left + cols,
    right: ref.absRight ? ref.right : ref.right + cols,
  }));
}

/** Does this formula call a function of `namespace` (e.g. `SALES.*`, any case)? Literals do not count. */
export function callsNamespace(formula: string, namespace: string): boolean {
  const prefix = `${namespace.toUpperCase()}.`;
  return tokenize(formula).some((t) => t.kind === "function" && t.text.toUpperCase().startsWith(prefix));
}

/** Does this cell content call a `SALES.*` custom function (any case), outside string literals? */
export function callsSalesFunction(content: unknown): boolean {
  return typeof content === "string" && content.startsWith("=") && callsNamespace(content, "SALES");
}

/** What may not come right before an A1 address: it would be part of a name, a number or another address. */
function endsWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 92 || c === 36; // 0-9 A-Z a-z _ . \ $
}

/** What may not come right after an A1 address: it would be a name, a function or a sheet prefix. */
function continuesWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 40 || c === 33 || c === 46; // 0-9 A-Z a-z _ ( ! .
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** A formula's cell addresses and a hash of its shape (see `formulaCells`). */
export interface FormulaCells {
  /** (row, column, offset of the address in the formula, its length) per address, in order. */
  cells: number[];
  /** A hash of the text around the addresses: formulas of one shape have the same hash (and others rarely do). */
  hash: number;
}

/**
 * The A1 cell addresses a formula names. Formulas that differ only in the cells they name (a
 * formula filled down a column, or across owners) have one *shape*: the same text around their
 * addresses. A reader can parse each shape once and take each formula's cells from `cells`;
 * `hash` finds a shape, `sameShape` confirms it. String literals and quoted sheet names are
 * skipped; `A1:B2` is two addresses; `$` signs belong to the address. A fast scan of the text,
 * without the tokenizer (tens of thousands of formulas per workbook); what it reads as an
 * address is what the tokenizer reads as a cell reference (an address beyond the grid, like
 * `ZZZ1` or `A0`, is not one).
 */
export function formulaCells(formula: string): FormulaCells {
  const n = formula.length;
  const cells: number[] = [];
  let hash = 0x811c9dc5;
  let i = 0;
  while (i < n) {
    const c = formula.charCodeAt(i);
    if (c === 34 || c === 39) {
      // "string" or 'sheet name', a doubled quote inside; unterminated: an ordinary character.
      let j = i + 1;
      for (; j < n; j++) {
        if (formula.charCodeAt(j) !== c) continue;
        if (j + 1 < n && formula.charCodeAt(j + 1) === c) j++;
        else break;
      }
      const end = j < n ? j + 1 : i + 1;
      for (; i < end; i++) hash = Math.imul(hash ^ formula.charCodeAt(i), 0x01000193);
      continue;
    }
    if ((c === 36 || isLetter(c)) && (i === 0 || !endsWord(formula.charCodeAt(i - 1)))) {
      let j = c === 36 ? i + 1 : i;
      const l0 = j;
      let col = 0;
      while (j < n && isLetter(formula.charCodeAt(j))) col = col * 26 + ((formula.charCodeAt(j++) | 32) - 96);
      if (j - l0 >= 1 && j - l0 <= 3) {
        if (formula.charCodeAt(j) === 36) j++;
        const d0 = j;
        let row = 0;
        while (j < n && isDigit(formula.charCodeAt(j))) row = row * 10 + (formula.charCodeAt(j++) - 48);
        if (j - d0 >= 1 && j - d0 <= 7 && (j >= n || !continuesWord(formula.charCodeAt(j))) && row >= 1 && row <= MAX_ROW && col <= MAX_COLUMN) {
          cells.push(row, col, i, j - i);
          hash = Math.imul(hash ^ 1, 0x01000193); // the address's place
          i = j;
          continue;
        }
      }
    }
    hash = Math.imul(hash ^ c, 0x01000193);
    i++;
  }
  return { cells, hash: hash >>> 0 };
}

/** Do two formulas (with their `formulaCells`) have one shape: the same text around their addresses? */
export function sameShape(a: string, ac: FormulaCells, b: string, bc: FormulaCells): boolean {
  const ca = ac.cells;
  const cb = bc.cells;
  if (ca.length !== cb.length || a.length - addressChars(ca) !== b.length - addressChars(cb)) return false;
  let i = 0;
  let j = 0;
  for (let k = 0; k <= ca.length; k += 4) {
    const endA = k < ca.length ? ca[k + 2] : a.length;
    const endB = k < cb.length ? cb[k + 2] : b.length;
    if (endA - i !== endB - j) return false;
    for (; i < endA; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    if (k < ca.length) {
      i += ca[k + 3];
      j += cb[k + 3];
    }
  }
  return true;
}

function addressChars(cells: readonly number[]): number {
  let n = 0;
  for (let k = 3; k < cells.length; k += 4) n += cells[k];
  return n;
}

/**
 * A formula cut at the relative row numbers of its references (`$A28`, `B5:C9`, `7:7`; not
 * `$B$40`, not a digit in a sheet name, a string or a number). Filling the formula down k rows
 * (Excel's Fill Down, or a copy k rows lower) adds k to each of those numbers and changes
 * nothing else, so a whole column of formulas is checked against its first with one
 * tokenization (`filledDown`), where `shiftFormula` would tokenize every cell.
 */
export interface FillPattern {
  /** The text around the numbers: `parts[0] + rows[0] + parts[1] + … + parts[rows.length]`. */
  parts: string[];
  rows: number[];
}

/** A formula's fill pattern (with or without its leading "="). */
export function fillPattern(formula: string): FillPattern {
  const parts: string[] = [];
  const rows: number[] = [];
  let text = "";
  for (const t of tokenize(formula)) {
    const ref = t.kind === "reference" ? cellReference(t) : null;
    if (!ref || (ref.absTop && ref.absBottom)) {
      text += t.text;
      continue;
    }
    // The address follows the last "!"; in it, a row number is relative unless a "$" precedes it.
    const bang = t.text.lastIndexOf("!") + 1;
    text += t.text.slice(0, bang);
    const address = t.text.slice(bang);
    const re = /(\$?)(\d+)/g;
    let at = 0;
    for (let m = re.exec(address); m; m = re.exec(address)) {
      if (m[1] === "$") continue;
      parts.push(text + address.slice(at, m.index));
      rows.push(Number(m[2]));
      text = "";
      at = m.index + m[0].length;
    }
    text += address.slice(at);
  }
  parts.push(text);
  return { parts, rows };
}

/** The formula of a fill pattern filled down `k` rows; null when a reference would leave the sheet (Excel writes #REF!). */
export function filledDown(p: FillPattern, k: number): string | null {
  let out = p.parts[0];
  for (let i = 0; i < p.rows.length; i++) {
    const row = p.rows[i] + k;
    if (row < 1 || row > MAX_ROW) return null;
    out += row + p.parts[i + 1];
  }
  return out;
}
