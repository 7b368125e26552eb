/**
 * Printing: the page setup of every generated sheet, worked out from the sheet's columns and
 * rows so that each printed page is one a manager would hand to the boss.
 *
 * - Text never prints below MIN_PRINTED_PT: a sheet is shrunk at most to the scale at which
 *   its smallest font still prints at 8 pt (11-pt text: 75 %). A sheet wider than a page is
 *   split into pages by column groups (the sprint sheet: the day and its plan, then its
 *   actuals), with its header rows and key column repeated on every page, instead of being
 *   shrunk onto one page.
 * - Rows that belong together (a week's review block, the weekly table with its chart) start
 *   on a new page when the rest of the current page cannot hold them.
 * - A sheet that fits one page wide is fitted to the width (Excel prints it at 100 %, an app
 *   whose substitute font runs wider shrinks it a little instead of cutting a column off).
 * - `fitTo` puts a whole sheet on a given number of pages (a one-page summary), checked to
 *   stay readable.
 *
 * Widths are Excel's (src/hosts/write uses the same conversion to set them in Excel); heights
 * use a generous budget per row, so that a page the estimate fills is never overfull in an
 * app whose fallback Chinese font makes rows taller.
 */
import { format } from "../i18n/locale";
import { parseCell } from "./a1";
import type { ColumnSpec, FontSpec, PageHeaderSpec, PageMarginsSpec, PageSetupSpec, PrintScaleSpec } from "./spec";

/** The smallest size text may print at, in points, after scaling. */
export const MIN_PRINTED_PT = 8;

/** Narrow side margins, room above and below for the page header and footer (inches). */
export const PAGE_MARGINS: PageMarginsSpec = { left: 0.25, right: 0.25, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 };

/** A4 in points. */
const A4 = { short: 595.28, long: 841.89 };

/** Height budget in points of a row without an explicit height (Excel: 15 for 11-pt text). */
export const ROW_BUDGET_PT = 18;
/** … and of a row holding a title (12–14 pt). */
const TITLE_ROW_BUDGET_PT = 24;

/** Share of a page's width the columns of one page may fill (room for fonts that run wider). */
const WIDTH_SLACK = 0.97;

/** Scales tried for a sheet wider than a page, largest first (percent). */
const SCALE_STEP = 5;

/** Excel column width: characters (of the default font's digit) -> points (7 px a digit + 5 px padding, 0.75 pt a px). */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export type Orientation = PageSetupSpec["orientation"];

/** What a builder asks of a sheet's printout (SheetDraft.build); planPageSetup turns it into a PageSetupSpec. */
export interface PrintIntent {
  /** Default: portrait when the columns fit a portrait page at 100 %, else landscape. */
  orientation?: Orientation;
  /** Rows repeated at the top of every page, e.g. `"5:5"`. */
  titleRows?: string;
  /** Columns repeated at the left of every page when the sheet is wider than a page, e.g. `"A:B"`. */
  titleColumns?: string;
  /** First columns (1-based) of the column groups that stay on one page; default: every column on its own. */
  columnGroups?: readonly number[];
  /** Row ranges that stay on one page (a week's review block; the weekly table with its chart). */
  keepTogether?: readonly { top: number; bottom: number }[];
  /** Print only this range (e.g. `"A1:N40"`); default: every used cell. */
  printArea?: string;
  /** The whole sheet on this many pages, e.g. `{ wide: 1, tall: 1 }` for a one-page summary. */
  fitTo?: { wide: number; tall: number };
}

/** What the planner needs to know of a sheet. */
export interface SheetShape {
  columns: readonly ColumnSpec[];
  /** Last row holding something the builders wrote. */
  lastRow: number;
  /** Height in points of a row (explicit heights, else the budget). */
  rowHeight(row: number): number;
  /** Smallest font size on the sheet (cells and charts), in points. */
  minFontPt: number;
}

/** Printable width and height inside the margins, in points. */
export function printableArea(orientation: Orientation, margins: PageMarginsSpec = PAGE_MARGINS): { width: number; height: number } {
  const [w, h] = orientation === "portrait" ? [A4.short, A4.long] : [A4.long, A4.short];
  return { width: w - (margins.left + margins.right) * 72, height: h - (margins.top + margins.bottom) * 72 };
}

