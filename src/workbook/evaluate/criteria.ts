/**
 * Criteria of SUMIF, SUMIFS, COUNTIF and COUNTIFS ("<5", ">="&date, "="&name, "北区", 7, "a*"),
 * and an index that answers them for one range without walking it.
 *
 * `criterion(c)` is the test of one cell, with Excel's semantics as the evaluator has always
 * applied them. `CriteriaIndex` sorts a range's values once (numbers by value, text by value and
 * by its case-insensitive form, blanks, booleans) so that a criterion's matching cells come from
 * a map lookup or a binary search: the daily log's 10,000 rows are sorted once per evaluation,
 * not scanned by each of the board's thousands of SUMIFS. The index selects exactly the cells
 * `criterion` accepts (test/workbook/criteria.test.ts compares the two on random ranges).
 */
import { compare, isError, textToNumber, type Grid, type Scalar } from "./values";

type Op = "=" | "<>" | "<" | "<=" | ">" | ">=";

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** A criterion's text pattern as a regular expression: `*` any text, `?` one character, `~` quotes the next character; case-insensitive. */
export function wildcard(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "~" && i + 1 < pattern.length) re += pattern[++i].replace(REGEX_SPECIAL, "\\$&");
    else if (ch === "*") re += "[\\s\\S]*";
    else if (ch === "?") re += "[\\s\\S]";
    else re += ch.replace(REGEX_SPECIAL, "\\$&");
  }
  return new RegExp(`^${re}$`, "i");
}

/** The text a pattern without wildcards stands for (`~` quotes removed); null when it has `*` or `?`. */
function literalOf(pattern: string): string | null {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "~" && i + 1 < pattern.length) out += pattern[++i];
    else if (ch === "*" || ch === "?") return null;
    else out += ch;
  }
  return out;
}

/**
 * A text folded as a case-insensitive regular expression (without the `u` flag) compares its
 * characters: each UTF-16 unit upper-cased when that gives one unit, and not from beyond ASCII
 * into it (ECMAScript's Canonicalize). Two texts match `^literal$`/i exactly when their folds are equal.
 */
export function caseFold(s: string): string {
  // eslint-disable-next-line no-control-regex -- ASCII is the whole range \x00-\x7f
  if (/^[\x00-\x7f]*$/.test(s)) return s.toUpperCase();
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const u = ch.toUpperCase();
    out += u.length !== 1 || (ch.charCodeAt(0) >= 128 && u.charCodeAt(0) < 128) ? ch : u;
  }
  return out;
}

function criterionParts(s: string): { op: Op; rest: string } {
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(s)!;
  return { op: (m[1] ?? "=") as Op, rest: m[2] };
}

function holds(op: Op, d: number): boolean {
  return op === "=" ? d === 0 : op === "<>" ? d !== 0 : op === "<" ? d < 0 : op === "<=" ? d <= 0 : op === ">" ? d > 0 : d >= 0;
}

/** The test of a SUMIF/COUNTIF criterion for one cell ("<5", ">=3", "<>x", "北区", 7, "a*"). */
export function criterion(c: Scalar): (v: Scalar) => boolean {
  if (isError(c)) return () => false;
  if (typeof c === "number" || typeof c === "boolean") return (v) => v !== null && !isError(v) && compare(v, c) === 0;
  const { op, rest } = criterionParts(c ?? "");
  const n = textToNumber(rest);
  if (n !== null) return (v) => (typeof v !== "number" ? op === "<>" : holds(op, v - n));
  if (op === "=" || op === "<>") {
    if (rest === "") return op === "=" ? (v) => v === null || v === "" : (v) => v !== null && v !== "";
    const re = wildcard(rest);
    return (v) => (typeof v === "string" && re.test(v)) === (op === "=");
  }
  return (v) => typeof v === "string" && holds(op, compare(v, rest) as number);
}

/**
 * What a criterion selects, in terms of the index's parts. `not` selects every other value
 * (errors included), as `criterion` does for `<>`.
 */
type Plan =
  | { kind: "none" }
  | { kind: "numbers"; op: Exclude<Op, "<>">; n: number }
  | { kind: "boolean"; b: boolean }
  | { kind: "empty" }
  | { kind: "text"; fold: string }
  | { kind: "pattern"; re: RegExp }
  | { kind: "order"; op: "<" | "<=" | ">" | ">="; lower: string }
  | { kind: "not"; inner: Plan };

