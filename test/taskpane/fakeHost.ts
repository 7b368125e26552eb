/**
 * A fake WorkbookHost for the pane's UI tests (`fakeLogHost`: with the daily log, a ReportsHost):
 * every method is a jest mock with a sensible
 * default (a workbook with one empty sheet, writes that succeed), and tests override what they
 * need (an existing plan, a selection, a HostError, a write that waits). It records the
 * progress steps it reports, so tests can watch the pane show them.
 */
import {
  HostError,
  type AppendResult,
  type DuplicateChoice,
  type LogSnapshot,
  type LogTarget,
  type ReportsHost,
  type CellsRef,
  type CustomFunctionCells,
  type HostContext,
  type SelectionSnapshot,
  type ShareScope,
  type SupportReport,
  type WorkbookHost,
  type WriteOptions,
  type WriteResult,
} from "../../src/hosts/host";
import type { CellConstant, WorkbookSpec } from "../../src/workbook/spec";
import type { Report } from "../../src/domain/reports";

export interface FakeHost extends WorkbookHost {
  checkSupport: jest.Mock<SupportReport, []>;
  readContext: jest.Mock<Promise<HostContext>, []>;
  writeWorkbook: jest.Mock<Promise<WriteResult>, [WorkbookSpec, WriteOptions]>;
  saveInputs: jest.Mock<Promise<void>, [string]>;
  activateSheet: jest.Mock<Promise<void>, [string]>;
  readCells: jest.Mock<Promise<CellConstant[][][]>, [CellsRef[]]>;
  findCustomFunctionCells: jest.Mock<Promise<CustomFunctionCells>, [ShareScope]>;
  freezeCustomFunctions: jest.Mock<Promise<CustomFunctionCells>, [ShareScope]>;
  insertFormula: jest.Mock<Promise<void>, [string]>;
}

export function context(overrides: Partial<HostContext> = {}): HostContext {
  return { sheetNames: ["Sheet1"], activeSheet: "Sheet1", selection: null, savedInputs: null, planSheets: [], ...overrides };
}

export function selection(values: CellConstant[][], overrides: Partial<SelectionSnapshot> = {}): SelectionSnapshot {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const address = rows && cols ? `A1:${String.fromCharCode(64 + cols)}${rows}` : "A1";
  return { sheet: "Sheet1", address, rowCount: rows, columnCount: cols, values, valuesAddress: address, truncated: false, ...overrides };
}

/** What a successful write returns for `spec` in `mode`: every sheet created, or updated in place. */
export function writeResult(spec: WorkbookSpec, options: WriteOptions): WriteResult {
  const copy = options.mode === "copy";
  return {
    mode: options.mode,
    sheets: spec.sheets.map((s) => ({
      key: s.key,
      name: copy ? `${s.name} (2)` : s.name,
      created: options.mode !== "update",
      keptInputs: options.mode === "update" && s.key === "sprint" ? 5 : 0,
    })),
    namesScope: copy ? "sheet" : "workbook",
    warnings: [],
    syncs: 2,
    batches: 1,
    requestBytes: 1000,
  };
}

/** What appending `count` reports to an empty log returns. */
export function appendResult(target: LogTarget, count: number): AppendResult {
  const first = target.headerRow + 1;
  return {
    sheet: target.sheet,
    written: count > 0,
    duplicates: [],
    rows: Array.from({ length: count }, (_, i) => first + i),
    added: count > 0 ? { first, last: first + count - 1 } : null,
    replaced: [],
    syncs: 2,
  };
}

export function fakeHost(language = "en-US", ctx: HostContext = context()): FakeHost {
  return {
    kind: "fake",
    displayLanguage: () => language,
    insertFormula: jest.fn((_formula: string) => Promise.resolve()),
    checkSupport: jest.fn((): SupportReport => ({ ok: true, degraded: [] })),
    readContext: jest.fn(() => Promise.resolve(ctx)),
    writeWorkbook: jest.fn((spec: WorkbookSpec, options: WriteOptions) => {
      options.onProgress?.({ step: "read" });
      options.onProgress?.({ step: "write", batch: 1, batches: 1 });
      options.onProgress?.({ step: "done" });
      return Promise.resolve(writeResult(spec, options));
    }),
    saveInputs: jest.fn((_json: string) => Promise.resolve()),
    activateSheet: jest.fn((_name: string) => Promise.resolve()),
    readCells: jest.fn((refs: CellsRef[]) => Promise.resolve(refs.map(() => [] as CellConstant[][]))),
    findCustomFunctionCells: jest.fn((_scope: ShareScope): Promise<CustomFunctionCells> => Promise.resolve({ total: 0, sheets: [], pending: 0 })),
    freezeCustomFunctions: jest.fn((_scope: ShareScope): Promise<CustomFunctionCells> => Promise.resolve({ total: 0, sheets: [], pending: 0 })),
  };
}

/** A fake host with the daily log too (the pane then shows the 日报 / Daily log tab). */
export interface FakeLogHost extends FakeHost {
  readLog: jest.Mock<Promise<LogSnapshot>, [LogTarget]>;
  appendReports: jest.Mock<Promise<AppendResult>, [LogTarget, readonly Report[], DuplicateChoice]>;
}

export function fakeLogHost(language = "en-US", ctx: HostContext = context()): FakeLogHost & ReportsHost {
  return {
    ...fakeHost(language, ctx),
    readLog: jest.fn((target: LogTarget) => Promise.resolve({ sheet: target.sheet, entries: [], nextRow: target.headerRow + 1 })),
    appendReports: jest.fn((target: LogTarget, reports: readonly Report[], _choice: DuplicateChoice) =>
      Promise.resolve(appendResult(target, reports.length)),
    ),
  };
}

/** A promise the test settles by hand (a write that is still running). */
export function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve: (v: T) => void = () => undefined;
  let reject: (e: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export { HostError };
