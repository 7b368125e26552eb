/**
 * What Excel accepts, written from Microsoft's documentation (not from this project's own
 * helpers), for the strict fake Excel (test/hosts/fakeExcel.ts). Each rule names its source.
 *
 * - Formulas: tokenized and parsed with @borgar/fx (an independent implementation of Excel's
 *   formula grammar, MIT); the function names come from Microsoft's "Excel functions
 *   (alphabetical)" list in test/hosts/excel-functions.txt. A syntax error is refused
 *   (InvalidArgument), as Excel refuses to enter a formula it cannot parse; an unknown function
 *   or an undefined name is accepted and evaluates to #NAME?, and a reference to a sheet the
 *   workbook does not have to #REF!, as in Excel.
 * - Number-format codes: "Review guidelines for customizing a number format" (Microsoft
 *   Support) and ECMA-376 Part 1 §18.8.30/§18.8.31 (numFmt).
 * - Sheet names: "Rename a worksheet" (Microsoft Support): not blank, at most 31 characters,
 *   none of / \ ? * : [ ], not beginning or ending with an apostrophe, not "History".
 * - Defined names: "Names in formulas" (Microsoft Support, "Learn about syntax rules for
 *   names") and ECMA-376 Part 1 §18.2.5 (definedName) / the "Names" syntax in Part 4.
 * - What typing does (`Range.values` / `Range.formulas` setters): `Range.values` in
 *   @types/office-js: "If the returned value starts with a plus ("+"), minus ("-"), or equal
 *   sign ("="), Excel interprets this value as a formula."
 * - Copying (`Range.copyFrom`, ExcelApi 1.9, in @types/office-js and Microsoft's "Copy and
 *   paste using the Excel JavaScript API"): a destination smaller than the source grows to its
 *   size, one that is an exact multiple of it gets the source repeated; "Formulas" copies
 *   formulas (constants as they are) and no formatting. A copied formula's relative
 *   references move with it, absolute (`$`) parts do not (Microsoft Support, "Switch between
 *   relative, absolute, and mixed references"); one pushed off the sheet becomes #REF!.
 * - Limits: "Excel specifications and limits" (Microsoft Support): formula contents at most
 *   8,192 characters, 255 arguments per function, 64 nested levels of functions; a cell holds
 *   at most 32,767 characters.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, tokenize, translateFormulaToA1, translateFormulaToR1C1, type Token } from "@borgar/fx";

// ---------------------------------------------------------------------------------------
// Function names
// ---------------------------------------------------------------------------------------

/** Excel's worksheet functions (upper case), from test/hosts/excel-functions.txt. */
export const EXCEL_FUNCTIONS: ReadonlySet<string> = new Set(
  readFileSync(join(__dirname, "excel-functions.txt"), "utf8")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => l.toUpperCase()),
);

/**
 * A function name as written in a formula, without the file format's future-function
 * prefixes (`_xlfn.`, `_xlws.`), which Excel also accepts when typed.
 */
function bareFunctionName(name: string): string {
  return name.toUpperCase().replace(/^(_XLFN\.)?(_XLWS\.)?/, "");
}

// ---------------------------------------------------------------------------------------
// Formulas
// ---------------------------------------------------------------------------------------

/** Excel specifications and limits: "Length of formula contents: 8,192 characters". */
export const MAX_FORMULA_CHARS = 8192;
/** Excel specifications and limits: "Arguments in a function: 255". */
export const MAX_ARGUMENTS = 255;
/** Excel specifications and limits: "Nested levels of functions: 64". */
export const MAX_NESTING = 64;
/** Excel specifications and limits: "Total number of characters that a cell can contain: 32,767". */
export const MAX_CELL_CHARS = 32767;

export interface FormulaScope {
  /** Is this a defined name visible here (workbook-level, or sheet-level on `sheet`)? */
  isName(name: string, sheet: string | null): boolean;
  /** Does the workbook have this sheet? */
  hasSheet(name: string): boolean;
  /** Custom functions the workbook knows (e.g. an add-in's `SALES.*`), upper case. */
  customFunctions: ReadonlySet<string>;
}

