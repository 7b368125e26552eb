/**
 * Turns a WorkbookSpec plus what the first round trip read into a list of write operations
 * (plain data, ./ops.ts). Host-neutral and pure: the Excel host sends the operations to
 * Excel, the preview applies them to its in-browser workbook, and every decision about
 * what may be overwritten is testable on its own.
 *
 * Safety rules (see WriteMode in ../host.ts):
 * - create: refuses if any sheet name is taken.
 * - copy: new numbered names; formulas, names, charts follow the new names.
 * - update: a filled input cell is never written (its entry in the 2-D array is null,
 *   which Excel documents as "leave this cell unchanged"). With the write record of the
 *   previous write, update also knows which cells were ours: it clears our old cells the
 *   new layout no longer uses, refuses if a filled actual would have no input cell in the
 *   new layout (UpdateWouldLoseInput), and refuses to write over somebody else's content
 *   outside our previous footprint (UpdateWouldOverwrite). Without a record (a sheet made
 *   by the .xlsx writer, or a record lost) it assumes the old layout equals the new one.
 * - names: never added next to a sheet-level name of the same text (./names.ts).
 */
import { cellAddress, cellKey, cellsOf, colLetter, isValidSheetName, keyCol, keyRow, nextFreeSheetNames, parseRange, rangeAddress, rectContains, type Rect } from "../../workbook/a1";
import { renameSheetRefs } from "../../workbook/formula";
import type { CellSpec, CellStyle, FontSpec, SheetSpec, WorkbookSpec } from "../../workbook/spec";
import { workbookFont } from "../../workbook/kit";
import type { SheetKey } from "../../domain/vocabulary";
import { HostError, type HostFeature, type WriteMode, type WriteWarning, type WrittenSheet } from "../host";
import { cellInput } from "./formulas";
import { isBlank } from "../../domain/blank";
import { addresses, cellSet, coverRects, groupRects, rectsOfCells } from "./grid";
import { formulaCopies } from "./copyDown";
import { INPUTS_KEY, RECORD_KEY, parseRecord, type WriteRecord, type SheetRecord } from "./record";
import { planNames } from "./names";
import { planMigration } from "./migrate";
import type { MigrationSummary } from "../../workbook/migrate";
import { CHART_PREFIX, COSMETIC_STEPS, INPUT_FILL, estimateBytes, utf8Bytes, widthToPoints, type CosmeticStep, type Op, type PlannedOp } from "./ops";
import { contentAt, invalid, previousRecord, rectOf, sheetGeometry, type BlockGeom, type ExistingSheet, type ReadState, type SheetGeometry } from "./state";

/** What a write asks of planOps: the host's WriteOptions plus what the host knows of itself. */
export interface OpsOptions {
  mode: WriteMode;
  savedInputs?: string;
  activate?: SheetKey;
  /** Update mode: sheets whose filled input cells are rewritten anyway. */
  replaceInputsOn?: readonly SheetKey[];
  /** Optional features this Excel has. */
  features: ReadonlySet<HostFeature>;
  /** Blocks whose 2-D arrays would exceed this many bytes are cut into row slices. */
  maxOpBytes: number;
  /**
   * The host copies formulas (Excel: `Range.copyFrom`, ExcelApi 1.9): formula cells that a copy
   * of the row above writes are sent as copies, not one by one (./copyDown.ts). Otherwise every
   * cell is sent.
   */
  copyDown: boolean;
  /** Identifies this write in the write record. */
  runId: string;
}

/**
 * Everything one write sends, in order (`ops`), and what it does (for the result and a
 * rollback). Not a "plan" (that is the sales plan) nor a "batch" (one request of these
 * operations under the payload limit, ./ops.ts batchesOf).
 */
