/**
 * Turns a WorkbookSpec plus what the first round trip read into a list of write operations
 * (plain data). Pure: no Office calls, so every decision about what may be overwritten is
 * testable on its own, and the payload of each operation can be estimated before sending.
 *
 * Safety rules (see WriteMode in ../host.ts):
 * - create: refuses if any sheet name is taken.
 * - copy: new numbered names; formulas, names, charts follow the new names.
 * - update: a filled input cell is never written (its entry in the 2-D array is null,
 *   which Excel documents as "leave this cell unchanged"). With the layout record of the
 *   previous write, update also knows which cells were ours: it clears our old cells the
 *   new layout no longer uses, refuses if a filled actual would have no input cell in the
 *   new layout (UpdateWouldLoseInput), and refuses to write over somebody else's content
 *   outside our previous footprint (UpdateWouldOverwrite). Without a record (a sheet made
 *   by the .xlsx writer, or a record lost) it assumes the old layout equals the new one.
 */
import { colLetter, isValidSheetName, parseCell, parseRange, rangeAddress } from "../../workbook/a1";
import type {
  CellSpec,
  CellStyle,
  ChartSpec,
  PageSetupSpec,
  SheetKey,
  SheetSpec,
  ValidationSpec,
  WorkbookSpec,
} from "../../workbook/spec";
import { HostError, nextFreeSheetNames, type HostFeature, type WriteMode, type WriteWarning, type WrittenSheet } from "../host";
import { cellInput, isBlank, renameSheetRefs } from "./formulas";
import {
  addresses,
  cellKey,
  cellSet,
  cellsOf,
  groupRects,
  keyCol,
  keyRow,
  rectContains,
  rectsOfCells,
  type Rect,
} from "./grid";
import { INPUTS_KEY, LAYOUT_KEY, layoutOf, parseLayout, type LayoutRecord, type SheetLayout } from "./layout";
import type { PlannedMigration } from "./migrateWrite";
import type { MigrationSummary } from "../../workbook/migrate";

/** Fill of input cells whose style sets none (the light yellow of Excel's "Input"-like cells). */
export const INPUT_FILL = "#FFF2CC";
/** Prefix of chart names this add-in creates (so update can replace its own charts only). */
export const CHART_PREFIX = "SalesSprint_";

export type Op =
  | { t: "addSheet"; sheet: string }
  | { t: "addName"; scope: string | null; name: string; ref: string; comment: string }
  | { t: "setName"; name: string; ref: string; comment: string }
  | { t: "clear"; sheet: string; address: string; what: "All" | "Formats" }
  | { t: "unmerge"; sheet: string; address: string }
  | { t: "numberFormat"; sheet: string; address: string; data: (string | null)[][] }
  | { t: "formulas"; sheet: string; address: string; data: (string | number | boolean | null)[][] }
  | { t: "style"; sheet: string; address: string; rows: number; cols: number; style: CellStyle }
  | { t: "columns"; sheet: string; address: string; points?: number; hidden?: boolean }
  | { t: "merge"; sheet: string; address: string }
  | { t: "freeze"; sheet: string; rows: number; columns: number }
  | { t: "tabColor"; sheet: string; color: string }
  | { t: "cfClear"; sheet: string; address: string }
  | { t: "cf"; sheet: string; address: string; formula: string; style: Pick<CellStyle, "fill" | "color" | "bold"> }
  | { t: "dvClear"; sheet: string; address: string }
  | { t: "dv"; sheet: string; spec: ValidationSpec }
  | { t: "pageSetup"; sheet: string; spec: PageSetupSpec }
  | { t: "deleteChart"; sheet: string; name: string }
  | { t: "chart"; sheet: string; name: string; spec: ChartSpec }
  | { t: "note"; sheet: string; address: string; text: string }
  | { t: "setting"; key: string; value: string }
  | { t: "activate"; sheet: string };

export interface PlannedOp {
  op: Op;
  /**
   * Cosmetic operations (page setup, charts, notes, activation) come last, after the final
   * layout record: if one of them fails, the plan itself is complete and is kept.
   */
  cosmetic: boolean;
}

