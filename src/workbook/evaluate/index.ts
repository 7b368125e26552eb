/**
 * A formula evaluator for workbook specs: computes every formula cell of a `WorkbookSpec`
 * (src/workbook/spec.ts) the way Excel would for the workbook as written, so that writers can
 * store each formula's result next to it (a cache for viewers that do not recalculate; the
 * formulas stay and the workbook still recalculates on load).
 *
 * It covers exactly what the builders emit: the native functions of ./functions.ts, defined
 * names, sheet-qualified references and ranges, arithmetic, comparison, `&`, `%`, and
 * element-wise arrays inside SUMPRODUCT. Semantics follow Excel: a blank is 0 or "", text
 * compares case-insensitively, ROUND rounds half away from zero, errors propagate, a range in a
 * single-value position is implicitly intersected with the formula's row or column. Anything
 * else (an unknown function, a circular reference, an unknown name) throws an `EvaluateError`
 * naming the cell, rather than writing a wrong or missing result.
 *
 * Parsing is @borgar/fx (MIT). Pure code: no host, no I/O.
 */
import { parse, parseA1Ref, tokenize, type AstExpression } from "@borgar/fx";
import { colNumber, parseCell } from "../a1";
import type { CellSpec, WorkbookSpec } from "../spec";
import { lookupFunction, type FnContext } from "./functions";
import {
  ERR,
  EvaluateError,
  XlError,
  compare,
  isArray,
  isError,
  isRef,
  toNumber,
  toText,
  type RefValue,
  type Scalar,
  type Value,
} from "./values";

export { EvaluateError, XlError, type Scalar } from "./values";
export { FUNCTIONS } from "./functions";

/** Row/column key of a cell inside one sheet (columns ≤ 16384 < 16385). */
const key = (row: number, col: number): number => row * 16385 + col;

interface At {
  sheet: number;
  row: number;
  col: number;
}

/** A formula cell being evaluated: where it is, how far it sits from where its parse tree was made, its function context. */
interface Frame {
  at: At;
  dr: number;
  dc: number;
  cx: FnContext;
}

/** A reference as parsed once per parse-tree node: 1-based bounds of the tree's origin cell, with `$` flags. */
interface ParsedRef {
  sheet: number | undefined;
  top: number;
  left: number;
  bottom: number;
  right: number;
  abs: [boolean, boolean, boolean, boolean];
}

/** Strings, quoted sheet names, and A1 cell references (any case; not a function name, not a sheet prefix). */
const PIECES = /("(?:[^"]|"")*")|('(?:[^']|'')*')|(?<![A-Za-z0-9_.\\$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!.])/g;

/**
 * The formula in R1C1 form relative to (row, col): formulas filled down a column share it, so
 * each shape is parsed once (the builders write thousands of formulas in a few dozen shapes).
 */
function relativeKey(formula: string, row: number, col: number): string {
  return formula.replace(PIECES, (m, str: string | undefined, quoted: string | undefined, dCol: string, letters: string, dRow: string, digits: string) => {
    if (str !== undefined || quoted !== undefined) return m;
    const c = colNumber(letters);
    return `R${dRow ? digits : `[${Number(digits) - row}]`}C${dCol ? c : `[${c - col}]`}`;
  });
}

type Grid = Scalar[][];

function broadcast(a: Grid, b: Grid, f: (x: Scalar, y: Scalar) => Scalar): Grid {
  const rows = Math.max(a.length, b.length);
  const cols = Math.max(a[0]?.length ?? 0, b[0]?.length ?? 0);
  const at = (g: Grid, i: number, j: number): Scalar => {
    const r = g.length === 1 ? 0 : i;
    const c = (g[0]?.length ?? 0) === 1 ? 0 : j;
    return r < g.length && c < (g[0]?.length ?? 0) ? g[r][c] : ERR.na;
  };
  const out: Grid = [];
  for (let i = 0; i < rows; i++) {
    const row: Scalar[] = [];
    for (let j = 0; j < cols; j++) row.push(f(at(a, i, j), at(b, i, j)));
    out.push(row);
  }
  return out;
}

