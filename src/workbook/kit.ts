/**
 * The builders' toolkit: styles, number formats, cell constructors, formula snippets,
 * and SheetDraft, which collects a sheet's blocks, merges, conditional formats and
 * validations and hands back a SheetSpec.
 */
import { format, type Locale } from "../i18n/locale";
import type { SheetStrings } from "../i18n/sheet";
import { parseCell, parseRange } from "./a1";
import { planPageSetup, rowBudget, type PrintIntent } from "./print";
import type {
  BlockSpec,
  CellSpec,
  CellStyle,
  ChartSpec,
  ColumnSpec,
  ConditionalFormatSpec,
  FontSpec,
  SheetSpec,
  ValidationSpec,
} from "./spec";
import type { SheetKey } from "../domain/vocabulary";

// ---- font ------------------------------------------------------------------------------------

/** Size in points of text whose style sets none. */
export const BODY_PT = 11;

/**
 * The one font family of a workbook, named on every cell, page header and chart:
 * - zh-CN: DengXian (等线), the font Excel 2016 and later (Windows and Mac) use for Chinese
 *   text by default; its digits are as wide as Calibri's (7 px at 11 pt), so column widths
 *   made for Calibri hold.
 * - zh-TW: Microsoft JhengHei (微軟正黑體), the Traditional Chinese sans serif of Windows
 *   (Vista and later) and of Office for Mac.
 * - en: Calibri, Excel's default.
 * A file also says the family is sans serif (`family` 2) and its character set, so an app that
 * lacks the font substitutes a sans serif that covers Chinese (LibreOffice on Linux: its default
 * sans serif, with Noto Sans CJK or WenQuanYi for the Chinese characters), never a serif.
 */
export function workbookFont(locale: Locale): FontSpec {
  switch (locale) {
    case "zh-CN":
      return { name: "DengXian", size: BODY_PT, charset: 134 };
    case "zh-TW":
      return { name: "Microsoft JhengHei", size: BODY_PT, charset: 136 };
    case "en":
      return { name: "Calibri", size: BODY_PT, charset: 0 };
  }
}

// ---- styles and formats -----------------------------------------------------------------

export const STYLE = {
  title: { bold: true, fontSize: 14, color: "#1F3864" },
  hint: { italic: true, color: "#595959" },
  header: { bold: true, fill: "#D9E1F2", border: true, wrap: true, hAlign: "center" },
  section: { bold: true, fill: "#EDEDED", border: true },
  /** Cells the team fills in: yellow, blue text (the spreadsheet convention for inputs). */
  input: { fill: "#FFF2CC", color: "#1F4E79", border: true },
  calc: { border: true },
  label: { border: true },
  name: { color: "#595959", border: true },
  total: { bold: true, fill: "#F2F2F2", border: true },
  kpiLabel: { bold: true, fill: "#DDEBF7", border: true, wrap: true, hAlign: "center" },
  kpiValue: { bold: true, fontSize: 12, border: true, hAlign: "center" },
  flag: { bold: true, color: "#C00000", hAlign: "center" },
} as const satisfies Record<string, CellStyle>;

/** Conditional-format looks (Excel's own red / yellow / green presets). */
export const LOOK = {
  red: { fill: "#FFC7CE", color: "#9C0006" },
  yellow: { fill: "#FFEB9C", color: "#9C5700" },
  green: { fill: "#C6EFCE", color: "#006100" },
  off: { fill: "#F2F2F2", color: "#808080" },
} as const;

export const FMT = {
  count: "#,##0",
  oneDecimal: "#,##0.0",
  twoDecimals: "#,##0.00",
  pct: "0.0%",
  pctWhole: "0%",
  date: "yyyy-mm-dd",
} as const;

/** Money without a hard-coded currency symbol, unless one was chosen. */
export function moneyFormat(currency: string, decimals = false): string {
  const n = decimals ? FMT.twoDecimals : FMT.count;
  return currency ? `"${currency}"${n}` : n;
}

/** "Yes" for 1, "No" for 0: a number format, so the cell stays numeric for SUM. */
export function yesNoFormat(s: SheetStrings): string {
  return `"${s.yes}";"${s.yes}";"${s.no}"`;
}

/** Height in points of a row that shows two lines of 11-pt text. */
export const TWO_LINES = 30;

/** Width of a text in Excel's column-width units: CJK and full-width characters count twice. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * Lines a wrapped text takes in a cell `width` characters wide (Excel's column-width units):
 * words fill a line greedily, CJK characters break anywhere; bold text runs about a tenth wider.
 */
