/**
 * An in-memory Excel that behaves like Office.js where it matters to the host:
 *
 * - Proxy objects queue operations; nothing happens until `context.sync()`, which runs the
 *   queue in order. Loaded properties can be read only after the sync that loaded them
 *   (PropertyNotLoaded otherwise), as in Office.js.
 * - A failing operation stops the batch: operations before it stay applied, the ones after
 *   it never run, and the sync rejects with an error shaped like OfficeExtension.Error
 *   (`code`, `message`, `debugInfo.errorLocation`). Batches are not transactions.
 * - Excel's rules the host must respect throw Excel's codes: 2-D arrays of the wrong shape
 *   (InvalidArgument), duplicate sheet or defined names (ItemAlreadyExists), missing items
 *   (ItemNotFound), merging over a merge, deleting the last sheet, APIs above the emulated
 *   requirement set (ApiNotFound).
 * - It is as strict as Excel's documentation (the rules, with their sources, are in
 *   test/hosts/excelRules.ts; none comes from the code under test): formulas are parsed and
 *   a syntax error is refused (InvalidArgument) in cells, defined names and conditional
 *   formats, while unknown functions / undefined names evaluate to #NAME? and references to
 *   missing sheets to #REF!; number-format codes are checked; sheet names and defined names
 *   follow Excel's rules; page zoom takes documented values only (scale 10–400, or pages to
 *   fit ≥ 1); workbook-level and sheet-level names share one name space
 *   (OfficeDev/office-js#2875); requests AND responses over Excel on the web's 5 MB are
 *   refused (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), measured
 *   as Office.js serializes them (see `requestBody` / `responseBody`).
 * - `null` in a 2-D array leaves the cell unchanged; "" clears it; strings are taken the way
 *   typing them would be (`typedInput`): "=…" a formula, "+…"/"-…" a formula unless a
 *   number, "'…" text (the apostrophe is not part of the value), numbers, percentages,
 *   TRUE/FALSE, error values; merging keeps only the top-left value.
 *
 * Counters for the tests: `syncs`, per-sync `log` (operations, request bytes, whether
 * calculation was suspended). Fault injection: `failOnOperation(n)`, `failWhen(pred)`.
 *
 * It implements the host's subset interfaces (src/hosts/excel/xl.ts) without casts, so the
 * compiler checks the fake against the same surface as the real Office.js.
 */
import { tokenize } from "@borgar/fx";
import {
  checkFormula,
  contextOf,
  copiedFormula,
  definedNameProblem,
  HEADER_FOOTER_STATES,
  MAX_CELL_CHARS,
  MAX_HEADER_FOOTER_CHARS,
  MAX_PAGE_BREAKS,
  PRINT_MARGIN_UNITS,
  PRINT_ORDERS,
  numberFormatProblem,
  sameName,
  sheetNameProblem,
  typedInput,
  type FormulaScope,
} from "./excelRules";
import type { ExcelHostEnv } from "../../src/hosts/excel";
import type {
  XlApplication,
  XlBorderIndex,
  XlChart,
  XlChartCollection,
  XlChartSeries,
  XlChartSeriesCollection,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlContext,
  XlDataValidation,
  XlFreezePanes,
  XlNamedItem,
  XlNamedItemCollection,
  XlNoteCollection,
  XlChartFont,
  XlHeaderFooter,
  XlHeaderFooterGroup,
  XlPageBreakCollection,
  XlPageLayout,
  XlRange,
  XlRangeBorder,
  XlRangeBorderCollection,
  XlRangeFill,
  XlRangeFont,
  XlRangeFormat,
  XlRun,
  XlSetting,
  XlSettingCollection,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
} from "../../src/hosts/excel/xl";

// ---------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------

const MESSAGES: Record<string, string> = {
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  InvalidOperation: "The operation is invalid for the object.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  GeneralException: "An internal error has occurred while processing the request.",
};

export class FakeExcelError extends Error {
  readonly code: string;
  debugInfo: { code: string; message: string; errorLocation: string };
  constructor(code: string, message = MESSAGES[code] ?? code, errorLocation = "") {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** The Excel error a promise rejects with (for tests); throws if it resolves or fails otherwise. */
export async function excelError(p: Promise<unknown>): Promise<FakeExcelError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FakeExcelError) return e;
    throw e;
  }
  throw new Error("expected an Excel error");
}

function fail(code: string, detail?: string): never {
  throw new FakeExcelError(code, detail ? `${MESSAGES[code] ?? code} (${detail})` : MESSAGES[code]);
}

// ---------------------------------------------------------------------------------------
// Model
// ---------------------------------------------------------------------------------------

export const MAX_ROW = 1048576;
export const MAX_COL = 16384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellFormat {
  fontName?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
  fill?: string;
  hAlign?: string;
  wrap?: boolean;
  borders?: Partial<Record<"top" | "bottom" | "left" | "right", string>>;
}

export interface CellModel {
  /** Constant, or the cached result of the formula. */
  value: string | number | boolean;
  formula: string | null;
  error: boolean;
  quotePrefix: boolean;
  numberFormat: string;
  format: CellFormat;
  /** A dynamic-array formula's spill size (rows × columns, anchor included). */
  spill?: { rows: number; cols: number };
}

export interface CfModel {
  rect: Rect;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  stopIfTrue?: boolean;
}

export interface DvModel {
  rect: Rect;
  rule?: Excel.DataValidationRule;
  ignoreBlanks?: boolean;
  errorAlert?: Excel.DataValidationErrorAlert;
  prompt?: Excel.DataValidationPrompt;
}

export interface ChartModel {
  name: string;
  type: string;
  title: string;
  position: [string, string] | null;
  /** Chart.plotVisibleOnly as set (Excel's default: true). */
  plotVisibleOnly?: boolean;
  /** The chart area's font and the title's size, as set. */
  font?: { name?: string; size?: number };
  titleSize?: number;
  series: { name: string; values: string; xValues: string | null; color?: string }[];
}

export interface NameModel {
  name: string;
  formula: string;
  comment: string;
}

export interface SheetModel {
  id: number;
  name: string;
  cells: Map<number, CellModel>;
  /** Column widths, hidden columns and whole-column number formats (what a cell typed later takes). */
  columns: Map<number, { width?: number; hidden?: boolean; numberFormat?: string }>;
  merges: Rect[];
  conditionalFormats: CfModel[];
  validations: DvModel[];
  freeze: { rows: number; columns: number };
  tabColor: string;
  pageLayout: PageLayoutModel;
  /** Manual page breaks: the first row (horizontal) / column (vertical) after each break. */
  pageBreaks: { rows: number[]; columns: number[] };
  charts: ChartModel[];
  names: Map<string, NameModel>;
  notes: Map<number, string>;
}

export interface PageLayoutModel {
  orientation?: string;
  paperSize?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  printTitleRows?: string;
  printTitleColumns?: string;
  printArea?: string;
  margins?: { unit: string } & Excel.PageLayoutMarginOptions;
  printOrder?: string;
  headerFooterState?: string;
  /** defaultForAllPages, by section (leftHeader, centerFooter, …). */
  headerFooter: Partial<Record<keyof XlHeaderFooter, string>>;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  names: Map<string, NameModel>;
  settings: Map<string, unknown>;
  activeSheetId: number;
  selection: { sheetId: number; rect: Rect } | null;
  nextSheetId: number;
  nextChart: number;
}

const W = MAX_COL + 1;
const key = (row: number, col: number): number => row * W + col;
const colOfKey = (k: number): number => k % W;

