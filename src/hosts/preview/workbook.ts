/**
 * The preview's in-browser workbook: sheets of cells (content, number format, style, note),
 * merges, conditional formats, data validation, defined names, settings, the active sheet
 * and the selection. Values come from the formula engine (./engine.ts), which holds the same
 * contents; this model keeps what the engine does not (formats, styles, layout).
 *
 * It changes through three doors only: `applyOps` (the preview host writing a plan, with the
 * very operations the Excel host would send to Excel), `enter` (a person typing into a cell)
 * and `setContent` (the host's insertFormula / freeze). Every change bumps `version` and
 * tells the subscribers (the grid re-renders).
 */
import { cellKey, cellsOf, keyCol, keyRow, parseCell, parseRange, rangeAddress, rectsIntersect, splitSheetRef, type Rect } from "../../workbook/a1";
import { cellReference, formulaText, shiftFormula, tokenize } from "../../workbook/formula";
import type { CellConstant, CellStyle, ChartSpec, PageSetupSpec, ValidationSpec } from "../../workbook/spec";
import type { Op } from "../write/ops";
import { Engine, isEngineError, type EngineValue } from "./engine";
import { formatValue } from "./format";
import { utcToSerial } from "../../domain/dates";


export type Content = { kind: "formula"; text: string } | { kind: "value"; v: string | number | boolean };

export interface PreviewCell {
  content?: Content;
  fmt?: string;
  style?: CellStyle;
  /** The font family the plan wrote the cell in (the grid draws with the page's own font). */
  font?: string;
  note?: string;
}

export interface ConditionalFormat {
  range: Rect;
  /** Without "="; relative references are relative to the range's top-left cell. */
  formula: string;
  style: Pick<CellStyle, "fill" | "color" | "bold">;
}

export interface PreviewSheet {
  name: string;
  cells: Map<number, PreviewCell>;
  /** By column number: width in points, hidden, the whole column's number format (for cells without one). */
  columns: Map<number, { points?: number; hidden?: boolean; numberFormat?: string }>;
  merges: Rect[];
  /** Highest precedence first (Excel puts each new rule on top). */
  conditionalFormats: ConditionalFormat[];
  validations: { range: Rect; spec: ValidationSpec }[];
  freeze: { rows: number; columns: number };
  tabColor?: string;
  charts: { name: string; spec: ChartSpec }[];
  /** Kept as the plan wrote it: the preview has no printing (no pages, breaks, header or footer). */
  pageSetup?: PageSetupSpec;
}

export interface DefinedName {
  name: string;
  /** Reference without "=", e.g. "'输入'!$B$5". */
  ref: string;
  /** null: workbook level; else the sheet it belongs to. */
  scope: string | null;
  comment: string;
}

export interface Selection {
  sheet: string;
  range: Rect;
}

/** Result of typing into a cell. */
/**
 * A typed value: kept (`ok`), or refused by a "stop" validation. A value a "warning"
 * validation questions is kept, with the warning Excel would show.
 */
export type EnterResult = { ok: true; warning?: { title: string; message: string } } | { ok: false; title: string; message: string };

function cloneSheet(s: PreviewSheet): PreviewSheet {
  return {
    ...s,
    cells: new Map([...s.cells].map(([k, c]) => [k, { ...c, style: c.style ? { ...c.style } : undefined }])),
    columns: new Map([...s.columns].map(([k, c]) => [k, { ...c }])),
    merges: s.merges.map((m) => ({ ...m })),
    conditionalFormats: s.conditionalFormats.map((c) => ({ ...c })),
    validations: [...s.validations],
    freeze: { ...s.freeze },
    charts: [...s.charts],
  };
}

