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
 * Cost follows the formulas, not the size of the ranges they name: formulas that differ only in
 * the cells they name share one parse, compiled once into closures; each range is read once per
 * evaluation; SUMIF/SUMIFS/COUNTIF/COUNTIFS use one criteria index per range (./criteria.ts).
 *
 * Parsing is @borgar/fx (MIT). Pure code: no host, no I/O.
 */
import { parse, tokenize, type AstExpression } from "@borgar/fx";
import { MAX_COLUMN, MAX_ROW, parseCell } from "../a1";
import { cellReference, formulaCells, sameShape, type CellReference, type FormulaCells } from "../formula";
import type { CellSpec, WorkbookSpec } from "../spec";
import { CriteriaIndex } from "./criteria";
import { lookupFunction, type Arg, type FnContext } from "./functions";
import {
  ERR,
  EvaluateError,
  XlError,
  compare,
  expanded,
  valueAt,
  isArray,
  isError,
  isRef,
  toNumber,
  toText,
  type ArrayValue,
  type Grid,
  type RefValue,
  type Scalar,
  type Value,
} from "./values";

export { EvaluateError, XlError, type Scalar } from "./values";
export { FUNCTIONS } from "./functions";

interface At {
  sheet: number;
  row: number;
  col: number;
}

/** A formula cell being evaluated: where it is, the cells its formula names (`formulaCells(…).cells`), its function context. */
interface Frame {
  at: At;
  cells: readonly number[];
  cx: FnContext;
}

/** A parse-tree node compiled: its value for the formula being evaluated. */
type Compiled = (fr: Frame) => Value;

/** The compiled formula of one shape (src/workbook/formula.ts `formulaCells`), with the formula it was compiled from. */
interface Shape {
  run: Compiled;
  formula: string;
  cells: FormulaCells;
  /** Only for its own text: the parser read its references differently from the scan. */
  exact: boolean;
}

/** A sheet's cells by row and column (1-based; sparse rows, holes for cells no block covers). */
type Rows<T> = T[][];

/** A formula cell's result while it is being computed (a second visit is a circular reference). */
const PENDING = Symbol("pending");

/** A node that fails only when evaluated (as Excel shows an error only for a branch it takes). */
const failing =
  (message: string): Compiled =>
  () => {
    throw new EvaluateError(message);
  };

/** `f` element by element over two grids, a one-row or one-column grid repeated along the other (#N/A outside a smaller grid). */
function broadcast(a: Grid, b: Grid, f: (x: Scalar, y: Scalar) => Scalar): ArrayValue {
  const rows = Math.max(a.rows, b.rows);
  const cols = Math.max(a.cols, b.cols);
  const n = rows * cols;
  const one = (g: Grid): boolean => g.rows === 1 && g.cols === 1;
  const whole = (g: Grid): boolean => g.rows === rows && g.cols === cols;
  // Compact: a single value against a range (or two ranges of one shape), computed over the filled part only.
  if ((one(a) || whole(a)) && (one(b) || whole(b)) && n > 1) {
    const lengthOf = (g: Grid): number => (one(g) ? 0 : (g.filled ?? n));
    const tailOf = (g: Grid): Scalar => (one(g) ? g.values[0] : (g.tail ?? null));
    const la = lengthOf(a);
    const lb = lengthOf(b);
    const ta = tailOf(a);
    const tb = tailOf(b);
    const filled = Math.max(la, lb);
    const values: Scalar[] = new Array<Scalar>(filled);
    for (let k = 0; k < filled; k++) values[k] = f(k < la ? a.values[k] : ta, k < lb ? b.values[k] : tb);
    return filled < n ? { kind: "array", rows, cols, values, filled, tail: f(ta, tb) } : { kind: "array", rows, cols, values };
  }
  const at = (g: Grid, i: number, j: number): Scalar => {
    const r = g.rows === 1 ? 0 : i;
    const c = g.cols === 1 ? 0 : j;
    return r < g.rows && c < g.cols ? valueAt(g, r * g.cols + c) : ERR.na;
  };
  const values: Scalar[] = [];
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) values.push(f(at(a, i, j), at(b, i, j)));
  return { kind: "array", rows, cols, values };
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

function unary(op: "-" | "+" | "%", x: Scalar): Scalar {
  if (op === "+") return x;
  const n = toNumber(x);
  if (isError(n)) return n;
  return op === "-" ? -n : n / 100;
}

/** The computed value of every cell of a spec. */
export interface WorkbookValues {
  /** The value at (row, col) of the named sheet: a formula's result, a constant, or null for a blank cell. */
  get(sheet: string, row: number, col: number): Scalar;
}