export interface WriteOps {
  ops: PlannedOp[];
  sheets: WrittenSheet[];
  namesScope: "workbook" | "sheet";
  warnings: WriteWarning[];
  /** Sheets this write creates: what a rollback deletes. */
  created: string[];
  /** Workbook-level names this write adds (rollback deletes them) or repoints (rollback restores). */
  namesAdded: string[];
  namesChanged: { name: string; formula: string }[];
  /** Update of a workbook made before the daily log: what moved (src/workbook/migrate.ts), else null. */
  migration: MigrationSummary | null;
}

const STYLE_PROPS: readonly (keyof CellStyle)[] = ["bold", "italic", "color", "fill", "fontSize", "hAlign", "wrap", "border"];

/** A style with one property of `s` only. */
function onlyProp(s: CellStyle, prop: keyof CellStyle): CellStyle {
  return { [prop]: s[prop] } as CellStyle;
}

function effectiveStyle(cell: CellSpec): CellStyle {
  const style: CellStyle = { ...(cell.style ?? {}) };
  if (cell.input && style.fill === undefined) style.fill = INPUT_FILL;
  return style;
}

/** De-duplicated list, first occurrence kept. */
function uniq(list: string[]): string[] {
  return [...new Set(list)];
}

/** Collects a write's operations in the order they are sent. */
class OpSink {
  readonly essential: PlannedOp[] = [];
  private readonly cosmetics = new Map<CosmeticStep, PlannedOp[]>(COSMETIC_STEPS.map((s) => [s, []]));
  add(op: Op): void {
    this.essential.push({ op, cosmetic: false });
  }
  pretty(step: CosmeticStep, op: Op): void {
    this.cosmetics.get(step)?.push({ op, cosmetic: true, step });
  }
  /** Cosmetic operations, grouped by step (all page setups, then charts, notes, activation). */
  cosmetic(): PlannedOp[] {
    return COSMETIC_STEPS.flatMap((s) => this.cosmetics.get(s) ?? []);
  }
}

// ---- step 1: names of the sheets -----------------------------------------------------------

function checkSpec(spec: WorkbookSpec): string[] {
  if (spec.sheets.length === 0) throw invalid("the spec has no sheets");
  const specNames = spec.sheets.map((s) => s.name);
  for (const n of specNames) if (!isValidSheetName(n)) throw invalid(`sheet name "${n}" is not valid in Excel`);
  if (new Set(specNames.map((n) => n.toLowerCase())).size !== specNames.length) throw invalid("two sheets share a name");
  return specNames;
}

/** The names the sheets get, and the formula rewrite that follows them. */
function finalSheetNames(spec: WorkbookSpec, state: ReadState, mode: WriteMode): { finalNames: string[]; rename: (f: string) => string } {
  const specNames = checkSpec(spec);
  const existing = new Set(state.sheetNames.map((n) => n.toLowerCase()));
  if (mode === "create") {
    const taken = specNames.filter((n) => existing.has(n.toLowerCase()));
    if (taken.length > 0) throw HostError.host("SheetExists", { sheets: taken.join(", ") });
  }
  const finalNames = mode === "copy" ? nextFreeSheetNames(specNames, state.sheetNames) : specNames;
  const renames = new Map<string, string>();
  specNames.forEach((n, i) => finalNames[i] !== n && renames.set(n, finalNames[i]));
  return { finalNames, rename: (formula) => renameSheetRefs(formula, renames) };
}

function degradedWarnings(spec: WorkbookSpec, features: ReadonlySet<HostFeature>): WriteWarning[] {
  const warnings: WriteWarning[] = [];
  if (!features.has("dataValidation") && spec.sheets.some((s) => s.validations.length > 0)) {
    warnings.push({ code: "Degraded", params: { feature: "dataValidation" } });
  }
  if (!features.has("pageSetup")) warnings.push({ code: "Degraded", params: { feature: "pageSetup" } });
  if (!features.has("notes") && spec.sheets.some((s) => s.blocks.some((b) => b.cells.some((r) => r.some((c) => c.note))))) {
    warnings.push({ code: "Degraded", params: { feature: "notes" } });
  }
  return warnings;
}