export type FormulaVerdict =
  | { ok: false; reason: string }
  | {
      ok: true;
      /** What the formula evaluates to when it cannot be computed: Excel's error, or null. */
      error: "#NAME?" | "#REF!" | null;
      unknownFunctions: string[];
      unknownNames: string[];
      missingSheets: string[];
    };

function refuse(reason: string): FormulaVerdict {
  return { ok: false, reason };
}

/** Sheet (and workbook) prefix of a reference token: `'My ''Sheet'!A1` -> ["My 'Sheet"]. */
export function contextOf(ref: string): { book: string | null; sheet: string | null; rest: string } {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { book: null, sheet: null, rest: ref };
  let prefix = ref.slice(0, bang);
  const rest = ref.slice(bang + 1);
  if (prefix.startsWith("'") && prefix.endsWith("'") && prefix.length >= 2) prefix = prefix.slice(1, -1).replace(/''/g, "'");
  const m = /^\[([^\]]*)\](.*)$/.exec(prefix);
  if (m) return { book: m[1], sheet: m[2] || null, rest };
  return { book: null, sheet: prefix, rest };
}

/** Ranges like `Sheet1!A1:Sheet1!B2` are merged by fx into one token per side. */
function refSheets(ref: string): string[] {
  const { book, sheet } = contextOf(ref);
  if (book !== null || sheet === null) return [];
  // A 3-D reference `Sheet1:Sheet3!A1` names two sheets.
  return sheet.includes(":") && !ref.startsWith("'") ? sheet.split(":") : [sheet];
}

/** Every call's argument count and nesting depth, from the token list. */
function callShape(tokens: Token[]): { maxArgs: number; maxDepth: number } {
  const stack: { fn: boolean; args: number; empty: boolean }[] = [];
  let maxArgs = 0;
  let maxDepth = 0;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === "func") continue;
    if (t.type === "operator" && (t.value === "(" || t.value === "{")) {
      const fn = t.value === "(" && i > 0 && tokens[i - 1].type === "func";
      stack.push({ fn, args: 1, empty: true });
      if (fn) maxDepth = Math.max(maxDepth, ++depth);
      continue;
    }
    const top = stack[stack.length - 1];
    if (t.type === "operator" && (t.value === ")" || t.value === "}")) {
      const s = stack.pop();
      if (s?.fn) {
        maxArgs = Math.max(maxArgs, s.empty ? 0 : s.args);
        depth--;
      }
      continue;
    }
    if (top && t.type === "operator" && t.value === "," && top.fn) top.args++;
    if (top && t.type !== "whitespace") top.empty = false;
  }
  return { maxArgs, maxDepth };
}

/**
 * Checks a formula as Excel does when it is entered. `formula` starts with "=" (a cell
 * formula, a defined name's "refers to", a conditional-format rule).
 */
