/**
 * The preview's WorkbookHost: the full host contract (../host.ts) over the in-browser
 * workbook (./workbook.ts).
 *
 * Writing a plan goes through the host-neutral planner the Excel host uses too
 * (src/hosts/write/batch.ts `planOps`, pure): it decides what may be overwritten (create refuses a taken name, copy
 * numbers the names, update keeps every filled input cell and refuses to lose or overwrite
 * anybody's content) and emits the operations Excel would receive; this host applies them
 * to the in-browser workbook. A write is all-or-nothing here: on any failure the workbook
 * is restored as it was and the error is passed on.
 */
import {
  HostError,
  SELECTION_MAX_ROWS,
  type CellsRef,
  type CustomFunctionCells,
  type HostContext,
  type HostFeature,
  type SelectionSnapshot,
  type ShareScope,
  type LogTarget,
  type ReportsHost,
  type WriteOptions,
  type WriteResult,
} from "../host";
import { callsSalesFunction } from "../../workbook/formula";
import { INPUTS_KEY, RECORD_KEY, parseRecord } from "../write/record";
import { estimateBytes } from "../write/ops";
import { planOps } from "../write/batch";
import { existingSheet, updateReads, type ReadState } from "../write/state";
import { appendOps, logReadAddress, logSnapshotOf, planAppend } from "../write/reports";
import { parseRange, rangeAddress, splitSheetRef, type Rect } from "../../workbook/a1";
import type { CellConstant, WorkbookSpec } from "../../workbook/spec";
import { isEngineError } from "./engine";
import { formulaOf, type Content, type PreviewWorkbook } from "./workbook";

const ALL_FEATURES: ReadonlySet<HostFeature> = new Set<HostFeature>(["dataValidation", "pageSetup", "notes"]);

export interface PreviewHostOptions {
  /** BCP-47 tag the pane starts in (Office's display language in Excel). */
  displayLanguage: () => string;
  /** Called after every successful write with the spec and the names the sheets got. */
  onWrite?: (spec: WorkbookSpec, result: WriteResult) => void;
}

let runCounter = 0;

function asHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string" ? (e as { code: string }).code : "";
  const message = e instanceof Error ? e.message : String(e);
  // The workbook's own refusals (a missing sheet, a taken name) play Excel's errors.
  if (code) return new HostError("excel", code, message, {}, e);
  return new HostError("host", "Unexpected", message, { message }, e);
}

