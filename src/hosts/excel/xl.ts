/**
 * The subset of the Excel JavaScript API this host uses, as structural interfaces.
 *
 * The host code is written against these instead of the full `Excel.*` classes so the
 * tests can hand it an in-memory fake (test/hosts/fakeExcel.ts) without a single cast.
 * `ExcelConforms` below makes the compiler prove that the real Office.js objects satisfy
 * every member used here, with the same parameter and property types: a typo or a member
 * Office.js does not have fails `tsc`, not a user.
 *
 * Requirement sets of what is used (see support.ts for the check):
 * - ExcelApi 1.1–1.4: worksheets, ranges (formulas / numberFormat 2-D arrays, format, merge),
 *   names.add, worksheet-scoped names, settings, getUsedRangeOrNullObject, charts.add.
 * - ExcelApi 1.6: conditionalFormats (custom), suspendApiCalculationUntilNextSync.
 * - ExcelApi 1.7: freezePanes, tabColor, NamedItem.formula (set), chart series add/setValues.
 * - ExcelApi 1.8: dataValidation (optional).  1.9: pageLayout, page breaks, Range.copyFrom
 *   (optional).  1.18: notes (optional).
 * - ExcelApi 1.12: spill ranges, only when freezing SALES.* formulas and only if present.
 */

export interface XlContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<unknown>;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly names: XlNamedItemCollection;
  readonly settings: XlSettingCollection;
  readonly application: XlApplication;
  getSelectedRange(): XlRange;
}

export interface XlApplication {
  suspendApiCalculationUntilNextSync(): void;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  load(propertyNames: string): unknown;
  add(name: string): XlWorksheet;
  getItem(key: string): XlWorksheet;
  getActiveWorksheet(): XlWorksheet;
}

export interface XlWorksheet {
  readonly name: string;
  tabColor: string;
  readonly freezePanes: XlFreezePanes;
  readonly pageLayout: XlPageLayout;
  readonly charts: XlChartCollection;
  readonly names: XlNamedItemCollection;
  readonly notes: XlNoteCollection;
  /** ExcelApi 1.9 (with pageLayout). */
  readonly horizontalPageBreaks: XlPageBreakCollection;
  readonly verticalPageBreaks: XlPageBreakCollection;
  load(propertyNames: string): unknown;
  getRange(address: string): XlRange;
  getUsedRangeOrNullObject(valuesOnly: boolean): XlRange;
  delete(): void;
  activate(): void;
}

export interface XlRange {
  readonly isNullObject: boolean;
  /** Set: constants, or strings starting with "=" for formulas; `null` leaves a cell unchanged. */
  formulas: unknown[][];
  readonly values: unknown[][];
  /** "Empty", "String", "Double", "Error", … per cell. */
  readonly valueTypes: string[][];
  numberFormat: unknown[][];
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  columnHidden: boolean;
  readonly worksheet: XlWorksheet;
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;
  readonly dataValidation: XlDataValidation;
  load(propertyNames: string): unknown;
  getCell(row: number, column: number): XlRange;
  getUsedRangeOrNullObject(valuesOnly: boolean): XlRange;
  /** ExcelApi 1.12: the range a dynamic-array formula in this cell spills into. */
  getSpillingToRangeOrNullObject(): XlRange;
  merge(across: boolean): void;
  unmerge(): void;
  /**
   * ExcelApi 1.9: see src/hosts/write/ops.ts ("copyFormulas"). The host passes a range of the
   * same sheet (`RangeAreas` and addresses are in the type only because Office.js accepts them).
   */
  copyFrom(sourceRange: XlRange | Excel.RangeAreas | string, copyType: "Formulas", skipBlanks: boolean, transpose: boolean): void;
  clear(applyTo: "All" | "Formats" | "Contents"): void;
  select(): void;
}

export interface XlRangeFormat {
  readonly font: XlRangeFont;
  readonly fill: XlRangeFill;
  readonly borders: XlRangeBorderCollection;
  horizontalAlignment: Excel.RangeFormat["horizontalAlignment"];
  wrapText: boolean;
  /** Points, not characters. */
  columnWidth: number;
}

export interface XlRangeFont {
  name: string;
  bold: boolean;
  italic: boolean;
  color: string;
  size: number;
}

export interface XlRangeFill {
  color: string;
  clear(): void;
}

export type XlBorderIndex = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

export interface XlRangeBorderCollection {
  getItem(index: XlBorderIndex): XlRangeBorder;
}