// ---- step 2: one sheet's new layout ---------------------------------------------------------

interface SheetContext {
  sheet: SheetSpec;
  name: string;
  isUpdate: boolean;
  content: ExistingSheet | undefined;
  geometry: SheetGeometry;
  merges: string[];
  seeded: SheetRecord["seeded"];
  /** Update: the write record of this sheet's previous plan, if it was of the same kind. */
  old: SheetRecord | null;
  /** Update: filled input cells kept as they are. */
  kept: Set<number>;
  rename: (f: string) => string;
  /** The workbook's font: on every block we write, the page header and the charts. */
  font: FontSpec;
}

/** Input cells we pre-fill, grouped by value (an input still holding our value is not the team's). */
function seededRecord(geoms: readonly BlockGeom[]): SheetRecord["seeded"] {
  const byValue = new Map<string | number | boolean, Set<number>>();
  for (const g of geoms) {
    g.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell.input || cell.f !== undefined || cell.v === undefined || cell.v === null || cell.v === "") return;
        const set = byValue.get(cell.v) ?? new Set<number>();
        set.add(cellKey(g.top + r, g.left + c));
        byValue.set(cell.v, set);
      }),
    );
  }
  return [...byValue].map(([v, cells]) => ({ v, at: addresses(rectsOfCells(cells)) }));
}

// ---- step 3: update — what is ours, what is theirs -------------------------------------------

function cellList(cells: readonly [number, number][]): string {
  return cells.slice(0, 5).map(([row, col]) => cellAddress(row, col)).join(", ");
}

/** Filled input cells to keep; refuses when one would lose its place (UpdateWouldLoseInput). */
function keptInputs(p: SheetContext, replaceInputs: boolean, claimed: ReadonlySet<string> | undefined): Set<number> {
  const { old, content, name } = p;
  const newInputs = p.geometry.inputs;
  // Inputs the pane rewrites count as ours: nothing of theirs to keep on this sheet.
  const oldInputs = replaceInputs ? new Set<number>() : old ? cellSet(old.inputs) : newInputs;
  const seeded = new Map<number, (string | number | boolean)[]>();
  for (const e of old?.seeded ?? []) for (const k of cellSet(e.at)) seeded.set(k, [...(seeded.get(k) ?? []), e.v]);
  const kept = new Set<number>();
  const orphans: [number, number][] = [];
  for (const k of oldInputs) {
    const current = contentAt(content, keyRow(k), keyCol(k));
    if (isBlank(current, "content") || seeded.get(k)?.some((v) => v === current)) continue;
    if (newInputs.has(k)) kept.add(k);
    // Typed actuals the migration moves into the daily log (./migrate.ts) are not lost.
    else if (!claimed?.has(cellAddress(keyRow(k), keyCol(k)))) orphans.push([keyRow(k), keyCol(k)]);
  }
  for (const m of p.merges) {
    const r = parseRange(m);
    orphans.push(...[...cellsOf(r)].filter(([row, col]) => (row !== r.top || col !== r.left) && kept.has(cellKey(row, col))));
  }
  if (orphans.length > 0) throw HostError.host("UpdateWouldLoseInput", { sheet: name, count: orphans.length, cells: cellList(orphans) });
  return kept;
}

/** Refuses to write over content outside our previous footprint (UpdateWouldOverwrite). */
function checkIntruders(p: SheetContext, oldFootprint: readonly Rect[]): void {
  if (!p.old) return;
  const intruders: [number, number][] = [];
  for (const r of p.geometry.blockRects) {
    for (const [row, col] of cellsOf(r)) {
      if (oldFootprint.some((o) => rectContains(o, row, col))) continue;
      if (!isBlank(contentAt(p.content, row, col), "content")) intruders.push([row, col]);
    }
  }
  if (intruders.length > 0) throw HostError.host("UpdateWouldOverwrite", { sheet: p.name, count: intruders.length, cells: cellList(intruders) });
}

