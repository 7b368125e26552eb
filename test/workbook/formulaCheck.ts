/**
 * A static checker for the formulas in a workbook spec, used by the tests (test-only code, so
 * it lives under test/; it reads formulas with the project's one tokenizer,
 * `src/workbook/formula.ts`):
 * - every formula parses (balanced parentheses and quotes, operators between operands,
 *   no empty arguments) and has no leading "=";
 * - every function is a native one on the whitelist below (what Excel 2010+, LibreOffice
 *   and WPS all evaluate: no LET/LAMBDA/XLOOKUP/IFS/TEXTJOIN, no _xlfn., never SALES.*),
 *   called with an allowed number of arguments;
 * - every reference points at an existing sheet and at cells some block of that sheet
 *   covers, and every name is a defined name of the spec.
 * Conditional-format formulas are checked at both corners of their range (relative
 * references shift); validation and merge ranges, defined names and chart series too.
 */
import { colLetter, parseRange, type Rect } from "../../src/workbook/a1";
import { callsNamespace, cellReference, nameReference, tokenize, type FormulaToken } from "../../src/workbook/formula";
import type { SheetSpec, WorkbookSpec } from "../../src/workbook/spec";

/** Native functions the builders may use, with their argument counts [min, max]. */
export const KNOWN_FUNCTIONS: Readonly<Record<string, readonly [number, number]>> = {
  ABS: [1, 1],
  AND: [1, 255],
  CHOOSE: [2, 255],
  COUNT: [1, 255],
  COUNTA: [1, 255],
  IF: [2, 3],
  IFERROR: [2, 2],
  INDEX: [2, 3],
  INT: [1, 1],
  ISNUMBER: [1, 1],
  LARGE: [2, 2],
  MATCH: [2, 3],
  MAX: [1, 255],
  MIN: [1, 255],
  N: [1, 1],
  OR: [1, 255],
  ROUND: [2, 2],
  ROUNDUP: [2, 2],
  SQRT: [1, 1],
  SUM: [1, 255],
  SUMIF: [2, 3],
  SUMPRODUCT: [1, 255],
  SUMIFS: [3, 255],
  COUNTIF: [2, 2],
  COUNTIFS: [2, 254],
  NA: [0, 0],
  TDIST: [3, 3],
  TEXT: [2, 2],
  WEEKDAY: [1, 2],
};

export interface CellRef {
  /** Sheet named in the reference, or undefined for the formula's own sheet. */
  sheet?: string;
  range: Rect;
  /** Which corners' rows/columns are absolute: [top-left, bottom-right]. */
  absRow: [boolean, boolean];
  absCol: [boolean, boolean];
}

export interface ParsedFormula {
  functions: { name: string; args: number }[];
  refs: CellRef[];
  names: string[];
}

function describe(t: FormulaToken): string {
  return t.kind === "reference" ? "reference" : `"${t.text}"`;
}

const BINARY = new Set(["+", "-", "*", "/", "^", "&", "=", "<>", "<", ">", "<=", ">="]);

/** The project's tokens without whitespace; throws where the tokenizer found something it could not place. */
function significantTokens(formula: string): FormulaToken[] {
  const tokens = tokenize(formula).filter((t) => t.kind !== "whitespace");
  for (const t of tokens) {
    if (t.unterminated) throw new Error("unterminated string");
    if (t.kind === "unknown") throw new Error(t.text.startsWith("'") ? "unterminated quoted sheet name" : `unexpected "${t.text}"`);
    if (t.kind === "operator" && t.text === ":") throw new Error(`bad range after ":" in "${formula}"`);
    if (t.kind === "prefix") throw new Error('formula must not start with "="');
  }
  return tokens;
}

function toCellRef(t: FormulaToken): CellRef {
  const r = cellReference(t);
  if (!r) throw new Error(`not a cell reference: ${t.text}`);
  const ref: CellRef = {
    range: { top: r.top, left: r.left, bottom: r.bottom, right: r.right },
    absRow: [r.absTop, r.absBottom],
    absCol: [r.absLeft, r.absRight],
  };
  if (r.sheet !== undefined) ref.sheet = r.sheet;
  return ref;
}

/**
 * Parse (grammar only) over the project's one tokenizer (`src/workbook/formula.ts`); throws
 * with a message on a syntax error.
 */