/** The function context of one formula cell. */
class Context implements FnContext {
  constructor(
    private readonly engine: Engine,
    private readonly at: At,
  ) {}

  scalar(v: Value): Scalar {
    if (isArray(v)) return v.rows * v.cols > 0 ? valueAt(v, 0) : ERR.value;
    if (!isRef(v)) return v;
    const { at, engine } = this;
    if (v.top === v.bottom && v.left === v.right) return engine.cell(v.sheet, v.top, v.left);
    // Implicit intersection with the formula's own row or column.
    if (v.sheet === at.sheet && v.left === v.right && at.row >= v.top && at.row <= v.bottom) return engine.cell(v.sheet, at.row, v.left);
    if (v.sheet === at.sheet && v.top === v.bottom && at.col >= v.left && at.col <= v.right) return engine.cell(v.sheet, v.top, at.col);
    return ERR.value;
  }

  cells(v: Value): Grid {
    return expanded(this.engine.grid(v));
  }

  compact(v: Value): Grid {
    return this.engine.grid(v);
  }

  criteria(v: Value): CriteriaIndex {
    return this.engine.criteria(v);
  }

  sub(ref: RefValue, row: number, col: number, rows: number, cols: number): RefValue {
    return { kind: "ref", sheet: ref.sheet, top: ref.top + row, left: ref.left + col, bottom: ref.top + row + rows - 1, right: ref.left + col + cols - 1 };
  }
}

/** A reference as a map key. */
const rangeKey = (r: RefValue): string => `${r.sheet}!${r.top},${r.left},${r.bottom},${r.right}`;

class Engine implements WorkbookValues {
  private readonly sheetIndex = new Map<string, number>();
  /** Per sheet, the spec's cells. */
  private readonly cells: Rows<CellSpec>[] = [];
  /** Per sheet, formula results as they are computed (PENDING while being computed). */
  private readonly results: Rows<Scalar | typeof PENDING | undefined>[] = [];
  /** Per sheet, the last row any block reaches: below it every cell is blank. */
  private readonly lastRow: number[] = [];
  private readonly names = new Map<string, RefValue>();
  /** Compiled formulas by shape hash: formulas that differ only in the cells they name share one. */
  private readonly shapes = new Map<number, Shape[]>();
  /** Each range's cells, read once per evaluation (ranges are named by thousands of formulas). */
  private readonly grids = new Map<string, Grid>();
  /** Each criteria range's index, built once per evaluation. */
  private readonly indexes = new Map<string, CriteriaIndex>();

  constructor(private readonly spec: WorkbookSpec) {
    spec.sheets.forEach((sheet, i) => {
      this.sheetIndex.set(sheet.name.toLowerCase(), i);
      const rows: Rows<CellSpec> = [];
      let last = 0;
      for (const block of sheet.blocks) {
        const o = parseCell(block.at);
        for (let r = 0; r < block.cells.length; r++) {
          const line = (rows[o.row + r] ??= []);
          const src = block.cells[r];
          for (let j = 0; j < src.length; j++) line[o.col + j] = src[j];
        }
        last = Math.max(last, o.row + block.cells.length - 1);
      }
      this.cells.push(rows);
      this.results.push([]);
      this.lastRow.push(last);
    });
    for (const n of spec.names) {
      const r = this.reference(n.ref, `name ${n.name}`);
      if (r.sheet === undefined) throw new EvaluateError(`name ${n.name} must name its sheet: ${n.ref}`);
      this.names.set(n.name.toUpperCase(), {
        kind: "ref",
        sheet: this.sheetOf(r.sheet, n.ref),
        top: Math.min(r.top, r.bottom),
        left: Math.min(r.left, r.right),
        bottom: Math.max(r.top, r.bottom),
        right: Math.max(r.left, r.right),
      });
    }
  }

  get(sheet: string, row: number, col: number): Scalar {
    const i = this.sheetIndex.get(sheet.toLowerCase());
    if (i === undefined) throw new EvaluateError(`no sheet "${sheet}"`);
    return this.cell(i, row, col);
  }

  cell(sheet: number, row: number, col: number): Scalar {
    const spec = this.cells[sheet][row]?.[col];
    if (!spec) return null;
    const f = spec.f;
    if (f === undefined) return spec.v ?? null;
    const results = (this.results[sheet][row] ??= []);
    const done = results[col];
    if (done === PENDING) throw new EvaluateError(`circular reference at ${this.where(sheet, row, col)}: ${f}`);
    if (done !== undefined) return done;
    results[col] = PENDING;
    let v: Scalar;
    try {
      const at = { sheet, row, col };
      const cx = new Context(this, at);
      const fc = formulaCells(f);
      v = this.top(this.shape(f, fc).run({ at, cells: fc.cells, cx }), cx);
    } catch (e) {
      results[col] = undefined;
      if (e instanceof EvaluateError && !e.message.includes(" in formula ")) {
        throw new EvaluateError(`${e.message} in formula ${this.where(sheet, row, col)} =${f}`);
      }
      throw e;
    }
    results[col] = v;
    return v;
  }