function colNum(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function colLetters(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** "B3" -> row 3, column 2; anything else, or beyond the grid, is InvalidArgument. */
export function parseCell(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1);
  const col = m ? colNum(m[1]) : 0;
  const row = m ? Number(m[2]) : 0;
  if (!m || col < 1 || col > MAX_COL || row < 1 || row > MAX_ROW) fail("InvalidArgument", `address ${a1}`);
  return { row, col };
}

/** A rectangle as "B3" or "B3:D9". */
export function rangeAddress(r: Rect): string {
  const a = `${colLetters(r.left)}${r.top}`;
  const b = `${colLetters(r.right)}${r.bottom}`;
  return a === b ? a : `${a}:${b}`;
}

/** "B3", "B3:D9", "A:C", "4:4", with or without $. */
export function parseAddress(address: string): Rect {
  const a = address.replace(/\$/g, "");
  let m = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(a);
  if (m) {
    const l = colNum(m[1]);
    const r = colNum(m[2]);
    return { top: 1, bottom: MAX_ROW, left: Math.min(l, r), right: Math.max(l, r) };
  }
  m = /^(\d+):(\d+)$/.exec(a);
  if (m) {
    const t = Number(m[1]);
    const b = Number(m[2]);
    return { top: Math.min(t, b), bottom: Math.max(t, b), left: 1, right: MAX_COL };
  }
  const [p, q = p, ...rest] = a.split(":");
  if (rest.length > 0 || !/^[A-Za-z]{1,3}\d+$/.test(p) || !/^[A-Za-z]{1,3}\d+$/.test(q)) fail("InvalidArgument", `address ${address}`);
  const x = parseCell(p);
  const y = parseCell(q);
  return { top: Math.min(x.row, y.row), bottom: Math.max(x.row, y.row), left: Math.min(x.col, y.col), right: Math.max(x.col, y.col) };
}

function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

function emptyCell(): CellModel {
  return { value: "", formula: null, error: false, quotePrefix: false, numberFormat: "General", format: {} };
}

function hasContent(c: CellModel): boolean {
  return c.formula !== null || c.value !== "";
}

function hasFormat(c: CellModel): boolean {
  return c.numberFormat !== "General" || Object.keys(c.format).length > 0;
}

/** The names, sheets and custom functions a formula on `sheet` can refer to. */
function scopeOf(fake: FakeExcel): FormulaScope {
  const model = fake.model;
  return {
    isName: (name, sheet) => {
      const k = name.toLowerCase();
      if (model.names.has(k)) return true;
      const s = sheet === null ? undefined : fake.findSheet(sheet);
      return s?.names.has(k) ?? false;
    },
    hasSheet: (name) => fake.findSheet(name) !== undefined,
    customFunctions: fake.customFunctions,
  };
}

/** A formula Excel would refuse to enter: InvalidArgument; otherwise its #NAME?/#REF! result. */
function enterFormula(fake: FakeExcel, sheet: string | null, formula: string, what: string): "#NAME?" | "#REF!" | null {
  const v = checkFormula(formula, scopeOf(fake), sheet);
  if (!v.ok) fail("InvalidArgument", `${what} ${formula}: ${v.reason}`);
  return v.error;
}

/** What typing `x` into a cell does (Office.js `formulas` / `values` setters). */
function writeCell(fake: FakeExcel, sheet: SheetModel, cell: CellModel, x: unknown): void {
  if (x === null || x === undefined) return;
  if (typeof x === "number" && !Number.isFinite(x)) {
    // Office.js serializes the request as JSON, where NaN and Infinity become null (the cell
    // would silently stay unchanged); the strict fake refuses them so that cannot pass.
    fail("InvalidArgument", `cell value ${x}`);
  }
  if (typeof x === "string" && x.length > MAX_CELL_CHARS) fail("InvalidArgument", `text longer than ${MAX_CELL_CHARS} characters`);
  if (typeof x !== "number" && typeof x !== "boolean" && typeof x !== "string") fail("InvalidArgument", `cell value ${String(x)}`);
  const input = typeof x === "string" ? typedInput(x) : typeof x === "number" ? ({ kind: "number", value: x } as const) : ({ kind: "boolean", value: x } as const);
  const error = input.kind === "formula" ? enterFormula(fake, sheet.name, input.formula, "formula") : null;
  delete cell.spill;
  cell.formula = null;
  cell.error = false;
  cell.quotePrefix = false;
  switch (input.kind) {
    case "empty":
      cell.value = "";
      break;
    case "formula":
      cell.formula = input.formula;
      cell.value = error ?? 0;
      cell.error = error !== null;
      break;
    case "text":
      cell.value = input.value;
      cell.quotePrefix = input.quotePrefix;
      break;
    case "error":
      cell.value = input.value;
      cell.error = true;
      break;
    default:
      cell.value = input.value;
  }
}

// ---------------------------------------------------------------------------------------
// The fake application
// ---------------------------------------------------------------------------------------

export interface OpInfo {
  /** e.g. "Range.formulas", "Worksheet.delete": what Excel reports as errorLocation. */
  location: string;
  path: string;
  args: unknown;
}

interface QueuedOp extends OpInfo {
  since: string;
  /** Runs the operation; a load returns what it loaded (the action's result in the response). */
  run: () => unknown;
}

export interface SyncRecord {
  ops: number;
  /** UTF-8 bytes of the request body as Office.js serializes it (see `requestBody`). */
  requestBytes: number;
  /** UTF-8 bytes of the response body (see `responseBody`); 0 when the request failed. */
  responseBytes: number;
  suspended: boolean;
  failed: boolean;
}

/**
 * The request body Office.js sends for one `context.sync()`, in the shape of
 * office.js's `ClientRequestBase.buildRequestMessageBodyAndRequestFlags`
 * (`{ AutoKeepReference, Actions, ObjectPaths }`, serialized with `JSON.stringify` in
 * `RichApiMessageUtility.buildMessageArrayForIRequestExecutor`): one action per queued
 * operation (ActionType 2 query for a load, 3 method or 4 property set otherwise, with the
 * arguments), one Instantiate action (ActionType 1) and one ObjectPaths entry per object the
 * batch touches. Our object paths carry the whole access path as their name (for example
 * `ws[输入].range[A1:B2].format`), a little more than Office.js's per-step names, so the
 * measure errs on the large side.
 */
export function requestBody(ops: readonly OpInfo[]): unknown {
  const pathIds = new Map<string, number>();
  let id = 0;
  const actions: unknown[] = [];
  const objectPaths: Record<string, unknown> = {};
  for (const op of ops) {
    let pid = pathIds.get(op.path);
    if (pid === undefined) {
      pid = ++id;
      pathIds.set(op.path, pid);
      objectPaths[pid] = { Id: pid, ObjectPathType: 3, Name: op.path, ParentObjectPathId: 0, ArgumentInfo: {} };
      actions.push({ Id: ++id, ActionType: 1, Name: "", ObjectPathId: pid });
    }
    const member = op.location.slice(op.location.indexOf(".") + 1);
    actions.push(
      member === "load"
        ? { Id: ++id, ActionType: 2, Name: "", ObjectPathId: pid, QueryInfo: { Select: String(op.args).split(","), Expand: [] } }
        : { Id: ++id, ActionType: 3, Name: member, ObjectPathId: pid, ArgumentInfo: { Arguments: [op.args] } },
    );
  }
  return { AutoKeepReference: false, Actions: actions, ObjectPaths: objectPaths };
}

/**
 * The response body: `{ Results: [{ ActionId, Value }] }` (what office.js's
 * `ClientRequestBase.processResponse` reads), a Value for each load.
 */
export function responseBody(results: readonly { actionId: number; value: unknown }[]): unknown {
  return { Results: results.map((r) => ({ ActionId: r.actionId, Value: r.value })) };
}

/** Excel on the web's limit on a request and on a response: "5 MB" (see FakeExcel.payloadLimitBytes). */
export const WEB_LIMIT_BYTES = 5_000_000;

function utf8(s: string): number {
  return new TextEncoder().encode(s).length;
}

function versionGreater(a: string, b: string): boolean {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 !== b1 ? a1 > b1 : a2 > b2;
}

export class FakeExcel {
  readonly model: WorkbookModel;
  /** Highest ExcelApi version this Excel has. */
  apiVersion = "1.18";
  /**
   * Excel on the web's payload limits. The documentation ("Resource limits and performance
   * optimization for Office Add-ins", Excel add-ins) says "Excel on the web has a payload size
   * limit for requests and responses of 5MB"; office.js has the two error codes
   * RequestPayloadSizeLimitExceeded (5103) and ResponsePayloadSizeLimitExceeded (5104). We
   * take 5 MB as 5,000,000 UTF-8 bytes of the JSON body (the strictest reading: not 5 MiB, and
   * bytes, not UTF-16 characters, so CJK text counts three times).
   */
  requestLimitBytes = WEB_LIMIT_BYTES;
  responseLimitBytes = WEB_LIMIT_BYTES;
  /** Custom functions this Excel has loaded (the add-in's, as registered in functions.json). */
  readonly customFunctions = new Set(["SALES.REQUIRED_LEADS", "SALES.SPLIT_TARGET", "SALES.SMART_SCORE", "SALES.FUNNEL_STAGE", "SALES.HIT_CHANCE"]);
  displayLanguage = "zh-CN";
  syncs = 0;
  readonly log: SyncRecord[] = [];
  /** Operations executed so far (all syncs). */
  executed = 0;
  private faults: { when: (op: OpInfo, index: number) => boolean; code: string; message?: string }[] = [];
  private runIds = 0;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    this.model = {
      sheets: [],
      names: new Map(),
      settings: new Map(),
      activeSheetId: 0,
      selection: null,
      nextSheetId: 1,
      nextChart: 1,
    };
    for (const n of sheetNames) this.addSheet(n);
    this.model.activeSheetId = this.model.sheets[0]?.id ?? 0;
    if (this.model.sheets[0]) this.model.selection = { sheetId: this.model.sheets[0].id, rect: parseAddress("A1") };
  }

  // ---- environment for createExcelHost --------------------------------------------------

  readonly run: XlRun = async (batch) => {
    const ctx = new FakeContext(this);
    const result = await batch(ctx);
    if (ctx.pendingCount() > 0) throw new Error(`fake: the batch ended with ${ctx.pendingCount()} operations never synced`);
    return result;
  };

  isSetSupported = (name: string, version: string): boolean => name === "ExcelApi" && !versionGreater(version, this.apiVersion);

  env(overrides: Partial<ExcelHostEnv> = {}): Partial<ExcelHostEnv> {
    return {
      run: this.run,
      isSetSupported: this.isSetSupported,
      displayLanguage: () => this.displayLanguage,
      newRunId: () => `run-${++this.runIds}`,
      ...overrides,
    };
  }

  // ---- fault injection ----------------------------------------------------------------

  /** The n-th operation executed from now on (1-based) fails once with `code`. */
  failOnOperation(n: number, code = "GeneralException"): void {
    const target = this.executed + n;
    this.faults.push({ when: (_op, index) => index === target, code });
  }

  /** The n-th operation (1-based) of sync number `sync` (1-based, over the fake's life) fails once. */
  failInSync(sync: number, n: number, code = "GeneralException"): void {
    let seen = 0;
    this.faults.push({
      when: () => this.syncs === sync && ++seen === n,
      code,
    });
  }

  /** The first operation matching `pred` fails once. */
  failWhen(pred: (op: OpInfo) => boolean, code = "GeneralException", message?: string): void {
    this.faults.push({ when: (op) => pred(op), code, message });
  }

  // ---- execution (called by FakeContext.sync) ---------------------------------------------

  execute(ops: QueuedOp[], suspended: boolean): void {
    this.syncs++;
    const requestBytes = utf8(JSON.stringify(requestBody(ops)));
    const record: SyncRecord = { ops: ops.length, requestBytes, responseBytes: 0, suspended, failed: false };
    this.log.push(record);
    if (requestBytes > this.requestLimitBytes) {
      record.failed = true;
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded");
    }
    const results: { actionId: number; value: unknown }[] = [];
    for (const [i, op] of ops.entries()) {
      const index = ++this.executed;
      const fault = this.faults.find((f) => f.when(op, index));
      try {
        if (fault) {
          this.faults = this.faults.filter((f) => f !== fault);
          throw new FakeExcelError(fault.code, fault.message);
        }
        if (versionGreater(op.since, this.apiVersion)) fail("ApiNotFound", `${op.location} needs ExcelApi ${op.since}`);
        const value = op.run();
        if (value !== undefined) results.push({ actionId: i + 1, value });
      } catch (e) {
        record.failed = true;
        if (e instanceof FakeExcelError) {
          e.debugInfo.errorLocation = op.location;
          throw e;
        }
        throw e;
      }
    }
    // The batch has run; Excel then cannot send back a response over the limit. (Assumption:
    // the batch's changes stay, as with any failure after the operations ran; the loaded
    // values never arrive.)
    record.responseBytes = utf8(JSON.stringify(responseBody(results)));
    if (record.responseBytes > this.responseLimitBytes) {
      record.failed = true;
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded");
    }
  }

  // ---- test helpers (act directly on the model, like a user typing) -----------------------

  addSheet(name: string): SheetModel {
    const sheet: SheetModel = {
      id: this.model.nextSheetId++,
      name,
      cells: new Map(),
      columns: new Map(),
      merges: [],
      conditionalFormats: [],
      validations: [],
      freeze: { rows: 0, columns: 0 },
      tabColor: "",
      pageLayout: { headerFooter: {} },
      pageBreaks: { rows: [], columns: [] },
      charts: [],
      names: new Map(),
      notes: new Map(),
    };
    this.model.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetModel {
    const s = this.findSheet(name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  findSheet(name: string): SheetModel | undefined {
    return this.model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  /** Types into a cell: a formula ("=…"), text, a number; like a user would. */
  type(sheet: string, address: string, x: string | number | boolean): void {
    const { row, col } = parseCell(address);
    const s = this.sheet(sheet);
    // A new cell takes its column's format, as typing does in Excel.
    const colFormat = s.columns.get(col)?.numberFormat;
    const cell = s.cells.get(key(row, col)) ?? { ...emptyCell(), ...(colFormat ? { numberFormat: colFormat } : {}) };
    writeCell(this, s, cell, x);
    s.cells.set(key(row, col), cell);
  }

  /** Sets the computed value of a formula cell (the fake does not calculate). */
  setComputed(sheet: string, address: string, value: string | number | boolean, error = false): void {
    const { row, col } = parseCell(address);
    const cell = this.sheet(sheet).cells.get(key(row, col));
    if (!cell || cell.formula === null) throw new Error(`fake: ${sheet}!${address} has no formula`);
    cell.value = value;
    cell.error = error;
  }

  /** A dynamic-array formula at `anchor` whose result spills `values` (anchor = top-left). */
  spill(sheet: string, anchor: string, formula: string, values: (string | number)[][]): void {
    this.type(sheet, anchor, formula);
    const { row, col } = parseCell(anchor);
    const s = this.sheet(sheet);
    values.forEach((r, i) =>
      r.forEach((v, j) => {
        const cell = s.cells.get(key(row + i, col + j)) ?? emptyCell();
        cell.value = v;
        s.cells.set(key(row + i, col + j), cell);
      }),
    );
    const a = s.cells.get(key(row, col));
    if (a) a.spill = { rows: values.length, cols: values[0].length };
  }

  cell(sheet: string, address: string): CellModel | undefined {
    const { row, col } = parseCell(address);
    return this.sheet(sheet).cells.get(key(row, col));
  }

  /** What `range.formulas` would read for one cell. */
  formulaAt(sheet: string, address: string): string | number | boolean {
    const c = this.cell(sheet, address);
    return c ? (c.formula ?? c.value) : "";
  }

  valueAt(sheet: string, address: string): string | number | boolean {
    return this.cell(sheet, address)?.value ?? "";
  }

  select(sheet: string, address: string): void {
    const s = this.sheet(sheet);
    this.model.selection = { sheetId: s.id, rect: parseAddress(address) };
    this.model.activeSheetId = s.id;
  }

  activeSheet(): string {
    return this.model.sheets.find((s) => s.id === this.model.activeSheetId)?.name ?? "";
  }

  /**
   * The user copies a sheet (right-click the tab > Move or Copy > Create a copy): the copy,
   * named "Name (2)" (or the next free number), goes right after the original with its cells,
   * formats, rules and charts. As Excel does, the original's sheet-level names are copied as
   * sheet-level names of the copy, and every workbook-level name that refers to the original
   * gets a sheet-level twin on the copy that refers to the copy (which is how a copied
   * Inputs sheet leaves sheet-level `SprintTarget` & co. behind; OfficeDev/office-js#2875).
   */
  copySheet(source: string): SheetModel {
    const from = this.sheet(source);
    let n = 2;
    let name = `${from.name} (${n})`;
    while (this.findSheet(name)) name = `${from.name} (${++n})`;
    const copy: SheetModel = {
      ...(JSON.parse(JSON.stringify({ ...from, cells: null, columns: null, names: null, notes: null })) as SheetModel),
      id: this.model.nextSheetId++,
      name,
      cells: new Map([...from.cells].map(([k, c]) => [k, { ...c, format: JSON.parse(JSON.stringify(c.format)) as CellFormat }])),
      columns: new Map([...from.columns].map(([k, c]) => [k, { ...c }])),
      names: new Map(),
      notes: new Map(from.notes),
    };
    for (const [k, nm] of from.names) copy.names.set(k, { ...nm, formula: retarget(nm.formula, from.name, name) });
    for (const [k, nm] of this.model.names) {
      const moved = retarget(nm.formula, from.name, name);
      if (moved !== nm.formula && !copy.names.has(k)) copy.names.set(k, { ...nm, formula: moved });
    }
    this.model.sheets.splice(this.model.sheets.indexOf(from) + 1, 0, copy);
    return copy;
  }

  /** A deep, comparable picture of the whole workbook. */
  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify(this.model, (_k, v: unknown) => {
        if (v instanceof Map) return [...v.entries()].sort(([a], [b]) => (String(a) < String(b) ? -1 : 1));
        return v;
      }),
    );
  }
}

/** A sheet name as a formula writes it: quoted unless it is a plain identifier. */
function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `formula` with its references to sheet `from` pointing at sheet `to`. */
function retarget(formula: string, from: string, to: string): string {
  if (!formula.startsWith("=")) return formula;
  const tokens = tokenize(formula.slice(1), { mergeRefs: true, negativeNumbers: true });
  return `=${tokens
    .map((t) => {
      if (!/^(range|range_beam|range_named|range_ternary)$/.test(t.type)) return t.value;
      const { book, sheet, rest } = contextOf(t.value);
      return book === null && sheet !== null && sameName(sheet, from) ? `${sheetPrefix(to)}!${rest}` : t.value;
    })
    .join("")}`;
}

// ---------------------------------------------------------------------------------------
// Proxies
// ---------------------------------------------------------------------------------------

class Lazy<T> {
  private done = false;
  private value: T | undefined;
  constructor(private readonly compute: () => T) {}
  get(): T {
    if (!this.done) {
      this.value = this.compute();
      this.done = true;
    }
    return this.value as T; // set on the line above; T may include null
  }
}

class FakeContext implements XlContext {
  private pending: QueuedOp[] = [];
  private suspended = false;
  readonly workbook: FakeWorkbook;

  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(op: QueuedOp): void {
    this.pending.push(op);
  }

  suspendCalc(): void {
    this.suspended = true;
  }

  pendingCount(): number {
    return this.pending.length;
  }

  async sync(): Promise<unknown> {
    const ops = this.pending;
    const suspended = this.suspended;
    this.pending = [];
    this.suspended = false;
    await Promise.resolve();
    this.fake.execute(ops, suspended);
    return undefined;
  }
}

function notReadable(what: string): never {
  throw new Error(`fake: reading ${what} is not supported`);
}

abstract class Proxy {
  protected readonly loaded = new Map<string, unknown>();
  constructor(
    protected readonly ctx: FakeContext,
    protected readonly path: string,
    protected readonly cls: string,
  ) {}

  protected queue(member: string, args: unknown, run: () => unknown, since = "1.1"): void {
    this.ctx.enqueue({ location: `${this.cls}.${member}`, path: this.path, args, since, run });
  }

  protected read(prop: string): unknown {
    if (!this.loaded.has(prop)) throw new FakeExcelError("PropertyNotLoaded", `${MESSAGES.PropertyNotLoaded} (${this.cls}.${prop})`);
    return this.loaded.get(prop);
  }

  protected readString(prop: string): string {
    return String(this.read(prop));
  }

  protected readGrid(prop: string): unknown[][] {
    const v = this.read(prop);
    return Array.isArray(v) ? (v as unknown[][]) : [];
  }
}

class FakeWorkbook extends Proxy implements XlWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly settings: FakeSettingCollection;
  readonly application: FakeApplication;

  constructor(ctx: FakeContext) {
    super(ctx, "wb", "Workbook");
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx, "wb.names", () => ctx.fake.model.names, null);
    this.settings = new FakeSettingCollection(ctx);
    this.application = new FakeApplication(ctx);
  }

  getSelectedRange(): XlRange {
    const model = this.ctx.fake.model;
    return new FakeRange(
      this.ctx,
      "wb.selection",
      new Lazy(() => {
        const sel = model.selection;
        const sheet = sel && model.sheets.find((s) => s.id === sel.sheetId);
        if (!sel || !sheet) throw new FakeExcelError("InvalidSelection", "The current selection is invalid for this operation.");
        return { sheet, rect: sel.rect };
      }),
      false,
    );
  }
}

