/**
 * The workbook spec: everything the add-in writes into a workbook, as plain data.
 *
 * One spec, several writers: `.xlsx` (src/xlsx), Excel through Office.js
 * (src/hosts/excel) and the browser preview. Builders (src/workbook/*) produce it
 * from a sprint plan; they never touch a host.
 *
 * Conventions every writer relies on:
 * - Addresses are A1 strings without a sheet name unless stated (`"B3"`, `"B3:D40"`).
 * - Formulas are native Excel formulas in English with comma separators and
 *   WITHOUT the leading "=" (`"SUM(B2:B31)"`). Writers add "=" where their host
 *   wants it. No `SALES.*` function ever appears in a spec.
 * - Dates are Excel serial numbers (1900 date system) with a date number format.
 * - Colours are `#RRGGBB`.
 * - A cell carries either a constant `v` or a formula `f`, never both. A string
 *   constant is always written as text, even when it starts with `=`, `+`, `-`
 *   or `@` (writers must guarantee this: user-typed owner names and strategies
 *   are never evaluated as formulas).
 */
import type { Locale } from "../i18n/locale";
import type { SheetKey } from "../domain/vocabulary";

export type CellConstant = string | number | boolean | null;

export type HAlign = "left" | "center" | "right";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font colour. */
  color?: string;
  /** Fill colour. */
  fill?: string;
  fontSize?: number;
  hAlign?: HAlign;
  wrap?: boolean;
  /** Thin border around the cell. */
  border?: boolean;
}

export interface CellSpec {
  /** Constant value. */
  v?: CellConstant;
  /** Native Excel formula without the leading "=". */
  f?: string;
  /** Number format, e.g. `"#,##0"`, `"0.0%"`, `"yyyy-mm-dd"`. */
  fmt?: string;
  style?: CellStyle;
  /**
   * A cell the team fills in (actuals, editable inputs, strategies). Writers show
   * it as an input cell; the Excel writer keeps its current value when a plan is
   * updated in place.
   */
  input?: boolean;
  /** Optional note shown as a comment / tooltip. */
  note?: string;
}

/** A rectangle of cells written in one go (one range write per block in Office.js). */
export interface BlockSpec {
  /** Top-left address, e.g. `"A5"`. */
  at: string;
  /** Rows of cells; every row has the same length. `{}` is an empty cell. */
  cells: CellSpec[][];
}

export interface ColumnSpec {
  /** Width in characters (Excel's column width unit). */
  width: number;
  hidden?: boolean;
  /**
   * Number format of the whole column: what a value typed or pasted into the column later
   * shows as (the daily log's dates, counts, revenue). Cells the spec writes keep their own.
   */
  numberFormat?: string;
}

export type ConditionalFormatSpec =
  /** Applies `style` where `formula` (relative to the range's top-left cell) is TRUE. */
  {
    kind: "expression";
    range: string;
    formula: string;
    style: Pick<CellStyle, "fill" | "color" | "bold">;
    /** Lower runs first; writers keep the order and stop-if-true is not used. */
    priority: number;
  };

/** What every validation carries: where, blanks, the alert and an optional input prompt. */
interface ValidationBase {
  range: string;
  allowBlank: boolean;
  errorTitle: string;
  error: string;
  prompt?: string;
  /**
   * Excel's alert style: "stop" (the default) refuses the value; "warning" asks and lets the
   * person keep it, so a pasted export is never rejected row by row.
   */
  errorStyle?: "stop" | "warning";
}

export type ValidationSpec =
  | (ValidationBase & {
      kind: "decimal" | "whole";
      /** Inclusive bounds; omit for open-ended. */
      min?: number;
      max?: number;
    })
  | (ValidationBase & { kind: "list"; values: string[] })
  | (ValidationBase & {
      /** A drop-down list whose items are the cells of a range (e.g. the target table's owners). */
      kind: "listRange";
      /** Absolute reference with sheet name, no "=", e.g. `"'目标表'!$A$4:$A$8"`. */
      source: string;
    })
  | (ValidationBase & {
      kind: "date";
      /** Inclusive bounds as native formulas without "=" (e.g. `"SprintStart"`); omit for any date. */
      minFormula?: string;
      maxFormula?: string;
    });

export interface ChartSeriesSpec {
  name: string;
  /** Range with sheet name, e.g. `"'30天冲刺计划'!$B$5:$B$34"`. */
  categories: string;
  values: string;
  color?: string;
}

export interface ChartSpec {
  /**
   * `"line"`: one line per series over the categories (the sprint's burn-up chart);
   * `"bar"`: clustered columns, one per series and category (the funnel's required vs actual).
   */
  kind: "line" | "bar";
  title: string;
  /** Cells the chart covers, e.g. `"T4:AB22"`. */
  anchor: string;
  series: ChartSeriesSpec[];
  /**
   * Series read hidden cells (Excel's "show data in hidden rows and columns"): the burn-up's
   * actual line reads a hidden helper column. Charts skip hidden cells unless this is set.
   */
  plotHidden?: boolean;
}