  private where(sheet: number, row: number, col: number): string {
    return `'${this.spec.sheets[sheet].name}'!R${row}C${col}`;
  }

  /** A formula's final value as Excel stores it: a blank becomes 0, a reference its (intersected) value. */
  private top(v: Value, cx: FnContext): Scalar {
    if (isArray(v)) {
      if (v.rows === 1 && v.cols === 1) return this.top(valueAt(v, 0), cx);
      throw new EvaluateError("formula yields an array (only SUMPRODUCT's arguments may be arrays)");
    }
    const s = isRef(v) ? cx.scalar(v) : v;
    if (s === null) return 0;
    if (typeof s === "number") return Number.isFinite(s) ? (Object.is(s, -0) ? 0 : s) : ERR.num;
    return s;
  }

  /**
   * The compiled formula of a shape: parsed and compiled from the first formula of that shape,
   * each reference reading its corners from the addresses of the formula being evaluated. A
   * formula whose references the parser reads differently from the scan is kept for its own
   * text only (`exact`).
   */
  private shape(formula: string, fc: FormulaCells): Shape {
    let list = this.shapes.get(fc.hash);
    for (const known of list ?? []) {
      if (known.exact ? known.formula === formula : sameShape(known.formula, known.cells, formula, fc)) return known;
    }
    const used = { addresses: 0 };
    const run = this.compile(parse(tokenize(formula, { withLocation: true })), false, fc.cells, used);
    const compiled = { run, formula, cells: fc, exact: used.addresses * 4 !== fc.cells.length };
    if (!list) this.shapes.set(fc.hash, (list = []));
    list.push(compiled);
    return compiled;
  }

  /** A reference's text read (whole rows and columns are refused). */
  private reference(text: string, what: string): CellReference {
    const r = cellReference({ kind: "reference", text });
    if (!r) throw new EvaluateError(`cannot read the reference ${text} (${what})`);
    if ((r.top === 1 && r.bottom === MAX_ROW) || (r.left === 1 && r.right === MAX_COLUMN)) {
      throw new EvaluateError(`whole-row or whole-column references are not supported: ${text}`);
    }
    return r;
  }

  private sheetOf(name: string, text: string): number {
    const i = this.sheetIndex.get(name.toLowerCase());
    if (i === undefined) throw new EvaluateError(`unknown sheet in ${text}`);
    return i;
  }

  /**
   * A reference node compiled: which of the formula's addresses (by their offsets in the text
   * it was parsed from) are its corners, and its sheet.
   */
  private compileRange(node: AstExpression & { type: "ReferenceIdentifier" }, cells: readonly number[], used: { addresses: number }): Compiled {
    const [from, to] = node.loc!;
    let first = -1;
    let count = 0;
    for (let k = 0; k < cells.length; k += 4) {
      if (cells[k + 2] >= from && cells[k + 2] < to) {
        if (first < 0) first = k;
        count++;
      }
    }
    let r: CellReference;
    let sheet: number | undefined;
    try {
      r = this.reference(node.value, "formula");
      sheet = r.sheet === undefined ? undefined : this.sheetOf(r.sheet, node.value);
    } catch (e) {
      if (e instanceof EvaluateError) return failing(e.message);
      throw e;
    }
    if (count === 0 || count > 2 || (count === 1 && (r.top !== r.bottom || r.left !== r.right))) return failing(`unsupported reference ${node.value}`);
    used.addresses += count;
    const a = first;
    const b = count === 2 ? first + 4 : first;
    return (fr) => {
      const c = fr.cells;
      return {
        kind: "ref",
        sheet: sheet ?? fr.at.sheet,
        top: Math.min(c[a], c[b]),
        left: Math.min(c[a + 1], c[b + 1]),
        bottom: Math.max(c[a], c[b]),
        right: Math.max(c[a + 1], c[b + 1]),
      };
    };
  }

