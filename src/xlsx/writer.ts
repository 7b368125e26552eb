/**
 * Workbook spec → .xlsx with ExcelJS (a maintained, dependency-light writer that covers
 * formulas, styles, conditional formats, defined names and page setup).
 *
 * Every formula is stored with its result (computed by src/workbook/evaluate) as a cache for
 * viewers that do not recalculate; the workbook still asks for a full recalculation on load.
 * ExcelJS cannot write charts, so ./charts.ts adds the spec's charts to its output as DrawingML
 * parts; ./validations.ts writes the data validations (ExcelJS would turn date bounds into
 * JavaScript dates). String constants are written as text (shared strings) whatever their
 * first character: a value never becomes a formula.
 */
import ExcelJS from "exceljs";
import { parseCell } from "../workbook/a1";
import { addChartParts, drawable } from "./charts";
import { Package, renderExcelJs, zipPackage } from "./package";
import { addPrintParts } from "./print";
import { addValidationParts } from "./validations";
import { evaluateWorkbook, XlError, type Scalar, type WorkbookValues } from "../workbook/evaluate";
import { workbookFont } from "../workbook/kit";
import { headerFooterSections, joinSections } from "../workbook/print";
import type { CellSpec, CellStyle, FontSpec, SheetSpec, WorkbookSpec } from "../workbook/spec";

/** Everything in a spec the file could not carry. */
export interface XlsxReport {
  /** Charts written as native chart parts. */
  charts: number;
  /** Charts of the spec left out (a chart without series). */
  chartsOmitted: number;
}

const argb = (hex: string): string => "FF" + hex.replace(/^#/, "").toUpperCase();

const THIN = { style: "thin" as const, color: { argb: "FFBFBFBF" } };

/** The workbook's font as a cell font: named, sized, sans serif (`family` 2) in its character set. */
export function xlsxFont(font: FontSpec): Partial<ExcelJS.Font> {
  return { name: font.name, size: font.size, family: 2, charset: font.charset };
}

function cellStyle(style: CellStyle | undefined, fmt: string | undefined, input: boolean, base: Partial<ExcelJS.Font>): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (fmt) out.numFmt = fmt;
  // Every font entry carries the family's name: without one, apps use their own default (a serif in LibreOffice).
  const font: Partial<ExcelJS.Font> = { ...base };
  if (style?.bold) font.bold = true;
  if (style?.italic) font.italic = true;
  if (style?.color) font.color = { argb: argb(style.color) };
  if (style?.fontSize) font.size = style.fontSize;
  out.font = font;
  if (style) {
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
  constructor(private readonly font: Partial<ExcelJS.Font>) {}
  get(cell: CellSpec): Partial<ExcelJS.Style> | undefined {
    if (!cell.style && !cell.fmt && !cell.input) return undefined;
    const key = JSON.stringify([cell.style, cell.fmt, cell.input === true]);
    let s = this.cache.get(key);
    if (!s) {
      s = cellStyle(cell.style, cell.fmt, cell.input === true, this.font);
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
        // Row first: Worksheet.getCell(row, col) decodes an address object for every cell.
        const cell = ws.getRow(origin.row + i).getCell(origin.col + j);
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

/** The spec's page setup as ExcelJS writes it (manual column breaks: ./print.ts). */
function pageSetup(sheet: SheetSpec): Partial<ExcelJS.PageSetup> {
  const p = sheet.pageSetup;
  const scale: Partial<ExcelJS.PageSetup> =
    "percent" in p.scale
      ? { fitToPage: false, scale: p.scale.percent }
      : { fitToPage: true, fitToWidth: p.scale.pagesWide, fitToHeight: p.scale.pagesTall ?? 0 };
  return {
    paperSize: 9, // A4
    orientation: p.orientation,
    ...scale,
    pageOrder: p.pageOrder,
    margins: { ...p.margins },
    ...(p.printTitleRows ? { printTitlesRow: p.printTitleRows } : {}),
    ...(p.printTitleColumns ? { printTitlesColumn: p.printTitleColumns } : {}),
    ...(p.printArea ? { printArea: p.printArea } : {}),
  };
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetSpec, styles: StyleCache, values: WorkbookValues, font: FontSpec): void {
  const ws = wb.addWorksheet(sheet.name, {
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    views: sheet.freeze
      ? [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }]
      : [{ state: "normal" }],
    pageSetup: pageSetup(sheet),
  });
  if (sheet.pageSetup.header) {
    const hf = headerFooterSections(sheet.pageSetup.header, font);
    ws.headerFooter = { oddHeader: joinSections(hf.header), oddFooter: joinSections(hf.footer) };
  }
  // ExcelJS's break below a row is the break above the next one.
  for (const row of sheet.pageSetup.rowBreaks) if (row > 1) ws.getRow(row - 1).addPageBreak();
  sheet.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    // ExcelJS omits a column 9 wide (its default width) from the file, which then takes the
    // sheet's default (8.43): a hair wider keeps the width the spec asks for.
    col.width = c.width === 9 ? 9.0001 : c.width;
    if (c.hidden) col.hidden = true;
    // Written before the cells: ExcelJS gives a cell without a style of its own its column's.
    if (c.numberFormat) col.numFmt = c.numberFormat;
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
}

/** The .xlsx file's bytes, and what the file could not carry. */
export async function writeXlsx(spec: WorkbookSpec): Promise<{ buffer: Buffer; report: XlsxReport }> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sales Sprint Planner";
  wb.calcProperties.fullCalcOnLoad = true;
  const font = spec.font ?? workbookFont(spec.locale);
  const styles = new StyleCache(xlsxFont(font));
  // Every formula's result, stored as its cache (viewers that do not recalculate show it).
  const values = evaluateWorkbook(spec);
  for (const sheet of spec.sheets) writeSheet(wb, sheet, styles, values, font);
  for (const n of spec.names) wb.definedNames.add(n.ref, n.name);
  const charts = spec.sheets.reduce((a, s) => a + drawable(s).length, 0);
  // ExcelJS renders its parts into the package (./package.ts); the parts it cannot write (the
  // default font and column breaks: ./print.ts; validations: ./validations.ts; charts:
  // ./charts.ts) are added as strings, and the file is zipped once.
  const pkg = new Package();
  await renderExcelJs(wb, pkg);
  addPrintParts(pkg, spec, font);
  addValidationParts(pkg, spec);
  if (charts > 0) addChartParts(pkg, spec, values, font);
  const all = spec.sheets.reduce((a, s) => a + s.charts.length, 0);
  const bytes = await zipPackage(pkg);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { buffer, report: { charts, chartsOmitted: all - charts } };
}