/** A sheet's current contents, as read in the first round trip (update mode). */
export interface ExistingSheet {
  name: string;
  /** Row and column (1-based) of `formulas[0][0]`. */
  top: number;
  left: number;
  /** `Range.formulas` of the used range: formulas as "=…", constants as values, "" blank. */
  formulas: unknown[][];
  /** Names of the charts on the sheet. */
  charts: string[];
}

export interface ReadState {
  sheetNames: string[];
  /** Workbook-level defined names with their current formula ("=…"). */
  names: { name: string; formula: unknown }[];
  /** Raw values of our settings (null when absent), for the plan and for a rollback. */
  layoutValue: unknown;
  inputsValue: unknown;
  /** By lower-cased sheet name: sheets to update. */
  contents: Map<string, ExistingSheet>;
}

export interface PlanOptions {
  mode: WriteMode;
  savedInputs?: string;
  activate?: SheetKey;
  /** Update mode: sheets whose filled input cells are rewritten anyway. */
  replaceInputsOn?: readonly SheetKey[];
  /** Optional features this Excel has. */
  features: ReadonlySet<HostFeature>;
  /** Blocks whose 2-D arrays would exceed this many bytes are cut into row slices. */
  maxOpBytes: number;
  /** Identifies this write in the layout record. */
  runId: string;
  /** Update mode: moves typed actuals of a workbook made before the daily log (./migrateWrite planMigration). */
  migrate?: (spec: WorkbookSpec, state: ReadState) => PlannedMigration | null;
}