/** The smallest scale (percent, in SCALE_STEP steps) at which `fontPt` still prints at MIN_PRINTED_PT. */
export function minScaleFor(fontPt: number): number {
  return Math.min(100, Math.ceil((100 * MIN_PRINTED_PT) / fontPt / SCALE_STEP) * SCALE_STEP);
}

/** Budget height of a row given the largest font in it. */
export function rowBudget(fontPt: number): number {
  return fontPt > 12 ? TITLE_ROW_BUDGET_PT : ROW_BUDGET_PT;
}

function colSpan(spec: string): [number, number] {
  const [a, b = a] = spec.replace(/\$/g, "").split(":");
  return [parseCell(`${a}1`).col, parseCell(`${b}1`).col];
}

function rowSpan(spec: string): [number, number] {
  const [a, b = a] = spec.replace(/\$/g, "").split(":");
  return [Number(a), Number(b)];
}

/** Printed width of each column (hidden ones 0), index 0 = column A. */
function columnPoints(columns: readonly ColumnSpec[]): number[] {
  return columns.map((c) => (c.hidden ? 0 : widthToPoints(c.width)));
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/**
 * Column pages at one scale: greedy, whole groups per page, the title columns repeated on
 * every page after the first. Returns the first column of every page after the first.
 */
function packColumns(widths: readonly number[], groupStarts: readonly number[], titleWidth: number, capacity: number): number[] {
  const starts = [...new Set([1, ...groupStarts])].filter((c) => c >= 1 && c <= widths.length).sort((a, b) => a - b);
  const breaks: number[] = [];
  let used = 0;
  starts.forEach((start, i) => {
    const end = (starts[i + 1] ?? widths.length + 1) - 1;
    const w = sum(widths.slice(start - 1, end));
    if (w === 0) return;
    if (used > 0 && used + w > capacity) {
      breaks.push(start);
      used = titleWidth;
    }
    used += w;
  });
  return breaks;
}

/**
 * Manual row breaks that keep each `keepTogether` range on one page. The rows are laid out at
 * the budget heights from the last manual break: a range starts a new page unless it fits on
 * one page together with everything above it since that break. (Where the app itself breaks
 * the rows above is unknown, since real rows are shorter than the budget; the range is only
 * safe on a page whose start is known.)
 */
function keepRowsTogether(shape: SheetShape, pageHeight: number, titleRows: [number, number] | null, keep: readonly { top: number; bottom: number }[]): number[] {
  const heightOf = (from: number, to: number): number => sum(Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => shape.rowHeight(from + i)));
  const titleHeight = titleRows ? heightOf(titleRows[0], titleRows[1]) : 0;
  const breaks: number[] = [];
  // Height printed since the last manual break (page 1: from row 1, title rows in place).
  let start = 1;
  let repeated = 0;
  for (const g of [...keep].sort((a, b) => a.top - b.top)) {
    if (g.top <= start) continue;
    if (repeated + heightOf(start, g.bottom) > pageHeight) {
      breaks.push(g.top);
      start = g.top;
      repeated = titleHeight;
    }
  }
  return breaks;
}