/** Clears our old cells the new layout leaves, old merges, and the new blocks' formats; returns the pending record. */
function clearOldFootprint(p: SheetContext, oldFootprint: readonly Rect[], sink: OpSink): SheetRecord {
  const { old, name, geometry } = p;
  const inNewBlocks = (row: number, col: number): boolean => geometry.blockRects.some((r) => rectContains(r, row, col));
  const leftover = new Set<number>();
  for (const r of oldFootprint) for (const [row, col] of cellsOf(r)) if (!inNewBlocks(row, col)) leftover.add(cellKey(row, col));
  for (const r of rectsOfCells(leftover)) sink.add({ t: "clear", sheet: name, address: rangeAddress(r), what: "All" });
  const merges = uniq([...(old?.merges ?? []), ...p.merges]);
  for (const m of merges) sink.add({ t: "unmerge", sheet: name, address: m });
  for (const r of geometry.blockRects) sink.add({ t: "clear", sheet: name, address: rangeAddress(r), what: "Formats" });
  return {
    key: p.sheet.key,
    footprint: uniq([...(old?.footprint ?? []), ...addresses(geometry.blockRects)]),
    inputs: uniq([...(old?.inputs ?? []), ...addresses(rectsOfCells(geometry.inputs))]),
    merges,
    conditionalFormats: old?.conditionalFormats ?? [],
    validations: old?.validations ?? [],
    charts: old?.charts ?? [],
    // Old and new pre-filled values both count as ours while the write is pending.
    seeded: [...(old?.seeded ?? []), ...p.seeded],
  };
}

// ---- step 4: values, formulas, number formats, styles ------------------------------------------

/** One block's `formulas` entries: null leaves a cell as it is (a kept or an empty input). */
function blockValues(p: SheetContext, g: BlockGeom): (string | number | boolean | null)[][] {
  return g.cells.map((row, r) =>
    row.map((cell, c) => {
      if (cell.input) {
        if (p.kept.has(cellKey(g.top + r, g.left + c))) return null;
        const hasValue = cell.f !== undefined || (cell.v !== undefined && cell.v !== null);
        // An empty input stays untouched unless it holds leftovers of our old layout.
        if (!hasValue && (!p.isUpdate || isBlank(contentAt(p.content, g.top + r, g.left + c), "content"))) return null;
      }
      return cellInput(cell.f !== undefined ? { ...cell, f: p.rename(cell.f) } : cell);
    }),
  );
}

/** Values and number formats of a block, one call each, in row slices only above the payload limit (every Excel). */
function wholeBlockContentOps(p: SheetContext, g: BlockGeom, maxOpBytes: number, sink: OpSink): void {
  // Update mode cleared the block's formats first, so "General" needs no call either.
  const hasFormat = g.cells.some((row) => row.some((c) => c.fmt !== undefined));
  const values = blockValues(p, g);
  const formats = hasFormat ? g.cells.map((row) => row.map((cell) => cell.fmt ?? "General")) : null;
  const rowBytes = Math.max(1, Math.ceil(utf8Bytes(JSON.stringify(values)) / g.rows) + (formats ? Math.ceil(utf8Bytes(JSON.stringify(formats)) / g.rows) : 0));
  const sliceRows = Math.max(1, Math.floor(maxOpBytes / rowBytes));
  for (let start = 0; start < g.rows; start += sliceRows) {
    const end = Math.min(g.rows, start + sliceRows);
    const address = rangeAddress({ top: g.top + start, left: g.left, bottom: g.top + end - 1, right: g.left + g.cols - 1 });
    if (formats) sink.add({ t: "numberFormat", sheet: p.name, address, data: formats.slice(start, end) });
    if (values.slice(start, end).some((row) => row.some((v) => v !== null))) sink.add({ t: "formulas", sheet: p.name, address, data: values.slice(start, end) });
  }
}