export interface XlRangeBorder {
  style: Excel.RangeBorder["style"];
  weight: Excel.RangeBorder["weight"];
  color: string;
}

export interface XlConditionalFormatCollection {
  add(type: "Custom"): XlConditionalFormat;
  clearAll(): void;
}

export interface XlConditionalFormat {
  readonly custom: XlCustomConditionalFormat;
  stopIfTrue: boolean;
}

export interface XlCustomConditionalFormat {
  readonly rule: { formula: string };
  readonly format: XlConditionalRangeFormat;
}

export interface XlConditionalRangeFormat {
  readonly fill: { color: string };
  readonly font: { color: string; bold: boolean };
}

export interface XlDataValidation {
  rule: Excel.DataValidationRule;
  errorAlert: Excel.DataValidationErrorAlert;
  prompt: Excel.DataValidationPrompt;
  ignoreBlanks: boolean;
  clear(): void;
}

export interface XlFreezePanes {
  unfreeze(): void;
  freezeRows(count: number): void;
  freezeColumns(count: number): void;
  freezeAt(frozenRange: string): void;
}

export interface XlPageLayout {
  orientation: Excel.PageLayout["orientation"];
  paperSize: Excel.PageLayout["paperSize"];
  zoom: Excel.PageLayoutZoomOptions;
  printOrder: Excel.PageLayout["printOrder"];
  readonly headersFooters: XlHeaderFooterGroup;
  setPrintMargins(unit: "Points" | "Inches" | "Centimeters", marginOptions: Excel.PageLayoutMarginOptions): void;
  setPrintTitleRows(printTitleRows: string): void;
  setPrintTitleColumns(printTitleColumns: string): void;
  setPrintArea(printArea: string): void;
}

export interface XlHeaderFooterGroup {
  state: Excel.HeaderFooterGroup["state"];
  readonly defaultForAllPages: XlHeaderFooter;
}

export interface XlHeaderFooter {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface XlPageBreakCollection {
  /** `pageBreakRange`: "The range immediately after the page break to be added." */
  add(pageBreakRange: string): unknown;
  removePageBreaks(): void;
}

export interface XlChartCollection {
  readonly items: XlChart[];
  load(propertyNames: string): unknown;
  add(type: "Line" | "ColumnClustered", sourceData: XlRange, seriesBy: "Auto" | "Columns" | "Rows"): XlChart;
  getItem(name: string): XlChart;
}

export interface XlChartFont {
  name: string;
  size: number;
}

export interface XlChart {
  name: string;
  plotVisibleOnly: boolean;
  /** The chart area's font: every text of the chart (ExcelApi 1.1). */
  readonly format: { readonly font: XlChartFont };
  readonly title: { text: string; readonly format: { readonly font: XlChartFont } };
  readonly series: XlChartSeriesCollection;
  setPosition(startCell: string, endCell: string): void;
  delete(): void;
}

export interface XlChartSeriesCollection {
  getItemAt(index: number): XlChartSeries;
  add(name: string): XlChartSeries;
}

export interface XlChartSeries {
  name: string;
  readonly format: { readonly line: { color: string } };
  setValues(sourceData: XlRange): void;
  setXAxisValues(sourceData: XlRange): void;
}

export interface XlNamedItemCollection {
  readonly items: XlNamedItem[];
  load(propertyNames: string): unknown;
  add(name: string, reference: string, comment: string): XlNamedItem;
  getItem(name: string): XlNamedItem;
}

export interface XlNamedItem {
  readonly name: string;
  /** "=" + reference; settable from ExcelApi 1.7. */
  formula: unknown;
  comment: string;
  delete(): void;
}

export interface XlSettingCollection {
  add(key: string, value: string): unknown;
  getItem(key: string): XlSetting;
  getItemOrNullObject(key: string): XlSetting;
}

export interface XlSetting {
  readonly isNullObject: boolean;
  readonly value: unknown;
  load(propertyNames: string): unknown;
  delete(): void;
}

export interface XlNoteCollection {
  add(cellAddress: string, content: string): unknown;
}

/** Compile-time proof: the real Office.js request context satisfies the subset above. */
type Conforms<T extends U, U> = T;
export type ExcelConforms = Conforms<Excel.RequestContext, XlContext>;

/** `Excel.run`, as the host needs it. */
export type XlRun = <T>(batch: (context: XlContext) => Promise<T>) => Promise<T>;
