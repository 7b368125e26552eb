/**
 * A worksheet's `<sheetData>` written as one string from the row models ExcelJS has prepared
 * (style ids, shared-string ids and merges assigned by its `prepareModel`), the same XML its
 * RowXform and CellXform write (exceljs 4.4 lib/xlsx/xform/sheet/row-xform.js, cell-xform.js)
 * without building it from a few small strings per attribute: on the largest workbook that
 * rendering and the garbage it left were the writer's largest cost (docs/figures.md,
 * workbook.bench.ts). A row model with anything this does not know is left to ExcelJS.
 */
import ExcelJS from "exceljs";

/** The parts of ExcelJS's prepared row and cell models that are written (its own, untyped, models). */
export interface RowModel {
  number: number;
  min?: number;
  max?: number;
  height?: number;
  hidden?: boolean;
  styleId?: number;
  outlineLevel?: number;
  collapsed?: boolean;
  cells: CellModel[];
}

interface CellModel {
  type: ExcelJS.ValueType;
  address: string;
  styleId?: number;
  value?: unknown;
  ssId?: number;
  formula?: string;
  sharedFormula?: string;
  shareType?: string;
  si?: number;
  result?: unknown;
}

// The control characters XML 1.0 forbids are what these patterns look for.
// eslint-disable-next-line no-control-regex
const ESCAPED = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex
const ESCAPED_ALL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g;
const ESCAPE: Record<string, string> = { '"': "&quot;", "&": "&amp;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };

/** ExcelJS's `xmlEncode`: the five XML escapes; control characters other than tab, line feed and carriage return dropped. */
export function xmlEncode(text: string): string {
  if (!ESCAPED.test(text)) return text;
  return text.replace(ESCAPED_ALL, (c) => ESCAPE[c] ?? "");
}

/** A formula's cached result: its `t` attribute and `<v>`, or null for a kind not written here. */
function result(r: unknown): { t: string; v: string } | null {
  if (r === null || r === undefined) return { t: "", v: "" };
  if (typeof r === "number") return { t: "", v: `<v>${r}</v>` }; // a number's text has nothing to escape
  if (typeof r === "string") return { t: ' t="str"', v: `<v>${xmlEncode(r)}</v>` };
  if (typeof r === "boolean") return { t: ' t="b"', v: `<v>${r ? 1 : 0}</v>` };
  if (typeof r === "object" && "error" in r && typeof r.error === "string") return { t: ' t="e"', v: `<v>${xmlEncode(r.error)}</v>` };
  return null;
}

/** One cell as CellXform writes it; null for a kind of cell left to ExcelJS. */
function cellXml(c: CellModel): string | null {
  const s = c.styleId ? ` s="${c.styleId}"` : "";
  const open = `<c r="${c.address}"${s}`;
  switch (c.type) {
    case ExcelJS.ValueType.Null:
      return c.styleId ? `${open}/>` : "";
    case ExcelJS.ValueType.Merge:
      return `${open}/>`;
    case ExcelJS.ValueType.Number:
      return typeof c.value === "number" ? `${open}><v>${c.value}</v></c>` : null;
    case ExcelJS.ValueType.Boolean:
      return `${open} t="b"><v>${c.value ? "1" : "0"}</v></c>`;
    case ExcelJS.ValueType.String:
      return c.ssId !== undefined ? `${open} t="s"><v>${c.ssId}</v></c>` : null;
    case ExcelJS.ValueType.Formula: {
      if (c.shareType !== undefined || c.si !== undefined || c.sharedFormula !== undefined || c.formula === undefined) return null;
      const r = result(c.result);
      if (r === null) return null;
      return `${open}${r.t}><f>${xmlEncode(c.formula)}</f>${r.v}</c>`;
    }
    default:
      return null;
  }
}

/** One row as RowXform writes it; null when a cell is of a kind left to ExcelJS. */
function rowXml(row: RowModel): string | null {
  let out = `<row r="${row.number}"`;
  if (row.height) out += ` ht="${row.height}" customHeight="1"`;
  if (row.hidden) out += ' hidden="1"';
  if (row.min !== undefined && row.max !== undefined && row.min > 0 && row.max > 0 && row.min <= row.max) out += ` spans="${row.min}:${row.max}"`;
  if (row.styleId) out += ` s="${row.styleId}" customFormat="1"`;
  out += ' x14ac:dyDescent="0.25"';
  if (row.outlineLevel) out += ` outlineLevel="${row.outlineLevel}"`;
  if (row.collapsed) out += ' collapsed="1"';
  let cells = "";
  for (const c of row.cells) {
    const xml = cellXml(c);
    if (xml === null) return null;
    cells += xml;
  }
  return cells === "" ? `${out}/>` : `${out}>${cells}</row>`;
}

/** The `<sheetData>` element of prepared rows, or null when a row holds a cell of a kind left to ExcelJS. */
export function sheetDataXml(rows: readonly RowModel[]): string | null {
  if (rows.length === 0) return "<sheetData/>";
  const out: string[] = [];
  for (const row of rows) {
    const xml = rowXml(row);
    if (xml === null) return null;
    out.push(xml);
  }
  return `<sheetData>${out.join("")}</sheetData>`;
}

/**
 * Where the cells end: the offset just after `</sheetData>` (or `<sheetData/>`), 0 without cells.
 * The cells are most of a worksheet (megabytes on the board): what follows them is looked for in
 * what follows them, searched from the end.
 */
export function afterSheetData(sheetXml: string): number {
  const close = sheetXml.lastIndexOf("</sheetData>");
  if (close >= 0) return close + "</sheetData>".length;
  const empty = sheetXml.indexOf("<sheetData/>");
  return empty >= 0 ? empty + "<sheetData/>".length : 0;
}