/** Nulls in a row of a 2-D array cost 5 bytes each; a call of its own a few hundred: fewer than this many stay in the row. */
const NULL_GAP = 48;

/** The part of a block's grid inside `r`, cut into row slices whose JSON stays under `maxOpBytes`. */
function* slices<T>(grid: readonly (readonly T[])[], g: BlockGeom, r: Rect, maxOpBytes: number): Generator<{ address: string; data: T[][] }> {
  const data = grid.slice(r.top - g.top, r.bottom - g.top + 1).map((row) => row.slice(r.left - g.left, r.right - g.left + 1));
  const rowBytes = Math.max(1, Math.ceil(utf8Bytes(JSON.stringify(data)) / data.length));
  const sliceRows = Math.max(1, Math.floor(maxOpBytes / rowBytes));
  for (let start = 0; start < data.length; start += sliceRows) {
    const end = Math.min(data.length, start + sliceRows);
    yield { address: rangeAddress({ top: r.top + start, left: r.left, bottom: r.top + end - 1, right: r.right }), data: data.slice(start, end) };
  }
}

/**
 * Values and number formats of a block where the host copies formulas (ExcelApi 1.9): the
 * formula cells a copy of the row above writes are left out of the values (./copyDown.ts); values
 * are sent in rectangles around what is set (no long runs of cells left unchanged), number formats
 * as blockFormatOps chooses (no "General"), then the copies, top to bottom. The workbook ends up
 * the same as with wholeBlockContentOps, cell for cell (test/hosts/excel/copyDown.test.ts).
 */
function copiedBlockContentOps(p: SheetContext, g: BlockGeom, maxOpBytes: number, sink: OpSink): void {
  const origin = { top: g.top, left: g.left };
  const values = blockValues(p, g);
  // Update mode cleared the block's formats first and a new sheet has none: "General" needs no call.
  const formats = g.cells.map((row) => row.map((cell) => cell.fmt ?? null));
  const copies = formulaCopies(values, origin);
  for (const op of blockFormatOps(p.name, g, formats, maxOpBytes)) sink.add(op);
  for (const r of coverRects(values, origin, NULL_GAP)) {
    for (const s of slices(values, g, r, maxOpBytes)) sink.add({ t: "formulas", sheet: p.name, ...s });
  }
  for (const c of copies) sink.add({ t: "copyFormulas", sheet: p.name, from: rangeAddress(c.from), address: rangeAddress(c.to) });
}

/**
 * A block's number formats, whichever way the request is smaller: one call per rectangle of cells
 * sharing a format, each a single format Excel applies to the whole range (a 1×1 array, see
 * ./ops.ts), or arrays over the rectangles around what is set. Formats run down columns in most
 * blocks (a board's owner rows, a plan's day rows), where the first way sends a few dozen short
 * calls instead of a format string per cell.
 */
function blockFormatOps(sheet: string, g: BlockGeom, formats: readonly (readonly (string | null)[])[], maxOpBytes: number): Op[] {
  const spread: Op[] = [];
  for (const [format, rects] of groupRects(rectOf(g), (row, col) => formats[row - g.top][col - g.left])) {
    for (const r of rects) spread.push({ t: "numberFormat", sheet, address: rangeAddress(r), data: [[format]] });
  }
  const arrays: Op[] = [];
  for (const r of coverRects(formats, { top: g.top, left: g.left }, NULL_GAP)) {
    for (const s of slices(formats, g, r, maxOpBytes)) arrays.push({ t: "numberFormat", sheet, ...s });
  }
  const bytes = (ops: Op[]): number => ops.reduce((n, op) => n + estimateBytes(op), 0);
  return bytes(spread) < bytes(arrays) ? spread : arrays;
}

