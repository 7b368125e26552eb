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