/** What a person typing `text` into a cell means, the way Excel reads it. */
export function parseTyped(text: string): { content: Content | null; fmt?: string } {
  if (text === "") return { content: null };
  if (text.startsWith("=") && text.length > 1) return { content: { kind: "formula", text: text.slice(1) } };
  if (text.startsWith("'")) return { content: { kind: "value", v: text.slice(1) } };
  const t = text.trim();
  if (/^(true|false)$/i.test(t)) return { content: { kind: "value", v: t.toLowerCase() === "true" } };
  const num = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(e[+-]?\d+)?$/i;
  if (/\d/.test(t) && num.test(t)) return { content: { kind: "value", v: Number(t.replace(/,/g, "")) } };
  const pct = /^([+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?)\s*%$/.exec(t);
  if (pct && /\d/.test(pct[1])) {
    const decimals = pct[1].split(".")[1]?.length ?? 0;
    return {
      content: { kind: "value", v: Number(pct[1].replace(/,/g, "")) / 100 },
      fmt: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%",
    };
  }
  const date = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const ms = Date.UTC(y, m - 1, d);
    const check = new Date(ms);
    if (check.getUTCFullYear() === y && check.getUTCMonth() === m - 1 && check.getUTCDate() === d && y >= 1900) {
      return { content: { kind: "value", v: utcToSerial(ms) }, fmt: "yyyy-mm-dd" };
    }
  }
  return { content: { kind: "value", v: text } };
}

/**
 * For a formula `AND(a,…,y,z)` of two or more arguments, `AND(a,…,y)`; else null. Where it is
 * FALSE the whole AND is FALSE or an error, so a conditional format on it does not hold.
 */
export function guardOf(formula: string): string | null {
  const tokens = tokenize(formula).filter((t, i, all) => t.kind !== "whitespace" || (i > 0 && i < all.length - 1));
  if (tokens.length < 4 || tokens[0].kind !== "function" || tokens[0].text.toUpperCase() !== "AND" || tokens[1].text !== "(") return null;
  const args: string[] = [];
  let depth = 0;
  let from = 2;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "operator") continue;
    if (t.text === "(" || t.text === "{") depth++;
    else if (t.text === ")" || t.text === "}") {
      depth--;
      if (depth === 0 && i !== tokens.length - 1) return null; // AND(…) is not the whole formula
      if (depth === 0) args.push(formulaText(tokens.slice(from, i)));
    } else if (t.text === "," && depth === 1) {
      args.push(formulaText(tokens.slice(from, i)));
      from = i + 1;
    }
  }
  return depth === 0 && args.length >= 2 ? `AND(${args.slice(0, -1).join(",")})` : null;
}

/** What `Range.formulas` returns for a cell: "=…", a constant, or "" when blank. */
export function formulaOf(cell: PreviewCell | undefined): string | number | boolean {
  if (!cell?.content) return "";
  return cell.content.kind === "formula" ? `=${cell.content.text}` : cell.content.v;
}

export class PreviewWorkbook {
  sheets: PreviewSheet[] = [];
  names: DefinedName[] = [];
  settings = new Map<string, string>();
  activeSheet = "";
  selection: Selection = { sheet: "", range: { top: 1, left: 1, bottom: 1, right: 1 } };
  engine: Engine;
  /** Bumped on every change. */
  version = 0;
  private readonly listeners = new Set<() => void>();
  /** Per conditional format rule: which way its formula shifts, and its text per shift (see `ruleText`). */
  private readonly ruleTexts = new WeakMap<ConditionalFormat, { rows: boolean; cols: boolean; guard: string | null; texts: Map<number, { rule: string; guard: string | null }> }>();

  constructor(firstSheet = "Sheet1") {
    this.engine = new Engine();
    this.addSheet(firstSheet);
    this.activeSheet = firstSheet;
    this.selection = { sheet: firstSheet, range: { top: 1, left: 1, bottom: 1, right: 1 } };
  }

  // ---- change notification ---------------------------------------------------------------

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  getVersion = (): number => this.version;

  /** Bumps the version and tells the subscribers. */
  changed(): void {
    this.version++;
    for (const fn of [...this.listeners]) fn();
  }

  // ---- sheets ----------------------------------------------------------------------------

  findSheet(name: string): PreviewSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheet(name: string): PreviewSheet {
    const s = this.findSheet(name);
    if (!s) throw Object.assign(new Error(`The sheet "${name}" does not exist.`), { code: "ItemNotFound" });
    return s;
  }

