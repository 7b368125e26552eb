/**
 * The host interface: everything the task pane asks of a workbook host.
 *
 * The pane talks only to these interfaces. Implementations:
 * - src/hosts/excel: Excel through Office.js (the only code that calls Excel.run / context.sync)
 * - src/hosts/preview/host.ts: the browser preview, over an in-browser workbook (./preview/workbook.ts).
 * - src/taskpane/offlineHost.ts: outside Office; a plain `Host` (reference card only).
 *
 * Owned by the Excel host work; the pane and the preview consume it. Everything here is
 * host-neutral: plain data in and out, no Office type leaks through.
 *
 * ## Two levels
 *
 * `Host` is what every host offers (display language, insert a formula). `WorkbookHost`
 * adds what the sprint generator needs: read the workbook's context, write a
 * `WorkbookSpec`, store the pane's inputs, make the workbook shareable. The pane shows the
 * generator only when `isWorkbookHost(host)`; the offline host stays a plain `Host`.
 *
 * ## Errors
 *
 * Every method rejects with a `HostError`. `source: "excel"` errors carry Excel's own
 * `code` (e.g. `InvalidOperationInCellEditMode`, `RequestPayloadSizeLimitExceeded`) and
 * Excel's message, already in the user's Office language: show `message` as it is.
 * `source: "host"` errors carry one of `HostErrorCode` plus `params`; the pane localizes
 * them (the message is an English fallback for logs). Nothing is swallowed: a write that
 * fails rejects even when the rollback worked (`params.rollback` says how it went).
 *
 * ## Round trips (Excel)
 *
 * - `readContext`: 1 sync. Call it when the pane opens and when the user imports owners
 *   from the selection, not right before generating.
 * - `writeWorkbook`: 2 syncs whatever the number of owners and days: one read (sheet names,
 *   defined names, our write record, the current contents of sheets being updated) and one
 *   write. It re-reads on purpose: what the pane saw when it opened may be stale, and
 *   deciding on stale data is how typed actuals get lost. More syncs happen only when the
 *   request would exceed Excel on the web's 5 MB limit (then it is split), in update mode
 *   when the host has not listed the sheets yet (call `readContext` when the pane opens) or
 *   they changed since (one extra read; two if a sheet it knew was deleted), or on failure
 *   (one read to decide, one to roll back). `WriteResult.syncs` reports the count.
 * - `findCustomFunctionCells`: 2 (workbook) or 1 (selection). `freezeCustomFunctions`: one
 *   more for spill ranges (ExcelApi 1.12) and one for the writes. Never per cell.
 * - Everything else: 1.
 *
 * ## Re-plan mid-sprint
 *
 * The re-plan is spec data, not a host feature. The pane reads the actuals typed so far with
 * `readCells` (1 sync), the domain recomputes the remaining days, the builder emits a spec
 * whose re-plan block (revised targets beside the original plan, the date of the change) is
 * ordinary cells, and the pane writes it with `writeWorkbook(spec, { mode: "update" })`.
 * Update mode never writes into an `input: true` cell the team has filled, so actuals
 * survive; it refuses (`UpdateWouldLoseInput`) rather than drop an actual whose cell the
 * new layout no longer has. Builders that can express the revised targets as native
 * formulas over the actual cells need no `readCells` at all.
 */
import type { CellConstant, WorkbookSpec } from "../workbook/spec";
import type { SheetKey } from "../domain/vocabulary";
import type { Report, ReportField } from "../domain/reports";
import type { MigrationSummary } from "../workbook/migrate";

// ---------------------------------------------------------------------------------------
// The base host
// ---------------------------------------------------------------------------------------

export interface Host {
  /** "excel", "preview" or "offline"; for display only: the pane never branches on it. */
  readonly kind: string;
  /** BCP-47 tag of the host's display language (Office.context.displayLanguage in Excel). */
  displayLanguage(): string;
  /**
   * Writes `formula` into the top-left cell of the current selection and selects it.
   * `formula` starts with "=" (one is added if missing).
   */
  insertFormula(formula: string): Promise<void>;
}

// ---------------------------------------------------------------------------------------
// The workbook host (sprint generator)
// ---------------------------------------------------------------------------------------

