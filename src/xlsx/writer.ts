/**
 * Workbook spec → .xlsx with ExcelJS (a maintained, dependency-light writer that covers
 * formulas, styles, conditional formats, data validation, defined names and page setup).
 *
 * Every formula is stored with its result (computed by src/workbook/evaluate) as a cache for
 * viewers that do not recalculate; the workbook still asks for a full recalculation on load.
 * ExcelJS cannot write charts, so ./charts.ts adds the spec's charts to its output as DrawingML
 * parts. String constants are written as text (shared strings) whatever their first character:
 * a value never becomes a formula.
 */
import ExcelJS from "exceljs";
import { parseCell } from "../workbook/a1";
import { addCharts, drawable } from "./charts";
import { evaluateWorkbook, XlError, type Scalar, type WorkbookValues } from "../workbook/evaluate";
import type { CellSpec, CellStyle, SheetSpec, ValidationSpec, WorkbookSpec } from "../workbook/spec";

/** Everything in a spec the file could not carry. */
export interface XlsxReport {
  /** Charts written as native chart parts. */
  charts: number;
  /** Charts of the spec left out (a chart without series). */
  chartsOmitted: number;
}

const argb = (hex: string): string => "FF" + hex.replace(/^#/, "").toUpperCase();

const THIN = { style: "thin" as const, color: { argb: "FFBFBFBF" } };

function cellStyle(style: CellStyle | undefined, fmt: string | undefined, input: boolean): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (fmt) out.numFmt = fmt;
  if (style) {
    const font: Partial<ExcelJS.Font> = {};
    if (style.bold) font.bold = true;
    if (style.italic) font.italic = true;
    if (style.color) font.color = { argb: argb(style.color) };
    if (style.fontSize) font.size = style.fontSize;
    if (Object.keys(font).length > 0) out.font = font;
    if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
    // Vertically centred, so one-line cells sit level with wrapped neighbours in taller rows.
    out.alignment = { vertical: "middle", ...(style.hAlign && { horizontal: style.hAlign }), ...(style.wrap && { wrapText: true }) };
    if (style.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  }
  // Inputs stay editable when someone protects the sheet.
  if (input) out.protection = { locked: false };
  return out;
}

/** One style object per distinct look, shared by every cell that has it (ExcelJS dedupes by identity cheaply). */
class StyleCache {
  private readonly cache = new Map<string, Partial<ExcelJS.Style>>();
  get(cell: CellSpec): Partial<ExcelJS.Style> | undefined {
    if (!cell.style && !cell.fmt && !cell.input) return undefined;
    const key = JSON.stringify([cell.style, cell.fmt, cell.input === true]);
    let s = this.cache.get(key);
    if (!s) {
      s = cellStyle(cell.style, cell.fmt, cell.input === true);
      this.cache.set(key, s);
    }
    return s;
  }
}

/** A computed result as ExcelJS stores it after a formula (`<v>`, with `t="str"`, `"b"` or `"e"`). */
function cached(v: Scalar): ExcelJS.CellFormulaValue["result"] {
  if (v instanceof XlError) return { error: v.code as ExcelJS.CellErrorValue["error"] };
  return v ?? 0;
}

function writeCells(ws: ExcelJS.Worksheet, sheet: SheetSpec, styles: StyleCache, values: WorkbookValues): void {
  for (const block of sheet.blocks) {
    const origin = parseCell(block.at);
    block.cells.forEach((row, i) => {
      row.forEach((spec, j) => {
        const style = styles.get(spec);
        const hasValue = spec.f !== undefined || (spec.v !== undefined && spec.v !== null);
        if (!hasValue && !style && !spec.note) return;
        const cell = ws.getCell(origin.row + i, origin.col + j);
        if (spec.f !== undefined) {
          const row = origin.row + i;
          const col = origin.col + j;
          cell.value = { formula: spec.f, result: cached(values.get(sheet.name, row, col)), date1904: false };
        } else if (typeof spec.v === "string") {
          // A plain string value is always a (shared) string in ExcelJS, never a formula, even "=1+1".
          cell.value = spec.v;
        } else if (spec.v !== undefined && spec.v !== null) {
          cell.value = spec.v;
        }
        if (style) cell.style = style;
        if (spec.note) cell.note = spec.note;
      });
    });
  }
}

/** ExcelJS keeps data validations on the worksheet but its type declarations omit them. */
interface WithValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function validation(v: ValidationSpec): ExcelJS.DataValidation {
  const common = {
    allowBlank: v.allowBlank,
    showErrorMessage: true,
    errorStyle: v.errorStyle ?? "stop",
    errorTitle: v.errorTitle,
    error: v.error,
    ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
  };
  switch (v.kind) {
    case "list":
      return { ...common, type: "list", formulae: [`"${v.values.map((x) => x.replace(/"/g, '""')).join(",")}"`] };
    case "listRange":
      return { ...common, type: "list", formulae: [v.source] };
    case "date":
      return {
        ...common,
        type: "date",
        operator: "between",
        formulae: [v.minFormula ?? 61, v.maxFormula ?? 2958465],
      };
    case "whole":
    case "decimal": {
      if (v.min !== undefined && v.max !== undefined) return { ...common, type: v.kind, operator: "between", formulae: [v.min, v.max] };
      if (v.min !== undefined) return { ...common, type: v.kind, operator: "greaterThanOrEqual", formulae: [v.min] };
      if (v.max !== undefined) return { ...common, type: v.kind, operator: "lessThanOrEqual", formulae: [v.max] };
      return { ...common, type: v.kind, operator: "between", formulae: [-1e307, 1e307] };
    }
  }
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetSpec, styles: StyleCache, values: WorkbookValues): void {
  const ws = wb.addWorksheet(sheet.name, {
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    views: sheet.freeze
      ? [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }]
      : [{ state: "normal" }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: sheet.pageSetup.orientation,
      fitToPage: sheet.pageSetup.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      ...(sheet.pageSetup.printTitleRows ? { printTitlesRow: sheet.pageSetup.printTitleRows } : {}),
    },
  });
  sheet.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  for (const { row, height } of sheet.rowHeights ?? []) ws.getRow(row).height = height;
  writeCells(ws, sheet, styles, values);
  for (const range of sheet.merges ?? []) ws.mergeCells(range);
  for (const cf of sheet.conditionalFormats) {
    const font: Partial<ExcelJS.Font> = {};
    if (cf.style.color) font.color = { argb: argb(cf.style.color) };
    if (cf.style.bold) font.bold = true;
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: cf.priority,
          formulae: [cf.formula],
          style: {
            ...(cf.style.fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.style.fill) } } } : {}),
            ...(Object.keys(font).length > 0 ? { font } : {}),
          },
        },
      ],
    });
  }
  const dv = (ws as unknown as WithValidations).dataValidations;
  for (const v of sheet.validations) dv.add(v.range, validation(v));
}

/** The .xlsx file's bytes, and what the file could not carry. */
export async function writeXlsx(spec: WorkbookSpec): Promise<{ buffer: Buffer; report: XlsxReport }> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sales Sprint Planner";
  wb.calcProperties.fullCalcOnLoad = true;
  const styles = new StyleCache();
  // Every formula's result, stored as its cache (viewers that do not recalculate show it).
  const values = evaluateWorkbook(spec);
  for (const sheet of spec.sheets) writeSheet(wb, sheet, styles, values);
  for (const n of spec.names) wb.definedNames.add(n.ref, n.name);
  const charts = spec.sheets.reduce((a, s) => a + drawable(s).length, 0);
  // With charts to add, ExcelJS stores its parts uncompressed: ./charts.ts compresses the final file once.
  const data = await wb.xlsx.writeBuffer(charts > 0 ? { zip: { compression: "STORE" } } : {});
  const all = spec.sheets.reduce((a, s) => a + s.charts.length, 0);
  const bytes = charts > 0 ? await addCharts(new Uint8Array(data as ArrayBuffer), spec, values) : new Uint8Array(data as ArrayBuffer);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { buffer, report: { charts, chartsOmitted: all - charts } };
}