  addSheet(name: string): PreviewSheet {
    if (this.findSheet(name)) throw Object.assign(new Error(`A sheet named "${name}" already exists.`), { code: "ItemAlreadyExists" });
    const sheet: PreviewSheet = {
      name,
      cells: new Map(),
      columns: new Map(),
      merges: [],
      conditionalFormats: [],
      validations: [],
      freeze: { rows: 0, columns: 0 },
      charts: [],
    };
    this.sheets.push(sheet);
    this.engine.addSheet(name);
    return sheet;
  }

  // ---- cells -----------------------------------------------------------------------------

  cell(sheet: string, row: number, col: number): PreviewCell | undefined {
    return this.sheet(sheet).cells.get(cellKey(row, col));
  }

  private cellForWrite(s: PreviewSheet, row: number, col: number): PreviewCell {
    const k = cellKey(row, col);
    let c = s.cells.get(k);
    if (!c) {
      c = {};
      s.cells.set(k, c);
    }
    return c;
  }

  /** Sets a cell's content (null clears it) in the model and the engine; no notification. */
  private put(s: PreviewSheet, row: number, col: number, content: Content | null): void {
    const c = this.cellForWrite(s, row, col);
    if (content === null) {
      delete c.content;
      this.engine.setConstant(s.name, row, col, null);
    } else if (content.kind === "formula") {
      c.content = content;
      this.engine.setFormula(s.name, row, col, content.text);
    } else {
      c.content = content;
      this.engine.setConstant(s.name, row, col, content.v);
    }
  }

  /** Sets contents and notifies once. */
  setContents(sheet: string, entries: { row: number; col: number; content: Content | null }[]): void {
    const s = this.sheet(sheet);
    this.engine.batch(() => {
      for (const e of entries) this.put(s, e.row, e.col, e.content);
    });
    this.changed();
  }

  value(sheet: string, row: number, col: number): EngineValue {
    return this.engine.value(this.sheet(sheet).name, row, col);
  }

  /** The text a cell shows: its value in its number format. */
  display(sheet: string, row: number, col: number): string {
    const v = this.value(sheet, row, col);
    if (v === null) return "";
    if (isEngineError(v)) return v.error;
    return formatValue(v, this.cell(sheet, row, col)?.fmt ?? this.sheet(sheet).columns.get(col)?.numberFormat);
  }

  /** A person typing into a cell (formula bar or in-cell editor). */
  enter(sheet: string, row: number, col: number, text: string): EnterResult {
    const s = this.sheet(sheet);
    const { content, fmt } = parseTyped(text);
    if (content?.kind === "formula" && !this.engine.validFormula(content.text)) {
      return { ok: false, title: "Formula", message: `There's a problem with this formula: ${text}` };
    }
    const invalid = content?.kind === "value" ? this.validationError(s, row, col, content.v) : null;
    if (invalid && !invalid.warning) return invalid;
    const c = this.cellForWrite(s, row, col);
    if (fmt && (!c.fmt || c.fmt === "General")) c.fmt = fmt;
    this.engine.batch(() => this.put(s, row, col, content));
    this.changed();
    return invalid ? { ok: true, warning: { title: invalid.title, message: invalid.message } } : { ok: true };
  }

  /** The items of a range-source list validation ("'Sheet'!$A$4:$A$8"), as shown. */
  private listItems(source: string, sheet: string): string[] {
    const { sheet: on, address } = splitSheetRef(source);
    return this.values(on ?? sheet, parseRange(address)).flat().map(String).filter((x) => x !== "");
  }

  /** A validation bound given as a formula, evaluated now; null when it is not a number. */
  private bound(formula: string | undefined, sheet: string): number | null {
    if (formula === undefined) return null;
    const v = this.engine.evaluate(formula, sheet);
    return typeof v === "number" ? v : null;
  }