function planOf(c: Scalar): Plan {
  if (isError(c)) return { kind: "none" };
  if (typeof c === "number") return Number.isNaN(c) ? { kind: "none" } : { kind: "numbers", op: "=", n: c };
  if (typeof c === "boolean") return { kind: "boolean", b: c };
  const { op, rest } = criterionParts(c ?? "");
  const n = textToNumber(rest);
  if (n !== null) return op === "<>" ? { kind: "not", inner: { kind: "numbers", op: "=", n } } : { kind: "numbers", op, n };
  if (op === "=" || op === "<>") {
    const literal = rest === "" ? null : literalOf(rest);
    const inner: Plan = rest === "" ? { kind: "empty" } : literal !== null ? { kind: "text", fold: caseFold(literal) } : { kind: "pattern", re: wildcard(rest) };
    return op === "=" ? inner : { kind: "not", inner };
  }
  return { kind: "order", op, lower: rest.toLowerCase() };
}

/** The cells of a range that meet a criterion. */
export interface Selection {
  /** How many cells. */
  readonly size: number;
  /** Their offsets in the range (row-major, 0-based), ascending. */
  offsets(): ArrayLike<number>;
}

const EMPTY: Selection = { size: 0, offsets: () => [] };

/** Offsets `order[from..to)` ascending (`order` lists offsets sorted by value). */
function sliceSelection(order: Int32Array, from: number, to: number): Selection {
  return { size: Math.max(0, to - from), offsets: () => order.slice(from, Math.max(from, to)).sort() };
}

function listSelection(list: readonly number[] | undefined): Selection {
  return list ? { size: list.length, offsets: () => list } : EMPTY;
}

/** Several ascending lists as one selection. */
function unionSelection(lists: readonly (readonly number[])[]): Selection {
  if (lists.length === 0) return EMPTY;
  if (lists.length === 1) return listSelection(lists[0]);
  const size = lists.reduce((n, l) => n + l.length, 0);
  return {
    size,
    offsets: () => {
      const out = new Int32Array(size);
      let k = 0;
      for (const l of lists) for (const i of l) out[k++] = i;
      return out.sort();
    },
  };
}