/** Optional features: missing ones degrade (the plan is written without them). */
export type HostFeature =
  /** Input checks on cells (Excel: ExcelApi 1.8). */
  | "dataValidation"
  /** A4 landscape, fit to width, print titles (Excel: ExcelApi 1.9). */
  | "pageSetup"
  /** Cell notes from `CellSpec.note` (Excel: ExcelApi 1.18). */
  | "notes";

export type SupportReport =
  /** The generator works; `degraded` lists features that will be left out. */
  | { ok: true; degraded: HostFeature[] }
  /**
   * The generator cannot run here. `missing` names what is needed, e.g. `"ExcelApi 1.7"`;
   * the pane shows it ("this Excel is too old for …, needs …") instead of failing halfway.
   */
  | { ok: false; missing: string[]; degraded: HostFeature[] };

/** What `readContext` returns: one round trip's worth of the workbook's state. */
export interface HostContext {
  /** Every worksheet's name, in tab order. */
  sheetNames: string[];
  activeSheet: string;
  /** The current selection; null when the selection is not a range (a chart, a shape). */
  selection: SelectionSnapshot | null;
  /** What the pane last stored with `saveInputs` / `WriteOptions.savedInputs`, or null. */
  savedInputs: string | null;
  /**
   * Sheets this add-in generated earlier in this workbook and that still exist (from the
   * write record kept in the document). The pane can say "update the plan on 目标表" with
   * confidence for these; other sheets with a clashing name are somebody else's.
   */
  planSheets: { name: string; key: SheetKey }[];
}

export interface SelectionSnapshot {
  sheet: string;
  /** The selection's address without the sheet name, e.g. "A2:B9". */
  address: string;
  rowCount: number;
  columnCount: number;
  /**
   * Values of the part of the selection that holds data (empty cells as ""), at most
   * `SELECTION_MAX_ROWS` rows, starting at `valuesAddress`. Numbers stay numbers (weights,
   * targets); dates are serial numbers.
   */
  values: CellConstant[][];
  /** Where `values` starts and ends, e.g. "A2:B9"; "" when the selection holds no data. */
  valuesAddress: string;
  /** True when the data part had more rows than were returned. */
  truncated: boolean;
}

/** Rows of the selection `readContext` returns at most (owner lists are far shorter). */
export const SELECTION_MAX_ROWS = 2000;

export type WriteMode =
  /** New sheets with the spec's names; refuses (`SheetExists`) if any name is taken. */
  | "create"
  /**
   * Rewrites the plan on the existing sheets of the same names (creates missing ones),
   * leaving every filled `input: true` cell as the team typed it.
   */
  | "update"
  /** New sheets with numbered names, e.g. "目标表 (2)"; existing plans are untouched. */
  | "copy";

export type WriteStep =
  /** Reading sheet names, defined names and the contents of sheets to update. */
  | "read"
  /** Sending the plan (`batch` of `batches`; batches > 1 only above the 5 MB limit). */
  | "write"
  /** A write failed: removing the sheets this run created. */
  | "rollback"
  | "done";

export interface WriteProgress {
  step: WriteStep;
  batch?: number;
  batches?: number;
}

export interface WriteOptions {
  mode: WriteMode;
  /** Stored in the workbook with the plan (the same slot as `saveInputs`), in the same round trip. */
  savedInputs?: string;
  /**
   * Update mode: sheets (by key) whose input cells take the spec's values even when filled.
   * For the pane's own parameters, e.g. `["inputs"]` after the form changed the target;
   * actuals on other sheets are still kept. Default: none (every filled input is kept).
   */
  replaceInputsOn?: SheetKey[];
  /** Sheet to activate at the end (in the same round trip), by the spec's sheet key. */
  activate?: SheetKey;
  /** Step names for a progress line; the pane localizes them. */
  onProgress?: (progress: WriteProgress) => void;
}

export interface WrittenSheet {
  key: SheetKey;
  /** The name in the workbook (differs from the spec's in copy mode). */
  name: string;
  /** False when the sheet existed and was updated in place. */
  created: boolean;
  /** Update mode: filled input cells left exactly as they were. */
  keptInputs: number;
}

