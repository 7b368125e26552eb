/**
 * The Excel host: the WorkbookHost interface over Office.js. This folder is the only code
 * that calls Excel.run / context.sync (see ../host.ts for the contract and round trips).
 *
 * `createExcelHost()` uses the real Office globals; tests and the bench pass an
 * `ExcelHostEnv` with an in-memory Excel (test/hosts/fakeExcel.ts).
 */
import type { CellConstant } from "../../workbook/spec";
import type { Report } from "../../domain/reports";
import { parseRange, rangeAddress, splitSheetRef } from "../../workbook/a1";
import {
  HostError,
  SELECTION_MAX_ROWS,
  type CellsRef,
  type CustomFunctionCells,
  type HostContext,
  type SelectionSnapshot,
  type ShareScope,
  type DuplicateChoice,
  type LogTarget,
  type ReportsHost,
} from "../host";
import { INPUTS_KEY, RECORD_KEY, parseRecord } from "../write/record";
import { excelCode, toHostError } from "./errors";
import { settingValue, type HostMemory } from "./settings";
import { checkSupport, type IsSetSupported } from "./support";
import type { XlContext, XlRange, XlRun, XlSetting } from "./xl";

/**
 * Excel on the web refuses requests over 5 MB. Our estimate of a request is generous (see
 * src/hosts/write/ops.ts estimateBytes), and the limit is taken as 5,000,000 bytes, a little under 5 MiB.
 */
export const WEB_PAYLOAD_LIMIT = 5_000_000;

export interface ExcelHostEnv {
  run: XlRun;
  displayLanguage: () => string;
  isSetSupported: IsSetSupported;
  /** Request payload limit per sync; a write is split into several syncs only above it. */
  payloadLimitBytes: number;
  /** Identifies a write in the write record (tests make it deterministic). */
  newRunId: () => string;
}

/** Office's display language, else the browser's, else English. */
function officeDisplayLanguage(): string {
  const fromOffice = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  if (fromOffice) return fromOffice;
  if (typeof navigator !== "undefined" && navigator.language) return navigator.language;
  return "en";
}

function officeIsSetSupported(name: string, version: string): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported(name, version);
}

let runCounter = 0;

export function officeEnv(): ExcelHostEnv {
  return {
    run: (batch) => Excel.run((context) => batch(context)),
    displayLanguage: officeDisplayLanguage,
    isSetSupported: officeIsSetSupported,
    payloadLimitBytes: WEB_PAYLOAD_LIMIT,
    newRunId: () => `${Date.now().toString(36)}-${(++runCounter).toString(36)}`,
  };
}

function asConstant(x: unknown): CellConstant {
  if (x === null || x === undefined) return "";
  if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") return x;
  return String(x);
}

function settingText(s: XlSetting): string | null {
  const v = settingValue(s);
  if (v === null || v === undefined) return null;
  return typeof v === "string" ? v : JSON.stringify(v);
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toHostError(e);
  }
}

// ---- readContext ---------------------------------------------------------------------------

/** The selection's snapshot: its address and the values of its used part (at most SELECTION_MAX_ROWS rows). */
function selectionSnapshot(sel: XlRange, used: XlRange, activeName: string): SelectionSnapshot {
  const { sheet, address } = splitSheetRef(sel.address);
  const rows = used.isNullObject ? [] : used.values;
  const values = rows.slice(0, SELECTION_MAX_ROWS).map((row) => row.map(asConstant));
  let valuesAddress = "";
  if (!used.isNullObject && values.length > 0) {
    const u = parseRange(splitSheetRef(used.address).address);
    valuesAddress = rangeAddress({ top: u.top, left: u.left, bottom: u.top + values.length - 1, right: u.right });
  }
  return { sheet: sheet ?? activeName, address, rowCount: sel.rowCount, columnCount: sel.columnCount, values, valuesAddress, truncated: rows.length > values.length };
}

/** One sync: sheets, active sheet, our settings and (if it is a range) the selection. */
async function contextOnce(ctx: XlContext, memory: HostMemory, withSelection: boolean): Promise<HostContext> {
  const wb = ctx.workbook;
  wb.worksheets.load("items/name");
  const active = wb.worksheets.getActiveWorksheet();
  active.load("name");
  const inputs = wb.settings.getItemOrNullObject(INPUTS_KEY);
  inputs.load("value");
  const record = wb.settings.getItemOrNullObject(RECORD_KEY);
  record.load("value");
  let sel: XlRange | null = null;
  let used: XlRange | null = null;
  if (withSelection) {
    sel = wb.getSelectedRange();
    sel.load("address,rowCount,columnCount");
    used = sel.getUsedRangeOrNullObject(true);
    used.load("values,address");
  }
  await ctx.sync();
  const sheetNames = wb.worksheets.items.map((s) => s.name);
  memory.sheets = sheetNames;
  memory.record = settingValue(record);
  const alive = new Set(sheetNames.map((n) => n.toLowerCase()));
  const planSheets = Object.entries(parseRecord(memory.record)?.sheets ?? {})
    .filter(([name]) => alive.has(name.toLowerCase()))
    .map(([name, l]) => ({ name: sheetNames.find((n) => n.toLowerCase() === name.toLowerCase()) ?? name, key: l.key }));
  const selection = sel && used ? selectionSnapshot(sel, used, active.name) : null;
  return { sheetNames, activeSheet: active.name, selection, savedInputs: settingText(inputs), planSheets };
}