class FakeApplication extends Proxy implements XlApplication {
  constructor(ctx: FakeContext) {
    super(ctx, "app", "Application");
  }
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.suspendCalc();
    this.queue("suspendApiCalculationUntilNextSync", null, () => undefined, "1.6");
  }
}

class FakeWorksheetCollection extends Proxy implements XlWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;
  constructor(ctx: FakeContext) {
    super(ctx, "wb.worksheets", "WorksheetCollection");
  }

  get items(): XlWorksheet[] {
    if (!this.loadedItems) throw new FakeExcelError("PropertyNotLoaded", "WorksheetCollection.items");
    return this.loadedItems;
  }

  load(propertyNames: string): unknown {
    this.queue("load", propertyNames, () => {
      this.loadedItems = this.ctx.fake.model.sheets.map((s) => {
        const w = new FakeWorksheet(this.ctx, `ws#${s.id}`, new Lazy(() => byId(this.ctx, s.id)));
        w.preload(s);
        return w;
      });
      return { value: this.ctx.fake.model.sheets.map((s) => ({ name: s.name, id: `{${s.id}}` })) };
    });
    return this;
  }

  add(name: string): XlWorksheet {
    let created: SheetModel | null = null;
    const model = this.ctx.fake.model;
    this.queue("add", name, () => {
      const problem = sheetNameProblem(name);
      if (problem) fail("InvalidArgument", `sheet name ${name}: ${problem}`);
      if (model.sheets.some((s) => sameName(s.name, name))) fail("ItemAlreadyExists", name);
      created = this.ctx.fake.addSheet(name);
    });
    return new FakeWorksheet(
      this.ctx,
      `ws+${name}`,
      new Lazy(() => {
        if (!created) fail("ItemNotFound", name);
        return byId(this.ctx, created.id);
      }),
    );
  }

  getItem(key: string): XlWorksheet {
    return new FakeWorksheet(this.ctx, `ws[${key}]`, new Lazy(() => byName(this.ctx, key)));
  }

  getActiveWorksheet(): XlWorksheet {
    return new FakeWorksheet(this.ctx, "ws.active", new Lazy(() => byId(this.ctx, this.ctx.fake.model.activeSheetId)));
  }
}

