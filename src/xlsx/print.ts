/**
 * The printing and font parts of the .xlsx that ExcelJS cannot write, added to its output:
 * - the default font (the "Normal" style's, used by every cell without a style of its own,
 *   e.g. the daily log's report rows): ExcelJS always writes the theme's Calibri;
 * - manual column breaks (`<colBreaks>`; ExcelJS writes row breaks only).
 */
import type JSZip from "jszip";
import type { FontSpec, WorkbookSpec } from "../workbook/spec";
import { sheetPaths } from "./charts";

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The `<font>` of the Normal style: named, sans serif (`family` 2), in the family's character set. */
export function normalFontXml(font: FontSpec): string {
  return `<font><sz val="${font.size}"/><color theme="1"/><name val="${esc(font.name)}"/><family val="2"/><charset val="${font.charset}"/></font>`;
}

/** Elements that may follow `<colBreaks>` in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_COL_BREAKS = [
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

function withColumnBreaks(sheetXml: string, columns: readonly number[]): string {
  // A break's id is the zero-based column it is left of: a page starting at column c (1-based) is id c - 1.
  const brks = columns.map((c) => `<brk id="${c - 1}" max="1048575" man="1"/>`).join("");
  const el = `<colBreaks count="${columns.length}" manualBreakCount="${columns.length}">${brks}</colBreaks>`;
  let at = sheetXml.lastIndexOf("</worksheet>");
  for (const name of AFTER_COL_BREAKS) {
    const i = sheetXml.indexOf(`<${name}`);
    if (i >= 0 && i < at) at = i;
  }
  return sheetXml.slice(0, at) + el + sheetXml.slice(at);
}

/** Adds the default font and the column breaks of `spec` to `zip` (ExcelJS's output). */
export async function addPrintParts(zip: JSZip, spec: WorkbookSpec, font: FontSpec): Promise<void> {
  const styles = await zip.file("xl/styles.xml")!.async("string");
  // The first font is the Normal style's (cellStyleXfs 0).
  zip.file("xl/styles.xml", styles.replace(/(<fonts\b[^>]*>)<font>[\s\S]*?<\/font>/, (_m, open: string) => open + normalFontXml(font)));
  const paths = await sheetPaths(zip);
  for (const sheet of spec.sheets) {
    const breaks = sheet.pageSetup.columnBreaks;
    if (breaks.length === 0) continue;
    const path = paths.get(sheet.name);
    if (!path) throw new Error(`sheet ${sheet.name} is missing from the written file`);
    zip.file(path, withColumnBreaks(await zip.file(path)!.async("string"), breaks));
  }
}
