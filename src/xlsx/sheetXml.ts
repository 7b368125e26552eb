/**
 * Adding an element to a worksheet part that ExcelJS wrote (column breaks, data validations):
 * the schema fixes the order of a worksheet's children (ECMA-376 Part 1 §18.3.1.99
 * CT_Worksheet), so an element goes before the first one that must follow it.
 */
import type { SheetSpec, WorkbookSpec } from "../workbook/spec";
import { packageSheetPaths } from "./charts";
import type { Package } from "./package";
import { afterSheetData } from "./sheetData";

/** CT_Worksheet's children, in the schema's order. */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
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
] as const;

export type WorksheetElement = (typeof WORKSHEET_ORDER)[number];

/** The first `<name` element at or after `from` (not one whose name only starts with `name`), or -1. */
function elementAt(sheetXml: string, name: string, from: number): number {
  for (let i = sheetXml.indexOf(`<${name}`, from); i >= 0; i = sheetXml.indexOf(`<${name}`, i + 1)) {
    const next = sheetXml.charCodeAt(i + name.length + 1);
    if (next === 32 || next === 47 || next === 62 || next === 9 || next === 10 || next === 13) return i; // space / > tab LF CR
  }
  return -1;
}

/** `sheetXml` with `xml` (an element `name`) inserted where the schema puts it. */
export function insertWorksheetElement(sheetXml: string, name: WorksheetElement, xml: string): string {
  const order = WORKSHEET_ORDER.indexOf(name);
  // An element after the cells is looked for after them; one before them, from the start (it comes first).
  const from = order > WORKSHEET_ORDER.indexOf("sheetData") ? afterSheetData(sheetXml) : 0;
  let at = sheetXml.lastIndexOf("</worksheet>");
  for (const after of WORKSHEET_ORDER.slice(order + 1)) {
    const i = elementAt(sheetXml, after, from);
    if (i >= 0 && i < at) at = i;
    if (after === "sheetData" && i >= 0) break; // nothing of what follows the cells comes before them
  }
  return sheetXml.slice(0, at) + xml + sheetXml.slice(at);
}

/** Rewrites the worksheet part of each sheet of `spec` for which `edit` returns new XML (null: left as is). */
export function editSheetParts(pkg: Package, spec: WorkbookSpec, edit: (sheet: SheetSpec, xml: () => string) => string | null): void {
  const paths = packageSheetPaths(pkg);
  for (const sheet of spec.sheets) {
    const path = paths.get(sheet.name);
    if (!path) throw new Error(`sheet ${sheet.name} is missing from the written file`);
    const xml = edit(sheet, () => pkg.text(path));
    if (xml !== null) pkg.set(path, xml);
  }
}
