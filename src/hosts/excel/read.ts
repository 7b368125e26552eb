/**
 * The first round trip of a write: sheet names, defined names (workbook-level, and the
 * sheet-level ones of every sheet this host knows), our settings and, for update, only the
 * cells the plan needs (src/hosts/write/state.ts), in ranges of bounded size. A host that
 * has not seen the sheets or the write record yet reads what it missed in one more sync.
 */
import { rangeAddress, type Rect } from "../../workbook/a1";
import type { WorkbookSpec } from "../../workbook/spec";
import type { WriteOptions } from "../host";
import type { SyncCounter } from "./apply";
import { excelCode } from "./errors";
import { settingValue, type HostMemory } from "./settings";
import { INPUTS_KEY, RECORD_KEY } from "../write/record";
import { boundedRects, cellsToRead, covers, existingSheet, previousRecord, updateReads, type ExistingName, type ExistingSheet, type ReadState } from "../write/state";
import type { XlChartCollection, XlContext, XlNamedItemCollection, XlRange, XlWorkbook } from "./xl";


/**
 * Largest range read at once, in cells. A `Range.formulas` response is about the cells'
 * text, so a range of the plan's own input cells stays far below Excel on the web's 5 MB
 * response limit whatever else the sheet holds.
 */
export const READ_CELLS_PER_RANGE = 20_000;


interface QueuedSheet {
  name: string;
  ranges: { rect: Rect; range: XlRange }[];
  charts: XlChartCollection;
}

function queueCells(wb: XlWorkbook, name: string, rects: readonly Rect[]): QueuedSheet {
  const sheet = wb.worksheets.getItem(name);
  const ranges = boundedRects(rects, READ_CELLS_PER_RANGE).map((rect) => {
    const range = sheet.getRange(rangeAddress(rect));
    range.load("formulas");
    return { rect, range };
  });
  sheet.charts.load("items/name");
  return { name, ranges, charts: sheet.charts };
}

function readSheet(q: QueuedSheet): ExistingSheet {
  return existingSheet(q.name, q.charts.items.map((c) => c.name), q.ranges.map((r) => ({ rect: r.rect, formulas: r.range.formulas })));
}

function queueSheetNames(wb: XlWorkbook, sheets: readonly string[]): { sheet: string; names: XlNamedItemCollection }[] {
  return sheets.map((sheet) => {
    const names = wb.worksheets.getItem(sheet).names;
    names.load("items/name,formula");
    return { sheet, names };
  });
}

function sheetLevelNames(queued: readonly { sheet: string; names: XlNamedItemCollection }[]): ExistingName[] {
  return queued.flatMap((q) => q.names.items.map((n) => ({ name: n.name, formula: n.formula, scope: q.sheet })));
}

export interface FirstRead {
  state: ReadState;
  /** Sheets whose sheet-level names were not read (unknown to this host before the read). */
  namesUnread: string[];
}

/** Sync 1: everything the plan depends on, guessing the sheets and cells from what the host remembers. */
async function attempt(ctx: XlContext, spec: WorkbookSpec, mode: WriteOptions["mode"], memory: HostMemory, counter: SyncCounter): Promise<FirstRead> {
  const wb = ctx.workbook;
  wb.worksheets.load("items/name");
  wb.names.load("items/name,formula");
  const record = wb.settings.getItemOrNullObject(RECORD_KEY);
  record.load("value");
  const inputs = wb.settings.getItemOrNullObject(INPUTS_KEY);
  inputs.load("value");
  const known = memory.sheets ?? [];
  const knownLower = new Set(known.map((n) => n.toLowerCase()));
  const guess = mode === "update" ? spec.sheets.filter((s) => knownLower.has(s.name.toLowerCase())) : [];
  const queued = guess.map((s) => queueCells(wb, s.name, cellsToRead(s, previousRecord(memory.record, s.name, s))));
  const names = queueSheetNames(wb, known);
  counter.syncs++;
  await ctx.sync();
  const sheetNames = wb.worksheets.items.map((s) => s.name);
  const contents = new Map<string, ExistingSheet>();
  for (const q of queued) contents.set(q.name.toLowerCase(), readSheet(q));
  return {
    state: {
      sheetNames,
      names: [...wb.names.items.map((n) => ({ name: n.name, formula: n.formula, scope: null })), ...sheetLevelNames(names)],
      recordValue: settingValue(record),
      inputsValue: settingValue(inputs),
      contents,
    },
    namesUnread: sheetNames.filter((n) => !knownLower.has(n.toLowerCase())),
  };
}

/** Sheets to update whose needed cells the first sync did not cover (a cold host, or a changed layout or record). */
function missingReads(spec: WorkbookSpec, mode: WriteOptions["mode"], state: ReadState): { name: string; rects: Rect[] }[] {
  if (mode !== "update") return [];
  const needed = updateReads(spec, state.sheetNames, state.recordValue);
  return [...needed.values()].filter((n) => {
    const read = state.contents.get(n.name.toLowerCase());
    return !read || !covers(read.read, n.rects);
  });
}

export async function readState(ctx: XlContext, spec: WorkbookSpec, mode: WriteOptions["mode"], memory: HostMemory, counter: SyncCounter): Promise<FirstRead> {
  let first: FirstRead;
  try {
    first = await attempt(ctx, spec, mode, memory, counter);
  } catch (e) {
    // A sheet we knew was deleted or renamed meanwhile: read again without guessing.
    if (memory.sheets === null || excelCode(e) !== "ItemNotFound") throw e;
    first = await attempt(ctx, spec, mode, { sheets: null, record: null }, counter);
  }
  const missing = missingReads(spec, mode, first.state);
  if (missing.length > 0) {
    // What this host had not seen yet: one more read, with the sheet-level names it missed.
    const queued = missing.map((m) => queueCells(ctx.workbook, m.name, m.rects));
    const names = queueSheetNames(ctx.workbook, first.namesUnread);
    counter.syncs++;
    await ctx.sync();
    for (const q of queued) first.state.contents.set(q.name.toLowerCase(), readSheet(q));
    first.state.names.push(...sheetLevelNames(names));
    first.namesUnread = [];
  }
  memory.sheets = first.state.sheetNames;
  memory.record = first.state.recordValue;
  return first;
}