  /** A parse-tree node as a closure; `arrays`: inside SUMPRODUCT, where ranges combine element by element. */
  private compile(node: AstExpression, arrays: boolean, cells: readonly number[], used: { addresses: number }): Compiled {
    switch (node.type) {
      case "Literal": {
        const v = node.value;
        return () => v;
      }
      case "ErrorLiteral": {
        const e = new XlError(node.value as XlError["code"]);
        return () => e;
      }
      case "ReferenceIdentifier": {
        if (node.kind === "range") return this.compileRange(node, cells, used);
        if (node.kind === "name") {
          const ref = this.names.get(node.value.toUpperCase());
          return ref ? () => ref : failing(`unknown name ${node.value}`);
        }
        return failing(`unsupported reference ${node.value}`);
      }
      case "UnaryExpression": {
        const op = node.operator;
        if (op !== "-" && op !== "+" && op !== "%") return failing(`operator ${op} is not supported by the evaluator`);
        const arg = this.compile(node.arguments[0], arrays, cells, used);
        return (fr) => {
          const v = arg(fr);
          if (arrays && (isRef(v) || isArray(v))) {
            const g = this.grid(v);
            const n = g.rows * g.cols;
            const filled = g.filled ?? n;
            const values = g.values.slice(0, filled).map((x) => unary(op, x));
            return filled < n ? { kind: "array", rows: g.rows, cols: g.cols, values, filled, tail: unary(op, g.tail ?? null) } : { kind: "array", rows: g.rows, cols: g.cols, values };
          }
          return unary(op, fr.cx.scalar(v));
        };
      }
      case "BinaryExpression": {
        const op = node.operator;
        const left = this.compile(node.arguments[0], arrays, cells, used);
        const right = this.compile(node.arguments[1], arrays, cells, used);
        return (fr) => {
          const a = left(fr);
          const b = right(fr);
          if (arrays && (isRef(a) || isArray(a) || isRef(b) || isArray(b))) {
            return broadcast(this.grid(a), this.grid(b), (x, y) => arithmetic(op, x, y));
          }
          return arithmetic(op, fr.cx.scalar(a), fr.cx.scalar(b));
        };
      }
      case "CallExpression": {
        const name = node.callee.name;
        let def;
        try {
          def = lookupFunction(name);
        } catch (e) {
          if (e instanceof EvaluateError) return failing(e.message);
          throw e;
        }
        const n = node.arguments.length;
        if (n < def.arity[0] || n > def.arity[1]) return failing(`${name.toUpperCase()} takes ${def.arity[0]}–${def.arity[1]} arguments, got ${n}`);
        const inArrays = arrays || def.arrayArgs === true;
        const args = node.arguments.map((arg) => this.compile(arg, inArrays, cells, used));
        const fn = def.fn;
        return (fr) =>
          fn(
            args.map((c): Arg => () => c(fr)),
            fr.cx,
          );
      }
      default:
        return failing(`${node.type} is not supported by the evaluator`);
    }
  }

  /** A value's cells: a reference's read once per evaluation and kept, an array's as they are, a scalar as 1 × 1. */
  grid(v: Value): Grid {
    if (isArray(v)) return v;
    if (!isRef(v)) return { rows: 1, cols: 1, values: [v] };
    if (v.top === v.bottom && v.left === v.right) return { rows: 1, cols: 1, values: [this.cell(v.sheet, v.top, v.left)] };
    const key = rangeKey(v);
    let g = this.grids.get(key);
    if (!g) {
      const rows = v.bottom - v.top + 1;
      const cols = v.right - v.left + 1;
      const values: Scalar[] = new Array<Scalar>(rows * cols).fill(null);
      // Rows below the sheet's last filled row are blank: an empty 10,000-row log costs nothing to read.
      const bottom = Math.min(v.bottom, this.lastRow[v.sheet]);
      for (let r = v.top, k = 0; r <= bottom; r++) for (let c = v.left; c <= v.right; c++, k++) values[k] = this.cell(v.sheet, r, c);
      const filled = Math.max(0, bottom - v.top + 1) * cols;
      g = filled < rows * cols ? { rows, cols, values, filled, tail: null } : { rows, cols, values };
      this.grids.set(key, g);
    }
    return g;
  }

  /** The criteria index of a value's cells: a reference's built once per evaluation and kept. */
  criteria(v: Value): CriteriaIndex {
    if (!isRef(v)) return new CriteriaIndex(expanded(this.grid(v)));
    const key = rangeKey(v);
    let index = this.indexes.get(key);
    if (!index) {
      index = new CriteriaIndex(this.grid(v));
      this.indexes.set(key, index);
    }
    return index;
  }

  /** Evaluate every formula (sheets in order, cells row by row). */
  all(): this {
    this.cells.forEach((rows, sheet) => {
      rows.forEach((line, row) => line.forEach((c, col) => c.f !== undefined && this.cell(sheet, row, col)));
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