  /**
   * Excel's alert for a value a data validation rule questions; null when allowed. `warning`
   * is set for a rule with the "warning" style (the value is kept).
   */
  private validationError(
    s: PreviewSheet,
    row: number,
    col: number,
    v: string | number | boolean,
  ): { ok: false; title: string; message: string; warning: boolean } | null {
    for (const { range, spec } of s.validations) {
      if (row < range.top || row > range.bottom || col < range.left || col > range.right) continue;
      let ok = true;
      if (spec.kind === "list") ok = spec.values.includes(String(v));
      else if (spec.kind === "listRange") ok = this.listItems(spec.source, s.name).includes(String(v));
      else if (spec.kind === "date") {
        const min = this.bound(spec.minFormula, s.name);
        const max = this.bound(spec.maxFormula, s.name);
        ok = typeof v === "number" && (min === null || v >= min) && (max === null || v <= max);
      } else {
        ok = typeof v === "number" && (spec.kind === "decimal" || Number.isInteger(v));
        if (ok && spec.min !== undefined && (v as number) < spec.min) ok = false;
        if (ok && spec.max !== undefined && (v as number) > spec.max) ok = false;
      }
      if (!ok) return { ok: false, title: spec.errorTitle, message: spec.error, warning: spec.errorStyle === "warning" };
    }
    return null;
  }