/** Styles: the workbook's font on the whole block, then each property on its own, one call per rectangle of cells sharing its value. */
function blockStyleOps(name: string, g: BlockGeom, font: FontSpec, sink: OpSink): void {
  sink.add({ t: "font", sheet: name, address: rangeAddress(rectOf(g)), name: font.name, size: font.size });
  const styleGrid = g.cells.map((row) => row.map(effectiveStyle));
  for (const prop of STYLE_PROPS) {
    const groups = groupRects(rectOf(g), (row, col) => {
      const v = styleGrid[row - g.top][col - g.left][prop];
      return v === undefined || (prop === "border" && v === false) ? null : JSON.stringify(v);
    });
    for (const rects of groups.values()) {
      for (const r of rects) {
        const style = onlyProp(styleGrid[r.top - g.top][r.left - g.left], prop);
        sink.add({ t: "style", sheet: name, address: rangeAddress(r), rows: r.bottom - r.top + 1, cols: r.right - r.left + 1, style });
      }
    }
  }
}

// ---- step 5: sheet-level layout, conditional formats, validation --------------------------------

function columnOps(p: SheetContext, sink: OpSink): void {
  const columns = p.sheet.columns;
  let c = 0;
  while (c < columns.length) {
    const col = columns[c];
    let end = c;
    const same = (x: (typeof columns)[number]): boolean => x.width === col.width && Boolean(x.hidden) === Boolean(col.hidden) && x.numberFormat === col.numberFormat;
    while (end + 1 < columns.length && same(columns[end + 1])) end++;
    sink.add({
      t: "columns",
      sheet: p.name,
      address: `${colLetter(c + 1)}:${colLetter(end + 1)}`,
      points: widthToPoints(col.width),
      hidden: col.hidden ? true : p.isUpdate ? false : undefined,
      ...(col.numberFormat ? { numberFormat: col.numberFormat } : {}),
    });
    c = end + 1;
  }
}

function sheetLayoutOps(p: SheetContext, sink: OpSink): void {
  const { sheet, name, isUpdate } = p;
  columnOps(p, sink);
  for (const m of p.merges) sink.add({ t: "merge", sheet: name, address: m });
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
    sink.add({ t: "freeze", sheet: name, rows: sheet.freeze.rows, columns: sheet.freeze.columns });
  } else if (isUpdate) {
    sink.add({ t: "freeze", sheet: name, rows: 0, columns: 0 });
  }
  if (sheet.tabColor) sink.add({ t: "tabColor", sheet: name, color: sheet.tabColor });
}

function ruleOps(p: SheetContext, features: ReadonlySet<HostFeature>, sink: OpSink): { cfRanges: string[]; dvRanges: string[] } {
  const { sheet, name, isUpdate, old } = p;
  const cfRanges = sheet.conditionalFormats.map((cf) => rangeAddress(parseRange(cf.range)));
  if (isUpdate) for (const r of uniq([...(old?.conditionalFormats ?? []), ...cfRanges])) sink.add({ t: "cfClear", sheet: name, address: r });
  // Excel puts each new rule on top: add the last-to-run first so the spec's order holds.
  [...sheet.conditionalFormats]
    .map((cf, i) => ({ cf, i }))
    .sort((a, b) => b.cf.priority - a.cf.priority || b.i - a.i)
    .forEach(({ cf }) => sink.add({ t: "cf", sheet: name, address: rangeAddress(parseRange(cf.range)), formula: `=${p.rename(cf.formula)}`, style: cf.style }));
  const dvRanges = sheet.validations.map((v) => rangeAddress(parseRange(v.range)));
  if (!features.has("dataValidation")) return { cfRanges, dvRanges: [] };
  if (isUpdate) for (const r of uniq([...(old?.validations ?? []), ...dvRanges])) sink.add({ t: "dvClear", sheet: name, address: r });
  for (const v of sheet.validations) sink.add({ t: "dv", sheet: name, spec: { ...v, range: rangeAddress(parseRange(v.range)) } });
  return { cfRanges, dvRanges };
}

// ---- step 6: cosmetics (page setup, charts, notes) ----------------------------------------------