export interface WritePlan {
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

function contentAt(s: ExistingSheet | undefined, row: number, col: number): unknown {
  if (!s) return "";
  const r = s.formulas[row - s.top];
  if (!r) return "";
  const v = r[col - s.left];
  return v === undefined ? "" : v;
}

function invalid(detail: string): HostError {
  return HostError.host("InvalidSpec", { detail });
}

const STYLE_PROPS: readonly (keyof CellStyle)[] = ["bold", "italic", "color", "fill", "fontSize", "hAlign", "wrap", "border"];

/** A style with one property of `s` only. */
function onlyProp(s: CellStyle, prop: keyof CellStyle): CellStyle {
  switch (prop) {
    case "bold":
      return { bold: s.bold };
    case "italic":
      return { italic: s.italic };
    case "color":
      return { color: s.color };
    case "fill":
      return { fill: s.fill };
    case "fontSize":
      return { fontSize: s.fontSize };
    case "hAlign":
      return { hAlign: s.hAlign };
    case "wrap":
      return { wrap: s.wrap };
    case "border":
      return { border: s.border };
  }
}

function effectiveStyle(cell: CellSpec): CellStyle {
  const style: CellStyle = { ...(cell.style ?? {}) };
  if (cell.input && style.fill === undefined) style.fill = INPUT_FILL;
  return style;
}

/** Excel column width: characters (of the default font's digit) -> points (7 px a digit + 5 px padding, 0.75 pt a px). */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

interface BlockGeom {
  top: number;
  left: number;
  rows: number;
  cols: number;
  cells: CellSpec[][];
}

function blockGeom(sheet: SheetSpec, index: number): BlockGeom {
  const b = sheet.blocks[index];
  const origin = (() => {
    try {
      return parseCell(b.at);
    } catch {
      throw invalid(`${sheet.name}: block ${index} at "${b.at}" is not a cell address`);
    }
  })();
  const rows = b.cells.length;
  const cols = rows > 0 ? b.cells[0].length : 0;
  for (const row of b.cells) {
    if (row.length !== cols) throw invalid(`${sheet.name}: block at ${b.at} has rows of different lengths`);
  }
  return { top: origin.row, left: origin.col, rows, cols, cells: b.cells };
}

function rectOf(g: BlockGeom): Rect {
  return { top: g.top, left: g.left, bottom: g.top + g.rows - 1, right: g.left + g.cols - 1 };
}

function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Estimated request bytes of one operation: its JSON (what Office.js serializes as the
 * action's arguments) plus a per-action allowance for object paths and ids. Deliberately
 * generous, so a batch we estimate under the limit is under it.
 */
export function estimateBytes(op: Op): number {
  return utf8Bytes(JSON.stringify(op)) + PER_ACTION_BYTES * actionCount(op);
}

const PER_ACTION_BYTES = 160;

function actionCount(op: Op): number {
  switch (op.t) {
    case "style":
      return 3 + Object.keys(op.style).length + (op.style.border ? 12 : 0);
    case "chart":
      return 8 + 6 * op.spec.series.length;
    case "dv":
      return 6;
    case "cf":
      return 8;
    case "pageSetup":
      return 6;
    default:
      return 3;
  }
}

/** Sorted, de-duplicated list of A1 addresses. */
function uniq(list: string[]): string[] {
  return [...new Set(list)];
}

export function planWrite(spec: WorkbookSpec, state: ReadState, opts: PlanOptions): WritePlan {
  const { mode } = opts;
  if (spec.sheets.length === 0) throw invalid("the spec has no sheets");
  const specNames = spec.sheets.map((s) => s.name);
  for (const n of specNames) if (!isValidSheetName(n)) throw invalid(`sheet name "${n}" is not valid in Excel`);
  if (new Set(specNames.map((n) => n.toLowerCase())).size !== specNames.length) throw invalid("two sheets share a name");

  const existing = new Set(state.sheetNames.map((n) => n.toLowerCase()));
  const finalNames = mode === "copy" ? nextFreeSheetNames(specNames, state.sheetNames) : specNames;
  if (mode === "create") {
    const taken = specNames.filter((n) => existing.has(n.toLowerCase()));
    if (taken.length > 0) throw HostError.host("SheetExists", { sheets: taken.join(", ") });
  }
  const renames = new Map<string, string>();
  specNames.forEach((n, i) => {
    if (finalNames[i] !== n) renames.set(n, finalNames[i]);
  });
  const rename = (formula: string): string => renameSheetRefs(formula, renames);

  const layout = parseLayout(state.layoutValue);
  const migration = mode === "update" && opts.migrate ? opts.migrate(spec, state) : null;
  const warnings: WriteWarning[] = [];
  const head: PlannedOp[] = [];
  const body: PlannedOp[] = [];
  const tail: PlannedOp[] = [];
  const cosmetic: PlannedOp[] = [];
  const essential = (op: Op): void => void body.push({ op, cosmetic: false });
  const pretty = (op: Op): void => void cosmetic.push({ op, cosmetic: true });

  const created: string[] = [];
  const written: WrittenSheet[] = [];
  const newLayout: Record<string, SheetLayout> = {};
  const pendingLayout: Record<string, SheetLayout> = {};

  if (!opts.features.has("dataValidation") && spec.sheets.some((s) => s.validations.length > 0)) {
    warnings.push({ code: "Degraded", params: { feature: "dataValidation" } });
  }
  if (!opts.features.has("pageSetup")) warnings.push({ code: "Degraded", params: { feature: "pageSetup" } });
  if (!opts.features.has("notes") && spec.sheets.some((s) => s.blocks.some((b) => b.cells.some((r) => r.some((c) => c.note))))) {
    warnings.push({ code: "Degraded", params: { feature: "notes" } });
  }

  spec.sheets.forEach((sheet, si) => {
    const name = finalNames[si];
    const isUpdate = mode === "update" && existing.has(name.toLowerCase());
    const content = isUpdate ? state.contents.get(name.toLowerCase()) : undefined;
    if (isUpdate && !content) throw new Error(`internal: contents of "${name}" were not read`);
    if (!isUpdate) {
      created.push(name);
      head.push({ op: { t: "addSheet", sheet: name }, cosmetic: false });
    }

    // ---- the new layout -------------------------------------------------------------
    const geoms = sheet.blocks.map((_, bi) => blockGeom(sheet, bi)).filter((g) => g.rows > 0 && g.cols > 0);
    const blockRects = geoms.map(rectOf);
    const newInputs = new Set<number>();
    const newSeeded = new Map<string | number | boolean, Set<number>>();
    for (const g of geoms) {
      g.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell.input) return;
          const k = cellKey(g.top + r, g.left + c);
          newInputs.add(k);
          if (cell.f === undefined && cell.v !== undefined && cell.v !== null && cell.v !== "") {
            const set = newSeeded.get(cell.v) ?? new Set<number>();
            set.add(k);
            newSeeded.set(cell.v, set);
          }
        }),
      );
    }
    const seededRecord = [...newSeeded].map(([v, cells]) => ({ v, at: addresses(rectsOfCells(cells)) }));
    const merges = (sheet.merges ?? []).map((m) => rangeAddress(parseRange(m)));
    const inNewBlocks = (row: number, col: number): boolean => blockRects.some((r) => rectContains(r, row, col));

