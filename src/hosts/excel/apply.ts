/**
 * Queues planned operations on an Excel request context and sends them, one
 * `context.sync()` per batch. A batch is everything that fits under the payload limit: for
 * any realistic plan that is the whole plan, i.e. one sync.
 */
import { cellAddress, colLetter, parseRange, splitSheetRef } from "../../workbook/a1";
import { headerFooterSections } from "../../workbook/print";
import type { ValidationSpec } from "../../workbook/spec";
import { clipText, VALIDATION_TEXT_MAX, validationBounds, type ValidationOperator } from "../../workbook/validation";
import type { Op, PlannedOp } from "../write/ops";
import type { XlBorderIndex, XlContext, XlRange, XlWorksheet } from "./xl";

export interface SyncCounter {
  syncs: number;
}

/** Sheet proxies of one request context, by name (created sheets register themselves). */
export class SheetCache {
  private readonly map = new Map<string, XlWorksheet>();
  constructor(private readonly ctx: XlContext) {}

  get(name: string): XlWorksheet {
    const key = name.toLowerCase();
    let s = this.map.get(key);
    if (!s) {
      s = this.ctx.workbook.worksheets.getItem(name);
      this.map.set(key, s);
    }
    return s;
  }

  add(name: string): XlWorksheet {
    const s = this.ctx.workbook.worksheets.add(name);
    this.map.set(name.toLowerCase(), s);
    return s;
  }

  /** A range given as "'Sheet'!$B$5:$B$34", or a bare address on `fallbackSheet`. */
  ref(ref: string, fallbackSheet: string): XlRange {
    const { sheet, address } = splitSheetRef(ref);
    return this.get(sheet ?? fallbackSheet).getRange(address.replace(/\$/g, ""));
  }
}

function capitalize<T extends string>(s: T): Capitalize<T> {
  return (s.charAt(0).toUpperCase() + s.slice(1)) as Capitalize<T>;
}

const OPERATORS: Record<ValidationOperator, Excel.DataValidationOperator | "Between" | "GreaterThanOrEqualTo" | "LessThanOrEqualTo"> = {
  between: "Between",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
};

/**
 * The spec's validation as Office.js takes it (operator and bounds decided in
 * src/workbook/validation.ts): a numeric bound as a number, any other bound as a formula ("=…").
 */
function validationRule(v: ValidationSpec): Excel.DataValidationRule {
  switch (v.kind) {
    case "decimal":
    case "whole": {
      const b = validationBounds(v);
      const operand = (f: string): number | string => (Number.isFinite(Number(f)) ? Number(f) : `=${f}`);
      const basic: Excel.BasicDataValidation = { operator: OPERATORS[b.operator], formula1: operand(b.formula1), ...(b.formula2 !== undefined ? { formula2: operand(b.formula2) } : {}) };
      return v.kind === "decimal" ? { decimal: basic } : { wholeNumber: basic };
    }
    case "date": {
      // DateTimeDataValidation takes an ISO date, a Date or a formula: a bound is always given as a formula.
      const b = validationBounds(v);
      return { date: { operator: OPERATORS[b.operator], formula1: `=${b.formula1}`, ...(b.formula2 !== undefined ? { formula2: `=${b.formula2}` } : {}) } };
    }
    case "list":
      // Excel's list source is comma-separated; the spec's values are short labels.
      return { list: { inCellDropDown: true, source: v.values.join(",") } };
    case "listRange":
      return { list: { inCellDropDown: true, source: `=${v.source}` } };
  }
}

const EDGES: XlBorderIndex[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];

/** Whole rows "$5:$5" / whole columns "$A:$B", as PageLayout's print titles want them. */
function wholeLines(spec: string): string {
  const [a, b = a] = spec.replace(/\$/g, "").split(":");
  return `$${a}:$${b}`;
}