export function checkFormula(formula: string, scope: FormulaScope, sheet: string | null): FormulaVerdict {
  if (!formula.startsWith("=")) return refuse("a formula starts with =");
  if (formula.length > MAX_FORMULA_CHARS) return refuse(`formula longer than ${MAX_FORMULA_CHARS} characters`);
  const body = formula.slice(1);
  if (body.trim() === "") return refuse("empty formula");
  let tokens: Token[];
  try {
    tokens = tokenize(body, { mergeRefs: true, negativeNumbers: true });
    const bad = tokens.find((t) => t.type === "unknown" || t.type === "newline");
    if (bad) return refuse(`unexpected ${JSON.stringify(bad.value)}`);
    parse(tokens, {});
  } catch (e) {
    return refuse(e instanceof Error ? e.message : String(e));
  }
  const { maxArgs, maxDepth } = callShape(tokens);
  if (maxArgs > MAX_ARGUMENTS) return refuse(`more than ${MAX_ARGUMENTS} arguments`);
  if (maxDepth > MAX_NESTING) return refuse(`more than ${MAX_NESTING} nested functions`);

  const unknownFunctions: string[] = [];
  const unknownNames: string[] = [];
  const missingSheets: string[] = [];
  // LET and LAMBDA bind their own names; those are not defined names.
  const binds = tokens.some((t) => t.type === "func" && /^(LET|LAMBDA)$/.test(bareFunctionName(t.value)));
  for (const t of tokens) {
    if (t.type === "func") {
      const name = bareFunctionName(t.value);
      if (!EXCEL_FUNCTIONS.has(name) && !scope.customFunctions.has(name) && !scope.isName(t.value, sheet) && !binds) unknownFunctions.push(t.value);
    } else if (t.type === "range_named") {
      const { book, sheet: on, rest } = contextOf(t.value);
      if (book !== null) continue;
      if (on !== null && !scope.hasSheet(on)) missingSheets.push(on);
      else if (!binds && !scope.isName(rest, on ?? sheet)) unknownNames.push(t.value);
    } else if (t.type === "range" || t.type === "range_beam" || t.type === "range_ternary") {
      for (const s of refSheets(t.value)) if (!scope.hasSheet(s)) missingSheets.push(s);
    }
  }
  const error = missingSheets.length > 0 ? "#REF!" : unknownFunctions.length > 0 || unknownNames.length > 0 ? "#NAME?" : null;
  return { ok: true, error, unknownFunctions, unknownNames, missingSheets };
}

// ---------------------------------------------------------------------------------------
// What typing a string does
// ---------------------------------------------------------------------------------------

/** Error values Excel recognizes when typed (and returns as strings from `values`). */
export const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!", "#BUSY!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#UNKNOWN!"];

export type TypedInput =
  | { kind: "empty" }
  | { kind: "formula"; formula: string }
  | { kind: "text"; value: string; quotePrefix: boolean }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; value: string };

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?%?\s*$/;

/**
 * What a string written through `Range.values` or `Range.formulas` becomes (the same as
 * typing it): "=…" a formula; "+…"/"-…" a formula unless it is a number (`Range.values`:
 * "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
 * interprets this value as a formula"; typing `-5` gives the number -5 and `+abc` the
 * formula `=+abc`, which shows #NAME?); a leading apostrophe keeps text and is not part of
 * the value; numbers, percentages, TRUE/FALSE and error values are recognized.
 */
export function typedInput(x: string): TypedInput {
  if (x === "") return { kind: "empty" };
  if (x.startsWith("'")) return { kind: "text", value: x.slice(1), quotePrefix: true };
  if (NUMBER.test(x)) {
    const t = x.trim();
    return { kind: "number", value: t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t) };
  }
  // A lone "=", "+" or "-" is text (there is no formula after it).
  if (x.startsWith("=") && x.length > 1) return { kind: "formula", formula: x };
  if ((x.startsWith("+") || x.startsWith("-")) && x.trim().length > 1) return { kind: "formula", formula: `=${x}` };
  if (ERROR_LITERALS.includes(x.toUpperCase())) return { kind: "error", value: x.toUpperCase() };
  if (/^(true|false)$/i.test(x.trim())) return { kind: "boolean", value: x.trim().toLowerCase() === "true" };
  return { kind: "text", value: x, quotePrefix: false };
}

// ---------------------------------------------------------------------------------------
// Number formats
// ---------------------------------------------------------------------------------------