    // ---- update: what is ours, what is theirs ---------------------------------------
    const previous = isUpdate ? layoutOf(layout, name) : null;
    const old = previous && previous.key === sheet.key ? previous : null;
    const kept = new Set<number>();
    const replaceInputs = opts.replaceInputsOn?.includes(sheet.key) ?? false;
    if (isUpdate) {
      const oldFootprint = old ? old.footprint.map((a) => parseRange(a)) : blockRects;
      // Inputs the pane rewrites count as ours: nothing of theirs to keep on this sheet.
      const oldInputs = replaceInputs ? new Set<number>() : old ? cellSet(old.inputs) : newInputs;
      // What we pre-filled and is still unchanged is ours, not the team's.
      const seeded = new Map<number, (string | number | boolean)[]>();
      for (const e of old?.seeded ?? []) for (const k of cellSet(e.at)) seeded.set(k, [...(seeded.get(k) ?? []), e.v]);
      const orphans: string[] = [];
      for (const k of oldInputs) {
        const row = keyRow(k);
        const col = keyCol(k);
        const current = contentAt(content, row, col);
        if (isBlank(current) || seeded.get(k)?.some((v) => v === current)) continue;
        if (newInputs.has(k)) kept.add(k);
        else if (!migration?.claimed.get(name.toLowerCase())?.has(`${colLetter(col)}${row}`)) orphans.push(`${colLetter(col)}${row}`);
      }
      if (orphans.length > 0) {
        throw HostError.host("UpdateWouldLoseInput", { sheet: name, count: orphans.length, cells: orphans.slice(0, 5).join(", ") });
      }
      for (const m of merges) {
        const r = parseRange(m);
        const swallowed = [...cellsOf(r)].filter(([row, col]) => (row !== r.top || col !== r.left) && kept.has(cellKey(row, col)));
        if (swallowed.length > 0) {
          throw HostError.host("UpdateWouldLoseInput", {
            sheet: name,
            count: swallowed.length,
            cells: swallowed.slice(0, 5).map(([row, col]) => `${colLetter(col)}${row}`).join(", "),
          });
        }
      }
      if (old) {
        const intruders: string[] = [];
        for (const r of blockRects) {
          for (const [row, col] of cellsOf(r)) {
            if (oldFootprint.some((o) => rectContains(o, row, col))) continue;
            if (!isBlank(contentAt(content, row, col))) intruders.push(`${colLetter(col)}${row}`);
          }
        }
        if (intruders.length > 0) {
          throw HostError.host("UpdateWouldOverwrite", { sheet: name, count: intruders.length, cells: intruders.slice(0, 5).join(", ") });
        }
      }
      // Our old cells the new layout leaves: cleared (values and formats).
      const leftover = new Set<number>();
      for (const r of oldFootprint) for (const [row, col] of cellsOf(r)) if (!inNewBlocks(row, col)) leftover.add(cellKey(row, col));
      for (const r of rectsOfCells(leftover)) essential({ t: "clear", sheet: name, address: rangeAddress(r), what: "All" });
      for (const m of uniq([...(old?.merges ?? []), ...merges])) essential({ t: "unmerge", sheet: name, address: m });
      for (const r of blockRects) essential({ t: "clear", sheet: name, address: rangeAddress(r), what: "Formats" });
      pendingLayout[name] = {
        key: sheet.key,
        footprint: uniq([...(old?.footprint ?? []), ...addresses(blockRects)]),
        inputs: uniq([...(old?.inputs ?? []), ...addresses(rectsOfCells(newInputs))]),
        merges: uniq([...(old?.merges ?? []), ...merges]),
        conditionalFormats: old?.conditionalFormats ?? [],
        validations: old?.validations ?? [],
        charts: old?.charts ?? [],
        // Old and new pre-filled values both count as ours while the write is pending.
        seeded: [...(old?.seeded ?? []), ...seededRecord],
      };
    }

