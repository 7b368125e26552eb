/**
 * The native functions the formula evaluator computes: one table entry per function, with
 * Excel's semantics for what the builders write (every computed figure is a native formula,
 * docs/cli.md "What the workbook holds"). A formula calling a function missing here makes the
 * evaluator throw, so a new builder formula cannot silently go without a cached result; add its
 * entry here.
 */
import { CriteriaIndex, criterion, wildcard } from "./criteria";
import { serialParts } from "../../domain/dates";
import { stdev, tDistRightTail } from "../../domain/stats";
import { formatText } from "./text";
import {
  ERR,
  EvaluateError,
  compare,
  isArray,
  isError,
  isRef,
  roundHalfAway,
  textToNumber,
  toBool,
  toNumber,
  toText,
  valueAt,
  type Grid,
  type RefValue,
  type Scalar,
  type Value,
  XlError,
} from "./values";

/** What a function may ask of the evaluator. */
export interface FnContext {
  /** A value as one scalar: a one-cell reference's value; a larger reference by implicit intersection with the formula's cell. */
  scalar(v: Value): Scalar;
  /** A reference's or array's cells (a scalar is a 1 × 1 grid); a reference's are read once per evaluation. */
  cells(v: Value): Grid;
  /** A value's cells, compact where they can be (Grid: `filled` and `tail`); for loops that handle a tail. */
  compact(v: Value): Grid;
  /** The criteria index of a reference's or array's cells; a reference's is built once per evaluation. */
  criteria(v: Value): CriteriaIndex;
  /** A sub-rectangle of a reference (0-based offsets, inclusive size). */
  sub(ref: RefValue, row: number, col: number, rows: number, cols: number): RefValue;
}

/** An argument, evaluated on demand (IF and CHOOSE evaluate only the branch they take). */
export type Arg = () => Value;

export interface FnDef {
  /** Allowed number of arguments [min, max]. */
  arity: readonly [number, number];
  /** Evaluate the arguments as arrays (ranges compared or multiplied element by element), as SUMPRODUCT does. */
  arrayArgs?: boolean;
  fn(args: readonly Arg[], cx: FnContext): Value;
}

// ---- helpers ------------------------------------------------------------------------------------

const num = (cx: FnContext, a: Arg): number | XlError => toNumber(cx.scalar(a()));

/**
 * Each argument's values: references and arrays cell by cell to `inRange` (errors stop the walk
 * and are returned), typed scalars to `typed`, which may return an error to stop.
 */
function walk(args: readonly Arg[], cx: FnContext, inRange: (c: Scalar) => void, typed: (v: Scalar) => XlError | void): XlError | null {
  for (const a of args) {
    const v = a();
    if (isRef(v) || isArray(v)) {
      for (const c of cx.cells(v).values) {
        if (isError(c)) return c;
        inRange(c);
      }
    } else {
      const e = typed(v);
      if (e) return e;
    }
  }
  return null;
}

/** Numbers of each argument as SUM/MAX/MIN see them: references and arrays give their numbers only; typed scalars are coerced. */
function numbers(args: readonly Arg[], cx: FnContext, onValue: (n: number) => void): XlError | null {
  return walk(
    args,
    cx,
    (c) => typeof c === "number" && onValue(c),
    (v) => {
      const n = toNumber(v);
      if (isError(n)) return n;
      onValue(n);
    },
  );
}

/** Booleans of each argument as AND/OR see them: references give their numbers and booleans; text in a reference is skipped. */
function booleans(args: readonly Arg[], cx: FnContext): boolean[] | XlError {
  const out: boolean[] = [];
  const e = walk(
    args,
    cx,
    (c) => (typeof c === "number" || typeof c === "boolean") && out.push(c !== 0 && c !== false),
    (v) => {
      const b = toBool(v);
      if (isError(b)) return b;
      out.push(b);
    },
  );
  return e ?? (out.length === 0 ? ERR.value : out);
}

/** Cells that meet every (range, criterion) pair, as ascending offsets into the ranges (all of one shape). */
interface Matches {
  rows: number;
  cols: number;
  count: number;
  offsets(): ArrayLike<number>;
}

/**
 * The cells meeting every (range, criterion) pair. Each range's criteria index selects its
 * cells; the smallest selection is walked and the other criteria test only its cells.
 */