function byName(ctx: FakeContext, name: string): SheetModel {
  const s = ctx.fake.findSheet(name);
  if (!s) fail("ItemNotFound", `sheet ${name}`);
  return s;
}

function byId(ctx: FakeContext, id: number): SheetModel {
  const s = ctx.fake.model.sheets.find((x) => x.id === id);
  if (!s) fail("ItemNotFound", `sheet #${id}`);
  return s;
}

class FakeWorksheet extends Proxy implements XlWorksheet {
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly charts: FakeChartCollection;
  readonly names: FakeNamedItemCollection;
  readonly notes: FakeNoteCollection;
  readonly horizontalPageBreaks: FakePageBreaks;
  readonly verticalPageBreaks: FakePageBreaks;

  constructor(
    ctx: FakeContext,
    path: string,
    readonly target: Lazy<SheetModel>,
  ) {
    super(ctx, path, "Worksheet");
    this.freezePanes = new FakeFreezePanes(ctx, `${path}.freezePanes`, target);
    this.pageLayout = new FakePageLayout(ctx, `${path}.pageLayout`, target);
    this.charts = new FakeChartCollection(ctx, `${path}.charts`, target);
    this.names = new FakeNamedItemCollection(ctx, `${path}.names`, () => target.get().names, target);
    this.notes = new FakeNoteCollection(ctx, `${path}.notes`, target);
    this.horizontalPageBreaks = new FakePageBreaks(ctx, `${path}.horizontalPageBreaks`, target, "rows");
    this.verticalPageBreaks = new FakePageBreaks(ctx, `${path}.verticalPageBreaks`, target, "columns");
  }

  preload(s: SheetModel): void {
    this.loaded.set("name", s.name);
  }

  get name(): string {
    return this.readString("name");
  }

  get tabColor(): string {
    return this.readString("tabColor");
  }
  set tabColor(color: string) {
    this.queue("tabColor", color, () => void (this.target.get().tabColor = color), "1.7");
  }

  load(propertyNames: string): unknown {
    this.queue("load", propertyNames, () => {
      const s = this.target.get();
      this.loaded.set("name", s.name);
      this.loaded.set("tabColor", s.tabColor);
      return { name: s.name, tabColor: s.tabColor };
    });
    return this;
  }

  getRange(address: string): XlRange {
    return new FakeRange(this.ctx, `${this.path}.range[${address}]`, new Lazy(() => ({ sheet: this.target.get(), rect: parseAddress(address) })), false);
  }

  getUsedRangeOrNullObject(valuesOnly: boolean): XlRange {
    return new FakeRange(this.ctx, `${this.path}.usedRange`, new Lazy(() => usedRect(this.target.get(), null, valuesOnly)), true, "1.4");
  }

  delete(): void {
    this.queue("delete", null, () => {
      const s = this.target.get();
      const model = this.ctx.fake.model;
      if (model.sheets.length <= 1) fail("InvalidOperation", "a workbook must keep one sheet");
      model.sheets = model.sheets.filter((x) => x.id !== s.id);
      // References to the deleted sheet become #REF!, as in Excel.
      const quoted = new RegExp(`'${s.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "''")}'!|\\b${s.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}!`, "gi");
      for (const n of model.names.values()) n.formula = n.formula.replace(quoted, "#REF!");
      if (model.activeSheetId === s.id) model.activeSheetId = model.sheets[0].id;
      if (model.selection?.sheetId === s.id) model.selection = { sheetId: model.sheets[0].id, rect: parseAddress("A1") };
    });
  }

  activate(): void {
    this.queue("activate", null, () => {
      const s = this.target.get();
      this.ctx.fake.model.activeSheetId = s.id;
      this.ctx.fake.model.selection = { sheetId: s.id, rect: parseAddress("A1") };
    });
  }
}

function usedRect(sheet: SheetModel, within: Rect | null, valuesOnly: boolean): { sheet: SheetModel; rect: Rect } | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const [k, c] of sheet.cells) {
    if (!(hasContent(c) || (!valuesOnly && hasFormat(c)))) continue;
    const row = Math.floor(k / W);
    const col = k % W;
    if (within && !(row >= within.top && row <= within.bottom && col >= within.left && col <= within.right)) continue;
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  return top === Infinity ? null : { sheet, rect: { top, left, bottom, right } };
}

type RangeTarget = { sheet: SheetModel; rect: Rect } | null;

class FakeRange extends Proxy implements XlRange {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeCfCollection;
  readonly dataValidation: FakeDataValidation;

  constructor(
    ctx: FakeContext,
    path: string,
    readonly target: Lazy<RangeTarget>,
    private readonly nullable: boolean,
    private readonly since = "1.1",
  ) {
    super(ctx, path, "Range");
    this.format = new FakeRangeFormat(ctx, `${path}.format`, () => this.resolve());
    this.conditionalFormats = new FakeCfCollection(ctx, `${path}.conditionalFormats`, () => this.resolve());
    this.dataValidation = new FakeDataValidation(ctx, `${path}.dataValidation`, () => this.resolve());
  }

  /** The sheet and rectangle; a null object cannot be acted upon. */
  resolve(): { sheet: SheetModel; rect: Rect } {
    const t = this.target.get();
    if (!t) fail("ItemNotFound", "null object");
    return t;
  }

  private cells(rect: Rect, sheet: SheetModel, create: boolean): (CellModel | undefined)[][] {
    const out: (CellModel | undefined)[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: (CellModel | undefined)[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        let cell = sheet.cells.get(key(r, c));
        if (!cell && create) {
          cell = emptyCell();
          // A new cell takes its column's format, as in Excel.
          const colFormat = sheet.columns.get(c)?.numberFormat;
          if (colFormat) cell.numberFormat = colFormat;
          sheet.cells.set(key(r, c), cell);
        }
        row.push(cell);
      }
      out.push(row);
    }
    return out;
  }