    // ---- values, formulas, number formats (2-D arrays, one call per block) -----------
    for (const g of geoms) {
      // Update mode cleared the block's formats first, so "General" needs no call either.
      const hasFormat = g.cells.some((row) => row.some((c) => c.fmt !== undefined));
      const values = g.cells.map((row, r) =>
        row.map((cell, c) => {
          const k = cellKey(g.top + r, g.left + c);
          if (cell.input) {
            if (kept.has(k)) return null;
            const hasValue = cell.f !== undefined || (cell.v !== undefined && cell.v !== null);
            // An empty input stays untouched unless it holds leftovers of our old layout.
            if (!hasValue && (!isUpdate || isBlank(contentAt(content, g.top + r, g.left + c)))) return null;
          }
          return cellInput(cell.f !== undefined ? { ...cell, f: rename(cell.f) } : cell);
        }),
      );
      const formats = hasFormat ? g.cells.map((row) => row.map((cell) => cell.fmt ?? "General")) : null;
      // Slices of rows small enough for one request each (only matters above the payload limit).
      const rowBytes = Math.max(1, Math.ceil(utf8Bytes(JSON.stringify(values)) / g.rows) + (formats ? Math.ceil(utf8Bytes(JSON.stringify(formats)) / g.rows) : 0));
      const sliceRows = Math.max(1, Math.floor(opts.maxOpBytes / rowBytes));
      for (let start = 0; start < g.rows; start += sliceRows) {
        const end = Math.min(g.rows, start + sliceRows);
        const address = rangeAddress({ top: g.top + start, left: g.left, bottom: g.top + end - 1, right: g.left + g.cols - 1 });
        if (formats) essential({ t: "numberFormat", sheet: name, address, data: formats.slice(start, end) });
        if (values.slice(start, end).some((row) => row.some((v) => v !== null))) {
          essential({ t: "formulas", sheet: name, address, data: values.slice(start, end) });
        }
      }
      // Styles: each property on its own, one call per rectangle of cells sharing its value
      // (a table's borders are one rectangle even where fills or fonts differ).
      const styleGrid = g.cells.map((row) => row.map(effectiveStyle));
      for (const prop of STYLE_PROPS) {
        const groups = groupRects(rectOf(g), (row, col) => {
          const v = styleGrid[row - g.top][col - g.left][prop];
          return v === undefined || (prop === "border" && v === false) ? null : JSON.stringify(v);
        });
        for (const rects of groups.values()) {
          for (const r of rects) {
            const style = onlyProp(styleGrid[r.top - g.top][r.left - g.left], prop);
            essential({ t: "style", sheet: name, address: rangeAddress(r), rows: r.bottom - r.top + 1, cols: r.right - r.left + 1, style });
          }
        }
      }
    }

