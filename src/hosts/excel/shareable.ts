/**
 * "Make shareable": find the cells whose formula calls a SALES.* custom function and,
 * on request, replace those formulas with their current values, so a recipient without
 * the add-in sees numbers instead of #NAME?.
 *
 * Round trips are bounded, never per cell: workbook scope is one sync for the sheet list,
 * one for every sheet's used range (formulas and values as 2-D arrays), [freeze: one for
 * the spill ranges of the matched cells (dynamic arrays, ExcelApi 1.12), one for the
 * writes]; selection scope skips the first. Each write is a 2-D array over the matched
 * cells' bounding box with `null` (leave unchanged) everywhere else.
 *
 * Limit: the used ranges' formulas and values come back in one response; a workbook whose
 * used ranges exceed Excel on the web's 5 MB response limit gets Excel's error (shown to
 * the user), and the selection scope is the way out.
 */
import { cellKey, keyCol, keyRow, parseRange, rangeAddress, splitSheetRef } from "../../workbook/a1";
import type { CustomFunctionCells, ShareScope } from "../host";
import { sendBatches, type SyncCounter } from "./apply";
import { callsSalesFunction } from "../../workbook/formula";
import { constantInput } from "../write/formulas";
import { batchesOf, type PlannedOp } from "../write/ops";
import type { XlContext, XlRange, XlWorksheet } from "./xl";

interface Scanned {
  worksheet: XlWorksheet;
  range: XlRange;
}

/** Values a custom function shows while it is still computing: never frozen. */
function isPending(value: unknown, type: string | undefined): boolean {
  return type === "Error" && typeof value === "string" && /^#(BUSY!|GETTING_DATA)/i.test(value);
}

/** A current value -> what to write so the cell holds exactly that value. */
function frozenInput(value: unknown, type: string | undefined): string | number | boolean {
  if (type === "Error" && typeof value === "string") return value; // "#DIV/0!" typed is the error value
  if (typeof value === "number" || typeof value === "boolean") return value;
  return constantInput(typeof value === "string" ? value : value === null || value === undefined ? "" : String(value));
}

function originOf(range: XlRange): { top: number; left: number } {
  const r = parseRange(splitSheetRef(range.address).address);
  return { top: r.top, left: r.left };
}

export async function scanCustomFunctions(
  ctx: XlContext,
  scope: ShareScope,
  freeze: boolean,
  counter: SyncCounter,
  limitBytes: number,
  /** ExcelApi 1.12 (dynamic arrays and their spill ranges). */
  spills: boolean,
): Promise<{ result: CustomFunctionCells; sheetNames: string[] | null }> {
  const props = freeze ? "formulas,values,valueTypes,address" : "formulas,address";
  const scanned: Scanned[] = [];
  let sheetNames: string[] | null = null;
  if (scope === "workbook") {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name");
    counter.syncs++;
    await ctx.sync();
    sheetNames = sheets.items.map((s) => s.name);
    for (const worksheet of sheets.items) {
      const range = worksheet.getUsedRangeOrNullObject(true);
      range.load(props);
      scanned.push({ worksheet, range });
    }
  } else {
    const range = ctx.workbook.getSelectedRange();
    range.load(props);
    const worksheet = range.worksheet;
    worksheet.load("name");
    scanned.push({ worksheet, range });
  }
  counter.syncs++;
  await ctx.sync();

  const result: CustomFunctionCells = { total: 0, sheets: [], pending: 0 };
  const found: { s: Scanned; hits: [number, number][]; top: number; left: number }[] = [];
  for (const s of scanned) {
    if (s.range.isNullObject) continue;
    const { top, left } = originOf(s.range);
    const hits: [number, number][] = [];
    s.range.formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (callsSalesFunction(f)) hits.push([r, c]);
      }),
    );
    if (hits.length === 0) continue;
    result.total += hits.length;
    result.sheets.push({
      sheet: s.worksheet.name,
      count: hits.length,
      sample: hits.slice(0, 5).map(([r, c]) => rangeAddress({ top: top + r, left: left + c, bottom: top + r, right: left + c })),
    });
    found.push({ s, hits, top, left });
  }
  if (!freeze || found.length === 0) return { result, sheetNames };

  // Dynamic arrays: a formula's result may spill over neighbouring cells; freezing only the
  // anchor would make the spilled values vanish, so the whole spill range is frozen.
  const spillOf = new Map<string, XlRange>();
  if (spills) {
    for (const { s, hits, top, left } of found) {
      for (const [r, c] of hits) {
        const spill = s.worksheet.getRange(rangeAddress({ top: top + r, left: left + c, bottom: top + r, right: left + c })).getSpillingToRangeOrNullObject();
        spill.load("address,values,valueTypes");
        spillOf.set(`${s.worksheet.name}\u0000${r}\u0000${c}`, spill);
      }
    }
    counter.syncs++;
    await ctx.sync();
  }

  const writes: PlannedOp[] = [];
  for (const { s, hits, top, left } of found) {
    const cells = new Map<number, string | number | boolean>();
    for (const [r, c] of hits) {
      const value = s.range.values[r][c];
      const type = s.range.valueTypes[r][c];
      if (isPending(value, type)) {
        result.pending++;
        continue;
      }
      cells.set(cellKey(top + r, left + c), frozenInput(value, type));
      const spill = spillOf.get(`${s.worksheet.name}\u0000${r}\u0000${c}`);
      if (spill && !spill.isNullObject) {
        const o = originOf(spill);
        spill.values.forEach((row, i) => row.forEach((v, j) => cells.set(cellKey(o.top + i, o.left + j), frozenInput(v, spill.valueTypes[i][j]))));
      }
    }
    if (cells.size === 0) continue;
    const keys = [...cells.keys()];
    const box = {
      top: Math.min(...keys.map(keyRow)),
      bottom: Math.max(...keys.map(keyRow)),
      left: Math.min(...keys.map(keyCol)),
      right: Math.max(...keys.map(keyCol)),
    };
    // null = "leave this cell unchanged": only the SALES.* cells (and their spills) are written.
    const data: (string | number | boolean | null)[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row: (string | number | boolean | null)[] = [];
      for (let c = box.left; c <= box.right; c++) row.push(cells.get(cellKey(r, c)) ?? null);
      data.push(row);
    }
    writes.push({ op: { t: "formulas", sheet: s.worksheet.name, address: rangeAddress(box), data }, cosmetic: false });
  }
  if (writes.length > 0) await sendBatches(ctx, batchesOf(writes, limitBytes), counter, () => undefined);
  return { result, sheetNames };
}