/** Page margins in inches (Excel's page setup unit in the file format and in Office.js `setPrintMargins("Inches", …)`). */
export interface PageMarginsSpec {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** From the top edge of the paper to the page header, and from the bottom edge to the footer. */
  header: number;
  footer: number;
}

/**
 * How a sheet is scaled on paper (Excel's "Adjust to" / "Fit to"; src/workbook/print.ts picks it
 * so that text prints at least 8 pt):
 * - `percent`: a fixed scale, 10–400; the sheet takes as many pages as it needs and manual page
 *   breaks are honoured.
 * - `pagesWide` × `pagesTall`: shrunk (never enlarged) until the sheet fits that many pages;
 *   `pagesTall: null` means as many pages tall as needed. Excel ignores manual page breaks
 *   while fitting, so a fitted sheet has none.
 */
export type PrintScaleSpec = { percent: number } | { pagesWide: number; pagesTall: number | null };

/**
 * The page header and footer, as plain text (no Excel codes): writers that print compose them
 * with the page number, page count and sheet name (src/workbook/print.ts `headerFooterSections`).
 */
export interface PageHeaderSpec {
  /** Top left: the sprint's name (src/workbook/titled.ts), empty without one. */
  title: string;
  /** Top right: the sprint's dates. */
  period: string;
  /** Bottom centre: "page N of M" with `{page}` and `{pages}`, in the workbook's language. */
  pageOf: string;
}

export interface PageSetupSpec {
  orientation: "landscape" | "portrait";
  paper: "A4";
  margins: PageMarginsSpec;
  scale: PrintScaleSpec;
  /** Rows repeated at the top of every printed page, e.g. `"5:5"`. */
  printTitleRows?: string;
  /** Columns repeated at the left of every printed page, e.g. `"A:B"`. */
  printTitleColumns?: string;
  /**
   * Page order of a sheet more than one page wide: "overThenDown" prints a band of rows from
   * left to right (a day's plan, then its actuals) before the next band.
   */
  pageOrder: "downThenOver" | "overThenDown";
  /** Manual page breaks: a page starts at each of these rows (1-based, ascending). */
  rowBreaks: number[];
  /** … and at each of these columns (1-based, ascending). */
  columnBreaks: number[];
  /** What prints, when not every used cell, e.g. `"A1:N40"`. */
  printArea?: string;
  /** Page header and footer; none until the workbook's builder adds them (src/workbook/index.ts). */
  header?: PageHeaderSpec;
}

/**
 * The one font family every cell, page header and chart is written in (src/workbook/kit.ts
 * `workbookFont`): named explicitly, so that no app falls back to its own default (a serif in
 * LibreOffice).
 */
export interface FontSpec {
  /** Family name, e.g. "DengXian". */
  name: string;
  /** Size in points of text whose style sets none (and of chart text). */
  size: number;
  /**
   * The family's Windows character set (the file format's `charset`: 134 GB2312, 136 Big5,
   * 0 ANSI) and, with `family` 2 (sans serif) written beside it, the hints an app that lacks
   * the font uses to pick a substitute.
   */
  charset: number;
}

export interface SheetSpec {
  /** Stable identity, independent of language (src/domain/vocabulary.ts SHEET_KEYS). */
  key: SheetKey;
  /** Localized, valid Excel sheet name (≤ 31 chars, none of `[]:*?/\`). */
  name: string;
  tabColor?: string;
  columns: ColumnSpec[];
  blocks: BlockSpec[];
  /** Rows/columns frozen at the top/left. */
  freeze?: { rows: number; columns: number };
  /**
   * Heights in points of rows that need more than one line (wrapped headers, strategies);
   * rows not listed keep the host's default height. Optional: a writer may ignore it.
   */
  rowHeights?: { row: number; height: number }[];
  merges?: string[];
  conditionalFormats: ConditionalFormatSpec[];
  validations: ValidationSpec[];
  charts: ChartSpec[];
  pageSetup: PageSetupSpec;
  /**
   * Rectangles the team fills below the blocks (the daily log's report rows): formulas may
   * refer to them though no block defines their cells, and writers leave them alone.
   */
  entryRanges?: string[];
}

export interface DefinedNameSpec {
  /** Workbook-level name, e.g. `SprintTarget`. */
  name: string;
  /** Absolute reference with sheet name, e.g. `"'输入'!$B$3"`. */
  ref: string;
  comment?: string;
}

export interface WorkbookSpec {
  locale: Locale;
  /** The font of every cell the writers emit; default src/workbook/kit.ts `workbookFont(locale)`. */
  font?: FontSpec;
  /** Sheets in tab order. */
  sheets: SheetSpec[];
  names: DefinedNameSpec[];
  /**
   * Words a writer puts into the daily log itself, in the workbook's language: updating a
   * workbook made before the log moves the team's typed actuals into log rows owned by
   * `teamOwner`, each with the note `movedNote` (src/hosts/write/migrate.ts). The host-neutral
   * planner takes them from here and imports no words; without them it moves nothing.
   */
  logWords?: { teamOwner: string; movedNote: string };
}
