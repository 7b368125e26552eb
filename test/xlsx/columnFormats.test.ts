/**
 * The daily log's columns carry their number formats in the .xlsx (`<col style>`), so a report
 * typed later shows a date, a whole count and revenue; and the report rows the preview's download
 * adds (src/preview/download.ts: plain values in the log's entry range, no style) show them too,
 * not `46363`.
 */
import ExcelJS from "exceljs";
import { buildWorkbook, workbookLayout } from "../../src/workbook";
import { writeXlsx } from "../../src/xlsx/writer";
import { FMT, moneyFormat } from "../../src/workbook/kit";
import { colNumber } from "../../src/workbook/a1";
import { seedPlan } from "../fixtures/seedPlan";
import type { WorkbookSpec } from "../../src/workbook/spec";

const plan = seedPlan({ owners: 3, currency: "¥" });
const L = workbookLayout(plan);
const c = L.log.col;
const row = L.log.firstRow;

async function read(spec: WorkbookSpec): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeXlsx(spec)).buffer as unknown as ArrayBuffer);
  return wb.getWorksheet(L.sheetNames.log)!;
}

test("the log's columns: dates, whole counts, revenue in the plan's currency; owner and note as typed", async () => {
  const ws = await read(buildWorkbook(plan));
  const fmt = (k: keyof typeof c): string | undefined => ws.getColumn(colNumber(c[k])).numFmt || undefined;
  expect(fmt("date")).toBe(FMT.date);
  for (const m of ["leads", "calls", "emails", "demos", "quotes", "deals"] as const) expect([m, fmt(m)]).toEqual([m, FMT.count]);
  expect(fmt("revenue")).toBe(moneyFormat("¥"));
  expect([fmt("owner"), fmt("note")]).toEqual([undefined, undefined]);
  // The header keeps its own look (text, no number format).
  expect(ws.getCell(`${c.date}${L.log.headerRow}`).numFmt ?? "General").not.toBe(FMT.date);
});

test("report rows carried into the file as plain values (the preview's download) show as dates and numbers", async () => {
  const spec = buildWorkbook(plan);
  const report = [{ v: 46363 }, { v: "张三" }, { v: 3 }, { v: 20 }, { v: 30 }, { v: 2 }, { v: 1 }, { v: 1 }, { v: 5000 }, { v: "ok" }];
  const withRows: WorkbookSpec = {
    ...spec,
    sheets: spec.sheets.map((s) => (s.key === "log" ? { ...s, blocks: [...s.blocks, { at: `A${row}`, cells: [report] }] } : s)),
  };
  const ws = await read(withRows);
  // ExcelJS reads a number with a date format back as a date: 46363 is 2026-12-07.
  expect(ws.getCell(`${c.date}${row}`).value).toEqual(new Date(Date.UTC(2026, 11, 7)));
  expect(ws.getCell(`${c.date}${row}`).numFmt).toBe(FMT.date);
  expect(ws.getCell(`${c.calls}${row}`).numFmt).toBe(FMT.count);
  expect(ws.getCell(`${c.revenue}${row}`).numFmt).toBe(moneyFormat("¥"));
});