export interface WriteWarning {
  /**
   * `CosmeticFailed`: the plan is complete but a cosmetic step (`params.step`: pageSetup,
   * charts, notes, activate) failed; `params.message` is Excel's message; the other steps
   * still ran. `Degraded`: `params.feature` was left out because this Excel lacks it.
   * `NamesScoped`: `params.names` exist as sheet-level names elsewhere (`params.sheets`, e.g.
   * a copied Inputs sheet), so they were defined on the plan's own sheets instead of the
   * workbook (OfficeDev/office-js#2875).
   */
  code: "CosmeticFailed" | "Degraded" | "NamesScoped";
  params: Record<string, string | number>;
}

export interface WriteResult {
  mode: WriteMode;
  sheets: WrittenSheet[];
  /**
   * Where the spec's defined names went. "workbook": workbook-level names (created, or in
   * update mode repointed). "sheet": another plan already owns the workbook-level names, so
   * the new copy got sheet-level names on each of its sheets: its formulas use its own
   * inputs and the other plan keeps working unchanged.
   */
  namesScope: "workbook" | "sheet";
  warnings: WriteWarning[];
  /** `context.sync()` calls this write made (2 unless split or on the slow paths above). */
  syncs: number;
  /** Write batches (1 unless the request exceeded the payload limit). */
  batches: number;
  /** Estimated request bytes of the write, all batches together. */
  requestBytes: number;
  /**
   * Update of a workbook made before the daily log: the typed team actuals moved into the log
   * and the owner actuals kept as opening figures (the pane says so). Absent otherwise.
   */
  migration?: MigrationSummary;
}

/** A cell range to read, e.g. the actual column of the sprint sheet. */
export interface CellsRef {
  sheet: string;
  /** A1 address without the sheet name, e.g. "P6:P35". */
  address: string;
}

export type ShareScope = "workbook" | "selection";

export interface CustomFunctionCells {
  /** Cells whose formula calls a `SALES.*` function, in total. */
  total: number;
  /** Per sheet, in tab order; sheets without any are left out. */
  sheets: { sheet: string; count: number; sample: string[] }[];
  /**
   * Freeze only: cells left as formulas because their value was not ready (`#BUSY!`,
   * `#GETTING_DATA`); run it again in a moment.
   */
  pending: number;
}

export interface WorkbookHost extends Host {
  /** Synchronous: can this host run the generator, and what will be left out. */
  checkSupport(): SupportReport;
  /** One round trip: sheet names, active sheet, the selection with its values, saved inputs. */
  readContext(): Promise<HostContext>;
  /** Writes the whole plan (see the header for round trips and `WriteMode` for safety). */
  writeWorkbook(spec: WorkbookSpec, options: WriteOptions): Promise<WriteResult>;
  /** Stores the pane's inputs (JSON text) in the workbook, so it travels with the file. */
  saveInputs(json: string): Promise<void>;
  /** Shows a sheet (success links). Rejects with `SheetNotFound` if it is gone. */
  activateSheet(name: string): Promise<void>;
  /** Values of several ranges in one round trip (re-plan reads the actuals this way). */
  readCells(refs: CellsRef[]): Promise<CellConstant[][][]>;
  /**
   * Optional: starts loading what `writeWorkbook` needs (code split from the pane's start), so
   * that the first write does not wait for it. The pane calls it once, when idle after opening.
   */
  warmUp?(): void;
  /** Counts formulas calling `SALES.*` (case-insensitive), per sheet. */
  findCustomFunctionCells(scope: ShareScope): Promise<CustomFunctionCells>;
  /** Replaces those formulas with their current values; other cells are untouched. */
  freezeCustomFunctions(scope: ShareScope): Promise<CustomFunctionCells>;
}

export function isWorkbookHost(host: Host): host is WorkbookHost {
  return typeof (host as Partial<WorkbookHost>).writeWorkbook === "function";
}

// ---------------------------------------------------------------------------------------
// The daily log (Record a day, Import reports; docs/using.md "Record a day / Import reports")
// ---------------------------------------------------------------------------------------

/** Where the daily log's reports sit; the pane takes it from the workbook layout. */
export interface LogTarget {
  /** The log sheet's name in the workbook. */
  sheet: string;
  /** Row of the log's header; reports start on the row below. */
  headerRow: number;
  /** Column letter of each report field (any order; other columns are never written). */
  columns: Record<ReportField, string>;
  /** Last row the log's formulas count (reports are never written below it). */
  lastRow: number;
  /** Number format of the date cells written, e.g. "yyyy-mm-dd". */
  dateFormat: string;
}