export function lineCount(s: string, width: number): number {
  const room = Math.max(1, width - 1);
  const words = s.split(/(?<=[\s\u3000-\u9fff\uff00-\uffef])|(?=[\u3000-\u9fff\uff00-\uffef])/).filter((x) => x.trim() !== "");
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const w = displayWidth(word.trim()) * 1.1;
    const gap = used > 0 && !/^[\u3000-\u9fff\uff00-\uffef]/.test(word) ? 1 : 0;
    if (used > 0 && used + gap + w > room) {
      lines++;
      used = w;
    } else used += gap + w;
  }
  return lines;
}

/** A column at least `base` wide, and wide enough that its header wraps only between words (plus bold padding). */
export function fitWidth(base: number, header: string, ...values: readonly string[]): number {
  const longestWord = Math.max(...header.split(/\s+/).map(displayWidth));
  const longestValue = Math.max(0, ...values.map(displayWidth));
  return Math.max(base, Math.ceil(longestWord * 1.1) + 2, longestValue + 2);
}

// ---- cells --------------------------------------------------------------------------------

export const EMPTY: CellSpec = {};

export function text(v: string, style: CellStyle = STYLE.label): CellSpec {
  return { v, style };
}

export function num(v: number, fmt?: string, style: CellStyle = STYLE.calc): CellSpec {
  return { v, fmt, style };
}

export function calc(f: string, fmt?: string, style: CellStyle = STYLE.calc): CellSpec {
  return { f, fmt, style };
}

/** A cell the team fills in (empty unless a default is given). */
export function input(v: string | number | boolean | null = null, fmt?: string, style: CellStyle = STYLE.input): CellSpec {
  return v === null ? { fmt, style, input: true } : { v, fmt, style, input: true };
}

// ---- formula snippets ---------------------------------------------------------------------