  private checkShape(data: unknown, rect: Rect, what: string): unknown[][] {
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    if (!Array.isArray(data) || data.length !== rows || data.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw new FakeExcelError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range. (${what} ${rows}x${cols})`,
      );
    }
    return data as unknown[][];
  }

  get isNullObject(): boolean {
    return this.read("isNullObject") === true;
  }
  get formulas(): unknown[][] {
    return this.readGrid("formulas");
  }
  set formulas(data: unknown[][]) {
    this.queue("formulas", data, () => {
      const { sheet, rect } = this.resolve();
      const grid = this.checkShape(data, rect, "formulas");
      const written = new Set<number>();
      const spills: { row: number; col: number; rows: number; cols: number }[] = [];
      this.cells(rect, sheet, true).forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell || grid[r][c] === null || grid[r][c] === undefined) return;
          if (cell.spill) spills.push({ row: rect.top + r, col: rect.left + c, ...cell.spill });
          written.add(key(rect.top + r, rect.left + c));
          writeCell(this.ctx.fake, sheet, cell, grid[r][c]);
        }),
      );
      // A spilling formula overwritten: its spilled values vanish (unless written now).
      for (const sp of spills) {
        for (let i = 0; i < sp.rows; i++) {
          for (let j = 0; j < sp.cols; j++) {
            const k = key(sp.row + i, sp.col + j);
            const ghost = sheet.cells.get(k);
            if ((i > 0 || j > 0) && ghost && !written.has(k)) ghost.value = "";
          }
        }
      }
    });
  }
  get values(): unknown[][] {
    return this.readGrid("values");
  }
  /**
   * Not in the host's interface (it writes through `formulas`), but Office.js has it and it
   * takes strings the same way (`Range.values`: a leading "=", "+" or "-" makes a formula).
   */
  set values(data: unknown[][]) {
    this.formulas = data;
  }
  get valueTypes(): string[][] {
    return this.readGrid("valueTypes").map((row) => row.map(String));
  }
  get numberFormat(): unknown[][] {
    return this.readGrid("numberFormat");
  }
  set numberFormat(data: unknown[][]) {
    this.queue("numberFormat", data, () => {
      const { sheet, rect } = this.resolve();
      const single = Array.isArray(data) && data.length === 1 && Array.isArray(data[0]) && data[0].length === 1;
      // Whole columns take a 1x1 format (Excel broadcasts it): the column's format, and every
      // existing cell's in it; no cell is created.
      if (single && rect.top === 1 && rect.bottom === MAX_ROW) {
        const f = data[0][0];
        const problem = typeof f === "string" ? numberFormatProblem(f) : "not a string";
        if (problem) fail("InvalidArgument", `number format ${JSON.stringify(f)}: ${problem}`);
        for (let c = rect.left; c <= rect.right; c++) sheet.columns.set(c, { ...sheet.columns.get(c), numberFormat: String(f) });
        for (const [k, cell] of sheet.cells) {
          const col = colOfKey(k);
          if (col >= rect.left && col <= rect.right) cell.numberFormat = String(f);
        }
        return;
      }
      // Any other range takes a 1x1 format the same way: every cell of it gets that format.
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      const grid = single ? Array.from({ length: rows }, () => Array<unknown>(cols).fill(data[0][0])) : this.checkShape(data, rect, "numberFormat");
      for (const row of grid) {
        for (const f of row) {
          if (f === null || f === undefined || f === "") continue;
          const problem = typeof f === "string" ? numberFormatProblem(f) : "not a string";
          if (problem) fail("InvalidArgument", `number format ${JSON.stringify(f)}: ${problem}`);
        }
      }
      this.cells(rect, sheet, true).forEach((row, r) =>
        row.forEach((cell, c) => {
          const f = grid[r][c];
          if (cell && f !== null && f !== undefined) cell.numberFormat = f === "" ? "General" : String(f);
        }),
      );
    });
  }
  get address(): string {
    return this.readString("address");
  }
  get rowCount(): number {
    return Number(this.read("rowCount"));
  }
  get columnCount(): number {
    return Number(this.read("columnCount"));
  }
  get columnHidden(): boolean {
    return notReadable("Range.columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.queue("columnHidden", hidden, () => {
      const { sheet, rect } = this.resolve();
      for (let c = rect.left; c <= rect.right; c++) sheet.columns.set(c, { ...sheet.columns.get(c), hidden });
    }, "1.2");
  }
  private worksheetProxy: FakeWorksheet | null = null;
  /** Like Office.js, a navigation property returns the same proxy every time. */
  get worksheet(): XlWorksheet {
    this.worksheetProxy ??= new FakeWorksheet(this.ctx, `${this.path}.worksheet`, new Lazy(() => this.resolve().sheet));
    return this.worksheetProxy;
  }

  load(propertyNames: string): unknown {
    const props = propertyNames.split(",").map((p) => p.trim());
    this.queue("load", propertyNames, () => {
      const t = this.nullable ? this.target.get() : this.resolve();
      this.loaded.set("isNullObject", t === null);
      if (!t) {
        for (const p of props) this.loaded.set(p, null);
        return { isNullObject: true };
      }
      const { sheet, rect } = t;
      // Every cell costs at least 3 bytes in a 2-D array's JSON (`"",`): a grid that cannot fit
      // in a response is refused before the fake builds it (whole columns, a used range
      // stretched by a far-away cell).
      const grids = props.filter((p) => ["formulas", "values", "valueTypes", "numberFormat"].includes(p)).length;
      if (grids * 3 * (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > this.ctx.fake.responseLimitBytes) fail("ResponsePayloadSizeLimitExceeded");
      const cells = this.cells(rect, sheet, false);
      for (const p of props) {
        switch (p) {
          case "formulas":
            this.loaded.set(p, cells.map((row) => row.map((c) => (c ? (c.formula ?? c.value) : ""))));
            break;
          case "values":
            this.loaded.set(p, cells.map((row) => row.map((c) => (c ? c.value : ""))));
            break;
          case "valueTypes":
            this.loaded.set(
              p,
              cells.map((row) =>
                row.map((c) =>
                  !c || c.value === "" ? "Empty" : c.error ? "Error" : typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : "String",
                ),
              ),
            );
            break;
          case "numberFormat":
            this.loaded.set(p, cells.map((row) => row.map((c) => (c ? c.numberFormat : "General"))));
            break;
          case "address":
            this.loaded.set(p, `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`}!${rangeAddress(rect)}`);
            break;
          case "rowCount":
            this.loaded.set(p, rect.bottom - rect.top + 1);
            break;
          case "columnCount":
            this.loaded.set(p, rect.right - rect.left + 1);
            break;
          default:
            throw new Error(`fake: Range.load(${p}) not supported`);
        }
      }
      return Object.fromEntries(props.map((p) => [p, this.loaded.get(p)]));
    }, this.since);
    return this;
  }

  getCell(row: number, column: number): XlRange {
    return new FakeRange(
      this.ctx,
      `${this.path}.cell(${row},${column})`,
      new Lazy(() => {
        const { sheet, rect } = this.resolve();
        const r = rect.top + row;
        const c = rect.left + column;
        return { sheet, rect: { top: r, bottom: r, left: c, right: c } };
      }),
      false,
    );
  }

  getUsedRangeOrNullObject(valuesOnly: boolean): XlRange {
    return new FakeRange(
      this.ctx,
      `${this.path}.usedRange`,
      new Lazy(() => {
        const { sheet, rect } = this.resolve();
        return usedRect(sheet, rect, valuesOnly);
      }),
      true,
      "1.4",
    );
  }

  getSpillingToRangeOrNullObject(): XlRange {
    return new FakeRange(
      this.ctx,
      `${this.path}.spillingTo`,
      new Lazy(() => {
        const { sheet, rect } = this.resolve();
        const anchor = sheet.cells.get(key(rect.top, rect.left));
        if (!anchor?.spill || anchor.formula === null) return null;
        return { sheet, rect: { top: rect.top, left: rect.left, bottom: rect.top + anchor.spill.rows - 1, right: rect.left + anchor.spill.cols - 1 } };
      }),
      true,
      "1.12",
    );
  }

  merge(across: boolean): void {
    this.queue("merge", across, () => {
      const { sheet, rect } = this.resolve();
      if (sheet.merges.some((m) => sameRect(m, rect))) return;
      if (sheet.merges.some((m) => intersects(m, rect))) fail("InvalidOperation", "merge over a merged area");
      // Excel keeps only the top-left value of a merged area.
      this.cells(rect, sheet, false).forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell && (r > 0 || c > 0)) {
            cell.value = "";
            cell.formula = null;
            cell.error = false;
          }
        }),
      );
      sheet.merges.push(rect);
    }, "1.2");
  }

  unmerge(): void {
    this.queue("unmerge", null, () => {
      const { sheet, rect } = this.resolve();
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    }, "1.2");
  }

  /**
   * `Range.copyFrom` (ExcelApi 1.9; rules in test/hosts/excelRules.ts). Modelled: a range of
   * this fake as the source, "Formulas" (the only copy the host makes), skipBlanks. A copy over
   * part of a merged area is refused, as Excel refuses to change part of a merged cell.
   */
  copyFrom(sourceRange: XlRange | Excel.RangeAreas | string, copyType: "Formulas", skipBlanks: boolean, transpose: boolean): void {
    if (!(sourceRange instanceof FakeRange)) throw new Error("fake: copyFrom takes a range of this fake");
    if (copyType !== "Formulas") throw new Error(`fake: copyFrom "${String(copyType)}" is not modelled`);
    if (transpose) throw new Error("fake: copyFrom with transpose is not modelled");
    const source = sourceRange;
    this.queue("copyFrom", { source: source.path, copyType, skipBlanks, transpose }, () => {
      const { sheet: fromSheet, rect: from } = source.resolve();
      const { sheet, rect } = this.resolve();
      const h = from.bottom - from.top + 1;
      const w = from.right - from.left + 1;
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      const to: Rect = { top: rect.top, left: rect.left, bottom: rect.top + (rows % h === 0 ? rows : h) - 1, right: rect.left + (cols % w === 0 ? cols : w) - 1 };
      if (to.bottom > MAX_ROW || to.right > MAX_COL) fail("InvalidArgument", "the copy does not fit on the sheet");
      if (sheet.merges.some((m) => intersects(m, to) && !(m.top >= to.top && m.bottom <= to.bottom && m.left >= to.left && m.right <= to.right))) {
        fail("InvalidOperation", "We can't do that to a merged cell.");
      }
      // The source as it is before the copy (the destination may overlap it).
      const src = this.cells(from, fromSheet, false).map((row) => row.map((c) => (c ? { ...c } : undefined)));
      this.cells(to, sheet, true).forEach((row, i) =>
        row.forEach((cell, j) => {
          const s = src[i % h][j % w];
          if (!cell) return;
          if (!s || !hasContent(s)) {
            if (!skipBlanks) writeCell(this.ctx.fake, sheet, cell, "");
            return;
          }
          if (s.formula !== null) {
            const at = { row: from.top + (i % h), col: from.left + (j % w) };
            writeCell(this.ctx.fake, sheet, cell, copiedFormula(s.formula, at, { row: to.top + i, col: to.left + j }));
            return;
          }
          // A constant is copied as it is (formats are not: "Formulas" pastes no formatting).
          delete cell.spill;
          cell.value = s.value;
          cell.formula = null;
          cell.error = s.error;
          cell.quotePrefix = s.quotePrefix;
        }),
      );
    }, "1.9");
  }

  clear(applyTo: "All" | "Formats" | "Contents"): void {
    this.queue("clear", applyTo, () => {
      const { sheet, rect } = this.resolve();
      for (const row of this.cells(rect, sheet, false)) {
        for (const cell of row) {
          if (!cell) continue;
          if (applyTo !== "Formats") {
            cell.value = "";
            cell.formula = null;
            cell.error = false;
            cell.quotePrefix = false;
          }
          if (applyTo !== "Contents") {
            cell.numberFormat = "General";
            cell.format = {};
          }
        }
      }
      if (applyTo !== "Contents") sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, rect));
    });
  }

  select(): void {
    this.queue("select", null, () => {
      const { sheet, rect } = this.resolve();
      this.ctx.fake.model.selection = { sheetId: sheet.id, rect };
      this.ctx.fake.model.activeSheetId = sheet.id;
    });
  }
}

type Resolver = () => { sheet: SheetModel; rect: Rect };

function forCells(target: Resolver, fn: (cell: CellModel, row: number, col: number, rect: Rect) => void): void {
  const { sheet, rect } = target();
  if (rect.bottom - rect.top > 100000) fail("InvalidArgument", "the fake does not format whole columns' cells");
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      let cell = sheet.cells.get(key(r, c));
      if (!cell) {
        cell = emptyCell();
        sheet.cells.set(key(r, c), cell);
      }
      fn(cell, r, c, rect);
    }
  }
}

class FakeRangeFormat extends Proxy implements XlRangeFormat {
  readonly font: XlRangeFont;
  readonly fill: XlRangeFill;
  readonly borders: XlRangeBorderCollection;
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: Resolver,
  ) {
    super(ctx, path, "RangeFormat");
    this.font = new FakeFont(ctx, `${path}.font`, target);
    this.fill = new FakeFill(ctx, `${path}.fill`, target);
    this.borders = new FakeBorders(ctx, `${path}.borders`, target);
  }
  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return notReadable("RangeFormat.horizontalAlignment");
  }
  set horizontalAlignment(v: Excel.RangeFormat["horizontalAlignment"]) {
    this.queue("horizontalAlignment", v, () => forCells(this.target, (c) => void (c.format.hAlign = String(v))));
  }
  get wrapText(): boolean {
    return notReadable("RangeFormat.wrapText");
  }
  set wrapText(v: boolean) {
    this.queue("wrapText", v, () => forCells(this.target, (c) => void (c.format.wrap = v)));
  }
  get columnWidth(): number {
    return notReadable("RangeFormat.columnWidth");
  }
  set columnWidth(points: number) {
    this.queue("columnWidth", points, () => {
      const { sheet, rect } = this.target();
      for (let c = rect.left; c <= rect.right; c++) sheet.columns.set(c, { ...sheet.columns.get(c), width: points });
    }, "1.2");
  }
}