  /** Bounding box of the cells holding content (Excel's used range, values only); null if none. */
  usedRange(sheet: string, within?: Rect): Rect | null {
    const s = this.sheet(sheet);
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    for (const [k, c] of s.cells) {
      if (!c.content) continue;
      const r = keyRow(k);
      const col = keyCol(k);
      if (within && (r < within.top || r > within.bottom || col < within.left || col > within.right)) continue;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, col);
      right = Math.max(right, col);
    }
    return top === Infinity ? null : { top, left, bottom, right };
  }

  /** Values of a range (blank as ""), like `Range.values`. */
  values(sheet: string, r: Rect): CellConstant[][] {
    const out: CellConstant[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: CellConstant[] = [];
      for (let col = r.left; col <= r.right; col++) {
        const v = this.value(sheet, row, col);
        line.push(v === null ? "" : isEngineError(v) ? v.error : v);
      }
      out.push(line);
    }
    return out;
  }

  // ---- conditional formats -------------------------------------------------------------

  /**
   * A rule's formula as it applies to the cell (dr, dc) away from its range's top-left cell,
   * and its guard (see `guardOf`), each shifted once per distinct text.
   */
  private ruleText(cf: ConditionalFormat, dr: number, dc: number): { rule: string; guard: string | null } {
    let t = this.ruleTexts.get(cf);
    if (!t) {
      let rows = false;
      let cols = false;
      for (const token of tokenize(cf.formula)) {
        const ref = cellReference(token);
        if (!ref) continue;
        rows ||= !ref.absTop || !ref.absBottom;
        cols ||= !ref.absLeft || !ref.absRight;
      }
      t = { rows, cols, guard: guardOf(cf.formula), texts: new Map() };
      this.ruleTexts.set(cf, t);
    }
    const r = t.rows ? dr : 0;
    const c = t.cols ? dc : 0;
    const key = r * 16384 + c;
    let text = t.texts.get(key);
    if (text === undefined) {
      text = { rule: shiftFormula(cf.formula, r, c), guard: t.guard === null ? null : shiftFormula(t.guard, r, c) };
      t.texts.set(key, text);
    }
    return text;
  }

  /**
   * The conditional styles of the cells in `area` (by cellKey; cells no rule holds for are
   * absent): every rule that holds, higher precedence winning. Each rule's formula is
   * evaluated once per distinct text (a rule on `$D6` once per row) through the engine's live
   * formulas, which HyperFormula keeps current, so drawing the sheet again after a change
   * recomputes only what the change reaches. A rule `AND(a,…,y,z)` is first asked `AND(a,…,y)`:
   * where that is FALSE the rule cannot hold, and `z` (the log's duplicate test, a COUNTIFS over
   * the log's rows) is not computed for the log's empty rows.
   */
  conditionalStyles(sheet: string, area: Rect): Map<number, Pick<CellStyle, "fill" | "color" | "bold">> {
    const s = this.sheet(sheet);
    const rules: { cf: ConditionalFormat; part: Rect; texts: { rule: string; guard: string | null }[] }[] = [];
    const asked = new Map<string, number>();
    const ask = (text: string): void => {
      if (!asked.has(text)) asked.set(text, asked.size);
    };
    for (let i = s.conditionalFormats.length - 1; i >= 0; i--) {
      const cf = s.conditionalFormats[i];
      const r = cf.range;
      const part = { top: Math.max(r.top, area.top), left: Math.max(r.left, area.left), bottom: Math.min(r.bottom, area.bottom), right: Math.min(r.right, area.right) };
      if (part.top > part.bottom || part.left > part.right) continue;
      const texts: { rule: string; guard: string | null }[] = [];
      for (let row = part.top; row <= part.bottom; row++)
        for (let col = part.left; col <= part.right; col++) {
          const text = this.ruleText(cf, row - r.top, col - r.left);
          ask(text.guard ?? text.rule);
          texts.push(text);
        }
      rules.push({ cf, part, texts });
    }
    const out = new Map<number, Pick<CellStyle, "fill" | "color" | "bold">>();
    if (rules.length === 0) return out;
    const first = this.engine.liveValues(s.name, [...asked.keys()]);
    const valueOf = new Map<string, EngineValue>();
    for (const [text, i] of asked) valueOf.set(text, first[i]);
    // Rules whose guard did not rule them out: the whole formula.
    const whole = new Set<string>();
    for (const { texts } of rules) for (const t of texts) if (t.guard !== null && valueOf.get(t.guard) !== false) whole.add(t.rule);
    const rest = [...whole].filter((t) => !valueOf.has(t));
    if (rest.length > 0) this.engine.liveValues(s.name, rest).forEach((v, i) => valueOf.set(rest[i], v));
    for (const { cf, part, texts } of rules) {
      let k = 0;
      for (let row = part.top; row <= part.bottom; row++)
        for (let col = part.left; col <= part.right; col++) {
          const t = texts[k++];
          const v = t.guard !== null && valueOf.get(t.guard) === false ? false : valueOf.get(t.rule);
          if (!(v === true || (typeof v === "number" && v !== 0))) continue;
          const key = cellKey(row, col);
          out.set(key, { ...(out.get(key) ?? {}), ...cf.style });
        }
    }
    return out;
  }

  /** The conditional style of one cell (see `conditionalStyles`); null when no rule holds. */
  conditionalStyle(sheet: string, row: number, col: number): Pick<CellStyle, "fill" | "color" | "bold"> | null {
    return this.conditionalStyles(sheet, { top: row, left: col, bottom: row, right: col }).get(cellKey(row, col)) ?? null;
  }

  // ---- names and settings ----------------------------------------------------------------

  findName(name: string, scope: string | null): DefinedName | undefined {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower && (n.scope ?? "").toLowerCase() === (scope ?? "").toLowerCase());
  }

  // ---- writes from the host --------------------------------------------------------------

  /** Applies a write plan's operations (see src/hosts/excel/apply.ts for their meaning in Excel). */
  applyOps(ops: readonly Op[]): void {
    // Names first, for the engine's formulas (its `expectName`); a failed op leaves only this hint.
    for (const op of ops) {
      if (op.t === "addName") this.engine.expectName(op.name, op.ref, op.scope === null ? null : op.scope);
      else if (op.t === "setName") this.engine.expectName(op.name, op.ref, op.scope === null || op.scope === undefined ? null : op.scope);
    }
    this.engine.batch(() => {
      for (const op of ops) this.applyOp(op);
    });
    this.changed();
  }

  private applyOp(op: Op): void {
    switch (op.t) {
      case "addSheet":
        this.addSheet(op.sheet);
        return;
      case "addName": {
        if (this.findName(op.name, op.scope)) throw Object.assign(new Error(`The name "${op.name}" already exists.`), { code: "ItemAlreadyExists" });
        const scope = op.scope === null ? null : this.sheet(op.scope).name;
        this.names.push({ name: op.name, ref: op.ref, scope, comment: op.comment });
        this.engine.addName(op.name, op.ref, scope);
        return;
      }
      case "setName": {
        const scope = op.scope === null || op.scope === undefined ? null : this.sheet(op.scope).name;
        const n = this.findName(op.name, scope);
        if (!n) throw Object.assign(new Error(`The name "${op.name}" does not exist.`), { code: "ItemNotFound" });
        n.ref = op.ref;
        n.comment = op.comment;
        this.engine.changeName(n.name, op.ref, scope);
        return;
      }
      case "clear": {
        const s = this.sheet(op.sheet);
        const r = parseRange(op.address);
        for (const [row, col] of cellsOf(r)) {
          const c = s.cells.get(cellKey(row, col));
          if (!c) continue;
          if (op.what === "All") {
            if (c.content) this.put(s, row, col, null);
            s.cells.delete(cellKey(row, col));
          } else {
            delete c.fmt;
            delete c.style;
          }
        }
        return;
      }
      case "unmerge": {
        const s = this.sheet(op.sheet);
        const r = parseRange(op.address);
        s.merges = s.merges.filter((m) => !rectsIntersect(m, r));
        return;
      }
      case "merge": {
        const s = this.sheet(op.sheet);
        const r = parseRange(op.address);
        s.merges = s.merges.filter((m) => !rectsIntersect(m, r));
        s.merges.push(r);
        return;
      }
      case "numberFormat": {
        const s = this.sheet(op.sheet);
        const r = parseRange(op.address);
        // A single format on a larger range is every cell's (src/hosts/write/ops.ts).
        const data = op.data.length === 1 && op.data[0].length === 1 ? Array.from({ length: r.bottom - r.top + 1 }, () => Array<string | null>(r.right - r.left + 1).fill(op.data[0][0])) : op.data;
        data.forEach((line, i) =>
          line.forEach((f, j) => {
            if (f === null) return;
            const c = this.cellForWrite(s, r.top + i, r.left + j);
            if (f === "General") delete c.fmt;
            else c.fmt = f;
          }),
        );
        return;
      }
      case "formulas": {
        const s = this.sheet(op.sheet);
        const r = parseRange(op.address);
        op.data.forEach((line, i) =>
          line.forEach((v, j) => {
            if (v === null) return;
            const row = r.top + i;
            const col = r.left + j;
            if (typeof v === "string") {
              const { content, fmt } = parseTyped(v);
              if (fmt) {
                const c = this.cellForWrite(s, row, col);
                if (!c.fmt) c.fmt = fmt;
              }
              this.put(s, row, col, content);
            } else {
              this.put(s, row, col, { kind: "value", v });
            }
          }),
        );
        return;
      }
      case "copyFormulas":
        // src/hosts/preview/host.ts plans without copies (copyDown: false): one is a planning bug.
        throw new Error(`internal: the preview plans no copies (${op.sheet}!${op.address})`);
      case "font": {
        // The name only: the grid draws text whose style sets no size at its own size.
        const s = this.sheet(op.sheet);
        for (const [row, col] of cellsOf(parseRange(op.address))) this.cellForWrite(s, row, col).font = op.name;
        return;
      }
      case "style": {
        const s = this.sheet(op.sheet);
        for (const [row, col] of cellsOf(parseRange(op.address))) {
          const c = this.cellForWrite(s, row, col);
          c.style = { ...(c.style ?? {}), ...op.style };
        }
        return;
      }
      case "columns": {
        const s = this.sheet(op.sheet);
        const [a, b = a] = op.address.split(":");
        const from = parseCell(`${a}1`).col;
        const to = parseCell(`${b}1`).col;
        for (let col = from; col <= to; col++) {
          const c = s.columns.get(col) ?? {};
          if (op.points !== undefined) c.points = op.points;
          if (op.hidden !== undefined) c.hidden = op.hidden;
          if (op.numberFormat !== undefined) c.numberFormat = op.numberFormat;
          s.columns.set(col, c);
        }
        return;
      }
      case "freeze":
        this.sheet(op.sheet).freeze = { rows: op.rows, columns: op.columns };
        return;
      case "tabColor":
        this.sheet(op.sheet).tabColor = op.color;
        return;
      case "cfClear": {
        const s = this.sheet(op.sheet);
        const r = parseRange(op.address);
        s.conditionalFormats = s.conditionalFormats.filter((cf) => !rectsIntersect(cf.range, r));
        return;
      }
      case "cf":
        this.sheet(op.sheet).conditionalFormats.unshift({
          range: parseRange(op.address),
          formula: op.formula.replace(/^=/, ""),
          style: op.style,
        });
        return;
      case "dvClear": {
        const s = this.sheet(op.sheet);
        const r = parseRange(op.address);
        s.validations = s.validations.filter((v) => !rectsIntersect(v.range, r));
        return;
      }
      case "dv":
        this.sheet(op.sheet).validations.push({ range: parseRange(op.spec.range), spec: op.spec });
        return;
      case "pageSetup":
        this.sheet(op.sheet).pageSetup = op.spec;
        return;
      case "deleteChart": {
        const s = this.sheet(op.sheet);
        s.charts = s.charts.filter((c) => c.name.toLowerCase() !== op.name.toLowerCase());
        return;
      }
      case "chart": {
        const s = this.sheet(op.sheet);
        s.charts = [...s.charts.filter((c) => c.name.toLowerCase() !== op.name.toLowerCase()), { name: op.name, spec: op.spec }];
        return;
      }
      case "note": {
        const a = parseCell(op.address);
        this.cellForWrite(this.sheet(op.sheet), a.row, a.col).note = op.text;
        return;
      }
      case "setting":
        this.settings.set(op.key, op.value);
        return;
      case "activate":
        this.activeSheet = this.sheet(op.sheet).name;
        return;
      default: {
        const never: never = op;
        throw new Error(`unknown operation ${JSON.stringify(never)}`);
      }
    }
  }

  // ---- transactions ----------------------------------------------------------------------

  /** Everything but the engine, for `restore` after a failed write. */
  snapshot(): { sheets: PreviewSheet[]; names: DefinedName[]; settings: Map<string, string>; activeSheet: string; selection: Selection } {
    return {
      sheets: this.sheets.map(cloneSheet),
      names: this.names.map((n) => ({ ...n })),
      settings: new Map(this.settings),
      activeSheet: this.activeSheet,
      selection: { sheet: this.selection.sheet, range: { ...this.selection.range } },
    };
  }

  /** Puts a snapshot back and rebuilds the engine from it. */
  restore(snap: ReturnType<PreviewWorkbook["snapshot"]>): void {
    this.engine.destroy();
    this.engine = new Engine();
    this.sheets = snap.sheets;
    this.names = snap.names;
    this.settings = snap.settings;
    this.activeSheet = snap.activeSheet;
    this.selection = snap.selection;
    for (const s of this.sheets) this.engine.addSheet(s.name);
    this.engine.batch(() => {
      for (const n of this.names) this.engine.addName(n.name, n.ref, n.scope);
      for (const s of this.sheets) {
        for (const [k, c] of s.cells) {
          if (!c.content) continue;
          if (c.content.kind === "formula") this.engine.setFormula(s.name, keyRow(k), keyCol(k), c.content.text);
          else this.engine.setConstant(s.name, keyRow(k), keyCol(k), c.content.v);
        }
      }
    });
    this.changed();
  }

  // ---- selection -------------------------------------------------------------------------

  select(sheet: string, range: Rect): void {
    this.selection = { sheet: this.sheet(sheet).name, range };
    this.changed();
  }

  activate(sheet: string): void {
    this.activeSheet = this.sheet(sheet).name;
    if (this.selection.sheet !== this.activeSheet) this.selection = { sheet: this.activeSheet, range: { top: 1, left: 1, bottom: 1, right: 1 } };
    this.changed();
  }

  selectionAddress(): string {
    return rangeAddress(this.selection.range);
  }
}
