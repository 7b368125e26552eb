/**
 * The Excel host: the WorkbookHost interface over Office.js. This folder is the only code
 * that calls Excel.run / context.sync (see ../host.ts for the contract and round trips).
 *
 * `createExcelHost()` uses the real Office globals; tests and the bench pass an
 * `ExcelHostEnv` with an in-memory Excel (test/hosts/fakeExcel.ts).
 */
import type { CellConstant, WorkbookSpec } from "../../workbook/spec";
import type { Report } from "../../domain/reports";
import { parseRange, rangeAddress } from "../../workbook/a1";
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
  type WorkbookHost,
  type WriteOptions,
  type WriteResult,
} from "../host";
import { sendBatches, type SyncCounter } from "./apply";
import { excelCode, toHostError } from "./errors";
import { splitSheetRef } from "./formulas";
import { INPUTS_KEY, LAYOUT_KEY, parseLayout } from "./layout";
import { batchesOf, planWrite, type ExistingSheet, type ReadState, type WritePlan } from "./plan";
import { scanCustomFunctions } from "./shareable";
import { availableFeatures, checkSupport, type IsSetSupported } from "./support";
import type { XlChartCollection, XlContext, XlRange, XlRun, XlSetting } from "./xl";

/**
 * Excel on the web refuses requests over 5 MB. Our estimate of a request is generous (see
 * plan.ts estimateBytes), and the limit is taken as 5,000,000 bytes, a little under 5 MiB.
 */
export const WEB_PAYLOAD_LIMIT = 5_000_000;