class FakeFont extends Proxy implements XlRangeFont {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: Resolver,
  ) {
    super(ctx, path, "RangeFont");
  }
  get name(): string {
    return notReadable("RangeFont.name");
  }
  set name(v: string) {
    this.queue("name", v, () => {
      if (typeof v !== "string" || v.trim() === "") fail("InvalidArgument", `font name ${JSON.stringify(v)}`);
      forCells(this.target, (c) => void (c.format.fontName = v));
    });
  }
  get bold(): boolean {
    return notReadable("RangeFont.bold");
  }
  set bold(v: boolean) {
    this.queue("bold", v, () => forCells(this.target, (c) => void (c.format.bold = v)));
  }
  get italic(): boolean {
    return notReadable("RangeFont.italic");
  }
  set italic(v: boolean) {
    this.queue("italic", v, () => forCells(this.target, (c) => void (c.format.italic = v)));
  }
  get color(): string {
    return notReadable("RangeFont.color");
  }
  set color(v: string) {
    this.queue("color", v, () => forCells(this.target, (c) => void (c.format.color = v)));
  }
  get size(): number {
    return notReadable("RangeFont.size");
  }
  set size(v: number) {
    this.queue("size", v, () => forCells(this.target, (c) => void (c.format.size = v)));
  }
}

class FakeFill extends Proxy implements XlRangeFill {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: Resolver,
  ) {
    super(ctx, path, "RangeFill");
  }
  get color(): string {
    return notReadable("RangeFill.color");
  }
  set color(v: string) {
    this.queue("color", v, () => forCells(this.target, (c) => void (c.format.fill = v)));
  }
  clear(): void {
    this.queue("clear", null, () => forCells(this.target, (c) => void delete c.format.fill));
  }
}

class FakeBorders extends Proxy implements XlRangeBorderCollection {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: Resolver,
  ) {
    super(ctx, path, "RangeBorderCollection");
  }
  getItem(index: XlBorderIndex): XlRangeBorder {
    return new FakeBorder(this.ctx, `${this.path}[${index}]`, this.target, index);
  }
}

class FakeBorder extends Proxy implements XlRangeBorder {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: Resolver,
    private readonly index: XlBorderIndex,
  ) {
    super(ctx, path, "RangeBorder");
  }
  get style(): Excel.RangeBorder["style"] {
    return notReadable("RangeBorder.style");
  }
  set style(v: Excel.RangeBorder["style"]) {
    this.queue("style", v, () => {
      const { rect } = this.target();
      if ((this.index === "InsideHorizontal" && rect.top === rect.bottom) || (this.index === "InsideVertical" && rect.left === rect.right)) {
        fail("InvalidArgument", `${this.index} on a single ${this.index === "InsideHorizontal" ? "row" : "column"}`);
      }
      forCells(this.target, (c, row, col, r) => {
        const b = (c.format.borders = { ...c.format.borders });
        const s = String(v);
        if (this.index === "EdgeTop" && row === r.top) b.top = s;
        if (this.index === "EdgeBottom" && row === r.bottom) b.bottom = s;
        if (this.index === "EdgeLeft" && col === r.left) b.left = s;
        if (this.index === "EdgeRight" && col === r.right) b.right = s;
        if (this.index === "InsideHorizontal") {
          if (row > r.top) b.top = s;
          if (row < r.bottom) b.bottom = s;
        }
        if (this.index === "InsideVertical") {
          if (col > r.left) b.left = s;
          if (col < r.right) b.right = s;
        }
      });
    });
  }
  get weight(): Excel.RangeBorder["weight"] {
    return notReadable("RangeBorder.weight");
  }
  set weight(v: Excel.RangeBorder["weight"]) {
    this.queue("weight", v, () => void this.target());
  }
  get color(): string {
    return notReadable("RangeBorder.color");
  }
  set color(v: string) {
    this.queue("color", v, () => void this.target());
  }
}

class FakeCfCollection extends Proxy implements XlConditionalFormatCollection {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: Resolver,
  ) {
    super(ctx, path, "ConditionalFormatCollection");
  }
  add(type: "Custom"): XlConditionalFormat {
    let model: CfModel | null = null;
    this.queue("add", type, () => {
      const { sheet, rect } = this.target();
      model = { rect, type };
      // A new rule goes on top (priority 0).
      sheet.conditionalFormats.unshift(model);
    }, "1.6");
    const get = (): CfModel => {
      if (!model) fail("ItemNotFound", "conditional format");
      return model;
    };
    const ctx = this.ctx;
    const path = `${this.path}.new`;
    const setter = <K extends keyof CfModel>(member: string, k: K) => (v: CfModel[K]) =>
      ctx.enqueue({ location: `ConditionalFormat.${member}`, path, args: v, since: "1.6", run: () => void (get()[k] = v) });
    const fake = this.ctx.fake;
    const target = this.target;
    // ConditionalFormatRule.formula: a formula, "=" optional ("=A1>0" or "A1>0").
    const setFormula = (v: string | undefined): void =>
      ctx.enqueue({
        location: "ConditionalFormatRule.formula",
        path,
        args: v,
        since: "1.6",
        run: () => {
          const f = String(v ?? "");
          enterFormula(fake, target().sheet.name, f.startsWith("=") ? f : `=${f}`, "conditional format rule");
          get().formula = v;
        },
      });
    const setFill = setter("fill", "fill");
    const setFontColor = setter("fontColor", "fontColor");
    const setBold = setter("bold", "bold");
    const setStop = setter("stopIfTrue", "stopIfTrue");
    return {
      custom: {
        rule: {
          get formula(): string {
            return notReadable("ConditionalFormatRule.formula");
          },
          set formula(v: string) {
            setFormula(v);
          },
        },
        format: {
          fill: {
            get color(): string {
              return notReadable("ConditionalRangeFill.color");
            },
            set color(v: string) {
              setFill(v);
            },
          },
          font: {
            get color(): string {
              return notReadable("ConditionalRangeFont.color");
            },
            set color(v: string) {
              setFontColor(v);
            },
            get bold(): boolean {
              return notReadable("ConditionalRangeFont.bold");
            },
            set bold(v: boolean) {
              setBold(v);
            },
          },
        },
      },
      get stopIfTrue(): boolean {
        return notReadable("ConditionalFormat.stopIfTrue");
      },
      set stopIfTrue(v: boolean) {
        setStop(v);
      },
    };
  }
  clearAll(): void {
    this.queue("clearAll", null, () => {
      const { sheet, rect } = this.target();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, rect));
    }, "1.6");
  }
}

class FakeDataValidation extends Proxy implements XlDataValidation {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: Resolver,
  ) {
    super(ctx, path, "DataValidation");
  }
  private entry(): DvModel {
    const { sheet, rect } = this.target();
    let dv = sheet.validations.find((v) => sameRect(v.rect, rect));
    if (!dv) {
      if (sheet.validations.some((v) => intersects(v.rect, rect))) fail("InvalidOperation", "the range has a different validation");
      dv = { rect };
      sheet.validations.push(dv);
    }
    return dv;
  }
  get rule(): Excel.DataValidationRule {
    return notReadable("DataValidation.rule");
  }
  set rule(v: Excel.DataValidationRule) {
    this.queue("rule", v, () => void (this.entry().rule = v), "1.8");
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return notReadable("DataValidation.errorAlert");
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this.queue("errorAlert", v, () => {
      if (v.title.length > 32 || v.message.length > 225) fail("InvalidArgument", "error alert text too long");
      this.entry().errorAlert = v;
    }, "1.8");
  }
  get prompt(): Excel.DataValidationPrompt {
    return notReadable("DataValidation.prompt");
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this.queue("prompt", v, () => void (this.entry().prompt = v), "1.8");
  }
  get ignoreBlanks(): boolean {
    return notReadable("DataValidation.ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this.queue("ignoreBlanks", v, () => void (this.entry().ignoreBlanks = v), "1.8");
  }
  clear(): void {
    this.queue("clear", null, () => {
      const { sheet, rect } = this.target();
      sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, rect));
    }, "1.8");
  }
}

class FakeFreezePanes extends Proxy implements XlFreezePanes {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: Lazy<SheetModel>,
  ) {
    super(ctx, path, "WorksheetFreezePanes");
  }
  unfreeze(): void {
    this.queue("unfreeze", null, () => void (this.target.get().freeze = { rows: 0, columns: 0 }), "1.7");
  }
  freezeRows(count: number): void {
    this.queue("freezeRows", count, () => void (this.target.get().freeze = { rows: count, columns: 0 }), "1.7");
  }
  freezeColumns(count: number): void {
    this.queue("freezeColumns", count, () => void (this.target.get().freeze = { rows: 0, columns: count }), "1.7");
  }
  freezeAt(frozenRange: string): void {
    this.queue("freezeAt", frozenRange, () => {
      const r = parseAddress(frozenRange);
      this.target.get().freeze = { rows: r.bottom, columns: r.right };
    }, "1.7");
  }
}