/** The page setup of a sheet (without header and footer, which the workbook adds). */
export function planPageSetup(intent: PrintIntent, shape: SheetShape): PageSetupSpec {
  const widths = columnPoints(shape.columns);
  const total = sum(widths);
  const minScale = minScaleFor(shape.minFontPt);
  const orientation: Orientation = intent.orientation ?? (total <= printableArea("portrait").width * WIDTH_SLACK ? "portrait" : "landscape");
  const area = printableArea(orientation);
  const base = {
    orientation,
    paper: "A4" as const,
    margins: PAGE_MARGINS,
    ...(intent.titleRows ? { printTitleRows: intent.titleRows } : {}),
    ...(intent.printArea ? { printArea: intent.printArea } : {}),
  };

  if (intent.fitTo) {
    let height = 0;
    for (let r = 1; r <= shape.lastRow; r++) height += shape.rowHeight(r);
    const scale = Math.min(1, (area.width * intent.fitTo.wide) / total, (area.height * intent.fitTo.tall) / height) * 100;
    if (scale < minScale) {
      throw new Error(`fitted to ${intent.fitTo.wide}×${intent.fitTo.tall} pages the sheet prints at ${Math.floor(scale)} %, below the ${minScale} % that keeps its text at ${MIN_PRINTED_PT} pt`);
    }
    return { ...base, scale: { pagesWide: intent.fitTo.wide, pagesTall: intent.fitTo.tall }, pageOrder: "downThenOver", rowBreaks: [], columnBreaks: [] };
  }

  const keep = intent.keepTogether ?? [];
  // Fits one page wide and needs no manual breaks (which fitting would ignore): fit to width.
  if (total <= area.width * WIDTH_SLACK && keep.length === 0) {
    return { ...base, scale: { pagesWide: 1, pagesTall: null }, pageOrder: "downThenOver", rowBreaks: [], columnBreaks: [] };
  }

  // A fixed scale: the fewest pages wide, at the largest scale that gives them.
  const titleCols = intent.titleColumns ? colSpan(intent.titleColumns) : null;
  const titleWidth = titleCols ? sum(widths.slice(titleCols[0] - 1, titleCols[1])) : 0;
  const groups = intent.columnGroups ?? widths.map((_, i) => i + 1);
  let best: { percent: number; breaks: number[] } | null = null;
  for (let percent = 100; percent >= minScale; percent -= SCALE_STEP) {
    const breaks = packColumns(widths, groups, titleWidth, ((area.width * 100) / percent) * WIDTH_SLACK);
    if (!best || breaks.length < best.breaks.length) best = { percent, breaks };
  }
  const { percent, breaks: columnBreaks } = best ?? { percent: 100, breaks: [] };
  const titleRows = intent.titleRows ? rowSpan(intent.titleRows) : null;
  const rowBreaks = keep.length > 0 ? keepRowsTogether(shape, (area.height * 100) / percent, titleRows, keep) : [];
  const scale: PrintScaleSpec = { percent };
  return {
    ...base,
    scale,
    ...(titleCols && columnBreaks.length > 0 ? { printTitleColumns: intent.titleColumns } : {}),
    pageOrder: columnBreaks.length > 0 ? "overThenDown" : "downThenOver",
    rowBreaks,
    columnBreaks,
  };
}

// ---- page header and footer --------------------------------------------------------------------

/** Header and footer sections in Excel's code language (ECMA-376 Part 1 §18.3.1.46; Office.js `HeaderFooter`). */
export interface HeaderFooterSections {
  header: { left: string; center: string; right: string };
  footer: { left: string; center: string; right: string };
}

/** Excel's limit on the characters of a header or of a footer ("Excel specifications and limits"). */
export const MAX_HEADER_FOOTER_CHARS = 255;

/** Literal text in a header: "&" is the code character, "&&" prints one. */
function literal(s: string): string {
  return s.replace(/&/g, "&&");
}

/**
 * The header (sprint name, sheet name, sprint dates) and footer ("page N of M") of a page setup,
 * each section starting with the workbook's font and size (the size code first: a digit after
 * it would be read as part of the size).
 */
export function headerFooterSections(h: PageHeaderSpec, font: FontSpec): HeaderFooterSections {
  const lead = `&${font.size}&"${font.name.replace(/"/g, "")},Regular"`;
  const section = (text: string): string => (text ? lead + text : "");
  const pageOf = literal(h.pageOf).replace("{page}", "&P").replace("{pages}", "&N");
  const out: HeaderFooterSections = {
    header: { left: section(literal(h.title)), center: section("&A"), right: section(literal(h.period)) },
    footer: { left: "", center: section(pageOf), right: "" },
  };
  for (const part of [out.header, out.footer]) {
    const n = part.left.length + part.center.length + part.right.length + 6;
    if (n > MAX_HEADER_FOOTER_CHARS) throw new Error(`page header or footer of ${n} characters, over Excel's ${MAX_HEADER_FOOTER_CHARS}`);
  }
  return out;
}

/** A header or footer as one string, the way the file format stores it (`&L…&C…&R…`). */
export function joinSections(s: { left: string; center: string; right: string }): string {
  return (s.left ? `&L${s.left}` : "") + (s.center ? `&C${s.center}` : "") + (s.right ? `&R${s.right}` : "");
}

/** The page header of a sprint's sheets: its dates and "page N of M" in the workbook's language. */
export function sprintPageHeader(strings: { period: string; pageOf: string }, from: string, to: string): PageHeaderSpec {
  return { title: "", period: format(strings.period, { from, to }), pageOf: strings.pageOf };
}