/** The page setup (ExcelApi 1.9), with documented values only. */
function queuePageSetup(sheet: XlWorksheet, op: Extract<Op, { t: "pageSetup" }>): void {
  const { spec } = op;
  const pl = sheet.pageLayout;
  pl.orientation = spec.orientation === "landscape" ? "Landscape" : "Portrait";
  pl.paperSize = spec.paper;
  pl.setPrintMargins("Inches", { ...spec.margins });
  // PageLayoutZoomOptions: a scale of 10–400, or numbers of pages; "as many pages tall as needed" is
  // not among them, so a fit to width allows one page per row (the height never decides).
  pl.zoom =
    "percent" in spec.scale
      ? { scale: spec.scale.percent }
      : { horizontalFitToPages: spec.scale.pagesWide, verticalFitToPages: spec.scale.pagesTall ?? Math.max(1, op.pagesTall) };
  pl.printOrder = spec.pageOrder === "overThenDown" ? "OverThenDown" : "DownThenOver";
  if (spec.printTitleRows) pl.setPrintTitleRows(wholeLines(spec.printTitleRows));
  if (spec.printTitleColumns) pl.setPrintTitleColumns(wholeLines(spec.printTitleColumns));
  if (spec.printArea) pl.setPrintArea(spec.printArea);
  // Breaks of an earlier write go first ("the range immediately after the page break").
  sheet.horizontalPageBreaks.removePageBreaks();
  sheet.verticalPageBreaks.removePageBreaks();
  for (const row of spec.rowBreaks) sheet.horizontalPageBreaks.add(`A${row}`);
  for (const col of spec.columnBreaks) sheet.verticalPageBreaks.add(`${colLetter(col)}1`);
  if (spec.header) {
    const hf = headerFooterSections(spec.header, op.font);
    const page = pl.headersFooters;
    page.state = "Default";
    const all = page.defaultForAllPages;
    all.leftHeader = hf.header.left;
    all.centerHeader = hf.header.center;
    all.rightHeader = hf.header.right;
    all.leftFooter = hf.footer.left;
    all.centerFooter = hf.footer.center;
    all.rightFooter = hf.footer.right;
  }
}