function cosmeticOps(p: SheetContext, features: ReadonlySet<HostFeature>, sink: OpSink): string[] {
  const { sheet, name, isUpdate, content, old } = p;
  if (features.has("pageSetup")) {
    const lastRow = Math.max(1, ...p.geometry.blockRects.map((r) => r.bottom), ...(sheet.entryRanges ?? []).map((a) => parseRange(a).bottom));
    sink.pretty("pageSetup", { t: "pageSetup", sheet: name, spec: sheet.pageSetup, pagesTall: lastRow, font: p.font });
  }
  const chartNames = sheet.charts.map((_, i) => `${CHART_PREFIX}${sheet.key}_${i + 1}`);
  if (isUpdate && content) {
    const ours = new Set((old?.charts ?? []).map((n) => n.toLowerCase()));
    for (const n of content.charts) {
      if (ours.has(n.toLowerCase()) || n.startsWith(CHART_PREFIX)) sink.pretty("charts", { t: "deleteChart", sheet: name, name: n });
    }
  }
  sheet.charts.forEach((chart, i) => {
    if (chart.series.length === 0) return;
    const series = chart.series.map((s) => ({ ...s, categories: p.rename(s.categories), values: p.rename(s.values) }));
    sink.pretty("charts", { t: "chart", sheet: name, name: chartNames[i], spec: { ...chart, series }, font: p.font });
  });
  if (!isUpdate && features.has("notes")) {
    for (const g of p.geometry.geoms) {
      g.cells.forEach((row, r) =>
        row.forEach((cell, col) => {
          if (cell.note) sink.pretty("notes", { t: "note", sheet: name, address: cellAddress(g.top + r, g.left + col), text: cell.note });
        }),
      );
    }
  }
  return sheet.charts.filter((ch) => ch.series.length > 0).map((_, i) => chartNames[i]);
}

// ---- one sheet, all steps --------------------------------------------------------------------

interface SheetResult {
  written: WrittenSheet;
  record: SheetRecord;
  pending: SheetRecord;
}

function planSheet(
  sheet: SheetSpec,
  name: string,
  state: ReadState,
  opts: OpsOptions,
  rename: (f: string) => string,
  sink: OpSink,
  claimed: ReadonlyMap<string, Set<string>> | undefined,
  font: FontSpec,
): SheetResult {
  const isUpdate = opts.mode === "update" && state.sheetNames.some((n) => n.toLowerCase() === name.toLowerCase());
  const content = isUpdate ? state.contents.get(name.toLowerCase()) : undefined;
  if (isUpdate && !content) throw new Error(`internal: contents of "${name}" were not read`);
  const geometry = sheetGeometry(sheet);
  const p: SheetContext = {
    sheet,
    name,
    isUpdate,
    content,
    geometry,
    merges: (sheet.merges ?? []).map((m) => rangeAddress(parseRange(m))),
    seeded: seededRecord(geometry.geoms),
    old: isUpdate ? previousRecord(state.recordValue, name, sheet) : null,
    kept: new Set(),
    rename,
    font,
  };
  let pending: SheetRecord | null = null;
  if (isUpdate) {
    const oldFootprint = p.old ? p.old.footprint.map((a) => parseRange(a)) : geometry.blockRects;
    p.kept = keptInputs(p, opts.replaceInputsOn?.includes(sheet.key) ?? false, claimed?.get(name.toLowerCase()));
    checkIntruders(p, oldFootprint);
    pending = clearOldFootprint(p, oldFootprint, sink);
  }
  for (const g of geometry.geoms) {
    if (opts.copyDown) copiedBlockContentOps(p, g, opts.maxOpBytes, sink);
    else wholeBlockContentOps(p, g, opts.maxOpBytes, sink);
    blockStyleOps(name, g, p.font, sink);
  }
  sheetLayoutOps(p, sink);
  const { cfRanges, dvRanges } = ruleOps(p, opts.features, sink);
  const charts = cosmeticOps(p, opts.features, sink);
  const record: SheetRecord = {
    key: sheet.key,
    footprint: addresses(geometry.blockRects),
    inputs: addresses(rectsOfCells(geometry.inputs)),
    merges: p.merges,
    conditionalFormats: uniq(cfRanges),
    validations: uniq(dvRanges),
    charts,
    seeded: p.seeded,
  };
  return { written: { key: sheet.key, name, created: !isUpdate, keptInputs: p.kept.size }, record, pending: pending ?? record };
}

