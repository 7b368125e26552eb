/**
 * The write operations a plan is made of (plain data, host-neutral): the Excel host queues
 * them on a request context (src/hosts/excel/apply.ts), the preview applies them to its
 * in-browser workbook (src/hosts/preview/workbook.ts). Also the payload estimate that cuts a plan
 * into requests under Excel on the web's 5 MB limit (docs/architecture.md "Round trips and request sizes").
 */
import type { CellStyle, ChartSpec, FontSpec, PageSetupSpec, ValidationSpec } from "../../workbook/spec";

/** Fill of input cells whose style sets none (the light yellow of Excel's "Input"-like cells). */
export const INPUT_FILL = "#FFF2CC";
/** Prefix of chart names this add-in creates (so update can replace its own charts only). */
export const CHART_PREFIX = "SalesSprint_";

export type Op =
  | { t: "addSheet"; sheet: string }
  | { t: "addName"; scope: string | null; name: string; ref: string; comment: string }
  | { t: "setName"; scope?: string | null; name: string; ref: string; comment: string }
  | { t: "clear"; sheet: string; address: string; what: "All" | "Formats" }
  | { t: "unmerge"; sheet: string; address: string }
  /**
   * One format per cell (null leaves a cell as it is); a 1×1 `data` on a larger range gives every
   * cell of it that format, as Excel applies a single value to a whole range.
   */
  | { t: "numberFormat"; sheet: string; address: string; data: (string | null)[][] }
  | { t: "formulas"; sheet: string; address: string; data: (string | number | boolean | null)[][] }
  /**
   * Copies the formulas of the range `from` into the range `address` of the same sheet, as
   * Excel's `Range.copyFrom` with "Formulas" does: where `address` is a whole multiple of `from`
   * the source is repeated, and relative references move with each copy, as in Fill Down.
   * Planned only where the copy writes exactly what the cells would get one by one (./copyDown.ts).
   */
  | { t: "copyFormulas"; sheet: string; from: string; address: string }
  /** The workbook's font (name and base size) on a block, before its styles. */
  | { t: "font"; sheet: string; address: string; name: string; size: number }
  | { t: "style"; sheet: string; address: string; rows: number; cols: number; style: CellStyle }
  /** `numberFormat`: the whole columns' format (what a value typed later shows as). */
  | { t: "columns"; sheet: string; address: string; points?: number; hidden?: boolean; numberFormat?: string }
  | { t: "merge"; sheet: string; address: string }
  | { t: "freeze"; sheet: string; rows: number; columns: number }
  | { t: "tabColor"; sheet: string; color: string }
  | { t: "cfClear"; sheet: string; address: string }
  | { t: "cf"; sheet: string; address: string; formula: string; style: Pick<CellStyle, "fill" | "color" | "bold"> }
  | { t: "dvClear"; sheet: string; address: string }
  | { t: "dv"; sheet: string; spec: ValidationSpec }
  /**
   * `pagesTall`: pages to fit vertically when the spec fits to a width and "as many pages tall
   * as needed" (Office.js documents a number of pages only): one per row, so the height never
   * decides the scale. `font`: of the page header and footer.
   */
  | { t: "pageSetup"; sheet: string; spec: PageSetupSpec; pagesTall: number; font: FontSpec }
  | { t: "deleteChart"; sheet: string; name: string }
  /** `font`: of the chart's text. */
  | { t: "chart"; sheet: string; name: string; spec: ChartSpec; font: FontSpec }
  | { t: "note"; sheet: string; address: string; text: string }
  | { t: "setting"; key: string; value: string }
  | { t: "activate"; sheet: string };

/** The cosmetic steps, in the order a plan sends them; each may fail without stopping the others. */
export const COSMETIC_STEPS = ["pageSetup", "charts", "notes", "activate"] as const;
export type CosmeticStep = (typeof COSMETIC_STEPS)[number];

export interface PlannedOp {
  op: Op;
  /**
   * Cosmetic operations (page setup, charts, notes, activation) come last, after the final
   * write record: if one of them fails, the plan itself is complete and is kept.
   */
  cosmetic: boolean;
  /** Which cosmetic step the operation belongs to (cosmetic operations only). */
  step?: CosmeticStep;
}

export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const PER_ACTION_BYTES = 160;

function actionCount(op: Op): number {
  switch (op.t) {
    case "style":
      return 3 + Object.keys(op.style).length + (op.style.border ? 12 : 0);
    case "chart":
      return 12 + 6 * op.spec.series.length;
    case "dv":
      return 6;
    case "cf":
      return 8;
    case "pageSetup":
      return 24 + 3 * (op.spec.rowBreaks.length + op.spec.columnBreaks.length);
    case "font":
      return 4;
    default:
      return 3;
  }
}

/**
 * Estimated request bytes of one operation: its JSON (what Office.js serializes as the
 * action's arguments) plus a per-action allowance for object paths and ids. Deliberately
 * generous, so a batch we estimate under the limit is under it.
 */
export function estimateBytes(op: Op): number {
  return utf8Bytes(JSON.stringify(op)) + PER_ACTION_BYTES * actionCount(op);
}

/** Cuts the plan into batches whose estimated request size stays within `limitBytes`. */
export function batchesOf(ops: PlannedOp[], limitBytes: number): { ops: PlannedOp[]; bytes: number }[] {
  const out: { ops: PlannedOp[]; bytes: number }[] = [];
  let cur: PlannedOp[] = [];
  let bytes = 0;
  for (const p of ops) {
    const b = estimateBytes(p.op);
    if (cur.length > 0 && bytes + b > limitBytes) {
      out.push({ ops: cur, bytes });
      cur = [];
      bytes = 0;
    }
    cur.push(p);
    bytes += b;
  }
  if (cur.length > 0) out.push({ ops: cur, bytes });
  return out;
}

/** Column widths in points, as the page setup reckons them (src/workbook/print.ts). */
export { widthToPoints } from "../../workbook/print";