/** Colors a format section may name ("Review guidelines for customizing a number format"). */
const COLORS = /^(black|blue|cyan|green|magenta|red|white|yellow|color([1-9]|[1-4]\d|5[0-6]))$/i;
/** Conditions: [<100], [>=1000], [=0] … */
const CONDITION = /^(<|>|=|<=|>=|<>)\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** Locale / currency: [$-804], [$€-407], [$USD], [$¥-zh-CN]. */
const LOCALE = /^\$[^-\]]*(-[0-9A-Fa-f]{1,8}|-[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*)?$/;
/** Elapsed time: [h], [hh], [m], [mm], [s], [ss]. */
const ELAPSED = /^(h+|m+|s+)$/i;
/** East Asian numerals (Chinese/Japanese/Korean number formats). */
const DBNUM = /^(dbnum[1-4]|natnum\d{1,2})$/i;
/** Characters shown without quotes ("The following characters are displayed without the use of quotation marks"). */
const LITERAL_CHARS = new Set([..."$-+/():!^&'~{}<>= ", "\u00a0"]);
/** Letters that are codes (dates and times, scientific E, era, Buddhist year, weekday aaa). */
const CODE_LETTERS = /^[yYmMdDhHsSeEgGbBaA]$/;

/**
 * Checks a number-format code; returns why Excel would refuse it, or null. Allowed: up to
 * four sections separated by ";" (positive; negative; zero; text), each with number
 * placeholders (0 # ? . , % E+ E- /), date and time codes, "quoted text", \escaped and _
 * and * followed by a character, @ (text), General, and brackets holding a color, a
 * condition, a locale/currency, elapsed time or DBNum.
 */
export function numberFormatProblem(code: string): string | null {
  if (code.length > 255) return "longer than 255 characters";
  const sections: string[] = [];
  let cur = "";
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      if (end < 0) return "unbalanced quotation mark";
      cur += code.slice(i, end + 1);
      i = end;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      if (i + 1 >= code.length) return `${ch} at the end`;
      cur += code.slice(i, i + 2);
      i++;
    } else if (ch === "[") {
      const end = code.indexOf("]", i + 1);
      if (end < 0) return "unbalanced [";
      cur += code.slice(i, end + 1);
      i = end;
    } else if (ch === "]") {
      return "unbalanced ]";
    } else if (ch === ";") {
      sections.push(cur);
      cur = "";
    } else {
      cur += ch;
    }
  }
  sections.push(cur);
  if (sections.length > 4) return "more than four sections";
  for (const [n, s] of sections.entries()) {
    const p = sectionProblem(s, n === 3);
    if (p) return `section ${n + 1}: ${p}`;
  }
  return null;
}

function sectionProblem(s: string, textSection: boolean): string | null {
  let numeric = false;
  let text = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') {
      i = s.indexOf('"', i + 1);
      continue;
    }
    if (ch === "\\" || ch === "_" || ch === "*") {
      i++;
      continue;
    }
    if (ch === "[") {
      const end = s.indexOf("]", i + 1);
      const inner = s.slice(i + 1, end);
      if (!(COLORS.test(inner) || CONDITION.test(inner) || LOCALE.test(inner) || ELAPSED.test(inner) || DBNUM.test(inner))) return `unknown [${inner}]`;
      if (ELAPSED.test(inner)) numeric = true;
      i = end;
      continue;
    }
    if (/^general/i.test(s.slice(i))) {
      numeric = true;
      i += "general".length - 1;
      continue;
    }
    if (/^(am\/pm|a\/p)/i.test(s.slice(i))) {
      i += s.slice(i).toLowerCase().startsWith("am/pm") ? 4 : 2;
      continue;
    }
    if (ch === "@") {
      text = true;
      continue;
    }
    if ("0#?.,%".includes(ch)) {
      if (ch !== "," && ch !== ".") numeric = true;
      continue;
    }
    if ((ch === "E" || ch === "e") && (s[i + 1] === "+" || s[i + 1] === "-")) {
      numeric = true;
      i++;
      continue;
    }
    if (CODE_LETTERS.test(ch)) {
      numeric = true;
      continue;
    }
    if (/\d/.test(ch) || LITERAL_CHARS.has(ch)) continue;
    // Characters beyond ASCII (e.g. 元, 上午/下午 in Chinese formats) are taken as literals.
    if (ch.charCodeAt(0) > 0x7f) continue;
    return `${JSON.stringify(ch)} needs quotation marks or a backslash`;
  }
  if (text && numeric) return "@ mixed with number or date codes";
  if (textSection && numeric) return "the fourth section is for text";
  return null;
}

// ---------------------------------------------------------------------------------------
// Sheet and defined names
// ---------------------------------------------------------------------------------------

export const MAX_SHEET_NAME = 31;