class FakePageLayout extends Proxy implements XlPageLayout {
  readonly headersFooters: FakeHeaderFooterGroup;
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: Lazy<SheetModel>,
  ) {
    super(ctx, path, "PageLayout");
    this.headersFooters = new FakeHeaderFooterGroup(ctx, `${path}.headersFooters`, target);
  }
  get orientation(): Excel.PageLayout["orientation"] {
    return notReadable("PageLayout.orientation");
  }
  set orientation(v: Excel.PageLayout["orientation"]) {
    this.queue("orientation", v, () => void (this.target.get().pageLayout.orientation = String(v)), "1.9");
  }
  get paperSize(): Excel.PageLayout["paperSize"] {
    return notReadable("PageLayout.paperSize");
  }
  set paperSize(v: Excel.PageLayout["paperSize"]) {
    this.queue("paperSize", v, () => void (this.target.get().pageLayout.paperSize = String(v)), "1.9");
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return notReadable("PageLayout.zoom");
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.queue("zoom", v, () => {
      // PageLayoutZoomOptions (@types/office-js): `scale` "can be between 10 and 400" and is
      // null when fitting to pages; `horizontalFitToPages` / `verticalFitToPages` are "Number
      // of pages to fit" and null when a scale is used. Other values (0 pages, a scale
      // beside a fit) are undocumented: the strict fake refuses them.
      const pages = (n: number | undefined): boolean => n === undefined || n === null || (Number.isInteger(n) && n >= 1);
      const scaled = v.scale !== undefined && v.scale !== null;
      const fitted = (v.horizontalFitToPages ?? null) !== null || (v.verticalFitToPages ?? null) !== null;
      if (scaled && !(Number.isInteger(v.scale) && (v.scale as number) >= 10 && (v.scale as number) <= 400)) fail("InvalidArgument", `zoom scale ${String(v.scale)}`);
      if (!pages(v.horizontalFitToPages) || !pages(v.verticalFitToPages)) fail("InvalidArgument", `zoom ${JSON.stringify(v)}: pages must be 1 or more`);
      if (scaled === fitted) fail("InvalidArgument", `zoom ${JSON.stringify(v)}: a scale or pages to fit`);
      this.target.get().pageLayout.zoom = v;
    }, "1.9");
  }
  get printOrder(): Excel.PageLayout["printOrder"] {
    return notReadable("PageLayout.printOrder");
  }
  set printOrder(v: Excel.PageLayout["printOrder"]) {
    this.queue("printOrder", v, () => {
      if (!PRINT_ORDERS.includes(String(v))) fail("InvalidArgument", `printOrder ${String(v)}`);
      this.target.get().pageLayout.printOrder = String(v);
    }, "1.9");
  }
  setPrintMargins(unit: "Points" | "Inches" | "Centimeters", marginOptions: Excel.PageLayoutMarginOptions): void {
    this.queue("setPrintMargins", [unit, marginOptions], () => {
      if (!PRINT_MARGIN_UNITS.includes(unit)) fail("InvalidArgument", `margin unit ${String(unit)}`);
      for (const [k, n] of Object.entries(marginOptions)) if (typeof n !== "number" || !Number.isFinite(n)) fail("InvalidArgument", `margin ${k} ${String(n)}`);
      this.target.get().pageLayout.margins = { unit, ...marginOptions };
    }, "1.9");
  }
  setPrintTitleRows(printTitleRows: string): void {
    this.queue("setPrintTitleRows", printTitleRows, () => {
      const r = parseAddress(printTitleRows);
      if (r.left !== 1 || r.right !== MAX_COL) fail("InvalidArgument", "print title rows must be whole rows");
      this.target.get().pageLayout.printTitleRows = printTitleRows;
    }, "1.9");
  }
  setPrintTitleColumns(printTitleColumns: string): void {
    this.queue("setPrintTitleColumns", printTitleColumns, () => {
      // "The range must span the entire column to be valid."
      const r = parseAddress(printTitleColumns);
      if (r.top !== 1 || r.bottom !== MAX_ROW) fail("InvalidArgument", "print title columns must be whole columns");
      this.target.get().pageLayout.printTitleColumns = printTitleColumns;
    }, "1.9");
  }
  setPrintArea(printArea: string): void {
    this.queue("setPrintArea", printArea, () => {
      parseAddress(printArea);
      this.target.get().pageLayout.printArea = printArea;
    }, "1.9");
  }
}

class FakeHeaderFooterGroup extends Proxy implements XlHeaderFooterGroup {
  readonly defaultForAllPages: FakeHeaderFooter;
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: Lazy<SheetModel>,
  ) {
    super(ctx, path, "HeaderFooterGroup");
    this.defaultForAllPages = new FakeHeaderFooter(ctx, `${path}.defaultForAllPages`, target);
  }
  get state(): Excel.HeaderFooterGroup["state"] {
    return notReadable("HeaderFooterGroup.state");
  }
  set state(v: Excel.HeaderFooterGroup["state"]) {
    this.queue("state", v, () => {
      if (!HEADER_FOOTER_STATES.includes(String(v))) fail("InvalidArgument", `header/footer state ${String(v)}`);
      this.target.get().pageLayout.headerFooterState = String(v);
    }, "1.9");
  }
}

/** A header's (or footer's) three sections together may not exceed Excel's limit. */
class FakeHeaderFooter extends Proxy implements XlHeaderFooter {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: Lazy<SheetModel>,
  ) {
    super(ctx, path, "HeaderFooter");
  }
  private set(section: keyof XlHeaderFooter, v: string): void {
    this.queue(section, v, () => {
      if (typeof v !== "string") fail("InvalidArgument", `${section} ${String(v)}`);
      const hf = this.target.get().pageLayout.headerFooter;
      const next = { ...hf, [section]: v };
      const part = section.endsWith("Header") ? "Header" : "Footer";
      const length = (["left", "center", "right"] as const).reduce((n, side) => n + (next[`${side}${part}`] ?? "").length, 0);
      if (length > MAX_HEADER_FOOTER_CHARS) fail("InvalidArgument", `${part.toLowerCase()} of ${length} characters`);
      hf[section] = v;
    }, "1.9");
  }
  get leftHeader(): string {
    return notReadable("HeaderFooter.leftHeader");
  }
  set leftHeader(v: string) {
    this.set("leftHeader", v);
  }
  get centerHeader(): string {
    return notReadable("HeaderFooter.centerHeader");
  }
  set centerHeader(v: string) {
    this.set("centerHeader", v);
  }
  get rightHeader(): string {
    return notReadable("HeaderFooter.rightHeader");
  }
  set rightHeader(v: string) {
    this.set("rightHeader", v);
  }
  get leftFooter(): string {
    return notReadable("HeaderFooter.leftFooter");
  }
  set leftFooter(v: string) {
    this.set("leftFooter", v);
  }
  get centerFooter(): string {
    return notReadable("HeaderFooter.centerFooter");
  }
  set centerFooter(v: string) {
    this.set("centerFooter", v);
  }
  get rightFooter(): string {
    return notReadable("HeaderFooter.rightFooter");
  }
  set rightFooter(v: string) {
    this.set("rightFooter", v);
  }
}

class FakePageBreaks extends Proxy implements XlPageBreakCollection {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: Lazy<SheetModel>,
    private readonly kind: "rows" | "columns",
  ) {
    super(ctx, path, "PageBreakCollection");
  }
  add(pageBreakRange: string): unknown {
    this.queue("add", pageBreakRange, () => {
      // "The range immediately after the page break to be added."
      const r = parseAddress(pageBreakRange);
      const list = this.target.get().pageBreaks[this.kind];
      if (list.length >= MAX_PAGE_BREAKS) fail("InvalidOperation", `more than ${MAX_PAGE_BREAKS} page breaks`);
      const at = this.kind === "rows" ? r.top : r.left;
      if (!list.includes(at)) list.push(at);
    }, "1.9");
    return {};
  }
  removePageBreaks(): void {
    this.queue("removePageBreaks", null, () => void (this.target.get().pageBreaks[this.kind] = []), "1.9");
  }
}

class FakeChartCollection extends Proxy implements XlChartCollection {
  private loadedItems: XlChart[] | null = null;
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: Lazy<SheetModel>,
  ) {
    super(ctx, path, "ChartCollection");
  }
  get items(): XlChart[] {
    if (!this.loadedItems) throw new FakeExcelError("PropertyNotLoaded", "ChartCollection.items");
    return this.loadedItems;
  }
  load(propertyNames: string): unknown {
    this.queue("load", propertyNames, () => {
      const sheet = this.target.get();
      this.loadedItems = sheet.charts.map((c) => new FakeChart(this.ctx, `${this.path}[${c.name}]`, () => c, c.name));
      return { value: sheet.charts.map((c) => ({ name: c.name })) };
    });
    return this;
  }
  add(type: "Line", sourceData: XlRange, seriesBy: "Auto" | "Columns" | "Rows"): XlChart {
    let model: ChartModel | null = null;
    const source = asFakeRange(sourceData);
    this.queue("add", [type, seriesBy], () => {
      const sheet = this.target.get();
      const { sheet: srcSheet, rect } = source.resolve();
      model = {
        name: `Chart ${this.ctx.fake.model.nextChart++}`,
        type,
        title: "",
        position: null,
        series: [{ name: "Series1", values: `${srcSheet.name}!${rangeAddress(rect)}`, xValues: null }],
      };
      sheet.charts.push(model);
    });
    return new FakeChart(
      this.ctx,
      `${this.path}.new`,
      () => {
        if (!model) fail("ItemNotFound", "chart");
        return model;
      },
      null,
    );
  }
  getItem(name: string): XlChart {
    return new FakeChart(
      this.ctx,
      `${this.path}[${name}]`,
      () => {
        const c = this.target.get().charts.find((x) => x.name === name);
        if (!c) fail("ItemNotFound", `chart ${name}`);
        return c;
      },
      null,
    );
  }
}

function asFakeRange(r: XlRange): FakeRange {
  if (!(r instanceof FakeRange)) throw new Error("fake: a range from another Excel");
  return r;
}

