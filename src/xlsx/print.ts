/**
 * The printing and font parts of the .xlsx that ExcelJS cannot write, added to its output:
 * - the default font (the "Normal" style's, used by every cell without a style of its own,
 *   e.g. the daily log's report rows): ExcelJS always writes the theme's Calibri;
 * - manual column breaks (`<colBreaks>`; ExcelJS writes row breaks only).
 */
import type { FontSpec, WorkbookSpec } from "../workbook/spec";
import type { Package } from "./package";
import { editSheetParts, insertWorksheetElement } from "./sheetXml";

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The `<font>` of the Normal style: named, sans serif (`family` 2), in the family's character set. */
export function normalFontXml(font: FontSpec): string {
  return `<font><sz val="${font.size}"/><color theme="1"/><name val="${esc(font.name)}"/><family val="2"/><charset val="${font.charset}"/></font>`;
}

function withColumnBreaks(sheetXml: string, columns: readonly number[]): string {
  // A break's id is the zero-based column it is left of: a page starting at column c (1-based) is id c - 1.
  const brks = columns.map((c) => `<brk id="${c - 1}" max="1048575" man="1"/>`).join("");
  const el = `<colBreaks count="${columns.length}" manualBreakCount="${columns.length}">${brks}</colBreaks>`;
  return insertWorksheetElement(sheetXml, "colBreaks", el);
}

/** Adds the default font and the column breaks of `spec` to `pkg` (ExcelJS's output). */
export function addPrintParts(pkg: Package, spec: WorkbookSpec, font: FontSpec): void {
  const styles = pkg.text("xl/styles.xml");
  // The first font is the Normal style's (cellStyleXfs 0).
  pkg.set("xl/styles.xml", styles.replace(/(<fonts\b[^>]*>)<font>[\s\S]*?<\/font>/, (_m, open: string) => open + normalFontXml(font)));
  editSheetParts(pkg, spec, (sheet, xml) => {
    const breaks = sheet.pageSetup.columnBreaks;
    return breaks.length === 0 ? null : withColumnBreaks(xml(), breaks);
  });
}