export function createPreviewHost(wb: PreviewWorkbook, options: PreviewHostOptions): ReportsHost {
  const guarded = async <T>(work: () => T | Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (e) {
      throw asHostError(e);
    }
  };

  /** What Excel's first round trip reads, from the in-browser workbook: the same cells (src/hosts/write/state.ts). */
  function readState(spec: WorkbookSpec, mode: WriteOptions["mode"]): ReadState {
    const sheetNames = wb.sheets.map((s) => s.name);
    const recordValue = wb.settings.get(RECORD_KEY) ?? null;
    const contents = new Map<string, ReturnType<typeof existingSheet>>();
    if (mode === "update") {
      for (const [key, { name, rects }] of updateReads(spec, sheetNames, recordValue)) {
        const ranges = rects.map((rect) => ({
          rect,
          formulas: Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
            Array.from({ length: rect.right - rect.left + 1 }, (_, j) => formulaOf(wb.cell(name, rect.top + i, rect.left + j))),
          ),
        }));
        contents.set(key, existingSheet(name, wb.sheet(name).charts.map((c) => c.name), ranges));
      }
    }
    return {
      sheetNames,
      names: wb.names.map((n) => ({ name: n.name, formula: `=${n.ref}`, scope: n.scope })),
      recordValue,
      inputsValue: wb.settings.get(INPUTS_KEY) ?? null,
      contents,
    };
  }

  /** The daily log as Excel's `readLog` reads it (see src/hosts/excel/reports.ts). */
  function readLog(target: LogTarget): ReturnType<typeof logSnapshotOf> {
    const area = parseRange(logReadAddress(target));
    const used = wb.usedRange(target.sheet, area);
    return used ? logSnapshotOf(target, used.top, used.left, wb.values(target.sheet, used)) : logSnapshotOf(target, area.top, area.left, []);
  }

  function selectionSnapshot(): SelectionSnapshot {
    const { sheet, range } = wb.selection;
    const used = wb.usedRange(sheet, range);
    let values: CellConstant[][] = [];
    let valuesAddress = "";
    let truncated = false;
    if (used) {
      const box: Rect = { ...used, bottom: Math.min(used.bottom, used.top + SELECTION_MAX_ROWS - 1) };
      truncated = box.bottom < used.bottom;
      values = wb.values(sheet, box);
      valuesAddress = rangeAddress(box);
    }
    return {
      sheet,
      address: rangeAddress(range),
      rowCount: range.bottom - range.top + 1,
      columnCount: range.right - range.left + 1,
      values,
      valuesAddress,
      truncated,
    };
  }

  function scan(scope: ShareScope, freeze: boolean): CustomFunctionCells {
    const targets: { sheet: string; range: Rect | null }[] =
      scope === "workbook" ? wb.sheets.map((s) => ({ sheet: s.name, range: wb.usedRange(s.name) })) : [{ sheet: wb.selection.sheet, range: wb.selection.range }];
    const result: CustomFunctionCells = { total: 0, sheets: [], pending: 0 };
    const writes: { sheet: string; entries: { row: number; col: number; content: Content | null }[] }[] = [];
    for (const { sheet, range } of targets) {
      if (!range) continue;
      const hits: [number, number][] = [];
      for (let row = range.top; row <= range.bottom; row++) {
        for (let col = range.left; col <= range.right; col++) {
          if (callsSalesFunction(formulaOf(wb.cell(sheet, row, col)))) hits.push([row, col]);
        }
      }
      if (hits.length === 0) continue;
      result.total += hits.length;
      result.sheets.push({ sheet, count: hits.length, sample: hits.slice(0, 5).map(([r, c]) => rangeAddress({ top: r, left: c, bottom: r, right: c })) });
      if (!freeze) continue;
      const entries: { row: number; col: number; content: Content | null }[] = [];
      for (const [row, col] of hits) {
        // The anchor and every cell its result spilled into become constants.
        const spill: [number, number][] = [[row, col]];
        for (let r = row; ; r++) {
          if (r !== row && !wb.engine.isSpilled(sheet, r, col)) break;
          for (let c = col; ; c++) {
            if ((r !== row || c !== col) && !wb.engine.isSpilled(sheet, r, c)) break;
            if (r !== row || c !== col) spill.push([r, c]);
          }
        }
        for (const [r, c] of spill) {
          const v = wb.value(sheet, r, c);
          entries.push({ row: r, col: c, content: v === null ? null : { kind: "value", v: isEngineError(v) ? v.error : v } });
        }
      }
      writes.push({ sheet, entries });
    }
    for (const w of writes) wb.setContents(w.sheet, w.entries);
    return result;
  }

  return {
    kind: "preview",
    displayLanguage: options.displayLanguage,

    insertFormula: (formula: string) =>
      guarded(() => {
        const { sheet, range } = wb.selection;
        const text = formula.startsWith("=") ? formula : `=${formula}`;
        const result = wb.enter(sheet, range.top, range.left, text);
        if (!result.ok) throw new HostError("excel", "InvalidArgument", result.message);
        wb.activate(sheet);
        wb.select(sheet, { top: range.top, left: range.left, bottom: range.top, right: range.left });
      }),

    checkSupport: () => ({ ok: true, degraded: [] }),

    readContext: () =>
      guarded((): HostContext => {
        const sheetNames = wb.sheets.map((s) => s.name);
        const alive = new Set(sheetNames.map((n) => n.toLowerCase()));
        const record = parseRecord(wb.settings.get(RECORD_KEY) ?? null);
        const planSheets = Object.entries(record?.sheets ?? {})
          .filter(([name]) => alive.has(name.toLowerCase()))
          .map(([name, l]) => ({ name: wb.findSheet(name)?.name ?? name, key: l.key }));
        return {
          sheetNames,
          activeSheet: wb.activeSheet,
          selection: selectionSnapshot(),
          savedInputs: wb.settings.get(INPUTS_KEY) ?? null,
          planSheets,
        };
      }),

    writeWorkbook: (spec: WorkbookSpec, opts: WriteOptions) =>
      guarded(async (): Promise<WriteResult> => {
        opts.onProgress?.({ step: "read" });
        const state = readState(spec, opts.mode);
        const write = planOps(spec, state, {
          mode: opts.mode,
          savedInputs: opts.savedInputs,
          activate: opts.activate,
          replaceInputsOn: opts.replaceInputsOn,
          features: ALL_FEATURES,
          maxOpBytes: Number.MAX_SAFE_INTEGER,
          // Copies make Excel's requests smaller; here every cell costs the same either way
          // (PreviewWorkbook refuses a copy).
          copyDown: false,
          runId: `${Date.now().toString(36)}-${(++runCounter).toString(36)}`,
        });
        opts.onProgress?.({ step: "write", batch: 1, batches: 1 });
        // Let the pane paint its progress line before the (synchronous) write.
        await new Promise((resolve) => setTimeout(resolve, 0));
        const before = wb.snapshot();
        try {
          wb.applyOps(write.ops.map((p) => p.op));
        } catch (e) {
          opts.onProgress?.({ step: "rollback" });
          wb.restore(before);
          throw asHostError(e);
        }
        opts.onProgress?.({ step: "done" });
        const result: WriteResult = {
          mode: opts.mode,
          sheets: write.sheets,
          namesScope: write.namesScope,
          warnings: write.warnings,
          syncs: 2,
          batches: 1,
          requestBytes: write.ops.reduce((n, p) => n + estimateBytes(p.op), 0),
          ...(write.migration ? { migration: write.migration } : {}),
        };
        options.onWrite?.(spec, result);
        return result;
      }),

    saveInputs: (json: string) =>
      guarded(() => {
        wb.settings.set(INPUTS_KEY, json);
      }),

    activateSheet: (name: string) =>
      guarded(() => {
        if (!wb.findSheet(name)) throw HostError.host("SheetNotFound", { name });
        wb.activate(name);
      }),

    readCells: (refs: CellsRef[]) =>
      guarded(() =>
        refs.map((ref) => {
          const { sheet, address } = splitSheetRef(ref.address);
          return wb.values(sheet ?? ref.sheet, parseRange(address));
        }),
      ),

    findCustomFunctionCells: (scope: ShareScope) => guarded(() => scan(scope, false)),
    freezeCustomFunctions: (scope: ShareScope) => guarded(() => scan(scope, true)),

    readLog: (target) => guarded(() => readLog(target)),
    appendReports: (target, reports, choice) =>
      guarded(() => {
        const plan = planAppend(target, readLog(target), reports, choice);
        if (plan.writes.length > 0) wb.applyOps(appendOps(target, plan));
        return { ...plan.result, syncs: plan.writes.length > 0 ? 2 : 1 };
      }),
  };
}
