/**
 * The sheet's data validations as the file's XML (`<dataValidations>`, ECMA-376 Part 1
 * §18.3.1.32–33), written here rather than by ExcelJS: ExcelJS converts the bounds of a date
 * validation as JavaScript dates (`new Date(formula)`), which turns a formula into NaN and a
 * serial number into a moment of 1970. Operator and bounds come from
 * src/workbook/validation.ts, the same decision the Excel host sends through Office.js.
 */
import { parseRange, rangeAddress } from "../workbook/a1";
import type { SheetSpec, ValidationSpec, WorkbookSpec } from "../workbook/spec";
import type { Package } from "./package";
import { afterSheetData } from "./sheetData";
import { editSheetParts, insertWorksheetElement } from "./sheetXml";
import { clipText, listFormula, VALIDATION_TEXT_MAX, validationBounds } from "../workbook/validation";

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function validationXml(v: ValidationSpec): string {
  const numeric = v.kind === "whole" || v.kind === "decimal" || v.kind === "date";
  const bounds = numeric ? validationBounds(v) : null;
  const formulas = bounds ? [bounds.formula1, ...(bounds.formula2 !== undefined ? [bounds.formula2] : [])] : [listFormula(v as Extract<ValidationSpec, { kind: "list" | "listRange" }>)];
  const attrs: [string, string | undefined][] = [
    ["type", v.kind === "listRange" ? "list" : v.kind],
    // "stop" and "between" are the schema's defaults, left out as Excel leaves them out.
    ["errorStyle", v.errorStyle === "warning" ? "warning" : undefined],
    ["operator", bounds && bounds.operator !== "between" ? bounds.operator : undefined],
    ["allowBlank", v.allowBlank ? "1" : undefined],
    ["showInputMessage", v.prompt ? "1" : undefined],
    ["showErrorMessage", "1"],
    ["errorTitle", clipText(v.errorTitle, VALIDATION_TEXT_MAX.errorTitle)],
    ["error", clipText(v.error, VALIDATION_TEXT_MAX.error)],
    ["prompt", v.prompt ? clipText(v.prompt, VALIDATION_TEXT_MAX.prompt) : undefined],
    ["sqref", rangeAddress(parseRange(v.range))],
  ];
  const open = attrs
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([k, x]) => ` ${k}="${esc(x)}"`)
    .join("");
  return `<dataValidation${open}>${formulas.map((f, i) => `<formula${i + 1}>${esc(f)}</formula${i + 1}>`).join("")}</dataValidation>`;
}

/** `<dataValidations>` of a sheet, or "" when it has none. */
export function validationsXml(sheet: SheetSpec): string {
  if (sheet.validations.length === 0) return "";
  return `<dataValidations count="${sheet.validations.length}">${sheet.validations.map(validationXml).join("")}</dataValidations>`;
}

/** The worksheet's XML with `validations` in its place (any earlier `<dataValidations>` replaced). */
export function withValidations(sheetXml: string, validations: string): string {
  const cells = afterSheetData(sheetXml);
  const xml = sheetXml.slice(0, cells) + sheetXml.slice(cells).replace(/<dataValidations\b[^>]*\/>|<dataValidations\b[\s\S]*?<\/dataValidations>/, "");
  return validations ? insertWorksheetElement(xml, "dataValidations", validations) : xml;
}

/** Puts every sheet's validations into `pkg` (ExcelJS's output, written without any). */
export function addValidationParts(pkg: Package, spec: WorkbookSpec): void {
  editSheetParts(pkg, spec, (sheet, xml) => {
    const dv = validationsXml(sheet);
    return dv ? withValidations(xml(), dv) : null;
  });
}
