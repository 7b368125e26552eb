/**
 * The preview's formula engine: HyperFormula (GPL-3.0-only, used under licenseKey "gpl-v3";
 * acceptable because the preview is a development tool that is never part of the add-in's
 * dist/). This module is the only one that talks to HyperFormula.
 *
 * - Native formulas: English function names, comma separators, `'Sheet'!$A$1` references and
 *   workbook- and sheet-level defined names, as the workbook spec writes them. Array
 *   arithmetic is on (Excel 365 semantics: `SUMPRODUCT((A1:A9<=X)*(B1:B9))`), a reference to
 *   an empty cell is 0, dates are Excel's 1900 serial numbers.
 * - `SALES.*`: registered from the functions' metadata (functions.json) and called through
 *   the implementations that src/functions/functions.ts itself associated with
 *   `CustomFunctions.associate`: the very code Excel loads. Arguments arrive as Excel hands
 *   them over (scalars, `null` for omitted or blank, 2-D arrays for `matrix` parameters);
 *   a thrown `CustomFunctions.Error` becomes the same spreadsheet error with its message.
 * - Spills: a `SALES.*` result larger than one cell spills when its size can be told from
 *   the formula text (HyperFormula sizes arrays when parsing): a literal count
 *   (`SPLIT_TARGET(100,3)`), a range of weights, or the funnel of a number of leads. When the
 *   size depends on another cell's value, the cell shows the top-left value only.
 * - Tall ranges: a reference spanning TALL_RANGE rows or more (the daily log's 10,000 report
 *   rows, `'日报'!$I$4:$I$10003`) is handed to HyperFormula cut to the rows that can hold
 *   anything: as many rows as the engine's row bound (the last row with content in any sheet,
 *   rounded up to ROW_CHUNK, and grown in steps as content lands lower). The rows cut away are
 *   empty, so SUMIFS, COUNTIFS, SUMPRODUCT, SUM, MIN, MAX give the same results, and ranges of
 *   equal height stay equal. Only the engine sees this: the workbook model, the download and
 *   Excel keep the formulas as written (./workbook.ts holds them).
 * - Live formulas: formulas evaluated for another sheet's sake (conditional formats' rules) are
 *   kept as cells of an engine-only sheet, so HyperFormula recalculates only those a change
 *   reaches and drawing a sheet again reads values (`liveValues`).
 * - TEXT: HyperFormula's TEXT mishandles percent formats (`TEXT(0.8,"0%")` gives "1%") and
 *   thousands separators, so every Engine's TEXT is the grid's number formatter (./format.ts).
 */
import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ConfigParams,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
  type RawCellContent,
} from "hyperformula";
import { isStandInError, type AssociatedFunction } from "../../functions/standIn";
import type { FunctionMetadataEntry, FunctionsMetadata } from "./functionsMetadata";
import { formatValue } from "./format";
import { SERIAL_ORIGIN } from "../../domain/dates";
import { MAX_ROW, sheetPrefix } from "../../workbook/a1";
import { cellReference, formulaText, mapReferences, tokenize } from "../../workbook/formula";

export const FUNCTION_PREFIX = "SALES.";

export interface EngineError {
  /** Excel's error text, e.g. "#VALUE!". */
  error: string;
  /** The message a custom function (or the engine) attached, "" if none. */
  message: string;
}

export type EngineValue = number | string | boolean | null | EngineError;

export function isEngineError(v: EngineValue): v is EngineError {
  return typeof v === "object" && v !== null;
}

const CONFIG: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  useArrayArithmetic: true,
  evaluateNullToZero: true,
  // Excel's 1900 date system (serial 45726 = 2025-03-10), from its one origin.
  nullDate: { ...SERIAL_ORIGIN },
  leapYear1900: false,
  functionArgSeparator: ",",
  decimalSeparator: ".",
  thousandSeparator: "",
  precisionRounding: 15,
  smartRounding: true,
};

const EXCEL_TO_ENGINE_ERROR: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
};

