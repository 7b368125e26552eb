/**
 * Adding an element to a worksheet part that ExcelJS wrote (column breaks, data validations):
 * the schema fixes the order of a worksheet's children (ECMA-376 Part 1 §18.3.1.99
 * CT_Worksheet), so an element goes before the first one that must follow it.
 */
import type { SheetSpec, WorkbookSpec } from "../workbook/spec";
import { packageSheetPaths } from "./charts";
import type { Package } from "./package";

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

/** `sheetXml` with `xml` (an element `name`) inserted where the schema puts it. */
export function insertWorksheetElement(sheetXml: string, name: WorksheetElement, xml: string): string {
  let at = sheetXml.lastIndexOf("</worksheet>");
  for (const after of WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf(name) + 1)) {
    const m = new RegExp(`<${after}[\\s/>]`).exec(sheetXml);
    if (m && m.index < at) at = m.index;
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