/** Why Excel refuses a sheet name ("Rename a worksheet", Microsoft Support), or null. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "blank";
  if (name.length > MAX_SHEET_NAME) return `longer than ${MAX_SHEET_NAME} characters`;
  const bad = /[/\\?*:[\]]/.exec(name);
  if (bad) return `contains ${bad[0]}`;
  if (name.startsWith("'") || name.endsWith("'")) return "begins or ends with an apostrophe";
  if (name.toLowerCase() === "history") return '"History" is reserved';
  return null;
}

/** The same text in Excel's case-insensitive comparison of sheet and defined names. */
export function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

const MAX_COLUMN = 16384;
const MAX_ROW = 1048576;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Is `name` a cell reference in A1 (Z$100) or R1C1 (R1C1, R, C, R2, C3) notation? */
function looksLikeReference(name: string): boolean {
  const a1 = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(name);
  if (a1 && columnNumber(a1[1]) <= MAX_COLUMN && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROW) return true;
  return /^[Rr](\d*)([Cc](\d*))?$/.test(name) || /^[Cc](\d*)$/.test(name);
}

/**
 * Why Excel refuses a defined name, or null: the first character a letter, "_" or "\", the
 * rest letters, digits, "." or "_"; no spaces; not a cell reference (Z$100, R1C1, R, C);
 * not TRUE or FALSE; at most 255 characters.
 */
export function definedNameProblem(name: string): string | null {
  if (name.length === 0) return "empty";
  if (name.length > 255) return "longer than 255 characters";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) return "invalid characters";
  if (looksLikeReference(name)) return "looks like a cell reference";
  if (/^(true|false)$/i.test(name)) return "TRUE and FALSE are not names";
  return null;
}

// ---------------------------------------------------------------------------------------
// Page layout (ExcelApi 1.9)
// ---------------------------------------------------------------------------------------

/** "Excel specifications and limits" (Microsoft Support): "Characters in a header or footer: 255". */
export const MAX_HEADER_FOOTER_CHARS = 255;
/**
 * "Excel specifications and limits": "Page breaks: 1,026 horizontal and vertical"; the VBA
 * reference of Worksheet.HPageBreaks: "There is a limit of 1026 horizontal page breaks per sheet".
 */
export const MAX_PAGE_BREAKS = 1026;
/** Excel.PrintMarginUnit (@types/office-js): the units `PageLayout.setPrintMargins` takes. */
export const PRINT_MARGIN_UNITS: readonly string[] = ["Points", "Inches", "Centimeters"];
/** Excel.PrintOrder (@types/office-js): `PageLayout.printOrder`. */
export const PRINT_ORDERS: readonly string[] = ["DownThenOver", "OverThenDown"];
/** Excel.HeaderFooterState (@types/office-js): `HeaderFooterGroup.state`. */
export const HEADER_FOOTER_STATES: readonly string[] = ["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"];

// ---------------------------------------------------------------------------------------
// Copying
// ---------------------------------------------------------------------------------------

/** "C5" for row 5, column 3. */
function a1(row: number, col: number): string {
  let letters = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/**
 * A formula ("=…") copied from one cell to another: each reference goes to R1C1 relative to
 * the old cell and back to A1 relative to the new one (@borgar/fx), so relative parts move and
 * `$` parts stay; the sheet part is kept as typed; a reference off the sheet becomes #REF!.
 */
export function copiedFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }): string {
  if (from.row === to.row && from.col === to.col) return formula;
  return tokenize(formula, { mergeRefs: true, negativeNumbers: true })
    .map((t) => {
      if (!/^(range|range_beam|range_ternary)$/.test(t.type)) return t.value;
      const { rest } = contextOf(t.value);
      const prefix = t.value.slice(0, t.value.length - rest.length);
      const moved = translateFormulaToA1(translateFormulaToR1C1(`=${rest}`, a1(from.row, from.col)), a1(to.row, to.col), { wrapEdges: false }).slice(1);
      return prefix + (moved.includes("#REF!") ? "#REF!" : moved);
    })
    .join("");
}