/** A thrown CustomFunctions.Error (or anything else) as the engine's error value. */
function toCellError(e: unknown): CellError {
  if (isStandInError(e)) return new CellError(EXCEL_TO_ENGINE_ERROR[e.code] ?? ErrorType.VALUE, e.message || undefined);
  return new CellError(ErrorType.VALUE, e instanceof Error ? e.message : String(e));
}

type Scalar = number | string | boolean | null;

/** One engine value as Excel hands it to a custom function. */
function toExcelScalar(v: unknown): Scalar | CellError {
  if (v === EmptyValue || v === undefined || v === null) return null;
  if (v instanceof CellError) return v;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  // Dates, percentages and currency come wrapped as "rich numbers" with their value in `val`.
  if (typeof v === "object" && "val" in v && typeof (v as { val: unknown }).val === "number") return (v as { val: number }).val;
  return String(v);
}

function toExcelArgument(v: unknown, matrix: boolean): Scalar | Scalar[][] | CellError {
  if (v instanceof SimpleRangeValue) {
    const rows: Scalar[][] = [];
    for (const row of v.data) {
      const out: Scalar[] = [];
      for (const cell of row) {
        const x = toExcelScalar(cell);
        if (x instanceof CellError) return x;
        out.push(x);
      }
      rows.push(out);
    }
    if (matrix) return rows;
    // A range given to a scalar parameter: one cell is fine, more is #VALUE! (as in Excel without lifting).
    if (rows.length === 1 && rows[0].length === 1) return rows[0][0];
    return new CellError(ErrorType.VALUE, "A range was given where one value is expected.");
  }
  if (v === undefined) return null; // an omitted optional argument
  const x = toExcelScalar(v);
  if (x instanceof CellError) return x;
  return matrix ? [[x]] : x;
}

/** What a node of HyperFormula's syntax tree tells about the result's size. */
interface ArgShape {
  kind: "range" | "number" | "empty" | "other";
  width: number;
  height: number;
  value: number;
}

/** Predicted spill size [width, height] per function; [1, 1] when it cannot be told from the formula. */
const SPILL_SIZE: Record<string, (args: ArgShape[]) => [number, number]> = {
  SPLIT_TARGET: (args) => {
    const parts = args[1];
    if (!parts) return [1, 1];
    if (parts.kind === "range") return [parts.width, parts.height];
    if (parts.kind === "number" && Number.isInteger(parts.value) && parts.value >= 1 && parts.value <= 1000) return [1, parts.value];
    return [1, 1];
  },
  FUNNEL_STAGE: (args) => {
    const leads = args[0];
    const stage = args[1];
    if (!leads || (leads.kind === "range" && leads.width * leads.height > 1)) return [1, 1];
    if (stage && stage.kind !== "empty") return [1, 1];
    const shares = args[2];
    const stages = shares && shares.kind === "range" && shares.width * shares.height > 1 ? shares.width * shares.height : 5;
    return [3, stages];
  },
};