async function readContextIn(ctx: XlContext, memory: HostMemory): Promise<HostContext> {
  try {
    return await contextOnce(ctx, memory, true);
  } catch (e) {
    // The selection is not a range (a chart, a shape, several areas): read the rest.
    if (!excelCode(e)) throw e;
    return await contextOnce(ctx, memory, false);
  }
}

// ---- writeWorkbook -------------------------------------------------------------------------

/**
 * The write (./write.ts with the planner) and the shareable scan read formulas with the one
 * tokenizer (src/workbook/formula.ts, over @borgar/fx): loaded on first use or when the pane
 * calls `warmUp` once it is interactive (never prefetched during start), so the pane's start
 * stays within its bundle budget (docs/figures.md).
 */
const loadWrite = (): Promise<typeof import("./write")> => import(/* webpackChunkName: "planner" */ "./write");
const loadShareable = (): Promise<typeof import("./shareable")> => import(/* webpackChunkName: "planner" */ "./shareable");

// ---- the other calls -----------------------------------------------------------------------

function insertFormulaWith(env: ExcelHostEnv, formula: string): Promise<void> {
  return env.run(async (ctx) => {
    const cell = ctx.workbook.getSelectedRange().getCell(0, 0);
    cell.formulas = [[formula.startsWith("=") ? formula : `=${formula}`]];
    cell.select();
    await ctx.sync();
  });
}

async function activateSheetWith(env: ExcelHostEnv, name: string): Promise<void> {
  try {
    await env.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(name).activate();
      await ctx.sync();
    });
  } catch (e) {
    if (excelCode(e) === "ItemNotFound") throw HostError.host("SheetNotFound", { name });
    throw e;
  }
}

function readCellsWith(env: ExcelHostEnv, refs: CellsRef[]): Promise<CellConstant[][][]> {
  return env.run(async (ctx) => {
    const ranges = refs.map((r) => {
      const range = ctx.workbook.worksheets.getItem(r.sheet).getRange(r.address);
      range.load("values");
      return range;
    });
    await ctx.sync();
    return ranges.map((r) => r.values.map((row) => row.map(asConstant)));
  });
}

async function scanWith(env: ExcelHostEnv, memory: HostMemory, scope: ShareScope, freeze: boolean): Promise<CustomFunctionCells> {
  const { scanCustomFunctions } = await loadShareable();
  return env.run(async (ctx) => {
    const spills = env.isSetSupported("ExcelApi", "1.12");
    const { result, sheetNames } = await scanCustomFunctions(ctx, scope, freeze, { syncs: 0 }, env.payloadLimitBytes, spills);
    if (sheetNames) memory.sheets = sheetNames;
    return result;
  });
}

/** The daily log's methods load on demand (./reports), like the pane's log tab that calls them. */
const loadReports = (env: ExcelHostEnv): Promise<Pick<ReportsHost, "readLog" | "appendReports">> =>
  import(/* webpackChunkName: "log-host" */ "./reports").then((m) => m.excelReportMethods(env.run, guarded));

/**
 * The host. It remembers the sheet names and the write record it last saw (`HostMemory`),
 * so that a write's first sync can read the sheets and cells it needs without a look first.
 */

export function createExcelHost(overrides: Partial<ExcelHostEnv> = {}): ReportsHost {
  const env: ExcelHostEnv = { ...officeEnv(), ...overrides };
  const memory: HostMemory = { sheets: null, record: null };
  return {
    kind: "excel",
    displayLanguage: () => env.displayLanguage(),
    insertFormula: (formula) => guarded(() => insertFormulaWith(env, formula)),
    checkSupport: () => checkSupport(env.isSetSupported),
    readContext: () => guarded(() => env.run((ctx) => readContextIn(ctx, memory))),
    writeWorkbook: (spec, options) => guarded(async () => (await loadWrite()).writeWorkbookWith(env, memory, spec, options)),
    warmUp: () => void loadWrite().catch(() => undefined),
    saveInputs: (json: string) =>
      guarded(() =>
        env.run(async (ctx) => {
          ctx.workbook.settings.add(INPUTS_KEY, json);
          await ctx.sync();
        }),
      ),
    activateSheet: (name: string) => guarded(() => activateSheetWith(env, name)),
    readCells: (refs: CellsRef[]) => guarded(() => readCellsWith(env, refs)),
    findCustomFunctionCells: (scope: ShareScope) => guarded(() => scanWith(env, memory, scope, false)),
    freezeCustomFunctions: (scope: ShareScope) => guarded(() => scanWith(env, memory, scope, true)),
    readLog: async (target: LogTarget) => (await loadReports(env)).readLog(target),
    appendReports: async (target: LogTarget, list: readonly Report[], choice: DuplicateChoice) => (await loadReports(env)).appendReports(target, list, choice),
  };
}