    // ---- sheet-level layout ----------------------------------------------------------
    let c = 0;
    while (c < sheet.columns.length) {
      const col = sheet.columns[c];
      let end = c;
      while (
        end + 1 < sheet.columns.length &&
        sheet.columns[end + 1].width === col.width &&
        Boolean(sheet.columns[end + 1].hidden) === Boolean(col.hidden)
      ) {
        end++;
      }
      essential({
        t: "columns",
        sheet: name,
        address: `${colLetter(c + 1)}:${colLetter(end + 1)}`,
        points: widthToPoints(col.width),
        hidden: col.hidden ? true : isUpdate ? false : undefined,
      });
      c = end + 1;
    }
    for (const m of merges) essential({ t: "merge", sheet: name, address: m });
    if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
      essential({ t: "freeze", sheet: name, rows: sheet.freeze.rows, columns: sheet.freeze.columns });
    } else if (isUpdate) {
      essential({ t: "freeze", sheet: name, rows: 0, columns: 0 });
    }
    if (sheet.tabColor) essential({ t: "tabColor", sheet: name, color: sheet.tabColor });

    const cfRanges = sheet.conditionalFormats.map((cf) => rangeAddress(parseRange(cf.range)));
    if (isUpdate) for (const r of uniq([...(old?.conditionalFormats ?? []), ...cfRanges])) essential({ t: "cfClear", sheet: name, address: r });
    // Excel puts each new rule on top: add the last-to-run first so the spec's order holds.
    [...sheet.conditionalFormats]
      .map((cf, i) => ({ cf, i }))
      .sort((a, b) => b.cf.priority - a.cf.priority || b.i - a.i)
      .forEach(({ cf }) =>
        essential({ t: "cf", sheet: name, address: rangeAddress(parseRange(cf.range)), formula: `=${rename(cf.formula)}`, style: cf.style }),
      );

    const dvRanges = sheet.validations.map((v) => rangeAddress(parseRange(v.range)));
    if (opts.features.has("dataValidation")) {
      if (isUpdate) for (const r of uniq([...(old?.validations ?? []), ...dvRanges])) essential({ t: "dvClear", sheet: name, address: r });
      for (const v of sheet.validations) essential({ t: "dv", sheet: name, spec: { ...v, range: rangeAddress(parseRange(v.range)) } });
    }

    // ---- cosmetics -----------------------------------------------------------------------
    if (opts.features.has("pageSetup")) {
      pretty({ t: "pageSetup", sheet: name, spec: sheet.pageSetup });
    }
    const chartNames = sheet.charts.map((_, i) => `${CHART_PREFIX}${sheet.key}_${i + 1}`);
    if (isUpdate && content) {
      const ours = new Set((old?.charts ?? []).map((n) => n.toLowerCase()));
      for (const n of content.charts) {
        if (ours.has(n.toLowerCase()) || n.startsWith(CHART_PREFIX)) pretty({ t: "deleteChart", sheet: name, name: n });
      }
    }
    sheet.charts.forEach((chart, i) => {
      if (chart.series.length === 0) return;
      pretty({
        t: "chart",
        sheet: name,
        name: chartNames[i],
        spec: {
          ...chart,
          series: chart.series.map((s) => ({ ...s, categories: rename(s.categories), values: rename(s.values) })),
        },
      });
    });
    if (!isUpdate && opts.features.has("notes")) {
      for (const g of geoms) {
        g.cells.forEach((row, r) =>
          row.forEach((cell, col) => {
            if (cell.note) pretty({ t: "note", sheet: name, address: `${colLetter(g.left + col)}${g.top + r}`, text: cell.note });
          }),
        );
      }
    }

    newLayout[name] = {
      key: sheet.key,
      footprint: addresses(blockRects),
      inputs: addresses(rectsOfCells(newInputs)),
      merges,
      conditionalFormats: uniq(cfRanges),
      validations: opts.features.has("dataValidation") ? uniq(dvRanges) : [],
      charts: sheet.charts.filter((ch) => ch.series.length > 0).map((_, i) => chartNames[i]),
      seeded: seededRecord,
    };
    if (!isUpdate) pendingLayout[name] = newLayout[name];
    written.push({ key: sheet.key, name, created: !isUpdate, keptInputs: kept.size });
  });

  // Typed actuals moved into the daily log (their old cells were claimed above).
  for (const op of migration?.ops ?? []) essential(op);

  // ---- defined names -------------------------------------------------------------------
  const byName = new Map(state.names.map((n) => [n.name.toLowerCase(), n]));
  const clashing = spec.names.filter((n) => byName.has(n.name.toLowerCase()));
  const dead = (n: { formula: unknown }): boolean => typeof n.formula === "string" && n.formula.includes("#REF!");
  const namesScope: "workbook" | "sheet" =
    mode === "update" || clashing.every((n) => dead(byName.get(n.name.toLowerCase()) ?? { formula: "" })) ? "workbook" : "sheet";
  const nameOps: PlannedOp[] = [];
  const namesAdded: string[] = [];
  const namesChanged: { name: string; formula: string }[] = [];
  for (const n of spec.names) {
    const ref = rename(n.ref);
    const comment = n.comment ?? "";
    const current = byName.get(n.name.toLowerCase());
    if (namesScope === "sheet") {
      for (const sheetName of created) nameOps.push({ op: { t: "addName", scope: sheetName, name: n.name, ref, comment }, cosmetic: false });
    } else if (current) {
      nameOps.push({ op: { t: "setName", name: current.name, ref, comment }, cosmetic: false });
      namesChanged.push({ name: current.name, formula: String(current.formula) });
    } else {
      nameOps.push({ op: { t: "addName", scope: null, name: n.name, ref, comment }, cosmetic: false });
      namesAdded.push(n.name);
    }
  }

  // ---- settings: the layout record (pending first, final last) and the pane's inputs ----
  const keepOthers = (record: LayoutRecord | null): Record<string, SheetLayout> => {
    const out: Record<string, SheetLayout> = {};
    const alive = new Set(state.sheetNames.map((n) => n.toLowerCase()));
    const mine = new Set(finalNames.map((n) => n.toLowerCase()));
    for (const [n, l] of Object.entries(record?.sheets ?? {})) {
      if (alive.has(n.toLowerCase()) && !mine.has(n.toLowerCase())) out[n] = l;
    }
    return out;
  };
  const pending: LayoutRecord = { v: 1, run: opts.runId, pending: true, sheets: { ...keepOthers(layout), ...pendingLayout } };
  const final: LayoutRecord = { v: 1, run: opts.runId, sheets: { ...keepOthers(layout), ...newLayout } };
  const start: PlannedOp = { op: { t: "setting", key: LAYOUT_KEY, value: JSON.stringify(pending) }, cosmetic: false };
  if (opts.savedInputs !== undefined) tail.push({ op: { t: "setting", key: INPUTS_KEY, value: opts.savedInputs }, cosmetic: false });
  tail.push({ op: { t: "setting", key: LAYOUT_KEY, value: JSON.stringify(final) }, cosmetic: false });

  if (opts.activate) {
    const i = spec.sheets.findIndex((s) => s.key === opts.activate);
    if (i >= 0) cosmetic.push({ op: { t: "activate", sheet: finalNames[i] }, cosmetic: true });
  }

  return {
    ops: [start, ...head, ...nameOps, ...body, ...tail, ...cosmetic],
    sheets: written,
    namesScope,
    warnings,
    created,
    namesAdded,
    namesChanged,
    migration: migration?.summary ?? null,
  };
}

/** Cuts the plan into batches whose estimated request size stays within `limitBytes`. */
export function batchesOf(ops: PlannedOp[], limitBytes: number): { ops: PlannedOp[]; bytes: number }[] {
  const out: { ops: PlannedOp[]; bytes: number }[] = [];
  let cur: PlannedOp[] = [];
  let bytes = 0;
  for (const p of ops) {
    const b = estimateBytes(p.op);
    if (cur.length > 0 && bytes + b > limitBytes) {
      out.push({ ops: cur, bytes });
      cur = [];
      bytes = 0;
    }
    cur.push(p);
    bytes += b;
  }
  if (cur.length > 0) out.push({ ops: cur, bytes });
  return out;
}
