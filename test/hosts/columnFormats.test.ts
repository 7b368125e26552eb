/**
 * The daily log's column formats (dates, whole counts, revenue; src/workbook/logSheet.ts) in the
 * two live writers: the Excel host (strict fake Excel) gives the whole columns their formats,
 * so a report the pane records later shows a date and a formatted revenue; the browser preview
 * shows a number typed into the log in its column's format. (The .xlsx: test/xlsx/columnFormats.test.ts.)
 */
import { buildWorkbook, workbookLayout } from "../../src/workbook";
import { FMT, moneyFormat } from "../../src/workbook/kit";
import { colNumber } from "../../src/workbook/a1";
import { createPreviewHost } from "../../src/hosts/preview/host";
import { PreviewWorkbook } from "../../src/hosts/preview/workbook";
import { setup } from "./excel/helpers";
import { seedPlan } from "../fixtures/seedPlan";

jest.setTimeout(120_000);

const plan = seedPlan({ owners: 3, currency: "¥" });
const spec = buildWorkbook(plan);
const L = workbookLayout(plan);
const c = L.log.col;
const row = L.log.firstRow;

test("Excel: the log's whole columns carry the formats, and cells written later take them", async () => {
  const { fake, host } = setup();
  await host.writeWorkbook(spec, { mode: "create" });
  const cols = fake.sheet(L.sheetNames.log).columns;
  expect(cols.get(colNumber(c.date))?.numberFormat).toBe(FMT.date);
  expect(cols.get(colNumber(c.calls))?.numberFormat).toBe(FMT.count);
  expect(cols.get(colNumber(c.revenue))?.numberFormat).toBe(moneyFormat("¥"));
  expect(cols.get(colNumber(c.owner))?.numberFormat).toBeUndefined();
  // No report row became a cell: the log prints only filled rows.
  expect(fake.cell(L.sheetNames.log, `${c.calls}${L.log.lastRow}`)).toBeUndefined();
  fake.type(L.sheetNames.log, `${c.revenue}${row}`, 5000);
  expect(fake.cell(L.sheetNames.log, `${c.revenue}${row}`)?.numberFormat).toBe(moneyFormat("¥"));
});

test("preview: a number typed into the log shows in its column's format", async () => {
  const wb = new PreviewWorkbook("Sheet1");
  const host = createPreviewHost(wb, { displayLanguage: () => "zh-CN" });
  await host.writeWorkbook(spec, { mode: "create" });
  wb.enter(L.sheetNames.log, row, colNumber(c.revenue), "5000");
  wb.enter(L.sheetNames.log, row, colNumber(c.calls), "1200");
  expect(wb.display(L.sheetNames.log, row, colNumber(c.revenue))).toBe("¥5,000");
  expect(wb.display(L.sheetNames.log, row, colNumber(c.calls))).toBe("1,200");
});

test("preview: a single number format on a larger range is every cell's, as in Excel", () => {
  const wb = new PreviewWorkbook("Sheet1");
  wb.applyOps([
    { t: "formulas", sheet: "Sheet1", address: "A1:B2", data: [[0.25, 0.5], [1234, 0.75]] },
    { t: "numberFormat", sheet: "Sheet1", address: "A1:B2", data: [["0.0%"]] },
  ]);
  expect([wb.display("Sheet1", 1, 1), wb.display("Sheet1", 1, 2), wb.display("Sheet1", 2, 1), wb.display("Sheet1", 2, 2)]).toEqual(["25.0%", "50.0%", "123400.0%", "75.0%"]);
});