// ---- settings: the write record (pending first, final last) -----------------------------------

function writeRecords(state: ReadState, finalNames: readonly string[], runId: string, results: readonly SheetResult[]): { pending: WriteRecord; final: WriteRecord } {
  const alive = new Set(state.sheetNames.map((n) => n.toLowerCase()));
  const mine = new Set(finalNames.map((n) => n.toLowerCase()));
  const others: Record<string, SheetRecord> = {};
  for (const [n, l] of Object.entries(parseRecord(state.recordValue)?.sheets ?? {})) {
    if (alive.has(n.toLowerCase()) && !mine.has(n.toLowerCase())) others[n] = l;
  }
  const pendingSheets: Record<string, SheetRecord> = {};
  const finalSheets: Record<string, SheetRecord> = {};
  for (const r of results) {
    pendingSheets[r.written.name] = r.pending;
    finalSheets[r.written.name] = r.record;
  }
  return {
    pending: { v: 1, run: runId, pending: true, sheets: { ...others, ...pendingSheets } },
    final: { v: 1, run: runId, sheets: { ...others, ...finalSheets } },
  };
}

/**
 * A write's operations, in the order they are sent: the pending write record, new sheets,
 * names, every sheet's contents and layout, the pane's inputs and the final write record,
 * then the cosmetic steps (each on its own: after a failing one, ../excel/recover.ts
 * finishCosmetics runs the steps that follow it).
 */
export function planOps(spec: WorkbookSpec, state: ReadState, opts: OpsOptions): WriteOps {
  const { finalNames, rename } = finalSheetNames(spec, state, opts.mode);
  const sink = new OpSink();
  // Update of a workbook made before the daily log: its typed actuals move into the log.
  const migration = opts.mode === "update" ? planMigration(spec, state) : null;
  const font = spec.font ?? workbookFont(spec.locale);
  const results = spec.sheets.map((sheet, i) => planSheet(sheet, finalNames[i], state, opts, rename, sink, migration?.claimed, font));
  for (const op of migration?.ops ?? []) sink.add(op);
  const created = results.filter((r) => r.written.created).map((r) => r.written.name);
  const names = planNames(spec, state.names, opts.mode, { created, written: finalNames }, rename);
  const records = writeRecords(state, finalNames, opts.runId, results);
  const tail: PlannedOp[] = [];
  if (opts.savedInputs !== undefined) tail.push({ op: { t: "setting", key: INPUTS_KEY, value: opts.savedInputs }, cosmetic: false });
  tail.push({ op: { t: "setting", key: RECORD_KEY, value: JSON.stringify(records.final) }, cosmetic: false });
  const activate = opts.activate ? spec.sheets.findIndex((s) => s.key === opts.activate) : -1;
  if (activate >= 0) sink.pretty("activate", { t: "activate", sheet: finalNames[activate] });
  return {
    ops: [
      { op: { t: "setting", key: RECORD_KEY, value: JSON.stringify(records.pending) }, cosmetic: false },
      ...created.map((sheet): PlannedOp => ({ op: { t: "addSheet", sheet }, cosmetic: false })),
      ...names.ops,
      ...sink.essential,
      ...tail,
      ...sink.cosmetic(),
    ],
    sheets: results.map((r) => r.written),
    namesScope: names.scope,
    warnings: [...degradedWarnings(spec, opts.features), ...names.warnings],
    created,
    namesAdded: names.added,
    namesChanged: names.changed,
    migration: migration?.summary ?? null,
  };
}