/** Queues one operation (no sync). */
export function queueOp(ctx: XlContext, sheets: SheetCache, op: Op): void {
  switch (op.t) {
    case "addSheet":
      sheets.add(op.sheet);
      return;
    case "addName": {
      const names = op.scope === null ? ctx.workbook.names : sheets.get(op.scope).names;
      names.add(op.name, `=${op.ref}`, op.comment);
      return;
    }
    case "setName": {
      const names = op.scope === null || op.scope === undefined ? ctx.workbook.names : sheets.get(op.scope).names;
      const item = names.getItem(op.name);
      item.formula = `=${op.ref}`;
      item.comment = op.comment;
      return;
    }
    case "clear":
      sheets.get(op.sheet).getRange(op.address).clear(op.what);
      return;
    case "unmerge":
      sheets.get(op.sheet).getRange(op.address).unmerge();
      return;
    case "numberFormat":
      sheets.get(op.sheet).getRange(op.address).numberFormat = op.data;
      return;
    case "formulas":
      sheets.get(op.sheet).getRange(op.address).formulas = op.data;
      return;
    case "copyFormulas": {
      const sheet = sheets.get(op.sheet);
      sheet.getRange(op.address).copyFrom(sheet.getRange(op.from), "Formulas", false, false);
      return;
    }
    case "font": {
      const font = sheets.get(op.sheet).getRange(op.address).format.font;
      font.name = op.name;
      font.size = op.size;
      return;
    }
    case "style": {
      const f = sheets.get(op.sheet).getRange(op.address).format;
      const s = op.style;
      if (s.bold !== undefined) f.font.bold = s.bold;
      if (s.italic !== undefined) f.font.italic = s.italic;
      if (s.color !== undefined) f.font.color = s.color;
      if (s.fontSize !== undefined) f.font.size = s.fontSize;
      if (s.fill !== undefined) f.fill.color = s.fill;
      if (s.hAlign !== undefined) f.horizontalAlignment = capitalize(s.hAlign);
      if (s.wrap !== undefined) f.wrapText = s.wrap;
      if (s.border) {
        const edges: XlBorderIndex[] = [...EDGES];
        if (op.rows > 1) edges.push("InsideHorizontal");
        if (op.cols > 1) edges.push("InsideVertical");
        for (const e of edges) {
          // A continuous line is thin unless a weight says otherwise.
          f.borders.getItem(e).style = "Continuous";
        }
      }
      return;
    }
    case "columns": {
      const r = sheets.get(op.sheet).getRange(op.address);
      if (op.points !== undefined) r.format.columnWidth = op.points;
      if (op.hidden !== undefined) r.columnHidden = op.hidden;
      // Whole columns take a 1x1 format, which Excel applies to the columns (cells typed later too).
      if (op.numberFormat !== undefined) r.numberFormat = [[op.numberFormat]];
      return;
    }
    case "merge":
      sheets.get(op.sheet).getRange(op.address).merge(false);
      return;
    case "freeze": {
      const panes = sheets.get(op.sheet).freezePanes;
      if (op.rows > 0 && op.columns > 0) {
        panes.freezeAt(`A1:${colLetter(op.columns)}${op.rows}`);
      } else if (op.rows > 0) {
        panes.freezeRows(op.rows);
      } else if (op.columns > 0) {
        panes.freezeColumns(op.columns);
      } else {
        panes.unfreeze();
      }
      return;
    }
    case "tabColor":
      sheets.get(op.sheet).tabColor = op.color;
      return;
    case "cfClear":
      sheets.get(op.sheet).getRange(op.address).conditionalFormats.clearAll();
      return;
    case "cf": {
      const cf = sheets.get(op.sheet).getRange(op.address).conditionalFormats.add("Custom");
      cf.custom.rule.formula = op.formula;
      if (op.style.fill !== undefined) cf.custom.format.fill.color = op.style.fill;
      if (op.style.color !== undefined) cf.custom.format.font.color = op.style.color;
      if (op.style.bold !== undefined) cf.custom.format.font.bold = op.style.bold;
      cf.stopIfTrue = false;
      return;
    }
    case "dvClear":
      sheets.get(op.sheet).getRange(op.address).dataValidation.clear();
      return;
    case "dv": {
      const dv = sheets.get(op.sheet).getRange(op.spec.range).dataValidation;
      dv.ignoreBlanks = op.spec.allowBlank;
      dv.rule = validationRule(op.spec);
      dv.errorAlert = {
        showAlert: true,
        style: op.spec.errorStyle === "warning" ? "Warning" : "Stop",
        title: clipText(op.spec.errorTitle, VALIDATION_TEXT_MAX.errorTitle),
        message: clipText(op.spec.error, VALIDATION_TEXT_MAX.error),
      };
      if (op.spec.prompt) dv.prompt = { showPrompt: true, title: "", message: clipText(op.spec.prompt, VALIDATION_TEXT_MAX.prompt) };
      return;
    }
    case "pageSetup":
      queuePageSetup(sheets.get(op.sheet), op);
      return;
    case "deleteChart":
      sheets.get(op.sheet).charts.getItem(op.name).delete();
      return;
    case "chart": {
      const sheet = sheets.get(op.sheet);
      const [first] = op.spec.series;
      const chart = sheet.charts.add(op.spec.kind === "bar" ? "ColumnClustered" : "Line", sheets.ref(first.values, op.sheet), "Columns");
      chart.name = op.name;
      // Every text of the chart in the workbook's font at the body size (Excel's default is
      // 9 pt, which a sheet printed at 75 % would shrink below 8 pt), the title larger.
      chart.format.font.name = op.font.name;
      chart.format.font.size = op.font.size;
      chart.title.text = op.spec.title;
      chart.title.format.font.size = 14;
      // The burn-up's actual line reads a hidden column (ExcelApi 1.8; every Excel with the
      // custom functions runtime our manifest requires has it).
      if (op.spec.plotHidden) chart.plotVisibleOnly = false;
      const anchor = parseRange(op.spec.anchor);
      chart.setPosition(cellAddress(anchor.top, anchor.left), cellAddress(anchor.bottom, anchor.right));
      op.spec.series.forEach((s, i) => {
        const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
        series.name = s.name;
        series.setValues(sheets.ref(s.values, op.sheet));
        series.setXAxisValues(sheets.ref(s.categories, op.sheet));
        if (s.color) series.format.line.color = s.color;
      });
      return;
    }
    case "note":
      sheets.get(op.sheet).notes.add(op.address, op.text);
      return;
    case "setting":
      ctx.workbook.settings.add(op.key, op.value);
      return;
    case "activate":
      sheets.get(op.sheet).activate();
      return;
  }
}


/**
 * Sends the batches in order, one sync each, with calculation suspended while each batch
 * lands (ExcelApi 1.6; part of our minimum). `counter.syncs` counts syncs started, so a
 * failing sync is counted too.
 */
export async function sendBatches(
  ctx: XlContext,
  batches: { ops: PlannedOp[] }[],
  counter: SyncCounter,
  onBatch: (index: number, total: number) => void,
): Promise<void> {
  const sheets = new SheetCache(ctx);
  for (let i = 0; i < batches.length; i++) {
    onBatch(i + 1, batches.length);
    ctx.workbook.application.suspendApiCalculationUntilNextSync();
    for (const p of batches[i].ops) queueOp(ctx, sheets, p.op);
    counter.syncs++;
    await ctx.sync();
  }
}