function arithmetic(op: string, x: Scalar, y: Scalar): Scalar {
  if (op === "&") {
    const a = toText(x);
    if (isError(a)) return a;
    const b = toText(y);
    return isError(b) ? b : a + b;
  }
  if (op === "=" || op === "<>" || op === "<" || op === "<=" || op === ">" || op === ">=") {
    const d = compare(x, y);
    if (isError(d)) return d;
    return op === "=" ? d === 0 : op === "<>" ? d !== 0 : op === "<" ? d < 0 : op === "<=" ? d <= 0 : op === ">" ? d > 0 : d >= 0;
  }
  const a = toNumber(x);
  if (isError(a)) return a;
  const b = toNumber(y);
  if (isError(b)) return b;
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? ERR.div0 : a / b;
    case "^": {
      const r = Math.pow(a, b);
      return Number.isFinite(r) ? r : ERR.num;
    }
    default:
      throw new EvaluateError(`operator ${op} is not supported by the evaluator`);
  }
}

/** The computed value of every cell of a spec. */
export interface WorkbookValues {
  /** The value at (row, col) of the named sheet: a formula's result, a constant, or null for a blank cell. */
  get(sheet: string, row: number, col: number): Scalar;
}

class Engine implements WorkbookValues {
  private readonly sheetIndex = new Map<string, number>();
  private readonly cells: Map<number, CellSpec>[] = [];
  private readonly results: Map<number, Scalar>[] = [];
  private readonly pending = new Set<number>();
  private readonly names = new Map<string, RefValue>();
  /** Parse trees by relative (R1C1) form, with the cell each was parsed for. */
  private readonly asts = new Map<string, { ast: AstExpression; row: number; col: number }>();
  private readonly nodeRefs = new WeakMap<object, ParsedRef>();

  constructor(private readonly spec: WorkbookSpec) {
    spec.sheets.forEach((sheet, i) => {
      this.sheetIndex.set(sheet.name.toLowerCase(), i);
      const m = new Map<number, CellSpec>();
      for (const block of sheet.blocks) {
        const o = parseCell(block.at);
        block.cells.forEach((row, r) => row.forEach((c, j) => m.set(key(o.row + r, o.col + j), c)));
      }
      this.cells.push(m);
      this.results.push(new Map());
    });
    for (const n of spec.names) {
      const p = this.parseRef(n.ref, `name ${n.name}`);
      if (p.sheet === undefined) throw new EvaluateError(`name ${n.name} must name its sheet: ${n.ref}`);
      this.names.set(n.name.toUpperCase(), { kind: "ref", sheet: p.sheet, top: Math.min(p.top, p.bottom), left: Math.min(p.left, p.right), bottom: Math.max(p.top, p.bottom), right: Math.max(p.left, p.right) });
    }
  }

  get(sheet: string, row: number, col: number): Scalar {
    const i = this.sheetIndex.get(sheet.toLowerCase());
    if (i === undefined) throw new EvaluateError(`no sheet "${sheet}"`);
    return this.cell(i, row, col);
  }

  private cell(sheet: number, row: number, col: number): Scalar {
    const k = key(row, col);
    const spec = this.cells[sheet].get(k);
    if (!spec) return null;
    if (spec.f === undefined) return spec.v ?? null;
    const done = this.results[sheet].get(k);
    if (done !== undefined) return done;
    const id = sheet * 2 ** 36 + k;
    const where = (): string => `'${this.spec.sheets[sheet].name}'!R${row}C${col}`;
    if (this.pending.has(id)) throw new EvaluateError(`circular reference at ${where()}: ${spec.f}`);
    this.pending.add(id);
    let v: Scalar;
    try {
      const at = { sheet, row, col };
      const cx = this.context(at);
      const tree = this.ast(spec.f, row, col);
      v = this.top(this.evaluate(tree.ast, { at, dr: row - tree.row, dc: col - tree.col, cx }, false), cx);
    } catch (e) {
      if (e instanceof EvaluateError && !e.message.includes(" in formula ")) {
        throw new EvaluateError(`${e.message} in formula ${where()} =${spec.f}`);
      }
      throw e;
    } finally {
      this.pending.delete(id);
    }
    this.results[sheet].set(k, v);
    return v;
  }