/** First position in `sorted` (ascending) whose value is ≥ x (`strict`: > x). */
function bound<T extends number | string>(sorted: ArrayLike<T>, x: T, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid];
    if (v < x || (strict && v === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The range [from, to) of positions in an ascending list that meet `op x`. */
function span<T extends number | string>(sorted: ArrayLike<T>, op: Exclude<Op, "<>">, x: T): [number, number] {
  switch (op) {
    case "=":
      return [bound(sorted, x, false), bound(sorted, x, true)];
    case "<":
      return [0, bound(sorted, x, false)];
    case "<=":
      return [0, bound(sorted, x, true)];
    case ">":
      return [bound(sorted, x, true), sorted.length];
    case ">=":
      return [bound(sorted, x, false), sorted.length];
  }
}

/** Offsets sorted by a key, with the keys in the same order. */
function sortedBy<T extends number | string>(offsets: readonly number[], key: (i: number) => T): { order: Int32Array; keys: T[] } {
  const ks = offsets.map(key);
  const idx = Array.from(offsets, (_, j) => j);
  idx.sort((a, b) => (ks[a] < ks[b] ? -1 : ks[a] > ks[b] ? 1 : a - b));
  return { order: Int32Array.from(idx, (j) => offsets[j]), keys: idx.map((j) => ks[j]) };
}

/**
 * An index of one range's values for criteria. Its parts are built on first use: which cells
 * are blank, text (by exact value, by case-insensitive fold, and sorted), numbers (sorted),
 * booleans, errors. Numbers that are not finite are kept apart and tested one by one.
 */
export class CriteriaIndex {
  private parts?: {
    blanks: number[];
    texts: Map<string, number[]>;
    numbers: number[];
    trues: number[];
    falses: number[];
    /** NaN and ±Infinity: `criterion` compares them by subtraction, which a sorted list does not model. */
    odd: number[];
  };
  private folds?: Map<string, number[]>;
  private sortedNumbers?: { order: Int32Array; keys: Float64Array };
  private sortedTexts?: { order: Int32Array; keys: string[] };

  private readonly values: readonly Scalar[];

  /** `grid`: the range's cells. */
  constructor(readonly grid: Grid) {
    this.values = grid.values;
  }

  private get p(): NonNullable<CriteriaIndex["parts"]> {
    if (this.parts) return this.parts;
    const p = { blanks: [] as number[], texts: new Map<string, number[]>(), numbers: [] as number[], trues: [] as number[], falses: [] as number[], odd: [] as number[] };
    this.values.forEach((v, i) => {
      if (v === null) p.blanks.push(i);
      else if (typeof v === "string") {
        const l = p.texts.get(v);
        if (l) l.push(i);
        else p.texts.set(v, [i]);
      } else if (typeof v === "number") (Number.isFinite(v) ? p.numbers : p.odd).push(i);
      else if (v === true) p.trues.push(i);
      else if (v === false) p.falses.push(i);
    });
    return (this.parts = p);
  }

  /** Text cells by case-insensitive fold. */
  private get byFold(): Map<string, number[]> {
    if (this.folds) return this.folds;
    const folds = new Map<string, number[]>();
    for (const [text, list] of this.p.texts) {
      const f = caseFold(text);
      const l = folds.get(f);
      folds.set(f, l ? [...l, ...list].sort((a, b) => a - b) : list);
    }
    return (this.folds = folds);
  }

  private get numbersByValue(): { order: Int32Array; keys: Float64Array } {
    if (!this.sortedNumbers) {
      const s = sortedBy(this.p.numbers, (i) => this.values[i] as number);
      this.sortedNumbers = { order: s.order, keys: Float64Array.from(s.keys) };
    }
    return this.sortedNumbers;
  }

  private get textsByValue(): { order: Int32Array; keys: string[] } {
    if (!this.sortedTexts) {
      const all = [...this.p.texts.values()].flat();
      this.sortedTexts = sortedBy(all, (i) => (this.values[i] as string).toLowerCase());
    }
    return this.sortedTexts;
  }

  /** The regular (not odd) cells a plan selects. */
  private regular(plan: Plan): Selection {
    const p = this.p;
    switch (plan.kind) {
      case "none":
        return EMPTY;
      case "numbers": {
        const { order, keys } = this.numbersByValue;
        const [from, to] = span(keys, plan.op, plan.n);
        return sliceSelection(order, from, to);
      }
      case "boolean":
        return listSelection(plan.b ? p.trues : p.falses);
      case "empty":
        return unionSelection([p.blanks, p.texts.get("") ?? []].filter((l) => l.length > 0));
      case "text":
        return listSelection(this.byFold.get(plan.fold));
      case "pattern": {
        const lists: number[][] = [];
        for (const [text, list] of p.texts) if (plan.re.test(text)) lists.push(list);
        return unionSelection(lists);
      }
      case "order": {
        const { order, keys } = this.textsByValue;
        const [from, to] = span(keys, plan.op, plan.lower);
        return sliceSelection(order, from, to);
      }
      case "not": {
        const inner = this.regular(plan.inner);
        const odd = p.odd;
        const size = this.values.length - odd.length - inner.size;
        return {
          size,
          offsets: () => {
            const skip = inner.offsets();
            const out = new Int32Array(size);
            let k = 0;
            let a = 0;
            let b = 0;
            for (let i = 0; i < this.values.length; i++) {
              if (a < skip.length && skip[a] === i) a++;
              else if (b < odd.length && odd[b] === i) b++;
              else out[k++] = i;
            }
            return out;
          },
        };
      }
    }
  }

  /** The cells that meet criterion `c` (the same cells `criterion(c)` accepts). */
  select(c: Scalar): Selection {
    const regular = this.regular(planOf(c));
    const odd = this.p.odd;
    if (odd.length === 0) return regular;
    const test = criterion(c);
    const extra = odd.filter((i) => test(this.values[i]));
    if (extra.length === 0) return regular;
    return unionSelection([Array.from(regular.offsets()), extra]);
  }
}