class FakeChart extends Proxy implements XlChart {
  readonly title: { text: string; readonly format: { readonly font: XlChartFont } };
  readonly format: { readonly font: XlChartFont };
  readonly series: XlChartSeriesCollection;
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: () => ChartModel,
    private readonly knownName: string | null,
  ) {
    super(ctx, path, "Chart");
    const queueTitle = (v: string): void => this.queue("title", v, () => void (this.target().title = v));
    const size = (v: number): number => {
      // ChartFont.size: "Size of the font (for example, 11)".
      if (typeof v !== "number" || !(v > 0)) fail("InvalidArgument", `font size ${String(v)}`);
      return v;
    };
    const queueTitleSize = (v: number): void => this.queue("title.format.font.size", v, () => void (this.target().titleSize = size(v)));
    const queueFont = (prop: "name" | "size", v: string | number): void =>
      this.queue(`format.font.${prop}`, v, () => {
        const c = this.target();
        c.font = { ...c.font, [prop]: prop === "size" ? size(v as number) : String(v) };
      });
    this.title = {
      get text(): string {
        return notReadable("ChartTitle.text");
      },
      set text(v: string) {
        queueTitle(v);
      },
      format: {
        font: {
          get name(): string {
            return notReadable("ChartFont.name");
          },
          set name(_v: string) {
            throw new Error("fake: the title's font name is not modelled");
          },
          get size(): number {
            return notReadable("ChartFont.size");
          },
          set size(v: number) {
            queueTitleSize(v);
          },
        },
      },
    };
    this.format = {
      font: {
        get name(): string {
          return notReadable("ChartFont.name");
        },
        set name(v: string) {
          queueFont("name", v);
        },
        get size(): number {
          return notReadable("ChartFont.size");
        },
        set size(v: number) {
          queueFont("size", v);
        },
      },
    };
    this.series = new FakeSeriesCollection(ctx, `${path}.series`, target);
  }
  get name(): string {
    if (this.knownName !== null) return this.knownName;
    return notReadable("Chart.name");
  }
  set name(v: string) {
    this.queue("name", v, () => void (this.target().name = v));
  }
  get plotVisibleOnly(): boolean {
    return notReadable("Chart.plotVisibleOnly");
  }
  set plotVisibleOnly(v: boolean) {
    this.queue("plotVisibleOnly", v, () => void (this.target().plotVisibleOnly = v));
  }
  setPosition(startCell: string, endCell: string): void {
    this.queue("setPosition", [startCell, endCell], () => {
      parseAddress(startCell);
      parseAddress(endCell);
      this.target().position = [startCell, endCell];
    });
  }
  delete(): void {
    this.queue("delete", null, () => {
      const c = this.target();
      for (const s of this.ctx.fake.model.sheets) s.charts = s.charts.filter((x) => x !== c);
    });
  }
}

class FakeSeriesCollection extends Proxy implements XlChartSeriesCollection {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly chart: () => ChartModel,
  ) {
    super(ctx, path, "ChartSeriesCollection");
  }
  getItemAt(index: number): XlChartSeries {
    return new FakeSeries(this.ctx, `${this.path}[${index}]`, () => {
      const s = this.chart().series[index];
      if (!s) fail("ItemNotFound", `series ${index}`);
      return s;
    });
  }
  add(name: string): XlChartSeries {
    let model: ChartModel["series"][number] | null = null;
    this.queue("add", name, () => {
      model = { name, values: "", xValues: null };
      this.chart().series.push(model);
    }, "1.7");
    return new FakeSeries(this.ctx, `${this.path}.new`, () => {
      if (!model) fail("ItemNotFound", "series");
      return model;
    });
  }
}

class FakeSeries extends Proxy implements XlChartSeries {
  readonly format: { readonly line: { color: string } };
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: () => ChartModel["series"][number],
  ) {
    super(ctx, path, "ChartSeries");
    const queueColor = (v: string): void => this.queue("lineColor", v, () => void (this.target().color = v));
    this.format = {
      line: {
        get color(): string {
          return notReadable("ChartLineFormat.color");
        },
        set color(v: string) {
          queueColor(v);
        },
      },
    };
  }
  get name(): string {
    return notReadable("ChartSeries.name");
  }
  set name(v: string) {
    this.queue("name", v, () => void (this.target().name = v));
  }
  setValues(sourceData: XlRange): void {
    const r = asFakeRange(sourceData);
    this.queue("setValues", null, () => {
      const { sheet, rect } = r.resolve();
      this.target().values = `${sheet.name}!${rangeAddress(rect)}`;
    }, "1.7");
  }
  setXAxisValues(sourceData: XlRange): void {
    const r = asFakeRange(sourceData);
    this.queue("setXAxisValues", null, () => {
      const { sheet, rect } = r.resolve();
      this.target().xValues = `${sheet.name}!${rangeAddress(rect)}`;
    }, "1.7");
  }
}


class FakeNamedItemCollection extends Proxy implements XlNamedItemCollection {
  private loadedItems: XlNamedItem[] | null = null;
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly map: () => Map<string, NameModel>,
    private readonly sheet: Lazy<SheetModel> | null,
  ) {
    super(ctx, path, "NamedItemCollection");
  }
  get items(): XlNamedItem[] {
    if (!this.loadedItems) throw new FakeExcelError("PropertyNotLoaded", "NamedItemCollection.items");
    return this.loadedItems;
  }
  load(propertyNames: string): unknown {
    this.queue("load", propertyNames, () => {
      const names = [...this.map().values()];
      this.loadedItems = names.map((n) => new FakeNamedItem(this.ctx, `${this.path}[${n.name}]`, () => n, () => this.map(), n));
      return { value: names.map((n) => ({ name: n.name, formula: n.formula })) };
    });
    return this;
  }
  add(name: string, reference: string, comment: string): XlNamedItem {
    let model: NameModel | null = null;
    this.queue("add", [name, reference, comment], () => {
      const sheet = this.sheet ? this.sheet.get() : null;
      const problem = definedNameProblem(name);
      if (problem) fail("InvalidArgument", `name ${name}: ${problem}`);
      enterFormula(this.ctx.fake, sheet?.name ?? null, reference, "reference");
      const map = this.map();
      if (map.has(name.toLowerCase())) fail("ItemAlreadyExists", name);
      // One name space per workbook for the API (OfficeDev/office-js#2875): after the user
      // copies a sheet, whose copy then holds sheet-level copies of the names, a
      // `workbook.names.add` of such a name throws ItemAlreadyExists ("A resource with the
      // same name or identifier already exists."). The report ties it to the copy being the
      // active sheet; the fake takes the strict side and lets a workbook-level name clash with
      // a sheet-level name of the same text on any sheet. The other way round (a sheet-level
      // name beside a workbook-level one) is allowed: Excel makes exactly that when it copies
      // a sheet, and its Name Manager allows it.
      const holder = sheet ? undefined : this.ctx.fake.model.sheets.find((s) => s.names.has(name.toLowerCase()));
      if (holder) fail("ItemAlreadyExists", `${name} (a sheet-level name on ${holder.name})`);
      model = { name, formula: reference, comment };
      map.set(name.toLowerCase(), model);
    }, "1.4");
    return new FakeNamedItem(
      this.ctx,
      `${this.path}.new`,
      () => {
        if (!model) fail("ItemNotFound", name);
        return model;
      },
      () => this.map(),
      null,
    );
  }
  getItem(name: string): XlNamedItem {
    return new FakeNamedItem(
      this.ctx,
      `${this.path}[${name}]`,
      () => {
        const n = this.map().get(name.toLowerCase());
        if (!n) fail("ItemNotFound", `name ${name}`);
        return n;
      },
      () => this.map(),
      null,
    );
  }
}

class FakeNamedItem extends Proxy implements XlNamedItem {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: () => NameModel,
    private readonly map: () => Map<string, NameModel>,
    preload: NameModel | null,
  ) {
    super(ctx, path, "NamedItem");
    if (preload) {
      this.loaded.set("name", preload.name);
      this.loaded.set("formula", preload.formula);
    }
  }
  get name(): string {
    return this.readString("name");
  }
  get formula(): unknown {
    return this.read("formula");
  }
  set formula(v: unknown) {
    this.queue("formula", v, () => {
      if (typeof v !== "string") fail("InvalidArgument", `formula ${String(v)}`);
      enterFormula(this.ctx.fake, null, v, "formula");
      this.target().formula = v;
    }, "1.7");
  }
  get comment(): string {
    return this.readString("comment");
  }
  set comment(v: string) {
    this.queue("comment", v, () => void (this.target().comment = v), "1.4");
  }
  delete(): void {
    this.queue("delete", null, () => {
      const n = this.target();
      this.map().delete(n.name.toLowerCase());
    }, "1.4");
  }
}

class FakeSettingCollection extends Proxy implements XlSettingCollection {
  constructor(ctx: FakeContext) {
    super(ctx, "wb.settings", "SettingCollection");
  }
  add(key: string, value: string): unknown {
    this.queue("add", [key, value], () => void this.ctx.fake.model.settings.set(key, value), "1.4");
    return undefined;
  }
  getItem(key: string): XlSetting {
    return new FakeSetting(this.ctx, `wb.settings[${key}]`, key, false);
  }
  getItemOrNullObject(key: string): XlSetting {
    return new FakeSetting(this.ctx, `wb.settings[${key}]?`, key, true);
  }
}

class FakeSetting extends Proxy implements XlSetting {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly key: string,
    private readonly nullable: boolean,
  ) {
    super(ctx, path, "Setting");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject") === true;
  }
  get value(): unknown {
    return this.read("value");
  }
  load(propertyNames: string): unknown {
    this.queue("load", propertyNames, () => {
      const settings = this.ctx.fake.model.settings;
      if (!settings.has(this.key) && !this.nullable) fail("ItemNotFound", this.key);
      this.loaded.set("isNullObject", !settings.has(this.key));
      this.loaded.set("value", settings.has(this.key) ? settings.get(this.key) : null);
      return { value: this.loaded.get("value") };
    }, "1.4");
    return this;
  }
  delete(): void {
    this.queue("delete", null, () => {
      const settings = this.ctx.fake.model.settings;
      if (!settings.has(this.key)) fail("ItemNotFound", this.key);
      settings.delete(this.key);
    }, "1.4");
  }
}

class FakeNoteCollection extends Proxy implements XlNoteCollection {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly target: Lazy<SheetModel>,
  ) {
    super(ctx, path, "NoteCollection");
  }
  add(cellAddress: string, content: string): unknown {
    this.queue("add", [cellAddress, content], () => {
      const r = parseAddress(cellAddress);
      const sheet = this.target.get();
      if (sheet.notes.has(key(r.top, r.left))) fail("ItemAlreadyExists", `note at ${cellAddress}`);
      sheet.notes.set(key(r.top, r.left), content);
    }, "1.18");
    return undefined;
  }
}