  /** A formula's final value as Excel stores it: a blank becomes 0, a reference its (intersected) value. */
  private top(v: Value, cx: FnContext): Scalar {
    if (isArray(v)) {
      if (v.rows.length === 1 && v.rows[0].length === 1) return this.top(v.rows[0][0], cx);
      throw new EvaluateError("formula yields an array (only SUMPRODUCT's arguments may be arrays)");
    }
    const s = isRef(v) ? cx.scalar(v) : v;
    if (s === null) return 0;
    if (typeof s === "number") return Number.isFinite(s) ? (Object.is(s, -0) ? 0 : s) : ERR.num;
    return s;
  }

  private ast(formula: string, row: number, col: number): { ast: AstExpression; row: number; col: number } {
    const k = relativeKey(formula, row, col);
    let a = this.asts.get(k);
    if (!a) {
      a = { ast: parse(tokenize(formula)), row, col };
      this.asts.set(k, a);
    }
    return a;
  }

  /** A reference's text parsed (`sheet` undefined: the formula's own sheet). */
  private parseRef(text: string, what: string): ParsedRef {
    const parsed = parseA1Ref(text);
    if (!parsed || !("range" in parsed)) throw new EvaluateError(`cannot read the reference ${text} (${what})`);
    const r = parsed.range;
    if (r.top === null || r.left === null || r.top === undefined || r.left === undefined) {
      throw new EvaluateError(`whole-row or whole-column references are not supported: ${text}`);
    }
    const sheetName = parsed.context?.[parsed.context.length - 1];
    const sheet = sheetName === undefined ? undefined : this.sheetIndex.get(sheetName.toLowerCase());
    if (sheetName !== undefined && sheet === undefined) throw new EvaluateError(`unknown sheet in ${text} (${what})`);
    return {
      sheet,
      top: r.top + 1,
      left: r.left + 1,
      bottom: (r.bottom ?? r.top) + 1,
      right: (r.right ?? r.left) + 1,
      abs: [r.$top === true, r.$left === true, r.$bottom ?? r.$top === true, r.$right ?? r.$left === true].map(Boolean) as ParsedRef["abs"],
    };
  }

  /** A parsed reference for the cell being evaluated: relative rows and columns move with it. */
  private place(p: ParsedRef, fr: Frame): RefValue {
    const top = p.abs[0] ? p.top : p.top + fr.dr;
    const left = p.abs[1] ? p.left : p.left + fr.dc;
    const bottom = p.abs[2] ? p.bottom : p.bottom + fr.dr;
    const right = p.abs[3] ? p.right : p.right + fr.dc;
    if (Math.min(top, left, bottom, right) < 1) throw new EvaluateError("a reference moved off the sheet");
    return {
      kind: "ref",
      sheet: p.sheet ?? fr.at.sheet,
      top: Math.min(top, bottom),
      left: Math.min(left, right),
      bottom: Math.max(top, bottom),
      right: Math.max(left, right),
    };
  }

  private grid(v: Value): Grid {
    if (isRef(v)) {
      const out: Grid = [];
      for (let r = v.top; r <= v.bottom; r++) {
        const row: Scalar[] = [];
        for (let c = v.left; c <= v.right; c++) row.push(this.cell(v.sheet, r, c));
        out.push(row);
      }
      return out;
    }
    if (isArray(v)) return v.rows;
    return [[v]];
  }

