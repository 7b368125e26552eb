/**
 * The native functions the formula evaluator computes: one table entry per function, with
 * Excel's semantics for what the builders write (every computed figure is a native formula,
 * docs/cli.md "What the workbook holds"). A formula calling a function missing here makes the
 * evaluator throw, so a new builder formula cannot silently go without a cached result; add its
 * entry here.
 */
import { dateParts, formatText } from "./text";
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
  type RefValue,
  type Scalar,
  type Value,
  XlError,
} from "./values";

/** What a function may ask of the evaluator. */
export interface FnContext {
  /** A value as one scalar: a one-cell reference's value; a larger reference by implicit intersection with the formula's cell. */
  scalar(v: Value): Scalar;
  /** A reference's or array's cells as rows (a scalar is a 1 × 1 matrix). */
  cells(v: Value): Scalar[][];
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
      for (const row of cx.cells(v)) {
        for (const c of row) {
          if (isError(c)) return c;
          inRange(c);
        }
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

function wildcard(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "~" && i + 1 < pattern.length) re += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (ch === "*") re += "[\\s\\S]*";
    else if (ch === "?") re += "[\\s\\S]";
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "i");
}

/** The test of a SUMIF/COUNTIF criterion ("<5", ">=3", "<>x", "北区", 7, "a*"). */
export function criterion(c: Scalar): (v: Scalar) => boolean {
  if (isError(c)) return () => false;
  if (typeof c === "number" || typeof c === "boolean") return (v) => v !== null && !isError(v) && compare(v, c) === 0;
  const s = c ?? "";
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(s)!;
  const op = m[1] ?? "=";
  const rest = m[2];
  const n = textToNumber(rest);
  if (n !== null) {
    return (v) => {
      if (typeof v !== "number") return op === "<>";
      const d = v - n;
      return op === "=" ? d === 0 : op === "<>" ? d !== 0 : op === "<" ? d < 0 : op === "<=" ? d <= 0 : op === ">" ? d > 0 : d >= 0;
    };
  }
  if (op === "=" || op === "<>") {
    if (rest === "") return op === "=" ? (v) => v === null || v === "" : (v) => v !== null && v !== "";
    const re = wildcard(rest);
    return (v) => (typeof v === "string" && re.test(v)) === (op === "=");
  }
  return (v) => {
    if (typeof v !== "string") return false;
    const d = compare(v, rest) as number;
    return op === "<" ? d < 0 : op === "<=" ? d <= 0 : op === ">" ? d > 0 : d >= 0;
  };
}

/** Cells of `range` (a reference) that meet every (range, criterion) pair, as [row, col] offsets. */
function matching(cx: FnContext, pairs: readonly (readonly [Arg, Arg])[]): { rows: number; cols: number; hits: [number, number][] } | XlError {
  let shape: { rows: number; cols: number } | null = null;
  let hits: [number, number][] | null = null;
  for (const [rangeArg, critArg] of pairs) {
    const grid = cx.cells(rangeArg());
    const crit = cx.scalar(critArg());
    const test = criterion(crit);
    const rows = grid.length;
    const cols = grid[0]?.length ?? 0;
    if (shape && (shape.rows !== rows || shape.cols !== cols)) return ERR.value;
    shape = { rows, cols };
    const next: [number, number][] = [];
    if (hits === null) {
      grid.forEach((row, i) => row.forEach((v, j) => test(v) && next.push([i, j])));
    } else {
      for (const [i, j] of hits) if (test(grid[i][j])) next.push([i, j]);
    }
    hits = next;
  }
  return { ...shape!, hits: hits ?? [] };
}

function sumAt(cx: FnContext, range: Value, hits: readonly [number, number][]): number | XlError {
  const grid = cx.cells(range);
  let s = 0;
  for (const [i, j] of hits) {
    const v = grid[i]?.[j] ?? null;
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
  COUNT: {
    arity: [1, 255],
    fn: (args, cx) => {
      let k = 0;
      for (const a of args) {
        const v = a();
        if (isRef(v) || isArray(v)) for (const row of cx.cells(v)) for (const c of row) k += typeof c === "number" ? 1 : 0;
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
        if (isRef(v) || isArray(v)) for (const row of cx.cells(v)) for (const c of row) k += c === null ? 0 : 1;
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
      const rows = isRef(src) ? src.bottom - src.top + 1 : cx.cells(src).length;
      const cols = isRef(src) ? src.right - src.left + 1 : (cx.cells(src)[0]?.length ?? 1);
      let row = Math.floor(r);
      let col = Math.floor(c);
      // INDEX(one row, n) picks the n-th column.
      if (args.length === 2 && rows === 1) [row, col] = [1, row];
      if (col === 0 && cols === 1) col = 1;
      if (row < 1 || col < 1 || row > rows || col > cols) return ERR.ref;
      return isRef(src) ? cx.sub(src, row - 1, col - 1, 1, 1) : cx.cells(src)[row - 1][col - 1];
    },
  },
  MATCH: {
    arity: [2, 3],
    fn: (args, cx) => {
      const want = cx.scalar(args[0]());
      if (isError(want)) return want;
      const grid = cx.cells(args[1]());
      if (grid.length > 1 && (grid[0]?.length ?? 0) > 1) return ERR.na;
      const list = grid.length === 1 ? grid[0] : grid.map((r) => r[0]);
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
      return sumAt(cx, target, m.hits);
    },
  },
  SUMIFS: {
    arity: [3, 255],
    fn: (args, cx) => {
      if ((args.length - 1) % 2 !== 0) return ERR.value;
      const m = matching(cx, pairsOf(args, 1));
      if (isError(m)) return m;
      const s = cx.cells(args[0]());
      if (s.length !== m.rows || (s[0]?.length ?? 0) !== m.cols) return ERR.value;
      return sumAt(cx, { kind: "array", rows: s }, m.hits);
    },
  },
  COUNTIF: {
    arity: [2, 2],
    fn: (args, cx) => {
      const m = matching(cx, [[args[0], args[1]]]);
      return isError(m) ? m : m.hits.length;
    },
  },
  COUNTIFS: {
    arity: [2, 254],
    fn: (args, cx) => {
      if (args.length % 2 !== 0) return ERR.value;
      const m = matching(cx, pairsOf(args, 0));
      return isError(m) ? m : m.hits.length;
    },
  },
  SUMPRODUCT: {
    arity: [1, 255],
    arrayArgs: true,
    fn: (args, cx) => {
      const arrays = args.map((a) => cx.cells(a()));
      const rows = arrays[0].length;
      const cols = arrays[0][0]?.length ?? 0;
      if (arrays.some((g) => g.length !== rows || (g[0]?.length ?? 0) !== cols)) return ERR.value;
      let s = 0;
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) {
          let p = 1;
          for (const g of arrays) {
            const v = g[i][j];
            if (isError(v)) return v;
            p *= typeof v === "number" ? v : 0;
          }
          s += p;
        }
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
      const sun0 = dateParts(d).weekday; // 0 = Sunday
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