function matching(cx: FnContext, pairs: readonly (readonly [Arg, Arg])[]): Matches | XlError {
  const tests: { index: CriteriaIndex; crit: Scalar }[] = [];
  for (const [rangeArg, critArg] of pairs) {
    const index = cx.criteria(rangeArg());
    const crit = cx.scalar(critArg());
    if (tests.length > 0 && (tests[0].index.grid.rows !== index.grid.rows || tests[0].index.grid.cols !== index.grid.cols)) return ERR.value;
    tests.push({ index, crit });
  }
  const { rows, cols } = tests[0].index.grid;
  const selections = tests.map((t) => t.index.select(t.crit));
  let d = 0;
  selections.forEach((sel, i) => sel.size < selections[d].size && (d = i));
  if (tests.length === 1 || selections[d].size === 0) return { rows, cols, count: selections[d].size, offsets: () => selections[d].offsets() };
  const others = tests.filter((_, i) => i !== d).map((t) => ({ values: t.index.grid.values, test: criterion(t.crit) }));
  const drive = selections[d].offsets();
  const hits: number[] = [];
  for (let k = 0; k < drive.length; k++) if (others.every((x) => x.test(x.values[drive[k]]))) hits.push(drive[k]);
  return { rows, cols, count: hits.length, offsets: () => hits };
}

/** The sum of the numbers of `g` at the matched cells (offsets of a rows × `cols` shape); the first error among them instead. */
function sumAt(g: Grid, cols: number, offsets: ArrayLike<number>): number | XlError {
  let s = 0;
  for (let k = 0; k < offsets.length; k++) {
    const i = Math.floor(offsets[k] / cols);
    const j = offsets[k] - i * cols;
    const v = i < g.rows && j < g.cols ? g.values[i * g.cols + j] : null;
    if (isError(v)) return v;
    if (typeof v === "number") s += v;
  }
  return s;
}

function pairsOf(args: readonly Arg[], from: number): [Arg, Arg][] {
  const out: [Arg, Arg][] = [];
  for (let i = from; i + 1 < args.length; i += 2) out.push([args[i], args[i + 1]]);
  return out;
}

function round(mode: "round" | "up" | "down") {
  return (args: readonly Arg[], cx: FnContext): Value => {
    const x = num(cx, args[0]);
    if (isError(x)) return x;
    const d = num(cx, args[1]);
    if (isError(d)) return d;
    return roundHalfAway(x, d, mode);
  };
}

function numeric1(f: (x: number) => number | XlError) {
  return (args: readonly Arg[], cx: FnContext): Value => {
    const x = num(cx, args[0]);
    return isError(x) ? x : f(x);
  };
}

// ---- the table ------------------------------------------------------------------------------------

