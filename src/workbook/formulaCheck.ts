/**
 * A static checker for the formulas in a workbook spec, used by the tests:
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
import { MAX_COLUMN, MAX_ROW, colLetter, colNumber, parseRange, type RangeAddress } from "./a1";
import type { SheetSpec, WorkbookSpec } from "./spec";

/** Native functions the builders may use, with their argument counts [min, max]. */
export const KNOWN_FUNCTIONS: Readonly<Record<string, readonly [number, number]>> = {
  ABS: [1, 1],
  AND: [1, 255],
  CHOOSE: [2, 255],
  COUNT: [1, 255],
  COUNTA: [1, 255],
  IF: [2, 3],
  INDEX: [2, 3],
  INT: [1, 1],
  ISNUMBER: [1, 1],
  MATCH: [2, 3],
  MAX: [1, 255],
  MIN: [1, 255],
  N: [1, 1],
  OR: [1, 255],
  ROUND: [2, 2],
  ROUNDUP: [2, 2],
  SUM: [1, 255],
  SUMIF: [2, 3],
  SUMPRODUCT: [1, 255],
  SUMIFS: [3, 255],
  COUNTIF: [2, 2],
  COUNTIFS: [2, 254],
  NA: [0, 0],
  TEXT: [2, 2],
  WEEKDAY: [1, 2],
};

export interface CellRef {
  /** Sheet named in the reference, or undefined for the formula's own sheet. */
  sheet?: string;
  range: RangeAddress;
  /** Which corners' rows/columns are absolute: [top-left, bottom-right]. */
  absRow: [boolean, boolean];
  absCol: [boolean, boolean];
}

type Token =
  | { t: "num"; v: string }
  | { t: "str"; v: string }
  | { t: "bool"; v: string }
  | { t: "ref"; ref: CellRef }
  | { t: "name"; v: string }
  | { t: "func"; v: string }
  | { t: "op"; v: string }
  | { t: "("; v: "(" }
  | { t: ")"; v: ")" }
  | { t: ","; v: "," };

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w.(])/;
const IDENT = /^[A-Za-z_\\][\w.]*/;
const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?(?![\w.])/;

function parseCellToken(s: string): { len: number; row: number; col: number; absRow: boolean; absCol: boolean } | null {
  const m = CELL.exec(s);
  if (!m) return null;
  const col = colNumber(m[2]);
  const row = Number(m[4]);
  if (row < 1 || row > MAX_ROW || col > MAX_COLUMN) return null;
  return { len: m[0].length, row, col, absRow: m[3] === "$", absCol: m[1] === "$" };
}

/** Cell or range at the start of `s` (after an optional sheet prefix). */
function readRef(s: string, sheet: string | undefined): { len: number; ref: CellRef } | null {
  const a = parseCellToken(s);
  if (!a) return null;
  let len = a.len;
  let b = a;
  if (s[len] === ":") {
    const second = parseCellToken(s.slice(len + 1));
    if (!second) throw new Error(`bad range after ":" in "${s}"`);
    b = second;
    len += 1 + second.len;
  }
  return {
    len,
    ref: {
      sheet,
      range: { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) },
      absRow: [a.absRow, b.absRow],
      absCol: [a.absCol, b.absCol],
    },
  };
}

/** Tokens of a formula; throws on an unterminated string or an unknown character. */
export function tokenize(formula: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const rest = formula.slice(i);
    const ch = formula[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let v = "";
      for (;;) {
        if (j >= formula.length) throw new Error("unterminated string");
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') {
            v += '"';
            j += 2;
            continue;
          }
          break;
        }
        v += formula[j++];
      }
      out.push({ t: "str", v });
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      const m = /^'((?:[^']|'')+)'!/.exec(rest);
      if (!m) throw new Error("unterminated quoted sheet name");
      const ref = readRef(rest.slice(m[0].length), m[1].replace(/''/g, "'"));
      if (!ref) throw new Error(`sheet prefix without a cell reference: ${rest.slice(0, 40)}`);
      out.push({ t: "ref", ref: ref.ref });
      i += m[0].length + ref.len;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) {
      out.push({ t: "num", v: num[0] });
      i += num[0].length;
      continue;
    }
    const cell = readRef(rest, undefined);
    if (cell) {
      out.push({ t: "ref", ref: cell.ref });
      i += cell.len;
      continue;
    }
    const id = IDENT.exec(rest);
    if (id) {
      const word = id[0];
      const after = formula.slice(i + word.length);
      if (after.startsWith("!")) {
        const ref = readRef(after.slice(1), word);
        if (!ref) throw new Error(`sheet prefix without a cell reference: ${rest.slice(0, 40)}`);
        out.push({ t: "ref", ref: ref.ref });
        i += word.length + 1 + ref.len;
      } else if (/^\s*\(/.test(after)) {
        out.push({ t: "func", v: word });
        i += word.length;
      } else if (/^(TRUE|FALSE)$/i.test(word)) {
        out.push({ t: "bool", v: word.toUpperCase() });
        i += word.length;
      } else {
        out.push({ t: "name", v: word });
        i += word.length;
      }
      continue;
    }
    const op = /^(<>|<=|>=|[-+*/^&=<>%])/.exec(rest);
    if (op) {
      out.push({ t: "op", v: op[0] });
      i += op[0].length;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === ",") {
      out.push({ t: ch, v: ch } as Token);
      i++;
      continue;
    }
    throw new Error(`unexpected character "${ch}" at ${i}`);
  }
  return out;
}