export function parseFormula(formula: string): ParsedFormula {
  if (formula.trim() === "") throw new Error("empty formula");
  if (formula.startsWith("=")) throw new Error('formula must not start with "="');
  const tokens = significantTokens(formula);
  const result: ParsedFormula = { functions: [], refs: [], names: [] };
  let pos = 0;
  const peek = (): FormulaToken | undefined => tokens[pos];
  const isOp = (t: FormulaToken | undefined, text: string): boolean => t?.kind === "operator" && t.text === text;

  const expression = (): void => {
    unary();
    for (;;) {
      const t = peek();
      if (t?.kind === "operator" && BINARY.has(t.text)) {
        pos++;
        unary();
      } else return;
    }
  };
  const unary = (): void => {
    const t = peek();
    if (isOp(t, "-") || isOp(t, "+")) {
      pos++;
      unary();
      return;
    }
    primary();
    while (isOp(peek(), "%")) pos++;
  };
  const call = (name: string): void => {
    if (!isOp(tokens[pos++], "(")) throw new Error(`missing ( after ${name}`);
    let args = 0;
    if (!isOp(peek(), ")")) {
      for (;;) {
        if (isOp(peek(), ",") || isOp(peek(), ")")) throw new Error(`empty argument in ${name}`);
        expression();
        args++;
        if (isOp(peek(), ",")) {
          pos++;
          continue;
        }
        break;
      }
    }
    if (!isOp(tokens[pos++], ")")) throw new Error(`missing ) after the arguments of ${name}`);
    result.functions.push({ name: name.toUpperCase(), args });
  };
  const primary = (): void => {
    const t = tokens[pos++];
    if (!t) throw new Error("formula ends where a value was expected");
    switch (t.kind) {
      case "number":
      case "string":
      case "boolean":
        return;
      case "reference":
        result.refs.push(toCellRef(t));
        return;
      case "name":
        result.names.push(nameReference(t)?.name ?? t.text);
        return;
      case "function":
        call(t.text);
        return;
      case "operator":
        if (t.text === "(") {
          expression();
          if (!isOp(tokens[pos++], ")")) throw new Error("missing )");
          return;
        }
        throw new Error(`unexpected ${describe(t)}`);
      default:
        throw new Error(`unexpected ${describe(t)}`);
    }
  };

  expression();
  if (pos !== tokens.length) throw new Error(`unexpected ${describe(tokens[pos])} after the end of the expression`);
  return result;
}

// ---- workbook checks -------------------------------------------------------------------------

export interface FormulaIssue {
  sheet: string;
  /** Cell, range or name the problem belongs to. */
  where: string;
  formula: string;
  message: string;
}

/** Which cells each sheet's blocks cover, by "row,col". */
function coverage(sheet: SheetSpec): Set<string> {
  const covered = new Set<string>();
  for (const b of sheet.blocks) {
    const o = parseRange(b.at);
    b.cells.forEach((row, i) => row.forEach((_, j) => covered.add(`${o.top + i},${o.left + j}`)));
  }
  return covered;
}

function shift(ref: CellRef, dr: number, dc: number): Rect {
  const r = ref.range;
  return {
    top: r.top + (ref.absRow[0] ? 0 : dr),
    left: r.left + (ref.absCol[0] ? 0 : dc),
    bottom: r.bottom + (ref.absRow[1] ? 0 : dr),
    right: r.right + (ref.absCol[1] ? 0 : dc),
  };
}

function show(r: Rect): string {
  const a = `${colLetter(r.left)}${r.top}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${colLetter(r.right)}${r.bottom}`;
}

export class WorkbookChecker {
  private readonly covered = new Map<string, Set<string>>();
  /** Per sheet: rectangles the team fills (SheetSpec.entryRanges), valid targets without blocks. */
  private readonly entry = new Map<string, Rect[]>();
  private readonly names: Set<string>;
  readonly issues: FormulaIssue[] = [];

  constructor(private readonly spec: WorkbookSpec) {
    for (const s of spec.sheets) {
      this.covered.set(s.name, coverage(s));
      this.entry.set(s.name, (s.entryRanges ?? []).map((r) => parseRange(r)));
    }
    this.names = new Set(spec.names.map((n) => n.name.toUpperCase()));
  }

  private issue(sheet: string, where: string, formula: string, message: string): void {
    this.issues.push({ sheet, where, formula, message });
  }