/** A string literal inside a formula. */
export function lit(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** CHOOSE(index, "a", "b", …). */
export function chooseText(index: string, options: readonly string[]): string {
  return `CHOOSE(${index},${options.map(lit).join(",")})`;
}

/**
 * Round up, ignoring floating-point noise: the sheet twin of ceilClean (src/domain/leads.ts):
 * a value within 1e-9 (relative) of a whole number is that number.
 */
export function ceilCleanF(x: string): string {
  return `IF(ABS(${x}-ROUND(${x},0))<=1E-9*MAX(1,ABS(${x})),ROUND(${x},0),ROUNDUP(${x},0))`;
}

/**
 * A localized template as a formula: its words as string literals, each `{key}` replaced by
 * the formula `parts[key]`, joined with `&` (e.g. "第 {day} 天" → `"第 "&LastReportedDay&" 天"`).
 */
export function templateF(template: string, parts: Readonly<Record<string, string>>): string {
  const pieces = template.split(/\{(\w+)\}/).flatMap((piece, i) => {
    if (i % 2 === 0) return piece ? [lit(piece)] : [];
    const f = parts[piece];
    if (f === undefined) throw new Error(`no formula for {${piece}} in "${template}"`);
    return [f];
  });
  return pieces.length === 0 ? '""' : pieces.join("&");
}

/** A localized flag text with `{pct}` replaced by TEXT(threshold,"0%"). */
export function pctText(template: string, threshold: string): string {
  return templateF(template, { pct: `TEXT(${threshold},"0%")` });
}

// ---- validations --------------------------------------------------------------------------

function showBound(n: number, percent: boolean): string {
  return percent ? `${Math.round(n * 10000) / 100}%` : n.toLocaleString("en-US");
}

export function validationText(s: SheetStrings) {
  const v = s.validation;
  return {
    whole: (range: string, min: number, max: number, prompt?: string): ValidationSpec => ({
      kind: "whole",
      range,
      min,
      max,
      allowBlank: true,
      errorTitle: v.title,
      error: format(v.whole, { min: showBound(min, false), max: showBound(max, false) }),
      prompt,
    }),
    decimal: (range: string, min: number, max?: number, percent = false, prompt?: string): ValidationSpec => ({
      kind: "decimal",
      range,
      min,
      max,
      allowBlank: true,
      errorTitle: v.title,
      error:
        max === undefined
          ? format(v.decimalMin, { min: showBound(min, percent) })
          : format(v.decimal, { min: showBound(min, percent), max: showBound(max, percent) }),
      prompt,
    }),
    date: (range: string, prompt?: string): ValidationSpec => ({
      kind: "date",
      range,
      allowBlank: false,
      errorTitle: v.title,
      error: v.date,
      prompt,
    }),
    list: (range: string, values: string[], prompt?: string): ValidationSpec => ({
      kind: "list",
      range,
      values,
      allowBlank: true,
      errorTitle: v.title,
      error: v.list,
      prompt,
    }),
  };
}

// ---- sheet draft --------------------------------------------------------------------------

export class SheetDraft {
  private readonly blocks: BlockSpec[] = [];
  private readonly merges: string[] = [];
  private readonly conditionalFormats: ConditionalFormatSpec[] = [];
  private readonly validations: ValidationSpec[] = [];
  private readonly charts: ChartSpec[] = [];
  private readonly heights = new Map<number, number>();

  /** A rectangle of cells with its top-left at `at`; rows must have equal length. */
  block(at: string, cells: CellSpec[][]): this {
    const width = cells[0]?.length ?? 0;
    if (width === 0 || cells.some((row) => row.length !== width)) {
      throw new Error(`block at ${at}: rows must be non-empty and of equal length`);
    }
    this.blocks.push({ at, cells });
    return this;
  }

  merge(range: string): this {
    const r = parseRange(range);
    if (r.top !== r.bottom || r.left !== r.right) this.merges.push(range);
    return this;
  }

  /** Conditional format; priorities follow the order of calls (earlier wins). */
  highlight(range: string, formula: string, style: ConditionalFormatSpec["style"]): this {
    this.conditionalFormats.push({ kind: "expression", range, formula, style, priority: this.conditionalFormats.length + 1 });
    return this;
  }

  /**
   * Red / yellow / green on attainment: `ref` is the attainment cell relative to the range's
   * top-left (e.g. "Y6", or "$Y6" to colour neighbouring cells by it); `when`, a condition that
   * must hold as well (e.g. that the cell shows an attainment at all).
   */
  attainment(range: string, ref: string, when?: string): this {
    const and = (test: string): string => `AND(${when ? `${when},` : ""}ISNUMBER(${ref}),${test})`;
    return this.highlight(range, and(`${ref}<ThresholdRed`), LOOK.red)
      .highlight(range, and(`${ref}>=ThresholdRed,${ref}<ThresholdGreen`), LOOK.yellow)
      .highlight(range, and(`${ref}>=ThresholdGreen`), LOOK.green);
  }

  validate(...v: ValidationSpec[]): this {
    this.validations.push(...v);
    return this;
  }

  /** Rows that need more than the default height (wrapped text). */
  rowHeight(height: number, ...rows: number[]): this {
    for (const r of rows) this.heights.set(r, height);
    return this;
  }

  chart(c: ChartSpec): this {
    this.charts.push(c);
    return this;
  }

  build(meta: {
    key: SheetKey;
    name: string;
    tabColor?: string;
    columns: ColumnSpec[];
    freeze?: { rows: number; columns: number };
    /** How the sheet prints (src/workbook/print.ts); the page setup follows from it and the sheet's size. */
    print: PrintIntent;
    entryRanges?: string[];
  }): SheetSpec {
    return {
      key: meta.key,
      name: meta.name,
      tabColor: meta.tabColor,
      columns: meta.columns,
      blocks: this.blocks,
      freeze: meta.freeze,
      rowHeights: [...this.heights].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height })),
      merges: this.merges,
      conditionalFormats: this.conditionalFormats,
      validations: this.validations,
      charts: this.charts,
      pageSetup: this.pageSetup(meta.print, meta.columns),
      ...(meta.entryRanges ? { entryRanges: meta.entryRanges } : {}),
    };
  }

  /** The page setup: the sheet's size, its row heights and its smallest font, planned by src/workbook/print.ts. */
  private pageSetup(intent: PrintIntent, columns: ColumnSpec[]): SheetSpec["pageSetup"] {
    const rowFont = new Map<number, number>();
    let minFontPt = BODY_PT;
    let lastRow = 1;
    for (const b of this.blocks) {
      const top = parseCell(b.at).row;
      lastRow = Math.max(lastRow, top + b.cells.length - 1);
      b.cells.forEach((cells, i) => {
        for (const c of cells) {
          const size = c.style?.fontSize ?? BODY_PT;
          minFontPt = Math.min(minFontPt, size);
          rowFont.set(top + i, Math.max(rowFont.get(top + i) ?? BODY_PT, size));
        }
      });
    }
    // Charts write their text at BODY_PT (src/xlsx/charts.ts, src/hosts/excel/apply.ts).
    for (const c of this.charts) lastRow = Math.max(lastRow, parseRange(c.anchor).bottom);
    return planPageSetup(intent, {
      columns,
      lastRow,
      minFontPt,
      rowHeight: (row) => this.heights.get(row) ?? rowBudget(rowFont.get(row) ?? BODY_PT),
    });
  }
}