/** A HyperFormula plugin for one custom function, calling its associated implementation. */
function customFunctionPlugin(entry: FunctionMetadataEntry, impl: AssociatedFunction): FunctionPluginDefinition {
  const id = entry.id.toUpperCase();
  const formulaId = FUNCTION_PREFIX + id;
  const matrix = entry.parameters.map((p) => p.dimensionality === "matrix");
  const predict = SPILL_SIZE[id];

  class CustomFunction extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = {
      [formulaId]: {
        method: "call",
        sizeOfResultArrayMethod: "size",
        vectorizationForbidden: true,
        parameters: entry.parameters.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional === true })),
      },
    };

    call(ast: { args: Parameters<CustomFunction["runFunction"]>[0] }, state: Parameters<CustomFunction["runFunction"]>[1]) {
      const size = this.size(ast, state);
      return this.runFunction(ast.args, state, this.metadata(formulaId), (...values: unknown[]) => {
        const args: unknown[] = [];
        for (let i = 0; i < entry.parameters.length; i++) {
          const a = toExcelArgument(values[i], matrix[i]);
          if (a instanceof CellError) return a;
          args.push(a);
        }
        let out: unknown;
        try {
          out = impl(...args);
        } catch (e) {
          return toCellError(e);
        }
        return fromExcelResult(out, size);
      });
    }

    size(ast: { args: Parameters<CustomFunction["runFunction"]>[0] }, state: Parameters<CustomFunction["runFunction"]>[1]): ArraySize {
      if (!predict) return ArraySize.scalar();
      const shapes = ast.args.map((arg): ArgShape => {
        // The syntax tree's node kinds are strings; only the few below matter here.
        const node = arg as unknown as { type: string; value?: unknown };
        if (node.type === "NUMBER" && typeof node.value === "number") return { kind: "number", width: 1, height: 1, value: node.value };
        if (node.type === "EMPTY") return { kind: "empty", width: 1, height: 1, value: 0 };
        if (node.type === "CELL_RANGE" || node.type === "NAMED_EXPRESSION" || node.type === "ARRAY") {
          const s = this.arraySizeForAst(arg, state);
          return { kind: "range", width: s.width, height: s.height, value: 0 };
        }
        return { kind: "other", width: 1, height: 1, value: 0 };
      });
      const [w, h] = predict(shapes);
      return w === 1 && h === 1 ? ArraySize.scalar() : new ArraySize(w, h);
    }
  }
  return CustomFunction;
}

/** An implementation's result as an engine value, cut or padded to the predicted size. */
function fromExcelResult(out: unknown, size: ArraySize): CellError | number | string | boolean | SimpleRangeValue {
  if (out instanceof Promise) return new CellError(ErrorType.VALUE, "Asynchronous functions are not supported in the preview.");
  const cell = (v: unknown): number | string | boolean | CellError | typeof EmptyValue => {
    if (v === null || v === undefined) return EmptyValue;
    if (typeof v === "number") return Number.isFinite(v) ? v : new CellError(ErrorType.NUM);
    if (typeof v === "string" || typeof v === "boolean") return v;
    return new CellError(ErrorType.VALUE, "Unsupported result type.");
  };
  if (!Array.isArray(out)) {
    const v = cell(out);
    return v === EmptyValue ? 0 : v;
  }
  const rows = out as unknown[][];
  if (size.isScalar()) {
    const v = cell(rows[0]?.[0]);
    return v === EmptyValue ? 0 : v;
  }
  const data: (number | string | boolean | CellError | typeof EmptyValue)[][] = [];
  for (let r = 0; r < size.height; r++) {
    const row: (number | string | boolean | CellError | typeof EmptyValue)[] = [];
    // Cells the result does not reach show #N/A, as in Excel when an array is stretched.
    for (let c = 0; c < size.width; c++) row.push(r < rows.length && c < (rows[r]?.length ?? 0) ? cell(rows[r][c]) : new CellError(ErrorType.NA));
    data.push(row);
  }
  return SimpleRangeValue.onlyValues(data);
}

/** TEXT(value, format) through the preview's number formatter. */
class TextPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    TEXT: {
      method: "text",
      parameters: [{ argumentType: FunctionArgumentType.SCALAR }, { argumentType: FunctionArgumentType.STRING }],
    },
  };

  text(ast: { args: Parameters<TextPlugin["runFunction"]>[0] }, state: Parameters<TextPlugin["runFunction"]>[1]) {
    return this.runFunction(ast.args, state, this.metadata("TEXT"), (value: unknown, format: string) => {
      const v = toExcelScalar(value);
      if (v instanceof CellError) return v;
      if (v === null) return formatValue(0, format);
      if (typeof v === "string") {
        const n = Number(v);
        return v.trim() !== "" && Number.isFinite(n) ? formatValue(n, format) : formatValue(v, format);
      }
      return formatValue(v, format);
    });
  }
}

/** HyperFormula's own names for a plugin's functions (the engine's formulas are in English). */
const translations = (ids: string[]) => ({ enGB: Object.fromEntries(ids.map((x) => [x, x])) });

let textRegistered = false;