  /** Whether every cell of `range` on `sheet` is covered by a block; reports otherwise. */
  private exists(sheet: string, range: Rect, where: string, formula: string, from: string): boolean {
    const cells = this.covered.get(sheet);
    if (!cells) {
      this.issue(from, where, formula, `unknown sheet "${sheet}"`);
      return false;
    }
    if (range.top < 1 || range.left < 1) {
      this.issue(from, where, formula, `reference shifted off the sheet`);
      return false;
    }
    const inEntry = (this.entry.get(sheet) ?? []).some(
      (e) => range.top >= e.top && range.bottom <= e.bottom && range.left >= e.left && range.right <= e.right,
    );
    if (inEntry) return true;
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        if (!cells.has(`${r},${c}`)) {
          this.issue(from, where, formula, `${sheet}!${show(range)} refers to ${colLetter(c)}${r}, which no block defines`);
          return false;
        }
      }
    }
    return true;
  }

  /** Check one formula evaluated on `sheet`, shifted by each of `offsets` (for conditional formats). */
  formula(sheet: string, where: string, formula: string, offsets: readonly (readonly [number, number])[] = [[0, 0]]): void {
    if (callsNamespace(formula, "SALES")) this.issue(sheet, where, formula, "SALES.* functions must not appear in generated sheets");
    if (callsNamespace(formula, "_xlfn")) this.issue(sheet, where, formula, "_xlfn. (newer-Excel-only) functions are not allowed");
    let parsed: ParsedFormula;
    try {
      parsed = parseFormula(formula);
    } catch (e) {
      this.issue(sheet, where, formula, `does not parse: ${(e as Error).message}`);
      return;
    }
    for (const f of parsed.functions) {
      const arity = KNOWN_FUNCTIONS[f.name];
      if (!arity) this.issue(sheet, where, formula, `function ${f.name} is not on the whitelist of native functions`);
      else if (f.args < arity[0] || f.args > arity[1]) {
        this.issue(sheet, where, formula, `${f.name} takes ${arity[0]}–${arity[1]} arguments, got ${f.args}`);
      }
    }
    for (const n of parsed.names) {
      if (!this.names.has(n.toUpperCase())) this.issue(sheet, where, formula, `unknown name ${n}`);
    }
    for (const ref of parsed.refs) {
      for (const [dr, dc] of offsets) this.exists(ref.sheet ?? sheet, shift(ref, dr, dc), where, formula, sheet);
    }
  }

  /** A sheet-qualified reference such as `'输入'!$B$5`. */
  qualifiedRef(from: string, where: string, ref: string): void {
    const m = /^'((?:[^']|'')+)'!(.+)$/.exec(ref);
    if (!m) {
      this.issue(from, where, ref, "expected a quoted sheet name and a range");
      return;
    }
    try {
      this.exists(m[1].replace(/''/g, "'"), parseRange(m[2].replace(/\$/g, "")), where, ref, from);
    } catch (e) {
      this.issue(from, where, ref, (e as Error).message);
    }
  }

  checkAll(): FormulaIssue[] {
    for (const sheet of this.spec.sheets) {
      for (const b of sheet.blocks) {
        const o = parseRange(b.at);
        b.cells.forEach((row, i) =>
          row.forEach((cell, j) => {
            const where = `${colLetter(o.left + j)}${o.top + i}`;
            if (cell.f !== undefined && cell.v !== undefined) this.issue(sheet.name, where, cell.f, "cell has both a value and a formula");
            if (cell.f !== undefined) this.formula(sheet.name, where, cell.f);
          }),
        );
      }
      for (const cf of sheet.conditionalFormats) {
        const r = parseRange(cf.range);
        this.exists(sheet.name, r, cf.range, cf.formula, sheet.name);
        this.formula(sheet.name, cf.range, cf.formula, [
          [0, 0],
          [r.bottom - r.top, r.right - r.left],
        ]);
      }
      for (const range of [...sheet.validations.map((v) => v.range), ...(sheet.merges ?? [])]) {
        this.exists(sheet.name, parseRange(range), range, range, sheet.name);
      }
      for (const chart of sheet.charts) {
        for (const s of chart.series) {
          this.qualifiedRef(sheet.name, chart.title, s.categories);
          this.qualifiedRef(sheet.name, chart.title, s.values);
        }
      }
    }
    for (const n of this.spec.names) this.qualifiedRef("(names)", n.name, n.ref);
    return this.issues;
  }
}

/** Every problem with the formulas and references of a spec (empty when all is well). */
export function checkWorkbook(spec: WorkbookSpec): FormulaIssue[] {
  return new WorkbookChecker(spec).checkAll();
}