export const FUNCTIONS: Readonly<Record<string, FnDef>> = {
  ABS: { arity: [1, 1], fn: numeric1(Math.abs) },
  INT: { arity: [1, 1], fn: numeric1(Math.floor) },
  ROUND: { arity: [2, 2], fn: round("round") },
  ROUNDUP: { arity: [2, 2], fn: round("up") },
  ROUNDDOWN: { arity: [2, 2], fn: round("down") },
  N: {
    arity: [1, 1],
    fn: (args, cx) => {
      const v = cx.scalar(args[0]());
      return typeof v === "number" || isError(v) ? v : typeof v === "boolean" ? Number(v) : 0;
    },
  },
  ISNUMBER: { arity: [1, 1], fn: (args, cx) => typeof cx.scalar(args[0]()) === "number" },
  NA: { arity: [0, 0], fn: () => ERR.na },
  IF: {
    arity: [2, 3],
    fn: (args, cx) => {
      const c = toBool(cx.scalar(args[0]()));
      if (isError(c)) return c;
      if (c) return args[1]();
      return args.length > 2 ? args[2]() : false;
    },
  },
  IFERROR: {
    arity: [2, 2],
    fn: (args, cx) => {
      const v = cx.scalar(args[0]());
      return isError(v) ? args[1]() : v;
    },
  },
  CHOOSE: {
    arity: [2, 255],
    fn: (args, cx) => {
      const i = num(cx, args[0]);
      if (isError(i)) return i;
      const k = Math.floor(i);
      return k >= 1 && k < args.length ? args[k]() : ERR.value;
    },
  },
  AND: { arity: [1, 255], fn: (args, cx) => { const b = booleans(args, cx); return isError(b) ? b : b.every(Boolean); } },
  OR: { arity: [1, 255], fn: (args, cx) => { const b = booleans(args, cx); return isError(b) ? b : b.some(Boolean); } },
  SUM: {
    arity: [1, 255],
    fn: (args, cx) => {
      let s = 0;
      return numbers(args, cx, (n) => (s += n)) ?? s;
    },
  },
  MAX: {
    arity: [1, 255],
    fn: (args, cx) => {
      let m = -Infinity;
      return numbers(args, cx, (n) => (m = Math.max(m, n))) ?? (m === -Infinity ? 0 : m);
    },
  },
  MIN: {
    arity: [1, 255],
    fn: (args, cx) => {
      let m = Infinity;
      return numbers(args, cx, (n) => (m = Math.min(m, n))) ?? (m === Infinity ? 0 : m);
    },
  },
  AVERAGE: {
    arity: [1, 255],
    fn: (args, cx) => {
      let s = 0;
      let k = 0;
      const e = numbers(args, cx, (n) => ((s += n), k++));
      return e ?? (k === 0 ? ERR.div0 : s / k);
    },
  },
  SQRT: { arity: [1, 1], fn: numeric1((x) => (x < 0 ? ERR.num : Math.sqrt(x))) },
  /** Sample standard deviation (n − 1), as src/domain/stats.ts computes it for SALES.HIT_CHANCE. */
  STDEV: {
    arity: [1, 255],
    fn: (args, cx) => {
      const xs: number[] = [];
      const e = numbers(args, cx, (n) => void xs.push(n));
      return e ?? (xs.length < 2 ? ERR.div0 : stdev(xs));
    },
  },
  /** TDIST(x, df, tails): Student's t tail beyond x ≥ 0, df truncated to a whole number ≥ 1, tails 1 or 2. */
  TDIST: {
    arity: [3, 3],
    fn: (args, cx) => {
      const x = num(cx, args[0]);
      if (isError(x)) return x;
      const df = num(cx, args[1]);
      if (isError(df)) return df;
      const tails = num(cx, args[2]);
      if (isError(tails)) return tails;
      const d = Math.floor(df);
      const t = Math.floor(tails);
      if (x < 0 || d < 1 || (t !== 1 && t !== 2)) return ERR.num;
      const p = tDistRightTail(x, d);
      return t === 1 ? p : 2 * p;
    },
  },
  /** LARGE(range or array, k): the k-th largest number (text and blanks skipped); #NUM! when there are fewer. */
  LARGE: {
    arity: [2, 2],
    fn: (args, cx) => {
      const xs: number[] = [];
      const e = numbers([args[0]], cx, (n) => void xs.push(n));
      if (e) return e;
      const k = num(cx, args[1]);
      if (isError(k)) return k;
      const i = Math.ceil(k);
      if (i < 1 || i > xs.length) return ERR.num;
      return xs.sort((a, b) => b - a)[i - 1];
    },
  },
  COUNT: {
    arity: [1, 255],
    fn: (args, cx) => {
      let k = 0;
      for (const a of args) {
        const v = a();
        if (isRef(v) || isArray(v)) for (const c of cx.cells(v).values) k += typeof c === "number" ? 1 : 0;
        else if (typeof v === "number" || typeof v === "boolean" || (typeof v === "string" && textToNumber(v) !== null)) k++;
      }
      return k;
    },
  },
  COUNTA: {
    arity: [1, 255],
    fn: (args, cx) => {
      let k = 0;
      for (const a of args) {
        const v = a();
        if (isRef(v) || isArray(v)) for (const c of cx.cells(v).values) k += c === null ? 0 : 1;
        else k++;
      }
      return k;
    },
  },
  INDEX: {
    arity: [2, 3],
    fn: (args, cx) => {
      const src = args[0]();
      const r = num(cx, args[1]);
      if (isError(r)) return r;
      const c = args.length > 2 ? num(cx, args[2]) : 0;
      if (isError(c)) return c;
      const g = isRef(src) ? null : cx.cells(src);
      const rows = isRef(src) ? src.bottom - src.top + 1 : g!.rows;
      const cols = isRef(src) ? src.right - src.left + 1 : g!.cols;
      let row = Math.floor(r);
      let col = Math.floor(c);
      // INDEX(one row, n) picks the n-th column.
      if (args.length === 2 && rows === 1) [row, col] = [1, row];
      if (col === 0 && cols === 1) col = 1;
      if (row < 1 || col < 1 || row > rows || col > cols) return ERR.ref;
      return isRef(src) ? cx.sub(src, row - 1, col - 1, 1, 1) : g!.values[(row - 1) * cols + col - 1];
    },
  },
  MATCH: {
    arity: [2, 3],
    fn: (args, cx) => {
      const want = cx.scalar(args[0]());
      if (isError(want)) return want;
      const grid = cx.cells(args[1]());
      if (grid.rows > 1 && grid.cols > 1) return ERR.na;
      const list = grid.values;
      const type = args.length > 2 ? num(cx, args[2]) : 1;
      if (isError(type)) return type;
      if (type === 0) {
        const test = typeof want === "string" ? wildcard(want) : null;
        const i = list.findIndex((v) => (test ? typeof v === "string" && test.test(v) : v !== null && !isError(v) && compare(v, want) === 0));
        return i < 0 ? ERR.na : i + 1;
      }
      // Sorted lists: the last position whose value is ≤ (type 1) or ≥ (type -1) the wanted one.
      let found = -1;
      for (let i = 0; i < list.length; i++) {
        const v = list[i];
        if (v === null || isError(v) || typeof v !== typeof want) continue;
        const d = compare(v, want) as number;
        if (type > 0 ? d <= 0 : d >= 0) found = i;
        else break;
      }
      return found < 0 ? ERR.na : found + 1;
    },
  },
  SUMIF: {
    arity: [2, 3],
    fn: (args, cx) => {
      const range = args[0]();
      const m = matching(cx, [[() => range, args[1]]]);
      if (isError(m)) return m;
      let target: Value = range;
      if (args.length > 2) {
        // The sum range takes the criteria range's shape from its own top-left cell.
        const s = args[2]();
        target = isRef(s) ? cx.sub(s, 0, 0, m.rows, m.cols) : s;
      }
      return sumAt(cx.cells(target), m.cols, m.offsets());
    },
  },
  SUMIFS: {
    arity: [3, 255],
    fn: (args, cx) => {
      if ((args.length - 1) % 2 !== 0) return ERR.value;
      const m = matching(cx, pairsOf(args, 1));
      if (isError(m)) return m;
      const s = cx.cells(args[0]());
      if (s.rows !== m.rows || s.cols !== m.cols) return ERR.value;
      return sumAt(s, m.cols, m.offsets());
    },
  },
  COUNTIF: {
    arity: [2, 2],
    fn: (args, cx) => {
      const m = matching(cx, [[args[0], args[1]]]);
      return isError(m) ? m : m.count;
    },
  },
  COUNTIFS: {
    arity: [2, 254],
    fn: (args, cx) => {
      if (args.length % 2 !== 0) return ERR.value;
      const m = matching(cx, pairsOf(args, 0));
      return isError(m) ? m : m.count;
    },
  },
  SUMPRODUCT: {
    arity: [1, 255],
    arrayArgs: true,
    fn: (args, cx) => {
      const arrays = args.map((a) => cx.compact(a()));
      const { rows, cols } = arrays[0];
      if (arrays.some((g) => g.rows !== rows || g.cols !== cols)) return ERR.value;
      const n = rows * cols;
      // Past every array's filled part each product is the same: the tails' product, counted once.
      const filled = Math.max(...arrays.map((g) => g.filled ?? n));
      let s = 0;
      for (let k = 0; k < filled; k++) {
        let p = 1;
        for (const g of arrays) {
          const v = valueAt(g, k);
          if (isError(v)) return v;
          p *= typeof v === "number" ? v : 0;
        }
        s += p;
      }
      if (filled < n) {
        let p = 1;
        for (const g of arrays) {
          const v = g.tail ?? null;
          if (isError(v)) return v;
          p *= typeof v === "number" ? v : 0;
        }
        s += p * (n - filled);
      }
      return s;
    },
  },
  TEXT: {
    arity: [2, 2],
    fn: (args, cx) => {
      const v = cx.scalar(args[0]());
      if (isError(v)) return v;
      const fmt = toText(cx.scalar(args[1]()));
      if (isError(fmt)) return fmt;
      const n = typeof v === "string" ? textToNumber(v) : toNumber(v);
      if (n === null) return v as string; // text stays text
      if (isError(n)) return n;
      return formatText(n, fmt);
    },
  },
  WEEKDAY: {
    arity: [1, 2],
    fn: (args, cx) => {
      const d = num(cx, args[0]);
      if (isError(d)) return d;
      const type = args.length > 1 ? num(cx, args[1]) : 1;
      if (isError(type)) return type;
      if (d < 0) return ERR.num;
      const sun0 = serialParts(d).weekday; // 0 = Sunday
      if (type === 1) return sun0 + 1;
      if (type === 2) return ((sun0 + 6) % 7) + 1;
      if (type === 3) return (sun0 + 6) % 7;
      return ERR.num;
    },
  },
};

export function lookupFunction(name: string): FnDef {
  const f = FUNCTIONS[name.toUpperCase()];
  if (!f) throw new EvaluateError(`function ${name} is not known to the evaluator (src/workbook/evaluate/functions.ts); add it there`);
  return f;
}