/** TEXT through the preview's number formatter, for every engine (global in HyperFormula, once per page). */
function registerText(): void {
  if (textRegistered) return;
  HyperFormula.unregisterFunction("TEXT");
  HyperFormula.registerFunctionPlugin(TextPlugin, translations(["TEXT"]));
  textRegistered = true;
}

let registered: string[] | null = null;

/**
 * Registers one function per metadata entry with HyperFormula (global, once per page).
 * `impls` are the associated implementations by upper-case id.
 */
export function registerFunctions(metadata: FunctionsMetadata, impls: ReadonlyMap<string, AssociatedFunction>): string[] {
  if (registered) return registered;
  const names: string[] = [];
  for (const entry of metadata.functions) {
    const impl = impls.get(entry.id.toUpperCase());
    if (!impl) throw new Error(`functions.json lists ${entry.id}, but functions.js associated no implementation with it`);
    const formulaId = FUNCTION_PREFIX + entry.id.toUpperCase();
    HyperFormula.registerFunctionPlugin(customFunctionPlugin(entry, impl), translations([formulaId]));
    names.push(formulaId);
  }
  registered = names;
  return names;
}

function toEngineValue(v: unknown): EngineValue {
  if (v instanceof DetailedCellError) return { error: v.value, message: v.message ?? "" };
  if (v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** A number literal with an exponent (`1E-9`) written out in full (`0.000000001`). */
function expandExponent(num: string): string {
  const m = /^(\d*)(?:\.(\d*))?[eE]([+-]?\d+)$/.exec(num);
  if (!m) return num;
  const digits = `${m[1]}${m[2] ?? ""}`;
  const point = m[1].length + Number(m[3]);
  let text: string;
  if (point <= 0) text = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) text = digits + "0".repeat(point - digits.length);
  else text = `${digits.slice(0, point)}.${digits.slice(point)}`;
  text = text.replace(/^0+(?=\d)/, "");
  if (text.includes(".")) text = text.replace(/0+$/, "").replace(/\.$/, "");
  return text;
}

/**
 * Excel's formula text in HyperFormula's dialect. HyperFormula reads no exponent in number
 * literals (`1E-9`), so those are written out in full; string literals and sheet names are
 * left alone (the project's one tokenizer, `src/workbook/formula.ts`, tells them apart).
 */
export function toEngineDialect(formula: string): string {
  if (!/\d[eE]/.test(formula)) return formula;
  const tokens = tokenize(formula);
  for (const t of tokens) if (t.kind === "number") t.text = expandExponent(t.text);
  return formulaText(tokens);
}

/** A range at least this tall is cut to the engine's row bound (see the module's comment). */
export const TALL_RANGE = 1000;
/** The row bound grows in steps of this many rows (one re-entry of the formulas concerned per step). */
export const ROW_CHUNK = 512;

/**
 * `formula` with its tall ranges cut to at most `rows` rows (their top kept); null when it has
 * none. A range's height is the same whatever its sheet, so ranges of equal height that are
 * combined (SUMPRODUCT, SUMIFS) stay equal.
 */
export function cutTallRanges(formula: string, rows: number): string | null {
  if (!/\d{4}/.test(formula)) return null;
  let cut = false;
  const out = mapReferences(formula, (ref) => {
    const height = ref.bottom - ref.top + 1;
    // Whole columns (A:A) stay whole: the plan writes none, and their open bottom has no row to cut at.
    if (height < TALL_RANGE || height <= rows || (ref.top === 1 && ref.bottom === MAX_ROW)) return undefined;
    cut = true;
    return { top: ref.top, left: ref.left, right: ref.right, bottom: ref.top + rows - 1 };
  });
  return cut ? out : null;
}

/**
 * The engine-only sheet that holds live formulas (see `Engine.liveValues`). Excel forbids
 * brackets in sheet names, so no workbook sheet can be called this.
 */
const LIVE_SHEET = "[live]";
/** At most this many live formulas are kept; past it they are dropped and made again as asked for. */
export const LIVE_MAX = 4000;
/** A live formula a sheet has not asked for in this many of its calls is dropped (its rows were scrolled away). */
export const LIVE_KEEP = 8;
/** Functions whose value depends on the cell a formula stands in: such formulas are not made live. */
const POSITIONAL = new Set(["ROW", "COLUMN", "INDIRECT", "OFFSET", "CELL", "INFO"]);

/** A cell's formula as written, kept to be handed to HyperFormula again (see `Engine.reenter`). */
interface TrackedFormula {
  sheet: string;
  row: number;
  col: number;
  formula: string;
}

/** A live formula: its row in LIVE_SHEET (0: evaluated on each call instead), for which sheet, and that sheet's call that last asked for it. */
interface LiveFormula {
  sheetId: number;
  row: number;
  used: number;
}

/** A workbook's formulas, computed. Rows and columns are 1-based, like A1 addresses. */
export class Engine {
  private readonly hf: HyperFormula;
  /** The lowest row holding content in any sheet. */
  private lowest = 0;
  /** How many rows tall ranges are cut to (≥ lowest). */
  private rowBound = ROW_CHUNK;
  /** Cells whose formulas have tall ranges, as written ("sheet\0row\0col" → formula), re-entered when rowBound grows. */
  private readonly tall = new Map<string, TrackedFormula>();
  /** Cells whose formulas have reference names (see `refNames`), as written, re-entered when such a name changes. */
  private readonly named = new Map<string, TrackedFormula>();
  /** Defined names with tall ranges, as written. */
  private readonly tallNames = new Map<string, { name: string; ref: string; scope: string | null }>();
  /** Names defined at sheet level (lowercased name → the sheets, lowercased): a formula using one is not made live. */
  private readonly sheetNames = new Map<string, Set<string>>();
  /** Live formulas by "sheet id\0formula" (see `liveValues`). */
  private readonly live = new Map<string, LiveFormula>();
  /** Per sheet id, how many times `liveValues` was called for it. */
  private readonly liveCalls = new Map<number, number>();
  /** The next never-used row of LIVE_SHEET, and rows given back. */
  private liveNext = 1;
  private liveFree: number[] = [];

  /** `cutTall: false` hands every range over as written (to compare results with and without the cut). */
  constructor(private readonly options: { cutTall?: boolean } = {}) {
    registerText();
    this.hf = HyperFormula.buildEmpty(CONFIG);
  }

  /**
   * Workbook-level names that stand for a plain reference (lowercased name → the reference as
   * written). HyperFormula evaluates a named expression to the value it points at, so a name on
   * an empty cell is 0 to it: `ISNUMBER(DailyLeads)` would be TRUE where Excel and LibreOffice
   * say FALSE (an optional input left blank). Formulas therefore get such names replaced by their
   * reference before HyperFormula reads them; the formulas the workbook keeps are untouched.
   */
  private readonly refNames = new Map<string, string>();

  /** Tells the engine about a name before formulas using it arrive (a write adds names after cells). */
  expectName(name: string, ref: string | null, scope: string | null): void {
    if (scope !== null) return;
    const plain = ref !== null && tokenize(ref).filter((t) => t.kind !== "whitespace").every((t, i, all) => all.length === 1 && t.kind === "reference");
    const key = name.toLowerCase();
    const before = this.refNames.get(key);
    if (plain && ref !== null) this.refNames.set(key, ref);
    else this.refNames.delete(key);
    if (this.refNames.get(key) === before) return;
    // The name now stands for another reference (or none): formulas that had it replaced are entered again.
    this.dropLive();
    const named = [...this.named.values()];
    if (named.length > 0) this.reenter(named);
  }

  /** `formula` with its reference names replaced by their references (see `refNames`). */
  private withRefNames(formula: string): string {
    if (this.refNames.size === 0 || !/[A-Za-z_]/.test(formula)) return formula;
    const tokens = tokenize(formula);
    let replaced = false;
    for (const t of tokens) {
      if (t.kind !== "name") continue;
      const ref = this.refNames.get(t.text.toLowerCase());
      if (ref === undefined) continue;
      t.text = ref;
      t.kind = "reference";
      replaced = true;
    }
    return replaced ? formulaText(tokens) : formula;
  }

  /** The formula as HyperFormula gets it: reference names replaced, its dialect, tall ranges cut. */
  private dialect(formula: string): string {
    const named = this.withRefNames(formula);
    const cut = this.options.cutTall === false ? null : cutTallRanges(named, this.rowBound);
    return toEngineDialect(cut ?? named);
  }

  /** Content at `row`: the row bound grows past it if needed, and formulas with tall ranges are re-entered. */
  private reach(row: number): void {
    if (row <= this.lowest) return;
    this.lowest = row;
    if (row <= this.rowBound || this.options.cutTall === false) return;
    this.rowBound = Math.ceil((row + 1) / ROW_CHUNK) * ROW_CHUNK;
    this.reenter([...this.tall.values()], [...this.tallNames.values()]);
  }

  /** Hands HyperFormula these formulas (and names) again, as `dialect` now writes them. */
  private reenter(cells: readonly TrackedFormula[], names: readonly { name: string; ref: string; scope: string | null }[] = []): void {
    const work = (): void => {
      for (const t of cells) this.hf.setCellContents({ sheet: this.id(t.sheet), row: t.row - 1, col: t.col - 1 }, [[`=${this.dialect(t.formula)}`]]);
      for (const n of names) this.hf.changeNamedExpression(n.name, `=${this.dialect(n.ref)}`, n.scope === null ? undefined : this.id(n.scope));
    };
    // Inside a batch (a plan being written) the batch's one recalculation covers this too.
    if (this.hf.isEvaluationSuspended()) work();
    else this.hf.batch(work);
  }

  /** Remembers (or forgets) a cell's formula with tall ranges or reference names. */
  private track(sheet: string, row: number, col: number, formula: string | null): void {
    const key = `${sheet.toLowerCase()}\u0000${row}\u0000${col}`;
    const named = formula === null ? null : this.withRefNames(formula);
    if (formula !== null && named !== null && cutTallRanges(named, 1) !== null) this.tall.set(key, { sheet, row, col, formula });
    else this.tall.delete(key);
    if (formula !== null && named !== formula) this.named.set(key, { sheet, row, col, formula });
    else this.named.delete(key);
  }

  private id(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`engine: no sheet "${sheet}"`);
    return id;
  }

  addSheet(name: string): void {
    this.hf.addSheet(name);
  }

  removeSheet(name: string): void {
    this.hf.removeSheet(this.id(name));
    for (const map of [this.tall, this.named]) for (const [k, t] of map) if (t.sheet.toLowerCase() === name.toLowerCase()) map.delete(k);
    // Live formulas naming it now hold #REF!, even if a sheet of that name comes back.
    this.dropLive();
  }

  /** Runs `work` with recalculation deferred until it returns (one recalculation for many changes). */
  batch(work: () => void): void {
    this.hf.batch(work);
  }

  /**
   * Sets a cell: a formula as "=…", a constant, or null to clear. A string constant is always
   * text, even "=1+1" or "123" (the engine's text prefix is added here).
   */
  setFormula(sheet: string, row: number, col: number, formula: string): void {
    this.reach(row);
    this.track(sheet, row, col, formula);
    this.hf.setCellContents({ sheet: this.id(sheet), row: row - 1, col: col - 1 }, [[`=${this.dialect(formula)}`]]);
  }

  setConstant(sheet: string, row: number, col: number, value: string | number | boolean | null): void {
    let raw: RawCellContent;
    if (value === null || value === "") raw = null;
    else if (typeof value === "string") raw = `'${value}`;
    else raw = value;
    if (raw !== null) this.reach(row);
    this.track(sheet, row, col, null);
    this.hf.setCellContents({ sheet: this.id(sheet), row: row - 1, col: col - 1 }, [[raw]]);
  }

  value(sheet: string, row: number, col: number): EngineValue {
    return toEngineValue(this.hf.getCellValue({ sheet: this.id(sheet), row: row - 1, col: col - 1 }));
  }

  /** Is this cell covered by a spilled array result (the anchor excluded)? */
  isSpilled(sheet: string, row: number, col: number): boolean {
    const address = { sheet: this.id(sheet), row: row - 1, col: col - 1 };
    return this.hf.isCellPartOfArray(address) && !this.hf.doesCellHaveFormula(address);
  }

  /** `ref` like "'输入'!$B$5" (no "="); scope null for workbook level, else the sheet's name. */
  addName(name: string, ref: string, scope: string | null): void {
    this.trackName(name, ref, scope);
    this.hf.addNamedExpression(name, `=${this.dialect(ref)}`, scope === null ? undefined : this.id(scope));
  }

  changeName(name: string, ref: string, scope: string | null): void {
    this.trackName(name, ref, scope);
    this.hf.changeNamedExpression(name, `=${this.dialect(ref)}`, scope === null ? undefined : this.id(scope));
  }

  removeName(name: string, scope: string | null): void {
    this.trackName(name, null, scope);
    this.hf.removeNamedExpression(name, scope === null ? undefined : this.id(scope));
  }

  private trackName(name: string, ref: string | null, scope: string | null): void {
    this.expectName(name, ref, scope);
    if (scope !== null) {
      const n = name.toLowerCase();
      const scopes = this.sheetNames.get(n) ?? new Set<string>();
      if (ref === null) scopes.delete(scope.toLowerCase());
      else scopes.add(scope.toLowerCase());
      if (scopes.size > 0) this.sheetNames.set(n, scopes);
      else this.sheetNames.delete(n);
    }
    const key = `${name.toLowerCase()}\u0000${(scope ?? "").toLowerCase()}`;
    if (ref !== null && cutTallRanges(ref, 1) !== null) this.tallNames.set(key, { name, ref, scope });
    else this.tallNames.delete(key);
  }

  /** Evaluates a formula (no "=") as if it were in a cell of `sheet`; an array result gives its top-left value. */
  evaluate(formula: string, sheet: string): EngineValue {
    let out: unknown;
    try {
      out = this.hf.calculateFormula(`=${this.dialect(formula)}`, this.id(sheet));
    } catch (e) {
      return { error: "#NAME?", message: e instanceof Error ? e.message : String(e) };
    }
    if (Array.isArray(out)) out = (out as unknown[][])[0]?.[0];
    return toEngineValue(out);
  }

  /**
   * The values of `formulas` (no "="), each as if in a cell of `sheet`, as `evaluate` gives
   * them but kept up to date by the engine: the first time a formula is asked for, it becomes
   * a cell of an engine-only sheet (its references to its own sheet made explicit) and
   * HyperFormula recalculates it with the cells it depends on, so asking again reads a value.
   * All formulas new to one call are entered in one batch. A formula whose value depends on
   * where it stands (ROW(), INDIRECT, a sheet-level name) or whose result is an array is
   * evaluated on each call instead. A formula its sheet has not asked for in its last
   * LIVE_KEEP calls is dropped (made again if asked for), and at most LIVE_MAX are kept.
   */
  liveValues(sheet: string, formulas: readonly string[]): EngineValue[] {
    const sheetId = this.id(sheet);
    const call = (this.liveCalls.get(sheetId) ?? 0) + 1;
    this.liveCalls.set(sheetId, call);
    const keys = formulas.map((f) => `${sheetId}\u0000${f}`);
    const fresh: { key: string; formula: string }[] = [];
    for (let i = 0; i < formulas.length; i++) {
      const known = this.live.get(keys[i]);
      if (known) known.used = call;
      else fresh.push({ key: keys[i], formula: formulas[i] });
    }
    if (fresh.length > 0) this.addLive(sheet, sheetId, call, fresh);
    const liveId = this.hf.getSheetId(LIVE_SHEET);
    const values = formulas.map((f, i) => {
      const entry = this.live.get(keys[i]);
      if (!entry || entry.row === 0 || liveId === undefined) return this.evaluate(f, sheet);
      const at = { sheet: liveId, row: entry.row - 1, col: 0 };
      const v = this.hf.getCellValue(at);
      // An array result (spilled or blocked): the top-left value, as `evaluate` gives it, from now on.
      if (this.hf.isCellPartOfArray(at) || (v instanceof DetailedCellError && v.type === ErrorType.SPILL)) {
        this.freeLive([entry]);
        entry.row = 0;
        return this.evaluate(f, sheet);
      }
      return toEngineValue(v);
    });
    // What this sheet has not asked for in its last LIVE_KEEP calls (rows scrolled away) no longer costs recalculation.
    const stale = [...this.live].filter(([, e]) => e.sheetId === sheetId && e.row > 0 && e.used <= call - LIVE_KEEP);
    if (stale.length > 0) {
      for (const [k] of stale) this.live.delete(k);
      this.freeLive(stale.map(([, e]) => e));
    }
    return values;
  }

  private addLive(sheet: string, sheetId: number, call: number, fresh: { key: string; formula: string }[]): void {
    if (this.live.size + fresh.length > LIVE_MAX) this.dropLive();
    if (this.hf.getSheetId(LIVE_SHEET) === undefined) this.hf.addSheet(LIVE_SHEET);
    const liveId = this.id(LIVE_SHEET);
    const enter = (): void => {
      for (const { key, formula } of fresh) {
        const explicit = this.explicit(formula, sheet);
        if (explicit === null || !this.hf.validateFormula(`=${this.dialect(explicit)}`)) {
          this.live.set(key, { sheetId, row: 0, used: call });
          continue;
        }
        const row = this.liveFree.pop() ?? this.liveNext++;
        this.live.set(key, { sheetId, row, used: call });
        this.track(LIVE_SHEET, row, 1, explicit);
        this.hf.setCellContents({ sheet: liveId, row: row - 1, col: 0 }, [[`=${this.dialect(explicit)}`]]);
      }
    };
    if (this.hf.isEvaluationSuspended()) enter();
    else this.hf.batch(enter);
  }

  /** Empties these live formulas' cells and gives their rows back. */
  private freeLive(entries: readonly LiveFormula[]): void {
    const liveId = this.hf.getSheetId(LIVE_SHEET);
    if (liveId === undefined) return;
    const work = (): void => {
      for (const e of entries) {
        this.hf.setCellContents({ sheet: liveId, row: e.row - 1, col: 0 }, [[null]]);
        this.track(LIVE_SHEET, e.row, 1, null);
        this.liveFree.push(e.row);
      }
    };
    if (this.hf.isEvaluationSuspended()) work();
    else this.hf.batch(work);
  }

  /** `formula` with its references to `sheet` written out (`A1` → `'Sheet'!A1`); null when it cannot stand elsewhere. */
  private explicit(formula: string, sheet: string): string | null {
    const tokens = tokenize(formula);
    const prefix = sheetPrefix(sheet);
    for (const t of tokens) {
      if (t.kind === "function" && POSITIONAL.has(t.text.toUpperCase())) return null;
      if (t.kind === "name" && this.sheetNames.has(t.text.slice(t.text.lastIndexOf("!") + 1).toLowerCase())) return null;
      if (t.kind === "unknown") return null;
      if (t.kind === "reference") {
        const ref = cellReference(t);
        if (!ref) return null;
        if (ref.sheet === undefined) t.text = prefix + t.text;
      }
    }
    return formulaText(tokens);
  }

  /** Forgets every live formula (they are made again when next asked for). */
  private dropLive(): void {
    this.live.clear();
    this.liveCalls.clear();
    this.liveNext = 1;
    this.liveFree = [];
    const liveId = this.hf.getSheetId(LIVE_SHEET);
    if (liveId === undefined) return;
    for (const map of [this.tall, this.named]) for (const [k, t] of map) if (t.sheet === LIVE_SHEET) map.delete(k);
    this.hf.clearSheet(liveId);
  }

  /** Checks that a formula parses, without evaluating it. */
  validFormula(formula: string): boolean {
    return this.hf.validateFormula(`=${toEngineDialect(formula)}`);
  }

  destroy(): void {
    this.hf.destroy();
  }
}