/** A report already in the log. */
export interface LogEntry {
  row: number;
  /** Serial date, or null when the cell holds no date. */
  date: number | null;
  owner: string;
}

export interface LogSnapshot {
  sheet: string;
  entries: LogEntry[];
  /** The row after the last filled report row: where the next report goes. */
  nextRow: number;
}

export type DuplicateChoice =
  /** Write nothing when a report has the same owner and date as a row in the log; return them. */
  | "ask"
  /** Add every report as a new row (the log flags the duplicates). */
  | "add"
  /**
   * Update the earlier row of the same owner and date with the fields the report carries
   * (src/domain/reports.ts `filledFields`; its blank numbers and note leave the row's values
   * as they were); the others are added.
   */
  | "replace";

export interface AppendResult {
  sheet: string;
  /** False only with "ask" when duplicates were found. */
  written: boolean;
  /** Reports (by index in the request) matching an earlier row, and that row. */
  duplicates: { index: number; row: number; owner: string; date: number }[];
  /** Row each report went to, by index (empty when nothing was written). */
  rows: number[];
  /** First and last row of the new rows, or null when none was added. */
  added: { first: number; last: number } | null;
  /** Earlier rows updated ("replace"). */
  replaced: number[];
  /** `context.sync()` calls (Excel): 1 read + 1 write; 1 when nothing was written. */
  syncs: number;
}

/**
 * A host that can also append reports to the daily log. Round trips (Excel): `readLog` 1;
 * `appendReports` 2 (the log's filled rows are read, then all reports written in one request
 * whatever their number, so each decision is made on what the log holds at that moment).
 */
export interface ReportsHost extends WorkbookHost {
  readLog(target: LogTarget): Promise<LogSnapshot>;
  appendReports(target: LogTarget, reports: readonly Report[], duplicates: DuplicateChoice): Promise<AppendResult>;
}

export function isReportsHost(host: Host): host is ReportsHost {
  return isWorkbookHost(host) && typeof (host as Partial<ReportsHost>).appendReports === "function";
}

// ---------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------

export type HostErrorCode =
  /** params: missing (comma-separated requirement sets, e.g. "ExcelApi 1.7"). */
  | "Unsupported"
  /** create mode; params: sheets (comma-separated names that already exist). */
  | "SheetExists"
  /** params: name. */
  | "SheetNotFound"
  /**
   * update mode would drop a value the team typed (its cell is not an input in the new
   * layout, or a merge would swallow it); params: sheet, count, cells (first few addresses).
   * Offer "copy" instead.
   */
  | "UpdateWouldLoseInput"
  /**
   * update mode would write over cells that hold somebody's content outside the plan's
   * previous footprint; params: sheet, count, cells. Offer "copy" instead.
   */
  | "UpdateWouldOverwrite"
  /** The daily log has no room below its last report; params: sheet, lastRow. */
  | "LogFull"
  /** The spec breaks its own contract (a bad sheet name, a ragged block); params: detail. A bug. */
  | "InvalidSpec"
  /** Anything else thrown inside the host (a bug); params: message. */
  | "Unexpected";

export type HostErrorParams = Record<string, string | number>;

export class HostError extends Error {
  readonly source: "host" | "excel";
  /** A `HostErrorCode`, or Excel's error code when `source` is "excel". */
  readonly code: string;
  readonly params: HostErrorParams;
  override readonly cause?: unknown;

  constructor(
    source: "host" | "excel",
    code: string,
    message: string,
    params: HostErrorParams = {},
    cause?: unknown,
  ) {
    super(message);
    this.name = "HostError";
    this.source = source;
    this.code = code;
    this.params = params;
    this.cause = cause;
  }

  static host(code: HostErrorCode, params: HostErrorParams = {}, message?: string): HostError {
    const detail = Object.entries(params)
      .map(([k, v]) => `${k}=${v}`)
      .join(", ");
    return new HostError("host", code, message ?? (detail ? `${code}: ${detail}` : code), params);
  }
}

export function isHostError(x: unknown): x is HostError {
  return x instanceof HostError;
}