export interface ExcelHostEnv {
  run: XlRun;
  displayLanguage: () => string;
  isSetSupported: IsSetSupported;
  /** Request payload limit per sync; a write is split into several syncs only above it. */
  payloadLimitBytes: number;
  /** Identifies a write in the layout record (tests make it deterministic). */
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

function settingValue(s: XlSetting): unknown {
  return s.isNullObject ? null : s.value;
}

function settingText(s: XlSetting): string | null {
  const v = settingValue(s);
  if (v === null || v === undefined) return null;
  return typeof v === "string" ? v : JSON.stringify(v);
}

/** A used range as read back: where it starts and its formulas. */
function existingSheet(name: string, used: XlRange, charts: XlChartCollection): ExistingSheet {
  if (used.isNullObject) return { name, top: 1, left: 1, formulas: [], charts: charts.items.map((c) => c.name) };
  const r = parseRange(splitSheetRef(used.address).address);
  return { name, top: r.top, left: r.left, formulas: used.formulas, charts: charts.items.map((c) => c.name) };
}

export function createExcelHost(overrides: Partial<ExcelHostEnv> = {}): ReportsHost {
  const env: ExcelHostEnv = { ...officeEnv(), ...overrides };
  /**
   * Sheet names as last seen by this host (lower-cased). writeWorkbook reads the contents of
   * sheets it updates in its first sync; it can only address sheets it knows exist, so it
   * uses this list, and fetches late-comers with one extra read.
   */
  let knownSheets: Set<string> | null = null;
  const remember = (names: string[]): void => {
    knownSheets = new Set(names.map((n) => n.toLowerCase()));
  };

  async function guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      throw toHostError(e);
    }
  }

  /** Sync 1 of a write: everything the plan depends on. */
  async function readState(ctx: XlContext, spec: WorkbookSpec, mode: WriteOptions["mode"], counter: SyncCounter): Promise<ReadState> {
    const wb = ctx.workbook;
    const queueContents = (names: string[]): Map<string, { used: XlRange; charts: XlChartCollection; name: string }> => {
      const out = new Map<string, { used: XlRange; charts: XlChartCollection; name: string }>();
      for (const name of names) {
        const sheet = wb.worksheets.getItem(name);
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("formulas,address");
        sheet.charts.load("items/name");
        out.set(name.toLowerCase(), { used, charts: sheet.charts, name });
      }
      return out;
    };
    const specNames = spec.sheets.map((s) => s.name);
    const attempt = async (guess: string[]): Promise<ReadState & { missing: string[] }> => {
      wb.worksheets.load("items/name");
      wb.names.load("items/name,formula");
      const layout = wb.settings.getItemOrNullObject(LAYOUT_KEY);
      layout.load("value");
      const inputs = wb.settings.getItemOrNullObject(INPUTS_KEY);
      inputs.load("value");
      const queued = queueContents(guess);
      counter.syncs++;
      await ctx.sync();
      const sheetNames = wb.worksheets.items.map((s) => s.name);
      const existing = new Set(sheetNames.map((n) => n.toLowerCase()));
      const contents = new Map<string, ExistingSheet>();
      for (const [k, q] of queued) contents.set(k, existingSheet(q.name, q.used, q.charts));
      const missing = mode === "update" ? specNames.filter((n) => existing.has(n.toLowerCase()) && !contents.has(n.toLowerCase())) : [];
      return {
        sheetNames,
        names: wb.names.items.map((n) => ({ name: n.name, formula: n.formula })),
        layoutValue: settingValue(layout),
        inputsValue: settingValue(inputs),
        contents,
        missing,
      };
    };
    const known = knownSheets;
    const guess = mode === "update" && known ? specNames.filter((n) => known.has(n.toLowerCase())) : [];
    let state: ReadState & { missing: string[] };
    try {
      state = await attempt(guess);
    } catch (e) {
      // A sheet we knew was deleted or renamed meanwhile: read again without guessing.
      if (guess.length === 0 || excelCode(e) !== "ItemNotFound") throw e;
      state = await attempt([]);
    }
    if (state.missing.length > 0) {
      // Sheets to update that this host had not seen yet: one more read.
      const queued = queueContents(state.missing);
      counter.syncs++;
      await ctx.sync();
      for (const [k, q] of queued) state.contents.set(k, existingSheet(q.name, q.used, q.charts));
    }
    remember(state.sheetNames);
    return state;
  }

  /**
   * After a failed write batch. Excel batches are not transactions: what ran before the
   * failing operation stays. Guarantees:
   * - create / copy: every sheet this run created is deleted, names it added are deleted,
   *   names it repointed get their old formula back, our settings are restored. The user's
   *   sheets were never written, so they are untouched.
   * - update: filled input cells were never in any write (null entries), so the team's
   *   actuals are intact whatever point the failure hit; plan cells may be half-rewritten
   *   (run update again: the layout record written first covers old and new cells). Sheets
   *   the run created are deleted, names restored as above.
   * - If the plan is complete and only a cosmetic step failed (page setup, chart, note),
   *   nothing is rolled back: the result carries a CosmeticFailed warning with Excel's message.
   * Either way the caller gets Excel's error; a failed rollback is reported in its params.
   */
  async function recover(
    ctx: XlContext,
    error: unknown,
    plan: WritePlan,
    state: ReadState,
    options: WriteOptions,
    runId: string,
    counter: SyncCounter,
  ): Promise<"cosmetic"> {
    const wb = ctx.workbook;
    options.onProgress?.({ step: "rollback" });
    try {
      const layout = wb.settings.getItemOrNullObject(LAYOUT_KEY);
      layout.load("value");
      const inputs = wb.settings.getItemOrNullObject(INPUTS_KEY);
      inputs.load("value");
      wb.worksheets.load("items/name");
      wb.names.load("items/name");
      counter.syncs++;
      await ctx.sync();
      const record = parseLayout(settingValue(layout));
      if (record && record.run === runId && !record.pending) return "cosmetic";

      const sheetsNow = new Set(wb.worksheets.items.map((s) => s.name.toLowerCase()));
      const namesNow = new Set(wb.names.items.map((n) => n.name.toLowerCase()));
      for (const name of plan.created) if (sheetsNow.has(name.toLowerCase())) wb.worksheets.getItem(name).delete();
      for (const name of plan.namesAdded) if (namesNow.has(name.toLowerCase())) wb.names.getItem(name).delete();
      for (const n of plan.namesChanged) wb.names.getItem(n.name).formula = n.formula;
      const restore = (key: string, setting: XlSetting, original: unknown): void => {
        if (original === null || original === undefined) {
          if (!setting.isNullObject) wb.settings.getItem(key).delete();
        } else {
          wb.settings.add(key, typeof original === "string" ? original : JSON.stringify(original));
        }
      };
      // In update mode the pending record (old ∪ new cells) stays: it is the truth about the sheet now.
      if (options.mode !== "update" || plan.sheets.every((s) => s.created)) restore(LAYOUT_KEY, layout, state.layoutValue);
      if (options.savedInputs !== undefined) restore(INPUTS_KEY, inputs, state.inputsValue);
      counter.syncs++;
      await ctx.sync();
    } catch (rollbackError) {
      throw toHostError(error, { rollback: "failed", rollbackMessage: toHostError(rollbackError).message });
    }
    throw toHostError(error, { rollback: "done" });
  }

  const host: WorkbookHost = {
    kind: "excel",
    displayLanguage: () => env.displayLanguage(),

    insertFormula: (formula) =>
      guarded(() =>
        env.run(async (ctx) => {
          const cell = ctx.workbook.getSelectedRange().getCell(0, 0);
          cell.formulas = [[formula.startsWith("=") ? formula : `=${formula}`]];
          cell.select();
          await ctx.sync();
        }),
      ),

    checkSupport: () => checkSupport(env.isSetSupported),

    readContext: () =>
      guarded(() =>
        env.run(async (ctx): Promise<HostContext> => {
          const wb = ctx.workbook;
          const attempt = async (withSelection: boolean): Promise<HostContext> => {
            wb.worksheets.load("items/name");
            const active = wb.worksheets.getActiveWorksheet();
            active.load("name");
            const inputs = wb.settings.getItemOrNullObject(INPUTS_KEY);
            inputs.load("value");
            const layout = wb.settings.getItemOrNullObject(LAYOUT_KEY);
            layout.load("value");
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
            remember(sheetNames);
            const alive = new Set(sheetNames.map((n) => n.toLowerCase()));
            const record = parseLayout(settingValue(layout));
            const planSheets = Object.entries(record?.sheets ?? {})
              .filter(([name]) => alive.has(name.toLowerCase()))
              .map(([name, l]) => ({ name: sheetNames.find((n) => n.toLowerCase() === name.toLowerCase()) ?? name, key: l.key }));
            let selection: SelectionSnapshot | null = null;
            if (sel && used) {
              const { sheet, address } = splitSheetRef(sel.address);
              const rows = used.isNullObject ? [] : used.values;
              const values = rows.slice(0, SELECTION_MAX_ROWS).map((row) => row.map(asConstant));
              let valuesAddress = "";
              if (!used.isNullObject && values.length > 0) {
                const u = parseRange(splitSheetRef(used.address).address);
                valuesAddress = rangeAddress({ top: u.top, left: u.left, bottom: u.top + values.length - 1, right: u.right });
              }
              selection = {
                sheet: sheet ?? active.name,
                address,
                rowCount: sel.rowCount,
                columnCount: sel.columnCount,
                values,
                valuesAddress,
                truncated: rows.length > values.length,
              };
            }
            return { sheetNames, activeSheet: active.name, selection, savedInputs: settingText(inputs), planSheets };
          };
          try {
            return await attempt(true);
          } catch (e) {
            // The selection is not a range (a chart, a shape, several areas): read the rest.
            if (!excelCode(e)) throw e;
            return await attempt(false);
          }
        }),
      ),

    writeWorkbook: (spec: WorkbookSpec, options: WriteOptions): Promise<WriteResult> =>
      guarded(async () => {
        const support = checkSupport(env.isSetSupported);
        if (!support.ok) throw HostError.host("Unsupported", { missing: support.missing.join(", ") });
        const runId = env.newRunId();
        const counter: SyncCounter = { syncs: 0 };
        // Loaded on demand (not in the pane's first load): moving typed actuals of an old workbook.
        const migrate = options.mode === "update" ? (await import(/* webpackChunkName: "migrate" */ "./migrateWrite")).planMigration : undefined;
        return env.run(async (ctx) => {
          options.onProgress?.({ step: "read" });
          const state = await readState(ctx, spec, options.mode, counter);
          const plan = planWrite(spec, state, {
            mode: options.mode,
            savedInputs: options.savedInputs,
            activate: options.activate,
            replaceInputsOn: options.replaceInputsOn,
            features: availableFeatures(env.isSetSupported),
            maxOpBytes: Math.max(1024, Math.floor(env.payloadLimitBytes / 4)),
            runId,
            migrate,
          });
          const batches = batchesOf(plan.ops, env.payloadLimitBytes);
          const warnings = [...plan.warnings];
          try {
            await sendBatches(ctx, batches, counter, (batch, total) => options.onProgress?.({ step: "write", batch, batches: total }));
          } catch (e) {
            await recover(ctx, e, plan, state, options, runId, counter);
            const err = toHostError(e);
            warnings.push({ code: "CosmeticFailed", params: { code: err.code, message: err.message } });
          }
          remember([...state.sheetNames, ...plan.created]);
          options.onProgress?.({ step: "done" });
          return {
            mode: options.mode,
            sheets: plan.sheets,
            namesScope: plan.namesScope,
            warnings,
            syncs: counter.syncs,
            batches: batches.length,
            requestBytes: batches.reduce((n, b) => n + b.bytes, 0),
            ...(plan.migration ? { migration: plan.migration } : {}),
          };
        });
      }),

    saveInputs: (json: string) =>
      guarded(() =>
        env.run(async (ctx) => {
          ctx.workbook.settings.add(INPUTS_KEY, json);
          await ctx.sync();
        }),
      ),

    activateSheet: (name: string) =>
      guarded(async () => {
        try {
          await env.run(async (ctx) => {
            ctx.workbook.worksheets.getItem(name).activate();
            await ctx.sync();
          });
        } catch (e) {
          if (excelCode(e) === "ItemNotFound") throw HostError.host("SheetNotFound", { name });
          throw e;
        }
      }),

    readCells: (refs: CellsRef[]) =>
      guarded(() =>
        env.run(async (ctx) => {
          const ranges = refs.map((r) => {
            const range = ctx.workbook.worksheets.getItem(r.sheet).getRange(r.address);
            range.load("values");
            return range;
          });
          await ctx.sync();
          return ranges.map((r) => r.values.map((row) => row.map(asConstant)));
        }),
      ),

    findCustomFunctionCells: (scope: ShareScope) => scan(scope, false),
    freezeCustomFunctions: (scope: ShareScope) => scan(scope, true),
  };

  function scan(scope: ShareScope, freeze: boolean): Promise<CustomFunctionCells> {
    return guarded(() =>
      env.run(async (ctx) => {
        const spills = env.isSetSupported("ExcelApi", "1.12");
        const { result, sheetNames } = await scanCustomFunctions(ctx, scope, freeze, { syncs: 0 }, env.payloadLimitBytes, spills);
        if (sheetNames) remember(sheetNames);
        return result;
      }),
    );
  }

  // The daily log's methods load on demand (./reports), like the pane's log tab that calls them.
  const reports = async (): Promise<Pick<ReportsHost, "readLog" | "appendReports">> =>
    (await import(/* webpackChunkName: "log-host" */ "./reports")).excelReportMethods(env.run, guarded);
  return Object.assign(host, {
    readLog: async (target: LogTarget) => (await reports()).readLog(target),
    appendReports: async (target: LogTarget, list: readonly Report[], choice: DuplicateChoice) => (await reports()).appendReports(target, list, choice),
  });
}