export interface ParsedFormula {
  functions: { name: string; args: number }[];
  refs: CellRef[];
  names: string[];
}

function describe(t: Token): string {
  return t.t === "ref" ? "reference" : `"${t.v}"`;
}

const BINARY = new Set(["+", "-", "*", "/", "^", "&", "=", "<>", "<", ">", "<=", ">="]);

/** Parse (grammar only); throws with a message on a syntax error. */
export function parseFormula(formula: string): ParsedFormula {
  if (formula.trim() === "") throw new Error("empty formula");
  if (formula.startsWith("=")) throw new Error('formula must not start with "="');
  const tokens = tokenize(formula);
  const result: ParsedFormula = { functions: [], refs: [], names: [] };
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];

  const expression = (): void => {
    unary();
    for (;;) {
      const t = peek();
      if (t?.t === "op" && BINARY.has(t.v)) {
        pos++;
        unary();
      } else return;
    }
  };
  const unary = (): void => {
    const t = peek();
    if (t?.t === "op" && (t.v === "-" || t.v === "+")) {
      pos++;
      unary();
      return;
    }
    primary();
    for (let t = peek(); t?.t === "op" && t.v === "%"; t = peek()) pos++;
  };
  const primary = (): void => {
    const t = tokens[pos++];
    if (!t) throw new Error("formula ends where a value was expected");
    switch (t.t) {
      case "num":
      case "str":
      case "bool":
        return;
      case "ref":
        result.refs.push(t.ref);
        return;
      case "name":
        result.names.push(t.v);
        return;
      case "(":
        expression();
        if (tokens[pos++]?.t !== ")") throw new Error("missing )");
        return;
      case "func": {
        if (tokens[pos++]?.t !== "(") throw new Error(`missing ( after ${t.v}`);
        let args = 0;
        if (peek()?.t !== ")") {
          for (;;) {
            if (peek()?.t === "," || peek()?.t === ")") throw new Error(`empty argument in ${t.v}`);
            expression();
            args++;
            if (peek()?.t === ",") {
              pos++;
              continue;
            }
            break;
          }
        }
        if (tokens[pos++]?.t !== ")") throw new Error(`missing ) after the arguments of ${t.v}`);
        result.functions.push({ name: t.v.toUpperCase(), args });
        return;
      }
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

function shift(ref: CellRef, dr: number, dc: number): RangeAddress {
  const r = ref.range;
  return {
    top: r.top + (ref.absRow[0] ? 0 : dr),
    left: r.left + (ref.absCol[0] ? 0 : dc),
    bottom: r.bottom + (ref.absRow[1] ? 0 : dr),
    right: r.right + (ref.absCol[1] ? 0 : dc),
  };
}

function show(r: RangeAddress): string {
  const a = `${colLetter(r.left)}${r.top}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${colLetter(r.right)}${r.bottom}`;
}

export class WorkbookChecker {
  private readonly covered = new Map<string, Set<string>>();
  /** Per sheet: rectangles the team fills (SheetSpec.entryRanges), valid targets without blocks. */
  private readonly entry = new Map<string, RangeAddress[]>();
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
  private exists(sheet: string, range: RangeAddress, where: string, formula: string, from: string): boolean {
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
    if (/SALES\./i.test(formula)) this.issue(sheet, where, formula, "SALES.* functions must not appear in generated sheets");
    if (/_xlfn\./i.test(formula)) this.issue(sheet, where, formula, "_xlfn. (newer-Excel-only) functions are not allowed");
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