  private context(at: At): FnContext {
    return {
      scalar: (v) => {
        if (isArray(v)) return v.rows[0]?.[0] ?? ERR.value;
        if (!isRef(v)) return v;
        if (v.top === v.bottom && v.left === v.right) return this.cell(v.sheet, v.top, v.left);
        // Implicit intersection with the formula's own row or column.
        if (v.sheet === at.sheet && v.left === v.right && at.row >= v.top && at.row <= v.bottom) return this.cell(v.sheet, at.row, v.left);
        if (v.sheet === at.sheet && v.top === v.bottom && at.col >= v.left && at.col <= v.right) return this.cell(v.sheet, v.top, at.col);
        return ERR.value;
      },
      cells: (v) => this.grid(v),
      sub: (ref, row, col, rows, cols) => ({
        kind: "ref",
        sheet: ref.sheet,
        top: ref.top + row,
        left: ref.left + col,
        bottom: ref.top + row + rows - 1,
        right: ref.left + col + cols - 1,
      }),
    };
  }

  private evaluate(node: AstExpression, fr: Frame, arrays: boolean): Value {
    switch (node.type) {
      case "Literal":
        return node.value;
      case "ErrorLiteral":
        return new XlError(node.value as XlError["code"]);
      case "ReferenceIdentifier": {
        if (node.kind === "range") {
          let p = this.nodeRefs.get(node);
          if (!p) this.nodeRefs.set(node, (p = this.parseRef(node.value, "formula")));
          return this.place(p, fr);
        }
        if (node.kind === "name") {
          const ref = this.names.get(node.value.toUpperCase());
          if (!ref) throw new EvaluateError(`unknown name ${node.value}`);
          return ref;
        }
        throw new EvaluateError(`unsupported reference ${node.value}`);
      }
      case "UnaryExpression": {
        const op = node.operator;
        if (op !== "-" && op !== "+" && op !== "%") throw new EvaluateError(`operator ${op} is not supported by the evaluator`);
        const f = (x: Scalar): Scalar => {
          if (op === "+") return x;
          const n = toNumber(x);
          if (isError(n)) return n;
          return op === "-" ? -n : n / 100;
        };
        const v = this.evaluate(node.arguments[0], fr, arrays);
        if (arrays && (isRef(v) || isArray(v))) return { kind: "array", rows: this.grid(v).map((r) => r.map(f)) };
        return f(fr.cx.scalar(v));
      }
      case "BinaryExpression": {
        const op = node.operator;
        const a = this.evaluate(node.arguments[0], fr, arrays);
        const b = this.evaluate(node.arguments[1], fr, arrays);
        if (arrays && (isRef(a) || isArray(a) || isRef(b) || isArray(b))) {
          return { kind: "array", rows: broadcast(this.grid(a), this.grid(b), (x, y) => arithmetic(op, x, y)) };
        }
        return arithmetic(op, fr.cx.scalar(a), fr.cx.scalar(b));
      }
      case "CallExpression": {
        const name = node.callee.name;
        const def = lookupFunction(name);
        const n = node.arguments.length;
        if (n < def.arity[0] || n > def.arity[1]) {
          throw new EvaluateError(`${name.toUpperCase()} takes ${def.arity[0]}–${def.arity[1]} arguments, got ${n}`);
        }
        const inArrays = arrays || def.arrayArgs === true;
        const args = node.arguments.map((arg) => () => this.evaluate(arg, fr, inArrays));
        return def.fn(args, fr.cx);
      }
      default:
        throw new EvaluateError(`${node.type} is not supported by the evaluator`);
    }
  }

  /** Evaluate every formula (sheets in order, cells row by row). */
  all(): this {
    this.cells.forEach((m, sheet) => {
      for (const [k, c] of m) if (c.f !== undefined) this.cell(sheet, Math.floor(k / 16385), k % 16385);
    });
    return this;
  }
}

/**
 * Every formula of `spec` computed. Throws `EvaluateError` (naming the cell and formula) for a
 * formula outside what the evaluator knows.
 */
export function evaluateWorkbook(spec: WorkbookSpec): WorkbookValues {
  return new Engine(spec).all();
}
